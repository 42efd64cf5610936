import { useState } from 'react';
import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { LoadState } from '../../components/messages';
import { formatStamp } from '../../time';

const PAGE_SIZE = 50;

/** Who read or wrote what, newest first, 50 to a page. */
export function AuditPage() {
  usePageTitle('Audit log');
  const [page, setPage] = useState(1);
  const audit = useApiQuery(API.audit, { query: { page, pageSize: PAGE_SIZE } });
  const data = audit.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <>
      <h1>Audit log</h1>
      <LoadState loading={audit.loading} error={audit.error} what="the audit log" />
      {data && (
        <>
          <p role="status">
            Page {data.page} of {pages} · {data.total} entries
          </p>
          <div className="table-wrap">
            <table className="dense">
              <caption className="visually-hidden">Audit entries, page {data.page}</caption>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">User</th>
                  <th scope="col">Role</th>
                  <th scope="col">Action</th>
                  <th scope="col">Patient</th>
                  <th scope="col">Resource</th>
                  <th scope="col">Outcome</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">
                      <time dateTime={e.at}>{formatStamp(e.at)}</time>
                    </th>
                    <td>{e.userEmail ?? '—'}</td>
                    <td>{e.role ?? '—'}</td>
                    <td>{e.action}</td>
                    <td className="mono">{e.patientId ?? '—'}</td>
                    <td>
                      {e.resourceType}
                      {e.resourceId ? <span className="mono cell-hint">{e.resourceId}</span> : null}
                    </td>
                    <td>
                      <span className={e.outcome === 'denied' ? 'badge badge-emergency' : 'badge'}>
                        {e.outcome === 'denied' ? 'Denied' : 'Allowed'}
                      </span>
                      {e.detail ? <span className="cell-hint">{e.detail}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <nav aria-label="Audit pages" className="pager">
        <button
          type="button"
          className="button-secondary"
          disabled={page <= 1 || audit.loading}
          onClick={() => setPage((p) => Math.max(1, p - 1))}
        >
          Previous
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={!data || page >= pages || audit.loading}
          onClick={() => setPage((p) => p + 1)}
        >
          Next
        </button>
      </nav>
    </>
  );
}
