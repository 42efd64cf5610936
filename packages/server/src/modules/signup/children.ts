import { findPatient, insertDependant, patientsOfUser } from '@omt/db';
import type { AddChildRequest, Guardian, MeResponse } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { me } from '../auth/service';
import { ADULT_YEARS, checkBirthDate, isMinor } from '../patients/registration';
import { prepareOnlineRecord } from '../patients/online-registration';

/**
 * A parent adds a child under 18 from the portal: the child's record, with the parent recorded as its guardian
 * (`patient_access` relationship `guardian`, and in the record's guardians), audited through the gate. The child
 * takes the parent's language; a possible duplicate is flagged for the desk, as for a sign-up.
 */
export async function addChild(ctx: RequestContext, body: AddChildRequest): Promise<MeResponse> {
  ctx.requireRole('patient');
  const today = ctx.now().slice(0, 10);
  checkBirthDate(body.birthDate, today);
  if (!isMinor(body.birthDate, today)) {
    throw fail.invalid(
      'birthDate',
      `a child added here must be under ${ADULT_YEARS}; an adult signs up with their own account`,
      'minors_only',
    );
  }
  const own = (await patientsOfUser(ctx.db, ctx.user.id)).find((p) => p.relationship === 'self');
  const parent = own ? await findPatient(ctx.db, own.id) : undefined;
  const guardian: Guardian = {
    name: ctx.user.displayName,
    relationship: 'parent',
    phone: parent?.phone ?? null,
    email: ctx.user.email,
    portalAccount: { userId: ctx.user.id, email: ctx.user.email },
  };
  const { row, detail } = await prepareOnlineRecord(
    ctx.db,
    ctx.now(),
    {
      ...body,
      email: null,
      phone: null,
      preferredLanguage: parent?.preferred_language === 'es' ? 'es' : 'en',
    },
    [guardian],
    'added by a parent in the portal',
  );
  await ctx.access(row.id, 'registration.self', 'patient', row.id, detail);
  await insertDependant(ctx.db, ctx.user.id, row);
  return { user: await me(ctx) };
}
