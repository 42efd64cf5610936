import { useState } from 'react';
import type { TimelineEvent } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { ErrorAlert, LoadState } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { ROUTE_LABELS, STATUS_LABELS } from '../../labels';
import { Link } from '../../router';
import { formatDateTime, formatStamp } from '../../time';

const PAGE = 20;

const NOTE_STATUS: Record<string, string> = {
  signed: 'Signed',
  awaiting_cosign: 'Awaiting co-signature',
  draft: 'Unsigned',
};

function statusText(e: TimelineEvent): string | null {
  if (!e.status) return null;
  if (e.kind === 'visit') return STATUS_LABELS[e.status as keyof typeof STATUS_LABELS] ?? e.status;
  if (e.kind === 'note') return NOTE_STATUS[e.status] ?? e.status;
  if (e.kind === 'check_in') return ROUTE_LABELS[e.status as keyof typeof ROUTE_LABELS] ?? e.status;
  if (e.status === 'red_flags') return 'Red flags';
  return e.status;
}

function EventItem({ e }: { e: TimelineEvent }) {
  const status = statusText(e);
  const when = e.timeZone ? formatDateTime(e.at, e.timeZone) : formatStamp(e.at);
  return (
    <li className={`timeline-event timeline-${e.kind}`}>
      <time dateTime={e.at}>{when}</time>
      <div>
        <strong>{e.title}</strong>
        {status && <span className={`tag timeline-status-${e.status ?? ''}`}>{status}</span>}
        {e.detail && <p>{e.detail}</p>}
        {e.encounterId && (e.kind === 'note' || e.kind === 'addendum') && (
          <Link to={`/clinician/encounters/${e.encounterId}`}>Open the note</Link>
        )}
      </div>
    </li>
  );
}

/** The patient's visits, notes and addenda, intakes and check-ins, newest first, with older pages on request. */
export function Timeline({ patientId }: { patientId: string }) {
  const first = useApiQuery(API.getTimeline, { params: { id: patientId }, query: { limit: PAGE } });
  const [older, setOlder] = useState<{ items: TimelineEvent[]; nextCursor: string | null } | null>(null);
  const cursor = older ? older.nextCursor : (first.data?.nextCursor ?? null);
  const more = useSubmit(async () => {
    if (!cursor) return;
    const page = await call(API.getTimeline, { params: { id: patientId }, query: { limit: PAGE, cursor } });
    setOlder((o) => ({ items: [...(o?.items ?? []), ...page.items], nextCursor: page.nextCursor }));
  });
  if (!first.data) return <LoadState loading={first.loading} error={first.error} what="the timeline" />;
  const items = [...first.data.items, ...(older?.items ?? [])];
  return (
    <section className="card chart-timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      {items.length === 0 ? (
        <p className="muted">Nothing yet.</p>
      ) : (
        <ol className="timeline">
          {items.map((e) => (
            <EventItem key={e.key} e={e} />
          ))}
        </ol>
      )}
      <ErrorAlert error={more.error} title="Could not load more:" />
      {cursor && (
        <button
          type="button"
          className="button-secondary"
          disabled={more.busy}
          onClick={() => void more.run()}
        >
          Show older
        </button>
      )}
    </section>
  );
}
