import { useState } from 'react';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { ErrorAlert } from '../../components/messages';
import { useSession } from '../../session';
import { ExtraHoursForm } from './extra-hours-form';
import { PeriodForm } from '../../components/period-form';
import { useBookedVisitsCheck } from '../rebook/booked-visits-dialog';

function FeedLink() {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const create = async () => {
    try {
      setUrl((await call(API.calendarFeedUrl, {})).url);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div>
      <p className="muted">
        Subscribe to your visits in any calendar app. The link is private; making a new one stops the old one.
      </p>
      <button type="button" className="button-secondary" onClick={() => void create()}>
        {url ? 'Make a new calendar link' : 'Get my calendar link'}
      </button>
      <ErrorAlert error={error} title="No link:" />
      {url && (
        <p>
          <label htmlFor="feed-url">Your calendar link</label>
          <input id="feed-url" readOnly value={url} onFocus={(e) => e.target.select()} className="wide" />
        </p>
      )}
    </div>
  );
}

function TimeOffForm({ providerId }: { providerId: string }) {
  const list = useApiQuery(API.listTimeOff, { params: { id: providerId } });
  const check = useBookedVisitsCheck({ confirmLabel: 'Block this time anyway' });
  return (
    <>
      <PeriodForm
        heading="Block time off"
        idPrefix="off"
        startLabel="From"
        endLabel="Until"
        reasonLabel="Reason"
        submitLabel="Block this time"
        errorTitle="Not blocked:"
        items={list.data ?? []}
        onSave={async (period) => {
          const params = { id: providerId };
          const preview = await call(API.previewTimeOff, { params, body: period });
          if (!(await check.confirm(preview))) return 'Not blocked: nothing was saved.';
          const r = await call(API.addTimeOff, { params, body: period });
          list.reload();
          const n = r.conflictingAppointmentIds.length;
          return n
            ? `Blocked. ${n} booked ${n === 1 ? 'visit is' : 'visits are'} listed for the front desk to move or cancel.`
            : 'Blocked.';
        }}
        onDelete={async (timeOff) => {
          await call(API.deleteTimeOff, { params: { id: timeOff.id } });
          list.reload();
          return 'Time off deleted: these hours are bookable again.';
        }}
      />
      {check.dialog}
    </>
  );
}

/** The provider's own calendar: a private feed link, time off and extra hours. */
export function MyCalendar() {
  const { user } = useSession();
  return (
    <section aria-labelledby="my-calendar-heading" className="card">
      <h2 id="my-calendar-heading">My calendar</h2>
      <FeedLink />
      <TimeOffForm providerId={user.id} />
      <ExtraHoursForm providerId={user.id} />
    </section>
  );
}
