/**
 * "How is the clinic doing": the aggregates from SQL (db `outcomesReportFacts`) with the clinical rules of the domain
 * applied, beside the published trial figures. Physicians and admins; no patient is named, the read is audited.
 */
import {
  findLocation,
  findUserById,
  listLocations,
  outcomesReportFacts,
  type OutcomesReportFacts,
} from '@omt/db';
import {
  ADVERSE_SYMPTOM_IDS,
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
import { recordAudit } from '../../audit/audit';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';

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

function present(facts: OutcomesReportFacts, zone: string): OutcomesReport {
  const plans = { total: 0, active: 0, completed: 0, abandoned: 0 };
  for (const row of facts.plans) {
    plans.total += row.plans;
    plans[planCompletion(row.status, row.dischargeReason)] += row.plans;
  }
  return {
    zone,
    plans,
    painByVisit4: painShares(facts.painByVisit4),
    painAtDischarge: painShares(facts.painAtDischarge),
    measures: CHANGE_MEASURES.map((measure) => {
      const row = facts.measureChange.find((m) => m.measure === measure);
      return {
        measure,
        name: MEASURES[measure].name,
        plans: row?.plans ?? 0,
        meanChange: row && row.plans > 0 ? Math.round(row.meanChange * 10) / 10 : null,
        unit: UNITS[measure],
      };
    }),
    adverseEvents: {
      checkIns: facts.adverse.checkIns,
      prolongedSoreness: facts.adverse.prolongedSoreness,
      newSymptoms: facts.adverse.newSymptoms,
      plansAffected: facts.adverse.plans,
    },
    visits: facts.visits,
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
  const scope = {
    from: query.from ? zonedToInstant(query.from, '00:00', zone) : null,
    to: query.to ? zonedToInstant(nextDay(query.to), '00:00', zone) : null,
    locationId: query.locationId ?? null,
    providerId: query.providerId ?? null,
    codePrefixes: query.condition ? REPORT_CONDITIONS[query.condition].codePrefixes : [],
  };
  await recordAudit(ctx.db, ctx.deps.clock, ctx.user, {
    action: 'outcomes_report.read',
    patientId: null,
    resourceType: 'outcomes_report',
    resourceId: null,
    outcome: 'allowed',
    detail: JSON.stringify(query),
  });
  const facts = await outcomesReportFacts(
    ctx.db,
    scope,
    ctx.now(),
    SORENESS_REVIEW_DAYS,
    ADVERSE_SYMPTOM_IDS,
  );
  return present(facts, zone);
}
