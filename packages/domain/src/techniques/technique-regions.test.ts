import { describe, expect, it } from 'vitest';
import { REGION_IDS, type RegionId } from '../regions';
import { TECHNIQUE_IDS, type TechniqueId } from './technique-ids';
import { isTechniqueApplicable, TECHNIQUE_REGIONS, techniquesForRegion } from './technique-regions';

describe('isTechniqueApplicable: each technique only where it can be applied', () => {
  // prettier-ignore
  it.each<[string, TechniqueId, RegionId, boolean]>([
    ['CR-APPLY-1: no HVLA to the head', 'hvla', 'head', false],
    ['CR-APPLY-1: no HVLA to the abdomen', 'hvla', 'abdomen', false],
    ['CR-APPLY-1: HVLA to the cervical spine', 'hvla', 'cervical', true],
    ['CR-APPLY-1: HVLA to the ribs', 'hvla', 'rib_cage', true],
    ['CR-APPLY-1: HVLA to a lower extremity', 'hvla', 'lower_extremities', true],
    ['CR-APPLY-2: muscle energy to the lumbar spine', 'muscle_energy', 'lumbar', true],
    ['CR-APPLY-2: no muscle energy to the abdomen', 'muscle_energy', 'abdomen', false],
    ['CR-APPLY-2: no counterstrain to the head', 'counterstrain', 'head', false],
    ['CR-APPLY-2: articulatory (sacral rocking) to the sacrum', 'articulatory', 'sacral', true],
    ['CR-APPLY-3: myofascial release to the abdomen', 'myofascial_release', 'abdomen', true],
    ['CR-APPLY-3: soft tissue to the head', 'soft_tissue', 'head', true],
    ['CR-APPLY-4: cranial technique to the head', 'cranial', 'head', true],
    ['CR-APPLY-4: cranial technique to the sacrum', 'cranial', 'sacral', true],
    ['CR-APPLY-4: no cranial technique to the lower extremity', 'cranial', 'lower_extremities', false],
    ['CR-APPLY-4: no cranial technique to the lumbar spine', 'cranial', 'lumbar', false],
    ['CR-APPLY-5: pedal pump to the lower extremity', 'lymphatic_pump', 'lower_extremities', true],
    ['CR-APPLY-5: liver and splenic pumps to the abdomen', 'lymphatic_pump', 'abdomen', true],
    ['CR-APPLY-5: no lymphatic pump to the sacrum', 'lymphatic_pump', 'sacral', false],
    ['CR-APPLY-6: rib raising to the ribs', 'rib_raising', 'rib_cage', true],
    ['CR-APPLY-6: no rib raising to the upper extremity', 'rib_raising', 'upper_extremities', false],
    ['CR-APPLY-7: diaphragm release to the abdomen', 'diaphragm_release', 'abdomen', true],
    ['CR-APPLY-7: no diaphragm release to the cervical spine', 'diaphragm_release', 'cervical', false],
    ['CR-APPLY-8: visceral to the abdomen', 'visceral', 'abdomen', true],
    ['CR-APPLY-8: no visceral technique to the cervical spine', 'visceral', 'cervical', false],
  ])('%s', (_name, technique, region, applicable) => {
    expect(isTechniqueApplicable(technique, region)).toBe(applicable);
  });

  it('every technique names at least one region and a clinical-reference row', () => {
    for (const t of TECHNIQUE_IDS) {
      expect(TECHNIQUE_REGIONS[t].regions.length).toBeGreaterThan(0);
      expect(TECHNIQUE_REGIONS[t].source).toMatch(/CR-APPLY-\d+/);
    }
  });

  it('every region has techniques to offer, and only applicable ones', () => {
    for (const r of REGION_IDS) {
      const offered = techniquesForRegion(r);
      expect(offered.length).toBeGreaterThan(0);
      expect(offered.every((t) => isTechniqueApplicable(t, r))).toBe(true);
    }
    expect(techniquesForRegion('head')).not.toContain('hvla');
    expect(techniquesForRegion('lower_extremities')).not.toContain('cranial');
  });
});
