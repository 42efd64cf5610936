import { useState } from 'react';
import type { SessionInfo } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import type { Loaded } from '../../api/use-api';
import { ErrorAlert, LoadState, StatusMessage } from '../../components/messages';
import { formatStamp } from '../../time';
import { useSubmit } from '../../components/use-submit';
import { usePortalText } from '../../i18n/use-portal-text';

/** One's own sessions (this one marked) and "Log out everywhere else". */
export function SessionsList({ sessions }: { sessions: Loaded<SessionInfo[]> }) {
  const { t, locale } = usePortalText();
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
    <section aria-labelledby="sessions-heading" className="card">
      <h2 id="sessions-heading">{t('whereLoggedIn')}</h2>
      <LoadState loading={sessions.loading} error={sessions.error} what={t('yourSessions')} />
      {sessions.data ? (
        <div className="table-wrap">
          <table className="dense">
            <caption className="visually-hidden">{t('sessionsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sessionStarted')}</th>
                <th scope="col">{t('sessionLastUsed')}</th>
                <th scope="col">{t('sessionBrowser')}</th>
                <th scope="col">{t('sessionAddress')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.map((s) => (
                <tr key={`${s.createdAt}-${s.lastSeenAt}-${s.userAgent ?? ''}-${s.ip ?? ''}`}>
                  <th scope="row">
                    <time dateTime={s.createdAt}>{formatStamp(s.createdAt, locale)}</time>
                    {s.current ? <span className="badge">{t('thisSession')}</span> : null}
                  </th>
                  <td>
                    <time dateTime={s.lastSeenAt}>{formatStamp(s.lastSeenAt, locale)}</time>
                  </td>
                  <td>{s.userAgent ?? t('unknownValue')}</td>
                  <td className="mono">{s.ip ?? t('unknownValue')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <ErrorAlert error={error} title={t('othersNotLoggedOut')} />
      {ended !== null ? (
        <StatusMessage>
          {ended === 1 ? t('oneSessionEnded') : t('sessionsEnded', { count: ended })}
        </StatusMessage>
      ) : null}
      <button type="button" onClick={() => void logoutEverywhere()} disabled={busy || others === 0}>
        {busy ? t('loggingOut') : t('logOutEverywhereElse')}
      </button>
    </section>
  );
}
