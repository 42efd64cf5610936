import type { IntakeSubmission } from '@omt/contracts';
import { unitOfWork } from '@omt/db';
import { resolveSession } from '../auth/sessions';
import { RequestContext } from '../context';
import { submitIntake } from '../modules/intake/service';
import { buildIntake, yesTo } from './factories';
import type { TestApp } from './test-app';

/** Intake answers with an emergency red flag (saddle numbness), which opens a safety task at once. */
export const EMERGENCY_FLAG = yesTo('low-back', 'saddle_numbness');

/**
 * Makes a change as a request of `email` does, in the request's unit of work, then fails as a request still can after
 * its change (its answer cannot be made): the change rolls back. Resolves once it has; throws if the change itself
 * failed.
 */
export async function failAfterChange(
  t: TestApp,
  email: string,
  change: (ctx: RequestContext) => Promise<unknown>,
): Promise<void> {
  const user = await resolveSession(t.deps.db, t.deps.clock, await t.login(email), 'bearer');
  if (!user) throw new Error(`no session for ${email}`);
  const failure = new Error('the request failed after its change');
  const outcome = await unitOfWork(t.deps.db, async () => {
    await change(new RequestContext(t.deps, user));
    throw failure;
  }).catch((error: unknown) => error);
  if (outcome !== failure) throw new Error(`the change itself failed: ${String(outcome)}`);
}

/** The patient submits an intake with an emergency red flag in a request that then fails. */
export async function submitEmergencyIntakeThenFail(
  t: TestApp,
  patientEmail: string,
  appointmentId: string,
): Promise<void> {
  const body = await buildIntake(t, await t.login(patientEmail), appointmentId, EMERGENCY_FLAG);
  await failAfterChange(t, patientEmail, (ctx) => submitIntake(ctx, appointmentId, body as IntakeSubmission));
}

/** The open safety task of a visit, as the physician's worklist lists it. */
export async function openSafetyTaskOf(
  t: TestApp,
  appointmentId: string,
): Promise<{ id: string } | undefined> {
  const worklist = await t.call(await t.login('dr.still@demo.clinic'), 'GET', '/api/worklist');
  if (worklist.status !== 200) throw new Error(`GET /api/worklist → ${worklist.status}`);
  return (worklist.body.safetyTasks as { id: string; appointmentId: string }[]).find(
    (task) => task.appointmentId === appointmentId,
  );
}
