import { useState } from 'react';
import type { JobSummary } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert, LoadState, StatusMessage } from '../../components/messages';
import { formatStamp } from '../../time';

/** What each kind of job does, in the admin's words. */
const KIND_LABELS: Record<string, string> = {
  'appointment-mail': 'Visit mail (confirmation, change, cancellation, offer)',
  reminder: 'Visit reminder',
  'reminder-scan': 'Finds visits due a reminder',
  'waitlist-expiry': 'Ends expired waitlist offers',
  'purge-done-jobs': 'Forgets finished jobs after 7 days',
};

const STATE_LABELS: Record<JobSummary['state'], string> = {
  queued: 'Waiting',
  running: 'Running',
  done: 'Done',
  failed: 'Failed',
};

/** The background jobs still to run or failed: what, how many tries, when next, the last error; retry a failed one. */
export function JobsPage() {
  usePageTitle('Background jobs');
  const jobs = useApiQuery(API.jobs);
  const [done, setDone] = useState('');
  const [error, setError] = useState<unknown>(null);
  const data = jobs.data;

  async function retry(job: JobSummary) {
    setDone('');
    setError(null);
    try {
      await call(API.retryJob, { params: { id: job.id } });
      setDone(`${KIND_LABELS[job.kind] ?? job.kind}: queued to run now.`);
      jobs.reload();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <>
      <h1>Background jobs</h1>
      <p className="muted">
        Mail, reminders and waitlist expiry run in the background and are tried again with growing pauses. A
        job that failed every try stays here until you retry it.
      </p>
      <LoadState loading={jobs.loading} error={jobs.error} what="the background jobs" />
      <ErrorAlert error={error} title="Not retried:" />
      <StatusMessage>{done}</StatusMessage>
      {data && (
        <>
          <p role="status">
            {data.counts.queued} waiting · {data.counts.running} running · {data.counts.failed} failed
          </p>
          <button type="button" className="button-secondary" onClick={jobs.reload}>
            Refresh
          </button>
          {data.items.length === 0 ? (
            <p>No jobs are waiting and none failed.</p>
          ) : (
            <div className="table-wrap">
              <table className="dense">
                <caption className="visually-hidden">Background jobs waiting, running or failed</caption>
                <thead>
                  <tr>
                    <th scope="col">Job</th>
                    <th scope="col">State</th>
                    <th scope="col">Tries</th>
                    <th scope="col">Next run</th>
                    <th scope="col">Last error</th>
                    <th scope="col">
                      <span className="visually-hidden">Action</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((j) => (
                    <tr key={j.id}>
                      <th scope="row">{KIND_LABELS[j.kind] ?? j.kind}</th>
                      <td>
                        <span className={j.state === 'failed' ? 'badge badge-emergency' : 'badge'}>
                          {STATE_LABELS[j.state]}
                        </span>
                      </td>
                      <td>
                        {j.attempts} of {j.maxAttempts}
                      </td>
                      <td>
                        {j.state === 'failed' ? '—' : <time dateTime={j.runAt}>{formatStamp(j.runAt)}</time>}
                      </td>
                      <td>{j.lastError ?? '—'}</td>
                      <td>
                        {j.state === 'failed' && (
                          <button type="button" onClick={() => void retry(j)}>
                            Retry now
                            <span className="visually-hidden">: {KIND_LABELS[j.kind] ?? j.kind}</span>
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
