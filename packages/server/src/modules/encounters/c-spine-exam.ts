import { saveCSpineExam } from '@omt/db';
import {
  ageInDays,
  ageYearsFromDays,
  checkCSpineExamFindings,
  completeCSpineRuleAtExam,
  neckTraumaReported,
} from '@omt/domain';
import type { CSpineExamFindings, Encounter } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { bundleFor, present, requireDraft } from './access';
import { visitDayOf } from './load';

/**
 * The physician completes the Canadian C-spine rule at the exam (clinical-reference CR-NECK-6): the decision
 * resolves the intake's neck-trauma hold, and imaging raises a flag the physician must acknowledge.
 */
export async function recordCSpineExam(
  ctx: RequestContext,
  id: string,
  body: CSpineExamFindings,
): Promise<Encounter> {
  ctx.requireRole('physician');
  const b = await bundleFor(ctx, id, 'clinical.write');
  requireDraft(b);
  if (!neckTraumaReported(b.intakeFlags)) {
    throw fail.unprocessable(
      'no_neck_trauma',
      "the Canadian C-spine rule applies after neck trauma, and this visit's intake reported none",
    );
  }
  const rule = { ageYears: ageYearsFromDays(ageInDays(b.patient.birth_date, visitDayOf(b))) };
  const problem = checkCSpineExamFindings(b.cSpineIntakeAnswers, body, rule);
  if (problem) throw fail.invalid(problem.field, problem.message);
  const decision = completeCSpineRuleAtExam(b.cSpineIntakeAnswers, body, rule);
  await saveCSpineExam(ctx.db, {
    encounter_id: id,
    findings_json: JSON.stringify(body),
    imaging: decision.imaging ? 1 : 0,
    step: decision.step,
    reason: decision.reason,
    recorded_by: ctx.user.id,
    recorded_at: ctx.now(),
  });
  return present(ctx, id);
}
