import { useState } from 'react';
import type { CreateClosure, Location } from '@omt/contracts';
import { ApiError } from '../../api/client';
import { TextField } from '../../components/choice-group';
import { ErrorAlert, StatusMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';

/** Closes a location for whole days on its own clock (a public holiday); `save` asks about booked visits first. */
export function ClosureDaysForm(props: {
  location: Location;
  save: (body: CreateClosure) => Promise<string>;
}) {
  const { location, save } = props;
  const [firstDay, setFirstDay] = useState('');
  const [lastDay, setLastDay] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { error, busy, submit } = useSubmit(async () => {
    setDone(null);
    setDone(await save({ firstDay, ...(lastDay ? { lastDay } : {}), reason }));
  });
  const fieldError = (f: string) =>
    error instanceof ApiError && error.field === f ? error.message : undefined;
  const id = (f: string) => `closure-days-${location.id}-${f}`;
  return (
    <form onSubmit={(e) => void submit(e)}>
      <h4>Whole days</h4>
      <p className="muted">
        From the start of the first day to the end of the last, on {location.name}&apos;s clock.
      </p>
      <TextField
        id={id('first')}
        field="firstDay"
        label={`${location.name} closed on`}
        error={fieldError('firstDay')}
      >
        {(aria) => (
          <input
            type="date"
            {...aria}
            value={firstDay}
            onChange={(e) => setFirstDay(e.target.value)}
            required
          />
        )}
      </TextField>
      <TextField
        id={id('last')}
        field="lastDay"
        label={`Last day ${location.name} is closed`}
        hint="Leave empty for one day."
        error={fieldError('lastDay')}
      >
        {(aria) => (
          <input type="date" {...aria} value={lastDay} onChange={(e) => setLastDay(e.target.value)} />
        )}
      </TextField>
      <TextField
        id={id('reason')}
        field="reason"
        label={`${location.name} closed because`}
        error={fieldError('reason')}
      >
        {(aria) => <input {...aria} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </TextField>
      <ErrorAlert error={error instanceof ApiError && error.field ? null : error} title="Not closed:" />
      <StatusMessage>{done}</StatusMessage>
      <button type="submit" disabled={busy}>
        Close for these days<span className="visually-hidden"> at {location.name}</span>
      </button>
    </form>
  );
}
