/**
 * The rules of "How is the clinic doing": what counts as a plan reaching 30 % pain relief or the pain MCID, what
 * counts as an adverse event from a check-in, which plans were completed or abandoned, and the published trial
 * figures shown beside the clinic's own (never as a like-for-like comparison).
 */
import type { DischargeReason } from '../care-plans';
import { CHECKIN_SYMPTOMS, SORENESS_REVIEW_DAYS } from '../followup';
import { reachedPainMcid, reachedPainRelief } from '../intake';
import { cite } from '../clinical-reference';

/** Soreness lasting beyond 3 days counts as an adverse event (CR-CHECKIN-7: it routes to a review). */
export function isProlongedSoreness(daysSore: number): boolean {
  return daysSore > SORENESS_REVIEW_DAYS;
}

/**
 * New symptoms reported at a check-in that count as adverse events: every one that routes somewhere. A mild headache,
 * tiredness or stiffness is expected after treatment and needs no action (CR-CHECKIN-8), so it does not count.
 */
export const ADVERSE_SYMPTOM_IDS: readonly string[] = CHECKIN_SYMPTOMS.filter((s) => s.route !== 'none').map(
  (s) => s.id,
);

export function isAdverseSymptom(id: string): boolean {
  return ADVERSE_SYMPTOM_IDS.includes(id);
}

export type PlanCompletion = 'active' | 'completed' | 'abandoned';

/** Discharged because the patient chose to stop: the plan was abandoned (goals met, a plateau or a referral: it ran its course). */
export const ABANDONED_DISCHARGE_REASONS: readonly DischargeReason[] = ['patient_choice'];

export function planCompletion(status: string, reason: string | null): PlanCompletion {
  if (status !== 'discharged') return 'active';
  return (ABANDONED_DISCHARGE_REASONS as readonly string[]).includes(reason ?? '')
    ? 'abandoned'
    : 'completed';
}

/** How many plans went from one baseline pain to one later pain (what the report's query counts). */
export interface PainPairCount {
  baseline: number;
  current: number;
  plans: number;
}

export interface PainShares {
  /** Plans with a baseline and a later pain rating. */
  plans: number;
  reachedRelief: number;
  reachedMcid: number;
}

/** Applies the rules to the counted pairs of baseline and later pain. */
export function painShares(pairs: readonly PainPairCount[]): PainShares {
  let plans = 0;
  let reachedRelief = 0;
  let reachedMcid = 0;
  for (const p of pairs) {
    plans += p.plans;
    if (reachedPainRelief(p.baseline, p.current)) reachedRelief += p.plans;
    if (reachedPainMcid(p.baseline, p.current)) reachedMcid += p.plans;
  }
  return { plans, reachedRelief, reachedMcid };
}

/** The conditions the report filters by: a plan matches when one of its diagnoses starts with a listed code. */
export const REPORT_CONDITIONS = {
  low_back: { label: 'Low back pain', codePrefixes: ['M54.5', 'M99.03', 'M51', 'M53.3', 'S33'] },
  neck: { label: 'Neck pain', codePrefixes: ['M54.2', 'M99.01', 'M50', 'S13'] },
  headache: { label: 'Headache', codePrefixes: ['G43', 'G44', 'R51'] },
} as const satisfies Record<string, { label: string; codePrefixes: readonly string[] }>;
export type ReportCondition = keyof typeof REPORT_CONDITIONS;
export const REPORT_CONDITION_CODES = Object.keys(REPORT_CONDITIONS) as [
  ReportCondition,
  ...ReportCondition[],
];

export interface PublishedFigure {
  trial: string;
  design: string;
  outcome: string;
  omt: string;
  comparison: string;
  source: string;
}

/** Published trial results (clinical-reference CR-EVID-1, CR-EVID-2), shown beside the clinic's figures: different patients and methods. */
export const PUBLISHED_FIGURES: readonly PublishedFigure[] = [
  {
    trial: 'OSTEOPATHIC Health Outcomes trial (Licciardone 2013)',
    design: 'Chronic low back pain; 455 adults; 6 sessions over 8 weeks; double-blind, sham-controlled',
    outcome: '≥ 30 % pain reduction at week 12',
    omt: '63 %',
    comparison: '46 % with sham OMT',
    source: cite('CR-EVID-1'),
  },
  {
    trial: 'OSTEOPATHIC Health Outcomes trial (Licciardone 2013)',
    design: 'Chronic low back pain; 455 adults; 6 sessions over 8 weeks; double-blind, sham-controlled',
    outcome: '≥ 50 % pain reduction at week 12',
    omt: '50 %',
    comparison: '35 % with sham OMT',
    source: cite('CR-EVID-1'),
  },
  {
    trial: 'Cerritelli 2015, chronic migraine',
    design: '105 patients; 8 treatments over 6 months; OMT, sham or usual care',
    outcome: 'Change in HIT-6 compared with usual care',
    omt: '−8.7 points',
    comparison: '−6.6 points compared with sham',
    source: cite('CR-EVID-2'),
  },
];
