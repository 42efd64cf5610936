import { purgeDoneJobs, type JobRow } from '@omt/db';
import type { AppDeps } from '../context';
import { toInstant } from '../clock';
import {
  enqueueDueReminders,
  sendAppointmentMail,
  sendReminder,
  type AppointmentMailJob,
  type ReminderJob,
} from '../modules/notifications/appointment-mail';
import { expireWaitlistOffers } from '../modules/waitlist/service';
import { sendQueuedMail } from './mail-job';
import { sendCheckInMail } from '../modules/followup/check-in-mail';
import type { CheckInMailJob } from '../modules/followup/check-in-series';
import { purgeExports, runRecordExport } from '../modules/record-export/record-export-job';
import { purgeBulkExports, runBulkExport } from '../modules/fhir/bulk/export-job';
import { purgeSmart } from '../modules/smart/purge';

/** What a job of one kind does with its payload; throwing makes the runner retry it with backoff. */
export type JobHandler = (deps: AppDeps, payload: never, job: JobRow) => Promise<unknown>;

/** Done jobs are kept this long (their keys keep repeats away meanwhile), then forgotten. */
const KEEP_DONE_MS = 7 * 24 * 3_600_000;

export const JOB_HANDLERS: Record<string, JobHandler> = {
  'appointment-mail': (deps, job: AppointmentMailJob) =>
    sendAppointmentMail(deps, job.appointmentId, job.kind),
  mail: (deps, payload: { sealed: string }, job) => sendQueuedMail(deps, payload, job),
  'check-in-mail': (deps, job: CheckInMailJob) => sendCheckInMail(deps, job),
  reminder: (deps, job: ReminderJob) => sendReminder(deps, job),
  'reminder-scan': (deps) => enqueueDueReminders(deps),
  'waitlist-expiry': (deps) => expireWaitlistOffers(deps),
  'record-export': (deps, payload: { exportId: string }) => runRecordExport(deps, payload),
  'purge-exports': (deps) => purgeExports(deps),
  'fhir-bulk-export': (deps, payload: { exportId: string }) => runBulkExport(deps, payload),
  'purge-fhir-exports': (deps) => purgeBulkExports(deps),
  'purge-smart': (deps) => purgeSmart(deps),
  'purge-done-jobs': (deps) =>
    purgeDoneJobs(deps.db, toInstant(new Date(deps.clock().getTime() - KEEP_DONE_MS)), []),
};

/**
 * Jobs that run again and again: one row each (key `recurring:<kind>`), which a run puts back in the queue for its
 * next time instead of ending it, so however many processes run, one runs it at a time.
 */
export const RECURRING_JOBS: Record<string, { everyMs: number }> = {
  'reminder-scan': { everyMs: 5 * 60_000 },
  'waitlist-expiry': { everyMs: 60_000 },
  'purge-done-jobs': { everyMs: 6 * 3_600_000 },
  'purge-exports': { everyMs: 15 * 60_000 },
  'purge-fhir-exports': { everyMs: 15 * 60_000 },
  'purge-smart': { everyMs: 15 * 60_000 },
};
