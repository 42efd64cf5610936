/**
 * "How is the clinic doing": the per-plan facts from SQL (db `planOutcomeFacts`, kept by `facts-cache.ts`) filtered and
 * summed with the clinical rules of the domain, beside the published trial figures. Physicians and admins; no patient is named, the read is audited.
 */
import { findLocation, findUserById, listLocations, type PlanOutcomeFacts } from '@omt/db';
import {
  MEASURES,
  painShares,
  planCompletion,
  PUBLISHED_FIGURES,
  REPORT_CONDITIONS,
  SORENESS_REVIEW_DAYS,
  zonedToInstant,
  cite,
} from '@omt/domain';
import type { OutcomesReport, OutcomesReportQuery } from '@omt/contracts';
import { auditSetup } from '../catalog/audit';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { outcomeFacts } from './facts-cache';

const CHANGE_MEASURES = ['peg', 'odi', 'ndi'] as const;
const UNITS: Record<(typeof CHANGE_MEASURES)[number], string> = {
  peg: 'points (0–10)',
  odi: 'percentage points',
  ndi: 'raw points (0–50)',
};

const DEFINITIONS: OutcomesReport['definitions'] = [
  {
    figure: 'Baseline pain',
    rule: 'The first pain rating (0–10) recorded for the plan; plans without a later rating are not counted.',
  },
  {
    figure: '30 % pain relief',
    rule: `Pain fell by 30 % or more of the baseline (${cite('CR-SCORE-5')}).`,
  },
  {
    figure: 'Meaningful change (MCID)',
    rule: `Pain fell by 2 points or more (${cite('CR-SCORE-5')}).`,
  },
  {
    figure: 'By visit 4',
    rule: 'The latest rating at one of the first four visits of the plan the patient came to.',
  },
  {
    figure: 'At discharge',
    rule: 'The latest rating of a discharged plan.',
  },
  {
    figure: 'Adverse events',
    rule: `Check-ins after a plan's visits reporting soreness beyond ${SORENESS_REVIEW_DAYS} days (${cite('CR-CHECKIN-7')}) or a new symptom that needs action (a mild headache, tiredness or stiffness is expected, ${cite('CR-CHECKIN-8')}).`,
  },
  {
    figure: 'Completed and abandoned',
    rule: 'Completed: discharged with goals met, a plateau or a referral. Abandoned: discharged because the patient chose to stop.',
  },
];

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

async function zoneFor(ctx: RequestContext, locationId: string | undefined): Promise<string> {
  if (locationId) {
    const location = await findLocation(ctx.db, locationId);
    if (!location) throw fail.invalid('locationId', 'no such location');
    return location.time_zone;
  }
  return (await listLocations(ctx.db))[0]?.time_zone ?? 'UTC';
}

interface Scope {
  from: string | null;
  to: string | null;
  locationId: string | null;
  providerId: string | null;
  codePrefixes: readonly string[];
}

function inScope(plan: PlanOutcomeFacts, s: Scope): boolean {
  return (
    (!s.from || plan.createdAt >= s.from) &&
    (!s.to || plan.createdAt < s.to) &&
    (!s.locationId || plan.locationId === s.locationId) &&
    (!s.providerId || plan.providerId === s.providerId) &&
    (s.codePrefixes.length === 0 ||
      plan.diagnoses.some((code) => s.codePrefixes.some((prefix) => code.startsWith(prefix))))
  );
}

const pairOf = (baseline: number | null, current: number | null) =>
  baseline === null || current === null ? [] : [{ baseline, current, plans: 1 }];

function present(facts: readonly PlanOutcomeFacts[], zone: string, asOf: string): OutcomesReport {
  const plans = { total: 0, active: 0, completed: 0, abandoned: 0 };
  const adverseEvents = { checkIns: 0, prolongedSoreness: 0, newSymptoms: 0, plansAffected: 0 };
  const visits = { past: 0, noShows: 0 };
  const change = { peg: { plans: 0, sum: 0 }, odi: { plans: 0, sum: 0 }, ndi: { plans: 0, sum: 0 } };
  for (const plan of facts) {
    plans.total += 1;
    plans[planCompletion(plan.status, plan.dischargeReason)] += 1;
    adverseEvents.checkIns += plan.checkIns;
    adverseEvents.prolongedSoreness += plan.prolongedSoreness;
    adverseEvents.newSymptoms += plan.newSymptoms;
    if (plan.prolongedSoreness + plan.newSymptoms > 0) adverseEvents.plansAffected += 1;
    visits.past += plan.pastVisits;
    visits.noShows += plan.noShows;
    for (const measure of CHANGE_MEASURES) {
      const { baseline, latest } = plan.change[measure];
      if (baseline === null || latest === null) continue;
      change[measure].plans += 1;
      change[measure].sum += latest - baseline;
    }
  }
  return {
    zone,
    asOf,
    plans,
    painByVisit4: painShares(facts.flatMap((p) => pairOf(p.nrsBaseline, p.nrsByVisit4))),
    painAtDischarge: painShares(
      facts.filter((p) => p.status === 'discharged').flatMap((p) => pairOf(p.nrsBaseline, p.nrsLatest)),
    ),
    measures: CHANGE_MEASURES.map((measure) => {
      const { plans: count, sum } = change[measure];
      return {
        measure,
        name: MEASURES[measure].name,
        plans: count,
        meanChange: count > 0 ? Math.round((sum / count) * 10) / 10 : null,
        unit: UNITS[measure],
      };
    }),
    adverseEvents,
    visits,
    definitions: DEFINITIONS,
    published: [...PUBLISHED_FIGURES],
  };
}

export async function outcomesReport(
  ctx: RequestContext,
  query: OutcomesReportQuery,
): Promise<OutcomesReport> {
  ctx.requireRole('physician', 'admin');
  if (query.providerId && !(await findUserById(ctx.db, query.providerId))) {
    throw fail.invalid('providerId', 'no such provider');
  }
  const zone = await zoneFor(ctx, query.locationId);
  const scope: Scope = {
    from: query.from ? zonedToInstant(query.from, '00:00', zone) : null,
    to: query.to ? zonedToInstant(nextDay(query.to), '00:00', zone) : null,
    locationId: query.locationId ?? null,
    providerId: query.providerId ?? null,
    codePrefixes: query.condition ? REPORT_CONDITIONS[query.condition].codePrefixes : [],
  };
  await auditSetup(ctx, 'outcomes_report.read', 'outcomes_report', null, JSON.stringify(query));
  const { asOf, facts } = await outcomeFacts(ctx.db, ctx.deps.clock);
  return present(
    facts.filter((plan) => inScope(plan, scope)),
    zone,
    asOf,
  );
}
