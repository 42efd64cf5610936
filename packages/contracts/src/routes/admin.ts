import { AuditPage, AuditQuery } from '../audit';
import { JobList, JobQuery, JobSummary } from '../jobs';
import { endpoint, IdParam } from './endpoint';

/** The admin endpoints. */
export const ADMIN_API = {
  audit: endpoint({
    method: 'GET',
    path: '/api/audit',
    summary: 'Audit log (admin)',
    tag: 'admin',
    auth: 'user',
    query: AuditQuery,
    response: AuditPage,
  }),
  jobs: endpoint({
    method: 'GET',
    path: '/api/jobs',
    summary:
      'Background jobs (mail, reminders, waitlist expiry) still to run or failed, with attempts, next run and last error (admin)',
    tag: 'admin',
    auth: 'user',
    query: JobQuery,
    response: JobList,
  }),
  retryJob: endpoint({
    method: 'POST',
    path: '/api/jobs/:id/retry',
    summary: 'Run a failed job again now, its attempts counted anew (admin; 409 job_not_failed otherwise)',
    tag: 'admin',
    auth: 'user',
    params: IdParam,
    response: JobSummary,
  }),
} as const;
