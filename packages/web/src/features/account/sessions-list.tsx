import { useState } from 'react';
import { API, type SessionInfo } from '@omt/contracts';
import { call } from '../../api/client';
import type { Loaded } from '../../api/use-api';
import { ErrorAlert, LoadState, StatusMessage } from '../../components/messages';
import { formatStamp } from '../../time';
import { useSubmit } from '../../components/use-submit';

/** One's own sessions (this one marked) and "Log out everywhere else". */
export function SessionsList({ sessions }: { sessions: Loaded<SessionInfo[]> }) {
  const [ended, setEnded] = useState<number | null>(null);
  const {
    error,
    busy,
    run: logoutEverywhere,
  } = useSubmit(async () => {
    setEnded((await call(API.logoutEverywhere, { body: {} })).ended);
    sessions.reload();
  });

  const others = (sessions.data ?? []).filter((s) => !s.current).length;
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Where you are logged in</h2>
      <LoadState loading={sessions.loading} error={sessions.error} what="your sessions" />
      {sessions.data ? (
        <div className="table-wrap">
          <table className="dense">
            <caption className="visually-hidden">Your sessions</caption>
            <thead>
              <tr>
                <th scope="col">Started</th>
                <th scope="col">Last used</th>
                <th scope="col">Browser</th>
                <th scope="col">Address</th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.map((s) => (
                <tr key={`${s.createdAt}-${s.lastSeenAt}-${s.userAgent ?? ''}-${s.ip ?? ''}`}>
                  <th scope="row">
                    <time dateTime={s.createdAt}>{formatStamp(s.createdAt)}</time>
                    {s.current ? <span className="badge">This session</span> : null}
                  </th>
                  <td>
                    <time dateTime={s.lastSeenAt}>{formatStamp(s.lastSeenAt)}</time>
                  </td>
                  <td>{s.userAgent ?? 'Unknown'}</td>
                  <td className="mono">{s.ip ?? 'Unknown'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ErrorAlert error={error} title="Could not log out the other sessions:" />
      {ended !== null ? (
        <StatusMessage>
          {ended === 1 ? '1 other session ended.' : `${ended} other sessions ended.`}
        </StatusMessage>
      ) : null}
      <button type="button" onClick={() => void logoutEverywhere()} disabled={busy || others === 0}>
        {busy ? 'Logging out…' : 'Log out everywhere else'}
      </button>
    </section>
  );
}
