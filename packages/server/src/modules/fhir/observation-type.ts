/**
 * Observations: the scores of the clinic's own intakes (`<intake id>.<score>`, US Core screening assessments) and
 * the results other systems sent in an import (`ext-<id>`, migration 0052, kept as sent). The intake's scores are
 * intake data (`intake.read`); results from elsewhere are the chart's (`chart.read` too, left out for a role
 * without it). A result its sender withdrew (entered-in-error) or cancelled, even one that arrived so, is read by its
 * id, exported and in `$everything`, but a search finds it only when its `status` asks for that status, as FHIR
 * advises for such resources.
 */
import { WITHDRAWN_STATUSES } from '@omt/contracts';
import { fhirIntakeRows, fhirOutsideObservationRows, type Database } from '@omt/db';
import {
  US_CORE,
  outsideObservationRowId,
  parseObservationId,
  toFhirObservations,
  toFhirOutsideObservation,
  type FhirObservation,
} from '@omt/fhir';
import { codesOf, dateParam, patientParam, roleMay, tokenParam } from './clinical-params';
import { instantSpan } from './date-bounds';
import { statusesNotAsked } from './status-narrowing';
import type { FhirTypeDef, Loaded, LoadFilter } from './type-def';

interface StoredScores {
  phq9?: { score: number } | null;
  peg?: { score: number } | null;
}

async function intakeScores(db: Database, f: LoadFilter): Promise<Loaded[]> {
  const intakeIds = f.ids?.map((id) => parseObservationId(id)?.intakeId ?? '');
  // An intake's Observations are reported and last changed when it was submitted: both narrow that one column.
  const span = instantSpan([...(f.search?.get('date') ?? []), ...(f.search?.get('_lastUpdated') ?? [])]);
  return (await fhirIntakeRows(db, { ...f, ids: intakeIds, ...span })).flatMap((i) => {
    const scores = JSON.parse(i.scores_json) as StoredScores;
    const summary = JSON.parse(i.summary_json) as { painScore?: number | null };
    return toFhirObservations({
      id: i.id,
      patient_id: i.patient_id,
      submitted_at: i.submitted_at,
      phq2: i.phq2_score,
      phq9: scores.phq9?.score ?? null,
      peg: scores.peg?.score ?? null,
      pain: summary.painScore ?? null,
    }).map((resource) => ({ resource, lastUpdated: i.submitted_at, patientId: i.patient_id }));
  });
}

/** Each withdrawn status as stored, and as FHIR serves it (the same code). */
const WITHDRAWN_AS_SERVED = Object.fromEntries(WITHDRAWN_STATUSES.map((s) => [s, s]));

/**
 * A search (never a read or an export) leaves out withdrawn and cancelled results unless its `status` asks for that
 * status.
 */
const withdrawnLeftOut = (f: LoadFilter): string[] => {
  if (!f.search) return [];
  const status = f.search.get('status');
  return status?.length ? statusesNotAsked(status, WITHDRAWN_AS_SERVED) : [...WITHDRAWN_STATUSES];
};

async function outsideResults(db: Database, f: LoadFilter): Promise<Loaded[]> {
  const ids = f.ids?.flatMap((id) => outsideObservationRowId(id) ?? []);
  if (!roleMay(f, 'chart.read') || ids?.length === 0) return [];
  const statusesLeftOut = withdrawnLeftOut(f);
  return (await fhirOutsideObservationRows(db, { ...f, ids, statusesLeftOut })).map((r) => ({
    resource: toFhirOutsideObservation(r),
    lastUpdated: r.imported_at,
    patientId: r.patient_id,
  }));
}

export const observationDef: FhirTypeDef = {
  type: 'Observation',
  profile: US_CORE.screeningAssessment,
  action: () => 'intake.read',
  params: [
    patientParam('patient', (r: FhirObservation) => r.subject?.reference),
    patientParam('subject', (r: FhirObservation) => r.subject?.reference),
    dateParam('date', 'When it was reported or taken', (r: FhirObservation) => [r.effectiveDateTime]),
    tokenParam(
      'status',
      "final for the intake's scores; a result from another system's status as sent. One its sender withdrew " +
        '(entered-in-error) or cancelled (cancelled) is found only by asking for that status; a read by its id ' +
        'still serves it.',
      (r: FhirObservation) => [{ code: r.status }],
    ),
    tokenParam(
      'code',
      'The LOINC code (e.g. http://loinc.org|44261-6), or a code a result from another system was sent with.',
      (r: FhirObservation) => codesOf(r.code),
    ),
    tokenParam(
      'category',
      "survey for the intake's scores; a result from another system's categories as sent (e.g. laboratory).",
      (r: FhirObservation) => (r.category ?? []).flatMap(codesOf),
    ),
  ],
  load: async (db, f) => [...(await intakeScores(db, f)), ...(await outsideResults(db, f))],
};
