import { patientsOfUser, setPatientPreferredLanguage } from '@omt/db';
import type { SetPreferredLanguage, User } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { DomainError } from '../../errors';
import { me } from '../auth/service';

/**
 * A patient sets the language of their portal and mails: their own record's, or, for a guardian without a record
 * of their own, every dependant's (the guardian reads those mails). Audited per record; answers the updated user.
 */
export async function setMyPreferredLanguage(ctx: RequestContext, body: SetPreferredLanguage): Promise<User> {
  ctx.requireRole('patient');
  const records = await patientsOfUser(ctx.db, ctx.user.id);
  const own = records.filter((r) => r.relationship === 'self');
  const targets = own.length > 0 ? own : records;
  if (targets.length === 0) {
    throw new DomainError(
      409,
      'no_patient_record',
      'preferredLanguage: this login has no patient record to keep a language on',
      'preferredLanguage',
    );
  }
  await ctx.accessEach(
    targets.map((r) => ({ patientId: r.id, resourceId: r.id })),
    'language.write',
    'patient.preferred_language',
    body.preferredLanguage,
  );
  await ctx.db.transaction().execute(async (trx) => {
    for (const r of targets) await setPatientPreferredLanguage(trx, r.id, body.preferredLanguage);
  });
  return me(ctx);
}
