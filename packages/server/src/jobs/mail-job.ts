import { randomUUID } from 'node:crypto';
import { replaceJobPayload, unfinishedJobsOfKind, type Database, type JobRow } from '@omt/db';
import type { AppDeps } from '../context';
import { openSecret, resealSecret, sealSecret } from '../auth/secret-box';
import { enqueueWithChange } from './enqueue';

/** A composed mail to send as a job (a reset or invitation link, a notice). */
export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
}

function keyOf(deps: AppDeps): Buffer {
  const key = deps.config.secretKey;
  if (!key) throw new Error('SECRET_KEY is not set: queued mail cannot be sealed or opened');
  return key;
}

/**
 * Queues a composed mail once its change committed. The payload is sealed (AES-256-GCM with SECRET_KEY, bound to the
 * job's key): it may hold a single-use link and names, which the database otherwise keeps only as hashes; it is
 * cleared when sent. Never throws: the change stands whatever happens to its mail.
 */
export async function enqueueMail(deps: AppDeps, mail: OutgoingMail): Promise<void> {
  if (!deps.mailer) return;
  const key = `mail:${randomUUID()}`;
  try {
    const sealed = sealSecret(keyOf(deps), JSON.stringify(mail), key);
    await enqueueWithChange(deps, { kind: 'mail', key, payload: { sealed } });
  } catch (error) {
    deps.onBackgroundError?.(error);
  }
}

/** The `mail` job: opens the sealed mail and sends it. */
export async function sendQueuedMail(deps: AppDeps, payload: { sealed: string }, job: JobRow): Promise<void> {
  if (!deps.mailer) return;
  const mail = JSON.parse(openSecret(keyOf(deps), payload.sealed, job.key)) as OutgoingMail;
  await deps.mailer.send(mail);
}

/** Seals every mail not yet sent again with another key (`rotateSecretKey`); returns how many. */
export async function resealQueuedMail(db: Database, from: Buffer, to: Buffer): Promise<number> {
  const jobs = await unfinishedJobsOfKind(db, 'mail');
  for (const job of jobs) {
    const { sealed } = JSON.parse(job.payload_json) as { sealed: string };
    await replaceJobPayload(db, job.id, {
      sealed: resealSecret(from, to, sealed, job.key, `the queued mail ${job.key}`),
    });
  }
  return jobs.length;
}
