import type { Database } from '@omt/db';
import { resealQueuedMail } from '../jobs/mail-job';
import { resealSigningKeys } from '../modules/smart/signing-keys';
import { resealTotpSecrets } from './totp-secrets';

/** How many stored values of each kind a rotation sealed again. */
export interface Resealed {
  totpAccounts: number;
  signingKeys: number;
  queuedMails: number;
}

/**
 * Moves everything sealed with SECRET_KEY to a new key (the CLI's `rotate-secret-key`), in one transaction: the staff's
 * two-factor secrets, the id token signing keys and the mail not yet sent. A value the old key does not open
 * (SecretKeyMismatch, naming it) changes nothing at all. Run with the clinic stopped: a running process would go on
 * sealing with the old key.
 */
export function rotateSecretKey(db: Database, from: Buffer, to: Buffer): Promise<Resealed> {
  return db.transaction().execute(async (trx) => ({
    totpAccounts: await resealTotpSecrets(trx, from, to),
    signingKeys: await resealSigningKeys(trx, from, to),
    queuedMails: await resealQueuedMail(trx, from, to),
  }));
}
