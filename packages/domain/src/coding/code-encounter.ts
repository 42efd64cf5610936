/**
 * Turns a documented OMT encounter into a CPT level, per-region M99.0x diagnoses and billing blockers
 * (clinical-reference CR-REG-1 to CR-REG-6, CR-EXAM-1).
 */
import { cite } from '../clinical-reference';
import { hasSomaticDysfunction, type TartFindings } from '../exam';
import { isRegionId, regionById, REGION_IDS, type RegionId } from '../regions';
import { cptForRegionCount, type OmtCpt } from './omt-cpt';

export interface CodingRegionInput {
  region: RegionId;
  tart: TartFindings;
  treated: boolean;
}

export interface CodingInput {
  regions: CodingRegionInput[];
  separateEmDocumented: boolean;
}

export interface CodingBlocker {
  code: string;
  region?: RegionId;
  message: string;
}

export interface CodingDiagnosis {
  region: RegionId;
  icd10: string;
  title: string;
}

export interface CodingResult {
  cpt: OmtCpt | null;
  regionCount: number;
  diagnoses: CodingDiagnosis[];
  emModifier25: boolean;
  blockers: CodingBlocker[];
  source: string;
}

export const CODING_SOURCE = cite('CR-REG-1', 'CR-EXAM-1', 'CR-REG-6');

interface MergedRegion {
  treated: boolean;
  tart: TartFindings;
}

function mergeByRegion(rows: CodingRegionInput[]): Map<RegionId, MergedRegion> {
  const merged = new Map<RegionId, MergedRegion>();
  for (const row of rows) {
    if (!isRegionId(row.region)) continue;
    const prev = merged.get(row.region);
    const t = row.tart;
    merged.set(row.region, {
      treated: (prev?.treated ?? false) || row.treated,
      tart: {
        tenderness: (prev?.tart.tenderness ?? false) || t.tenderness,
        asymmetry: (prev?.tart.asymmetry ?? false) || t.asymmetry,
        restriction: (prev?.tart.restriction ?? false) || t.restriction,
        tissueTexture: (prev?.tart.tissueTexture ?? false) || t.tissueTexture,
      },
    });
  }
  return merged;
}

function unknownRegionBlockers(rows: CodingRegionInput[]): CodingBlocker[] {
  return rows
    .filter((row) => !isRegionId(row.region))
    .map((row) => ({
      code: 'unknown_region',
      message: `region '${String(row.region)}' is not one of the 10 OMT body regions (${cite('CR-REG-3')})`,
    }));
}

/** Codes an encounter so the claim bills only regions that were treated AND show somatic dysfunction. */
export function codeEncounter(input: CodingInput): CodingResult {
  const blockers = unknownRegionBlockers(input.regions);
  const merged = mergeByRegion(input.regions);
  const counted: RegionId[] = [];
  for (const id of REGION_IDS) {
    const row = merged.get(id);
    if (row === undefined || !row.treated) continue;
    if (hasSomaticDysfunction(row.tart)) {
      counted.push(id);
    } else {
      blockers.push({
        code: 'treated_without_tart',
        region: id,
        message: `${regionById(id).label}: treated but no TART finding documented; not counted (${cite('CR-EXAM-1', 'CR-REG-5')})`,
      });
    }
  }
  const cpt = cptForRegionCount(counted.length);
  if (cpt === null) {
    blockers.push({
      code: 'no_countable_regions',
      message: `No treated region has a documented TART finding, so no OMT code can be billed (${cite('CR-EXAM-1', 'CR-REG-5')})`,
    });
  }
  const diagnoses = counted.map((id) => {
    const region = regionById(id);
    return { region: id, icd10: region.icd10, title: region.icd10Title };
  });
  return {
    cpt,
    regionCount: counted.length,
    diagnoses,
    emModifier25: input.separateEmDocumented && cpt !== null,
    blockers,
    source: CODING_SOURCE,
  };
}
