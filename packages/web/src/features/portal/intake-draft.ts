import type { ACTIVITY_LEVEL, DIET_QUALITY, IntakeForm, SLEEP_QUALITY, SubmitIntake } from '@omt/contracts';
import type { RegionId } from '@omt/domain';

export interface IntakeDraft {
  chiefComplaint: string;
  painRegions: RegionId[];
  painScore: string;
  sleepHours: string;
  sleepQuality: (typeof SLEEP_QUALITY)[number] | null;
  activityLevel: (typeof ACTIVITY_LEVEL)[number] | null;
  diet: (typeof DIET_QUALITY)[number] | null;
  phq2: [number | null, number | null];
  redFlags: Record<string, boolean>;
}

export interface FieldProblem {
  field: string | undefined;
  message: string;
}

export const EMPTY_DRAFT: IntakeDraft = {
  chiefComplaint: '',
  painRegions: [],
  painScore: '',
  sleepHours: '',
  sleepQuality: null,
  activityLevel: null,
  diet: null,
  phq2: [null, null],
  redFlags: {},
};

/** Checks that every question is answered, then builds the request body; the server checks ranges. */
export function draftToBody(d: IntakeDraft, form: IntakeForm): SubmitIntake | FieldProblem {
  if (d.chiefComplaint.trim() === '') return { field: 'chiefComplaint', message: 'Please describe the problem.' };
  if (d.painRegions.length === 0) return { field: 'painRegions', message: 'Choose at least one area.' };
  if (d.painScore.trim() === '') return { field: 'painScore', message: 'Enter a pain score from 0 to 10.' };
  if (d.sleepHours.trim() === '') return { field: 'sleepHours', message: 'Enter how many hours you usually sleep.' };
  if (!d.sleepQuality) return { field: 'sleepQuality', message: 'Choose how well you sleep.' };
  if (!d.activityLevel) return { field: 'activityLevel', message: 'Choose your activity level.' };
  if (!d.diet) return { field: 'diet', message: 'Choose what best describes your diet.' };
  const [a, b] = d.phq2;
  if (a === null) return { field: 'phq2.0', message: 'Please answer this question.' };
  if (b === null) return { field: 'phq2.1', message: 'Please answer this question.' };
  for (const q of form.redFlagQuestions) {
    if (d.redFlags[q.id] === undefined) return { field: `redFlags.${q.id}`, message: 'Please answer yes or no.' };
  }
  return {
    chiefComplaint: d.chiefComplaint,
    painRegions: d.painRegions,
    painScore: Number(d.painScore),
    sleepHours: Number(d.sleepHours),
    sleepQuality: d.sleepQuality,
    activityLevel: d.activityLevel,
    diet: d.diet,
    phq2: [a, b],
    redFlags: d.redFlags,
  };
}

/** Maps a server field path (e.g. "painRegions.2") onto the form field that shows it. */
export function formField(field: string | undefined, form: IntakeForm): string | undefined {
  if (!field) return undefined;
  const known = ['chiefComplaint', 'painRegions', 'painScore', 'sleepHours', 'sleepQuality', 'activityLevel', 'diet', 'phq2.0', 'phq2.1'];
  known.push(...form.redFlagQuestions.map((q) => `redFlags.${q.id}`));
  if (known.includes(field)) return field;
  return known.find((k) => field.startsWith(`${k}.`)) ?? (field === 'phq2' ? 'phq2.0' : undefined);
}
