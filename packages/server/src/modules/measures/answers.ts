/**
 * A patient's measure answers as the API shows them: the stored answers, and the intake's PEG and pain rating,
 * which count as answers of the PEG and the NRS for the visit the intake was filled in for.
 */
import { listIntakeScores, listMeasureResponses, type Database } from '@omt/db';
import type { MeasureResponse } from '@omt/contracts';
import { MEASURES, scoreMeasure, type MeasureCode, type MeasureTiming } from '@omt/domain';

type Answer = MeasureResponse['answeredBy'];

interface IntakeScores {
  peg?: { score: number; items: number[] } | null;
}
interface IntakeSummary {
  painScore?: number | null;
}

function fromIntake(
  id: string,
  measure: MeasureCode,
  answers: number[],
  appointmentId: string,
  at: string,
): MeasureResponse | null {
  try {
    const s = scoreMeasure(measure, answers);
    if (s.score === null) return null;
    return {
      id,
      measure,
      name: MEASURES[measure].name,
      planId: null,
      appointmentId,
      timing: null,
      answers,
      score: s.score,
      shown: s.shown,
      band: s.band,
      answeredBy: 'patient',
      answeredAt: at,
      fromIntake: true,
    };
  } catch {
    return null; // an older intake's answers that no longer fit the measure are not shown as one
  }
}

/** What an intake row needs to give its answers (a row of listIntakeScores or the intake itself). */
type IntakeRow = Pick<
  Awaited<ReturnType<typeof listIntakeScores>>[number],
  'id' | 'appointment_id' | 'scores_json' | 'summary_json' | 'submitted_at'
>;

type StoredRow = Awaited<ReturnType<typeof listMeasureResponses>>[number];

/** A stored measure answer as the API shows it. */
export function presentStoredResponse(r: StoredRow): MeasureResponse {
  return {
    id: r.id,
    measure: r.measure as MeasureCode,
    name: MEASURES[r.measure as MeasureCode].name,
    planId: r.plan_id,
    appointmentId: r.appointment_id,
    timing: r.timing as MeasureTiming | null,
    answers: JSON.parse(r.answers_json) as (number | null)[],
    score: r.score === null ? null : Number(r.score),
    shown: r.shown,
    band: r.band,
    answeredBy: r.answered_by as Answer,
    answeredAt: r.answered_at,
    fromIntake: false,
  };
}

/** The PEG and the pain rating an intake holds, as answers of the PEG and the NRS for its visit. */
export function intakeAnswers(i: IntakeRow): MeasureResponse[] {
  const scores = JSON.parse(i.scores_json) as IntakeScores;
  const summary = JSON.parse(i.summary_json) as IntakeSummary;
  const peg = scores.peg
    ? fromIntake(`intake-peg:${i.id}`, 'peg', scores.peg.items, i.appointment_id, i.submitted_at)
    : null;
  const nrs =
    typeof summary.painScore === 'number'
      ? fromIntake(`intake-nrs:${i.id}`, 'nrs', [summary.painScore], i.appointment_id, i.submitted_at)
      : null;
  return [peg, nrs].filter((a): a is MeasureResponse => a !== null);
}

/** Every answer of the patient, oldest first: stored answers and the intakes' PEG and pain rating. */
export async function patientAnswers(db: Database, patientId: string): Promise<MeasureResponse[]> {
  const [rows, intakes] = await Promise.all([
    listMeasureResponses(db, patientId),
    listIntakeScores(db, patientId),
  ]);
  const stored = rows.map(presentStoredResponse);
  // A plan keeps its intake's answers as its baseline (`recordIntakeBaseline`): they are shown once, as the intake's.
  const fromIntakes = intakes.flatMap(intakeAnswers);
  const copied = new Set(fromIntakes.map((a) => `${a.appointmentId}:${a.measure}`));
  const all = stored.filter((a) => !copied.has(`${a.appointmentId}:${a.measure}`)).concat(fromIntakes);
  return all.sort((a, b) => a.answeredAt.localeCompare(b.answeredAt) || a.id.localeCompare(b.id));
}
