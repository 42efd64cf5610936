/** Shared shapes for red-flag screens: patient yes/no questions and the flags they raise (clinical-reference CR-LBP-*, CR-NECK-*, CR-SNOOP-*). */

/** emergency_referral: send to emergency care now; imaging: order imaging before OMT; omt_hold: no OMT until a physician acknowledges. */
export type RedFlagAction = 'emergency_referral' | 'imaging' | 'omt_hold';

export const RED_FLAG_ACTION_PRIORITY: readonly RedFlagAction[] = [
  'emergency_referral',
  'imaging',
  'omt_hold',
];

export interface RedFlagQuestion {
  id: string;
  /** The question in English; `es` is the same question in Spanish (usted), shown to Spanish-preferring patients. */
  text: string;
  es: string;
  source: string;
  /** Asked only when the patient is a child (under 18). */
  childOnly?: boolean;
}

export interface RedFlag {
  id: string;
  label: string;
  action: RedFlagAction;
  imaging?: string;
  message: string;
  /** `cite(...)` of the clinical-reference rows; their evidence words say where the safer action was chosen. */
  source: string;
}

export interface RedFlagContext {
  ageYears: number;
}

export interface RedFlagRule extends RedFlag {
  when: (yes: (questionId: string) => boolean, ctx: RedFlagContext) => boolean;
}

export const CHILD_MAX_AGE_YEARS = 18;

function assertContext(ctx: RedFlagContext): void {
  if (!Number.isFinite(ctx.ageYears) || ctx.ageYears < 0) {
    throw new RangeError(`ageYears must be a non-negative number, got ${String(ctx.ageYears)}`);
  }
}

/** Runs a rule table over yes/no answers; a missing answer counts as "no", unknown ids are ignored. */
export function screenRedFlags(
  rules: readonly RedFlagRule[],
  answers: Record<string, boolean>,
  ctx: RedFlagContext,
): RedFlag[] {
  assertContext(ctx);
  const yes = (id: string): boolean => Object.hasOwn(answers, id) && answers[id] === true;
  return rules.filter((rule) => rule.when(yes, ctx)).map(({ when: _when, ...flag }) => flag);
}

/** The most urgent action among raised flags, so the worklist can sort and the UI can lead with it. */
export function mostUrgentAction(flags: readonly RedFlag[]): RedFlagAction | null {
  return RED_FLAG_ACTION_PRIORITY.find((action) => flags.some((f) => f.action === action)) ?? null;
}
