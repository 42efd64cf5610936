/**
 * The facts behind "How is the clinic doing", in SQL on both databases: one row per plan of care with where and when it
 * started, its diagnoses, its first, by-visit-4 and latest scores, its past visits and no-shows and its check-ins'
 * adverse events (aggregated per plan). The report filters and sums these rows (server `modules/outcomes/report.ts`),
 * and keeps them for a minute between requests.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../connection';

export interface PlanOutcomeFacts {
  id: string;
  createdAt: string;
  locationId: string;
  providerId: string;
  status: string;
  dischargeReason: string | null;
  /** The current version's diagnoses (ICD-10-CM codes). */
  diagnoses: string[];
  nrsBaseline: number | null;
  /** The latest pain rating at one of the first four visits the patient came to (not the baseline). */
  nrsByVisit4: number | null;
  /** The latest pain rating after the baseline. */
  nrsLatest: number | null;
  change: Record<'peg' | 'odi' | 'ndi', { baseline: number | null; latest: number | null }>;
  pastVisits: number;
  noShows: number;
  checkIns: number;
  prolongedSoreness: number;
  newSymptoms: number;
}

/** Visits that count towards "visit 4": the plan's visits the patient came to, in time order. */
const ATTENDED = ['completed', 'checked_in'] as const;
/** Past visits for the no-show share: came, or did not come. */
const PAST = [...ATTENDED, 'no_show'] as const;
const LIST = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

const n = (v: unknown): number => Number(v ?? 0);
const score = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function firstAndLatest(measure: string): RawBuilder<unknown> {
  return sql`
    MAX(CASE WHEN r.measure = ${measure} AND r.first_n = 1 THEN r.score END) AS ${sql.raw(`${measure}_first`)},
    MAX(CASE WHEN r.measure = ${measure} AND r.last_n = 1 AND r.first_n > 1 THEN r.score END) AS ${sql.raw(`${measure}_last`)}`;
}

interface FactRow {
  id: string;
  created_at: string;
  location_id: string;
  provider_id: string;
  status: string;
  discharge_reason: string | null;
  content_json: string;
  nrs_first: unknown;
  nrs_last: unknown;
  nrs_v4: unknown;
  peg_first: unknown;
  peg_last: unknown;
  odi_first: unknown;
  odi_last: unknown;
  ndi_first: unknown;
  ndi_last: unknown;
  past: unknown;
  no_shows: unknown;
  check_ins: unknown;
  sore: unknown;
  symptoms: unknown;
}

export async function planOutcomeFacts(
  db: Database,
  now: string,
  soreDaysBeyond: number,
  adverseSymptoms: readonly string[],
): Promise<PlanOutcomeFacts[]> {
  const symptom =
    adverseSymptoms.length > 0
      ? sql.join(
          adverseSymptoms.map((id) => sql`c.new_symptoms_json LIKE ${`%"${id}"%`}`),
          sql` OR `,
        )
      : sql`1 = 0`;
  const { rows } = await sql<FactRow>`
    WITH plans AS (
      SELECT cp.id, cp.status, cp.discharge_reason, cp.created_at, a.location_id, a.provider_id, pv.content_json
      FROM care_plans cp
      JOIN encounters e ON e.id = cp.encounter_id
      JOIN appointments a ON a.id = e.appointment_id
      JOIN care_plan_versions pv ON pv.plan_id = cp.id AND pv.version = cp.current_version
    ),
    readings AS NOT MATERIALIZED (
      SELECT r.plan_id, r.measure, r.score, r.appointment_id, r.answered_at,
        ROW_NUMBER() OVER (PARTITION BY r.plan_id, r.measure ORDER BY r.answered_at, r.id) AS first_n,
        ROW_NUMBER() OVER (PARTITION BY r.plan_id, r.measure ORDER BY r.answered_at DESC, r.id DESC) AS last_n
      FROM measure_responses r
      WHERE r.plan_id IS NOT NULL AND r.score IS NOT NULL AND r.measure IN ('nrs', 'peg', 'odi', 'ndi')
    ),
    ends AS (
      SELECT r.plan_id, ${firstAndLatest('nrs')}, ${firstAndLatest('peg')}, ${firstAndLatest('odi')},
        ${firstAndLatest('ndi')}
      FROM readings r GROUP BY r.plan_id
    ),
    attended AS NOT MATERIALIZED (
      SELECT v.plan_id, v.appointment_id,
        ROW_NUMBER() OVER (PARTITION BY v.plan_id ORDER BY ap.start_at, ap.id) AS n
      FROM care_plan_visits v JOIN appointments ap ON ap.id = v.appointment_id
      WHERE ap.status IN (${LIST(ATTENDED)})
    ),
    upto4 AS (
      SELECT r.plan_id, r.score,
        ROW_NUMBER() OVER (PARTITION BY r.plan_id ORDER BY r.answered_at DESC, r.appointment_id DESC) AS k
      FROM readings r JOIN attended t ON t.appointment_id = r.appointment_id AND t.plan_id = r.plan_id
      WHERE r.measure = 'nrs' AND t.n <= 4 AND r.first_n > 1
    ),
    visits AS (
      SELECT v.plan_id, COUNT(*) AS past, SUM(CASE WHEN ap.status = 'no_show' THEN 1 ELSE 0 END) AS no_shows
      FROM care_plan_visits v JOIN appointments ap ON ap.id = v.appointment_id
      WHERE ap.status IN (${LIST(PAST)}) AND ap.start_at < ${now}
      GROUP BY v.plan_id
    ),
    adverse AS (
      SELECT v.plan_id, COUNT(*) AS check_ins,
        SUM(CASE WHEN c.days_sore > ${soreDaysBeyond} THEN 1 ELSE 0 END) AS sore,
        SUM(CASE WHEN ${symptom} THEN 1 ELSE 0 END) AS symptoms
      FROM care_plan_visits v
      JOIN encounters e ON e.appointment_id = v.appointment_id
      JOIN check_ins c ON c.encounter_id = e.id
      GROUP BY v.plan_id
    )
    SELECT p.id, p.created_at, p.location_id, p.provider_id, p.status, p.discharge_reason, p.content_json,
      x.nrs_first, x.nrs_last, u.score AS nrs_v4, x.peg_first, x.peg_last, x.odi_first, x.odi_last, x.ndi_first,
      x.ndi_last, vs.past, vs.no_shows, ad.check_ins, ad.sore, ad.symptoms
    FROM plans p
    LEFT JOIN ends x ON x.plan_id = p.id
    LEFT JOIN upto4 u ON u.plan_id = p.id AND u.k = 1
    LEFT JOIN visits vs ON vs.plan_id = p.id
    LEFT JOIN adverse ad ON ad.plan_id = p.id`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    locationId: r.location_id,
    providerId: r.provider_id,
    status: r.status,
    dischargeReason: r.discharge_reason,
    diagnoses: ((JSON.parse(r.content_json) as { diagnoses?: string[] }).diagnoses ?? []).map(String),
    nrsBaseline: score(r.nrs_first),
    nrsByVisit4: score(r.nrs_v4),
    nrsLatest: score(r.nrs_last),
    change: {
      peg: { baseline: score(r.peg_first), latest: score(r.peg_last) },
      odi: { baseline: score(r.odi_first), latest: score(r.odi_last) },
      ndi: { baseline: score(r.ndi_first), latest: score(r.ndi_last) },
    },
    pastVisits: n(r.past),
    noShows: n(r.no_shows),
    checkIns: n(r.check_ins),
    prolongedSoreness: n(r.sore),
    newSymptoms: n(r.symptoms),
  }));
}
