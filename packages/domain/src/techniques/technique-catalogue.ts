/** The technique catalogue shown to physicians when choosing and consenting (clinical-reference CR-TECH-*). */
import { cite } from '../clinical-reference';
import type { RegionId } from '../regions';
import type { TechniqueId } from './technique-ids';
import { TECHNIQUE_REGIONS } from './technique-regions';

/** Direct engages the barrier, indirect moves toward ease; combined goes from one to the other (clinical-reference CR-TECH-*). */
export type TechniqueApproach = 'direct' | 'indirect' | 'combined' | 'varies';
/** Active: the patient participates (e.g. contracts a muscle); passive: the operator does the work (clinical-reference CR-TECH-*). */
export type TechniqueActivity = 'active' | 'passive' | 'passive_with_cooperation';

export interface Technique {
  id: TechniqueId;
  name: string;
  approach: TechniqueApproach;
  activity: TechniqueActivity;
  positions: string[];
  breathingCue: string;
  typicalDuration: string;
  description: string;
  source: string;
  /** Fields whose content the reference does not state; written conservatively (the reference rows CR-TECH-* do not state them). */
  unconfirmedFields?: Array<'breathingCue' | 'typicalDuration' | 'positions' | 'approach'>;
  /** The body regions the technique can be applied to (technique-regions.ts), and the row that says so. */
  regions: readonly RegionId[];
  regionsSource: string;
}

const ENTRIES: readonly Omit<Technique, 'regions' | 'regionsSource'>[] = [
  {
    id: 'hvla',
    name: 'High-velocity, low-amplitude (HVLA, thrust)',
    approach: 'direct',
    activity: 'passive',
    positions: [
      'supine (cervical, operator at head)',
      'side-lying (lumbar)',
      'supine (ribs 2–10, "Kirksville krunch")',
    ],
    breathingCue: 'Stay relaxed and breathe normally; tell the physician at once if anything hurts.',
    typicalDuration: 'A single rapid thrust after localizing the segment',
    description:
      'Rapid, short-distance thrust through the restrictive barrier after localizing the segment; a "pop" may be felt.',
    source: cite('CR-TECH-1'),
    unconfirmedFields: ['breathingCue'],
  },
  {
    id: 'muscle_energy',
    name: 'Muscle energy (MET)',
    approach: 'direct',
    activity: 'active',
    positions: ['seated', 'supine'],
    breathingCue:
      'Push gently for 3–5 seconds as directed without holding your breath, then relax completely.',
    typicalDuration: 'Isometric contraction ~3–5 s, repeated 3–5 times, then reassess',
    description:
      'Patient contracts a muscle from a precise position in a set direction against operator counterforce, then relaxes while the slack is taken up to the new barrier.',
    source: cite('CR-TECH-2'),
    unconfirmedFields: ['breathingCue'],
  },
  {
    id: 'counterstrain',
    name: 'Counterstrain (strain-counterstrain)',
    approach: 'indirect',
    activity: 'passive',
    positions: ['position of ease that shortens the tender tissue (varies by tender point)'],
    breathingCue: 'Relax fully and breathe normally during the hold; report how tender the point feels.',
    typicalDuration:
      'Hold 90 s in the position of ease (tenderness reduced ≥70 %), then return slowly to neutral',
    description:
      'Find a tender point, fold the patient into the position of ease that shortens the tissue, and hold.',
    source: cite('CR-TECH-3'),
    unconfirmedFields: ['breathingCue'],
  },
  {
    id: 'myofascial_release',
    name: 'Myofascial release (MFR)',
    approach: 'combined',
    activity: 'passive',
    positions: ['any position'],
    breathingCue: 'Breathe slowly and let the area soften.',
    typicalDuration: 'Hold until the tissue releases',
    description:
      'Load the fascia to a barrier and hold until release (direct), or follow the tissues along the path of least resistance (indirect); usable in the acutely ill.',
    source: cite('CR-TECH-4'),
    unconfirmedFields: ['breathingCue'],
  },
  {
    id: 'soft_tissue',
    name: 'Soft tissue',
    approach: 'direct',
    activity: 'passive',
    positions: ['nearly any posture (often prone or supine for paraspinals)'],
    breathingCue: 'Relax and breathe normally.',
    typicalDuration:
      'Rhythmic kneading or stretch until tissues soften; often used to prepare for other techniques',
    description:
      'Lateral or linear stretch, deep pressure, traction/separation of origin and insertion, rhythmic kneading; usually paraspinal.',
    source: cite('CR-TECH-5'),
    unconfirmedFields: ['breathingCue', 'typicalDuration'],
  },
  {
    id: 'blt',
    name: 'Balanced ligamentous tension (BLT / LAS)',
    approach: 'indirect',
    activity: 'passive_with_cooperation',
    positions: ['supine (common); usable in hospitalized patients'],
    breathingCue: 'Relax; the physician may ask you to hold a breath or move slightly to help the release.',
    typicalDuration: 'Hold at the point of balanced tension until release',
    description:
      'Balances ligamentous tension around a joint (compression/disengagement plus positioning) to reset proprioception; derived from Sutherland. Can also be applied directly.',
    source: cite('CR-TECH-6'),
    unconfirmedFields: ['breathingCue', 'typicalDuration'],
  },
  {
    id: 'cranial',
    name: 'Osteopathy in the cranial field (OCF)',
    approach: 'varies',
    activity: 'passive',
    positions: ['supine, operator at the head (e.g. CV4: thenar eminences on the occipital squama)'],
    breathingCue: 'Lie still, relax and breathe normally.',
    typicalDuration: 'Gentle sustained holds following the primary respiratory mechanism',
    description:
      'Uses the primary respiratory mechanism (Sutherland): brain/cord motility, CSF fluctuation, membrane and cranial bone mobility, involuntary sacral motion; e.g. CV4.',
    source: cite('CR-TECH-7'),
    unconfirmedFields: ['breathingCue', 'typicalDuration'],
  },
  {
    id: 'fpr',
    name: 'Facilitated positional release (FPR)',
    approach: 'indirect',
    activity: 'passive',
    positions: ['neutral / position of ease'],
    breathingCue: 'Relax and breathe normally during the short hold.',
    typicalDuration: 'Activating force (compression or torsion) ~3–5 s',
    description: 'Neutral or position of ease plus an activating force (compression or torsion).',
    source: cite('CR-TECH-8'),
    unconfirmedFields: ['breathingCue'],
  },
  {
    id: 'still',
    name: 'Still technique',
    approach: 'combined',
    activity: 'passive',
    positions: ['seated', 'supine'],
    breathingCue: 'Relax and breathe normally.',
    typicalDuration:
      'Single, non-repetitive movement: ease, compression (≤~5 lb), carry through the barrier, reassess',
    description:
      'Specific non-repetitive articulatory method: place in ease, add compression or traction, carry through the barrier, release and reassess.',
    source: cite('CR-TECH-9'),
    unconfirmedFields: ['breathingCue'],
  },
  {
    id: 'articulatory',
    name: 'Articulatory (e.g. sacral rocking)',
    approach: 'direct',
    activity: 'passive',
    positions: ['prone (sacral rocking)', 'varies by joint'],
    breathingCue: 'Relax and breathe normally; say if the movement is painful.',
    typicalDuration: 'Repetitive passive motion through the range until motion improves',
    description:
      'Repetitive passive motion of a joint through its range into/against the restrictive barrier (older term "articulation").',
    source: cite('CR-TECH-10'),
    unconfirmedFields: ['breathingCue', 'typicalDuration'],
  },
  {
    id: 'lymphatic_pump',
    name: 'Lymphatic techniques (thoracic / pedal pump and others)',
    approach: 'varies',
    activity: 'passive',
    positions: ['supine for pumps'],
    breathingCue: 'Breathe normally while the physician applies rhythmic pumping.',
    typicalDuration: 'Rhythmic pumping for a few minutes',
    description:
      'Thoracic pump, pedal pump (useful in children), thoracic inlet release, splenic/liver pump, extremity pump, facial sinus, Galbreath, Chapman reflexes.',
    source: cite('CR-TECH-11'),
    unconfirmedFields: ['breathingCue', 'typicalDuration', 'approach'],
  },
  {
    id: 'rib_raising',
    name: 'Rib raising',
    approach: 'direct',
    activity: 'passive',
    positions: ['supine (suitable for acutely ill / hospitalized)'],
    breathingCue: 'Breathe normally and let the ribs rise under the physician’s fingers.',
    typicalDuration: 'Lift/traction at the rib angles until release',
    description:
      'Finger pads under the posterior rib angles, lifting/traction until release; aimed at chest-wall motion and the thoracic sympathetic chain.',
    source: cite('CR-TECH-12'),
    unconfirmedFields: ['breathingCue'],
  },
  {
    id: 'diaphragm_release',
    name: 'Thoracoabdominal diaphragm release (doming)',
    approach: 'varies',
    activity: 'passive_with_cooperation',
    positions: [
      'seated (operator behind, hands under costal margin)',
      'supine (thumbs under costal margins)',
    ],
    breathingCue: 'Breathe in and out slowly as asked; the release follows your breathing.',
    typicalDuration: 'A few breath cycles until the diaphragm releases',
    description:
      'Myofascial release at the costal margins to improve diaphragm excursion and lymph flow; also useful for hiccups.',
    source: cite('CR-TECH-13'),
    unconfirmedFields: ['typicalDuration'],
  },
  {
    id: 'visceral',
    name: 'Visceral manipulation',
    approach: 'varies',
    activity: 'passive',
    positions: ['supine', 'seated'],
    breathingCue: 'Relax and breathe normally.',
    typicalDuration: 'Gentle sustained forces on the organ and its attachments',
    description:
      'Gentle forces on organs and their fascial/ligamentous attachments to restore organ mobility and motility (Barral school).',
    source: cite('CR-TECH-14'),
    unconfirmedFields: ['breathingCue', 'typicalDuration'],
  },
];

/** The catalogue, each technique with the regions it can be applied to. */
export const TECHNIQUES: readonly Technique[] = ENTRIES.map((t) => ({
  ...t,
  regions: TECHNIQUE_REGIONS[t.id].regions,
  regionsSource: TECHNIQUE_REGIONS[t.id].source,
}));

/** Looks up a catalogue entry; throws on an unknown id (a programming error, ids are typed). */
export function techniqueById(id: TechniqueId): Technique {
  const technique = TECHNIQUES.find((t) => t.id === id);
  if (technique === undefined) throw new RangeError(`techniqueById: unknown technique '${String(id)}'`);
  return technique;
}
