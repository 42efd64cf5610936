/**
 * The aggregates behind "How is the clinic doing", in SQL on both databases. The plans in scope are those started
 * (created) in the date range, from a consultation at the location and with the provider chosen, whose current version
 * names a diagnosis of the condition. Each query answers counts or averages, never a row per plan; the caller applies
 * the clinical rules (domain `painShares`) to the counted pairs of baseline and later pain.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../connection';

export interface OutcomesReportScope {
  /** Plans created at or after this instant (UTC). */
  from: string | null;
  /** Plans created before this instant (UTC). */
  to: string | null;
  locationId: string | null;
  providerId: string | null;
  /** A plan matches when one of its diagnoses starts with one of these codes; empty for every plan. */
  codePrefixes: readonly string[];
}

export interface OutcomesReportFacts {
  plans: { status: string; dischargeReason: string | null; plans: number }[];
  painByVisit4: { baseline: number; current: number; plans: number }[];
  painAtDischarge: { baseline: number; current: number; plans: number }[];
  measureChange: { measure: string; plans: number; meanChange: number }[];
  visits: { past: number; noShows: number };
  adverse: { checkIns: number; prolongedSoreness: number; newSymptoms: number; plans: number };
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

function scopeWhere(s: OutcomesReportScope): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (s.from) parts.push(sql`cp.created_at >= ${s.from}`);
  if (s.to) parts.push(sql`cp.created_at < ${s.to}`);
  if (s.locationId) parts.push(sql`a.location_id = ${s.locationId}`);
  if (s.providerId) parts.push(sql`a.provider_id = ${s.providerId}`);
  if (s.codePrefixes.length > 0) {
    const any = s.codePrefixes.map((code) => sql`pv.content_json LIKE ${`%"${code}%`}`);
    parts.push(sql`(${sql.join(any, sql` OR `)})`);
  }
  return sql.join(parts, sql` AND `);
}

function plansCte(s: OutcomesReportScope): RawBuilder<unknown> {
  return sql`plans AS (
    SELECT cp.id, cp.status, cp.discharge_reason
    FROM care_plans cp
    JOIN encounters e ON e.id = cp.encounter_id
    JOIN appointments a ON a.id = e.appointment_id
    JOIN care_plan_versions pv ON pv.plan_id = cp.id AND pv.version = cp.current_version
    WHERE ${scopeWhere(s)}
  )`;
}

const READINGS = sql`readings AS (
    SELECT r.plan_id, r.measure, r.score, r.appointment_id, r.answered_at,
      ROW_NUMBER() OVER (PARTITION BY r.plan_id, r.measure ORDER BY r.answered_at, r.id) AS first_n,
      ROW_NUMBER() OVER (PARTITION BY r.plan_id, r.measure ORDER BY r.answered_at DESC, r.id DESC) AS last_n
    FROM plans p JOIN measure_responses r ON r.plan_id = p.id
    WHERE r.score IS NOT NULL AND r.measure IN ('nrs', 'peg', 'odi', 'ndi')
  )`;

const ATTENDED_CTE = sql`attended AS (
    SELECT v.plan_id, v.appointment_id,
      ROW_NUMBER() OVER (PARTITION BY v.plan_id ORDER BY ap.start_at, ap.id) AS n
    FROM plans p JOIN care_plan_visits v ON v.plan_id = p.id JOIN appointments ap ON ap.id = v.appointment_id
    WHERE ap.status IN (${LIST(ATTENDED)})
  )`;

const n = (v: unknown): number => Number(v ?? 0);

async function rows<T>(db: Database, query: RawBuilder<T>): Promise<T[]> {
  return (await query.execute(db)).rows;
}

export async function outcomesReportFacts(
  db: Database,
  scope: OutcomesReportScope,
  now: string,
  soreDaysBeyond: number,
  adverseSymptoms: readonly string[],
): Promise<OutcomesReportFacts> {
  const plans = plansCte(scope);
  const planRows = await rows(
    db,
    sql<{ status: string; discharge_reason: string | null; plans: unknown }>`
      WITH ${plans}
      SELECT status, discharge_reason, COUNT(*) AS plans FROM plans GROUP BY status, discharge_reason`,
  );
  const byVisit4 = await rows(
    db,
    sql<{ baseline: unknown; current: unknown; plans: unknown }>`
      WITH ${plans}, ${READINGS}, ${ATTENDED_CTE},
      upto4 AS (
        SELECT r.plan_id, r.score,
          ROW_NUMBER() OVER (PARTITION BY r.plan_id ORDER BY r.answered_at DESC) AS k
        FROM readings r JOIN attended t ON t.appointment_id = r.appointment_id AND t.plan_id = r.plan_id
        WHERE r.measure = 'nrs' AND t.n <= 4 AND r.first_n > 1
      )
      SELECT b.score AS baseline, u.score AS current, COUNT(*) AS plans
      FROM readings b JOIN upto4 u ON u.plan_id = b.plan_id AND u.k = 1
      WHERE b.measure = 'nrs' AND b.first_n = 1
      GROUP BY b.score, u.score`,
  );
  const atDischarge = await rows(
    db,
    sql<{ baseline: unknown; current: unknown; plans: unknown }>`
      WITH ${plans}, ${READINGS}
      SELECT b.score AS baseline, l.score AS current, COUNT(*) AS plans
      FROM readings b
      JOIN readings l ON l.plan_id = b.plan_id AND l.measure = b.measure AND l.last_n = 1 AND l.first_n > 1
      JOIN plans p ON p.id = b.plan_id
      WHERE b.measure = 'nrs' AND b.first_n = 1 AND p.status = 'discharged'
      GROUP BY b.score, l.score`,
  );
  const change = await rows(
    db,
    sql<{ measure: string; plans: unknown; mean_change: unknown }>`
      WITH ${plans}, ${READINGS}
      SELECT b.measure, COUNT(*) AS plans, AVG(l.score - b.score) AS mean_change
      FROM readings b
      JOIN readings l ON l.plan_id = b.plan_id AND l.measure = b.measure AND l.last_n = 1 AND l.first_n > 1
      WHERE b.first_n = 1 AND b.measure IN ('peg', 'odi', 'ndi')
      GROUP BY b.measure`,
  );
  const [visits] = await rows(
    db,
    sql<{ past: unknown; no_shows: unknown }>`
      WITH ${plans}
      SELECT COUNT(*) AS past, SUM(CASE WHEN ap.status = 'no_show' THEN 1 ELSE 0 END) AS no_shows
      FROM plans p JOIN care_plan_visits v ON v.plan_id = p.id JOIN appointments ap ON ap.id = v.appointment_id
      WHERE ap.status IN (${LIST(PAST)}) AND ap.start_at < ${now}`,
  );
  const symptom =
    adverseSymptoms.length > 0
      ? sql.join(
          adverseSymptoms.map((id) => sql`c.new_symptoms_json LIKE ${`%"${id}"%`}`),
          sql` OR `,
        )
      : sql`1 = 0`;
  const [adverse] = await rows(
    db,
    sql<{ check_ins: unknown; sore: unknown; symptoms: unknown; plans: unknown }>`
      WITH ${plans}
      SELECT COUNT(*) AS check_ins,
        SUM(CASE WHEN c.days_sore > ${soreDaysBeyond} THEN 1 ELSE 0 END) AS sore,
        SUM(CASE WHEN ${symptom} THEN 1 ELSE 0 END) AS symptoms,
        COUNT(DISTINCT CASE WHEN c.days_sore > ${soreDaysBeyond} OR ${symptom} THEN p.id END) AS plans
      FROM plans p
      JOIN care_plan_visits v ON v.plan_id = p.id
      JOIN encounters e ON e.appointment_id = v.appointment_id
      JOIN check_ins c ON c.encounter_id = e.id`,
  );
  const pairs = (list: { baseline: unknown; current: unknown; plans: unknown }[]) =>
    list.map((r) => ({ baseline: n(r.baseline), current: n(r.current), plans: n(r.plans) }));
  return {
    plans: planRows.map((r) => ({
      status: r.status,
      dischargeReason: r.discharge_reason,
      plans: n(r.plans),
    })),
    painByVisit4: pairs(byVisit4),
    painAtDischarge: pairs(atDischarge),
    measureChange: change.map((r) => ({
      measure: r.measure,
      plans: n(r.plans),
      meanChange: n(r.mean_change),
    })),
    visits: { past: n(visits?.past), noShows: n(visits?.no_shows) },
    adverse: {
      checkIns: n(adverse?.check_ins),
      prolongedSoreness: n(adverse?.sore),
      newSymptoms: n(adverse?.symptoms),
      plans: n(adverse?.plans),
    },
  };
}
