import type { SmartRequestView } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert, LoadState } from '../../components/messages';
import { ROLE_LABELS, useSession } from '../../session';
import { staffTypeWords } from './staff-connect-words';
import { useSmartAnswer } from './use-smart-answer';

const TITLE = 'Connect an app';

function WordList({ items }: { items: string[] }) {
  return (
    <ul>
      {items.map((words) => (
        <li key={words}>{words}</li>
      ))}
    </ul>
  );
}

/** What the app may do as this staff member, and what it asked for that is left out. */
function WhatItMayDo({ request }: { request: SmartRequestView }) {
  const { user } = useSession();
  const changes = staffTypeWords(request.access.change);
  return (
    <>
      <p>
        {request.appName} is an app outside the clinic. If you allow it, it acts as you ({user.displayName},{' '}
        {ROLE_LABELS[user.role]}): it may use the records of every patient your role lets you see, within the
        same limits as your own login. Where your role may not see something, neither may the app. Each use is
        recorded in the audit log under your name and the app&apos;s.
      </p>
      <section className="card" aria-labelledby="staff-consent-reads">
        <h2 id="staff-consent-reads">If you allow it, it may read:</h2>
        <WordList items={staffTypeWords(request.access.read)} />
        {changes.length ? (
          <>
            <h2>It may also add to or change:</h2>
            <WordList items={changes} />
          </>
        ) : (
          <p>It may only read. It cannot change anything in the clinic&apos;s records.</p>
        )}
        <p>
          {request.offline
            ? 'It may keep working until you disconnect it, also when you are not using it. It stops at once if your login is deactivated or your role changes.'
            : 'Its access ends after an hour unless you allow it again.'}
        </p>
        {request.identity === 'none' ? null : (
          <p>
            {request.identity === 'record'
              ? 'It will also be told that it is you who allowed it, and which provider record is yours, so it can sign you in.'
              : 'It will also be told that it is you who allowed it, so it can sign you in.'}
          </p>
        )}
      </section>
    </>
  );
}

/** The scopes tied to one patient that a staff login cannot allow, said plainly. */
function LeftOut({ request }: { request: SmartRequestView }) {
  if (!request.leftOut.length) return null;
  return (
    <section aria-labelledby="staff-consent-left-out">
      <h2 id="staff-consent-left-out">Not included</h2>
      <p>
        The app also asked for access to a single patient&apos;s record ({request.leftOut.join(', ')}). From a
        staff login no patient is chosen, so that part is not granted.
      </p>
    </section>
  );
}

/**
 * The consent page of a third-party app's request for a staff login (SMART `user/` scopes): the app acts as this
 * staff member, for every patient their role may see; Allow or Deny sends the browser back to the app. When the app
 * asked only for one patient's data, nothing can be allowed and the page only sends it back.
 */
export function StaffConsentPage({ handle }: { handle: string }) {
  usePageTitle(TITLE);
  const request = useApiQuery(API.smartRequest, { params: { id: handle } });
  const { allow, deny, busy } = useSmartAnswer(handle);

  if (!request.data) {
    return (
      <>
        <h1>{TITLE}</h1>
        <LoadState loading={request.loading} error={request.error} what="the app's request" />
      </>
    );
  }
  const data = request.data;
  const grantable = data.access.read.length + data.access.change.length > 0;
  return (
    <>
      <h1>{grantable ? `Let ${data.appName} act as you?` : `${data.appName} cannot connect as you`}</h1>
      {grantable ? (
        <WhatItMayDo request={data} />
      ) : (
        <p>
          {data.appName} asked only for access to a single patient&apos;s record, which a staff login cannot
          give. Nothing will be shared; the app is told why.
        </p>
      )}
      <LeftOut request={data} />
      <p>Your answer goes back to {data.redirectOrigin}.</p>
      {grantable ? (
        <p className="muted">You can disconnect it at any time on your account page, under Connected apps.</p>
      ) : null}
      <ErrorAlert error={allow.error ?? deny.error} title="Your answer was not sent:" />
      {busy ? (
        <p className="muted" role="status">
          Sending your answer…
        </p>
      ) : null}
      <div className="actions">
        {grantable ? (
          <button type="button" onClick={() => void allow.run()} disabled={busy}>
            Allow
          </button>
        ) : null}
        <button
          type="button"
          className={grantable ? 'button-secondary' : undefined}
          onClick={() => void deny.run()}
          disabled={busy}
        >
          {grantable ? 'Deny' : 'Return to the app'}
        </button>
      </div>
    </>
  );
}
