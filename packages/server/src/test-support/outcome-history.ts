/**
 * Rows of plans of care with their visits, measure answers and check-ins, written straight to the database: the known
 * data set of the outcomes report's int test and the 100,000 visits of bench/outcomes-report.ts.
 */
import type { Database } from '@omt/db';
import { toInstant } from '../clock';

type Measure = 'nrs' | 'peg' | 'odi' | 'ndi';
type Scores = Partial<Record<Measure, number>>;

export interface VisitSpec extends Scores {
  start: string;
  status: 'completed' | 'no_show' | 'booked' | 'cancelled';
  checkIn?: { daysSore: number; symptoms: string[] };
}

export interface PlanSpec {
  id: string;
  patientId: string;
  providerId: string;
  locationId: string;
  visitType: string;
  createdAt: string;
  status: 'active' | 'discharged';
  dischargeReason?: string;
  diagnoses: string[];
  baseline: Scores;
  visits: VisitSpec[];
}

export interface HistoryRows {
  appointments: Record<string, unknown>[];
  encounters: Record<string, unknown>[];
  care_plans: Record<string, unknown>[];
  care_plan_versions: Record<string, unknown>[];
  care_plan_visits: Record<string, unknown>[];
  measure_responses: Record<string, unknown>[];
  check_ins: Record<string, unknown>[];
}

export function emptyHistory(): HistoryRows {
  return {
    appointments: [],
    encounters: [],
    care_plans: [],
    care_plan_versions: [],
    care_plan_visits: [],
    measure_responses: [],
    check_ins: [],
  };
}

const plus30 = (iso: string) => toInstant(new Date(Date.parse(iso) + 30 * 60_000));

/** Adds one plan's rows: its consultation (with the baseline answers), visits, answers and check-ins. */
export function addPlanHistory(rows: HistoryRows, p: PlanSpec): void {
  const appointment = (id: string, start: string, status: string) =>
    rows.appointments.push({
      id,
      patient_id: p.patientId,
      provider_id: p.providerId,
      location_id: p.locationId,
      visit_type: p.visitType,
      start_at: start,
      end_at: plus30(start),
      status,
      created_by: p.providerId,
      created_at: p.createdAt,
    });
  const encounter = (id: string, appointmentId: string, at: string) =>
    rows.encounters.push({
      id,
      appointment_id: appointmentId,
      patient_id: p.patientId,
      author_id: p.providerId,
      status: 'signed',
      em_documented: 0,
      created_at: at,
      updated_at: at,
    });
  const answers = (scores: Scores, appointmentId: string, at: string, timing: string) => {
    for (const [measure, score] of Object.entries(scores)) {
      rows.measure_responses.push({
        id: `${appointmentId}-${measure}`,
        patient_id: p.patientId,
        measure,
        plan_id: p.id,
        appointment_id: appointmentId,
        timing,
        answers_json: '[]',
        score,
        shown: String(score),
        band: null,
        answered_by: 'patient',
        recorded_by: p.providerId,
        answered_at: at,
      });
    }
  };
  const consultation = `${p.id}-c`;
  appointment(consultation, p.createdAt, 'completed');
  encounter(`${consultation}-e`, consultation, p.createdAt);
  answers(p.baseline, consultation, p.createdAt, 'baseline');
  rows.care_plans.push({
    id: p.id,
    patient_id: p.patientId,
    encounter_id: `${consultation}-e`,
    status: p.status,
    current_version: 1,
    created_by: p.providerId,
    created_at: p.createdAt,
    discharge_reason: p.dischargeReason ?? null,
    discharged_by: p.status === 'discharged' ? p.providerId : null,
    discharged_at: p.status === 'discharged' ? (p.visits.at(-1)?.start ?? p.createdAt) : null,
  });
  rows.care_plan_versions.push({
    plan_id: p.id,
    version: 1,
    kind: 'created',
    content_json: JSON.stringify({ diagnoses: p.diagnoses }),
    author_id: p.providerId,
    recorded_at: p.createdAt,
  });
  p.visits.forEach((v, i) => {
    const id = `${p.id}-v${i + 1}`;
    appointment(id, v.start, v.status);
    rows.care_plan_visits.push({ plan_id: p.id, appointment_id: id });
    const { start, status: _status, checkIn, ...scores } = v;
    answers(scores, id, start, 'each_visit');
    if (checkIn) {
      encounter(`${id}-e`, id, start);
      rows.check_ins.push({
        id: `${id}-k`,
        encounter_id: `${id}-e`,
        patient_id: p.patientId,
        soreness: 3,
        days_sore: checkIn.daysSore,
        new_symptoms_json: JSON.stringify(checkIn.symptoms),
        route: 'none',
        reasons_json: '[]',
        alert: 0,
        submitted_by: 'patient',
        submitted_at: plus30(start),
      });
    }
  });
}

/** Writes the rows in chunks, parents first. */
export async function insertHistory(db: Database, rows: HistoryRows, chunk = 500): Promise<void> {
  const order = [
    'appointments',
    'encounters',
    'care_plans',
    'care_plan_versions',
    'care_plan_visits',
    'measure_responses',
    'check_ins',
  ] as const;
  for (const table of order) {
    const list = rows[table];
    for (let i = 0; i < list.length; i += chunk) {
      await db
        .insertInto(table)
        .values(list.slice(i, i + chunk))
        .execute();
    }
  }
}
