import { useEffect, useState } from 'react';
import { API } from '../../api/endpoints';
import { ApiError, call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { TextField } from '../../components/choice-group';
import { ErrorAlert, LoadState, StatusMessage, withoutField } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';

/** "1, 3 7" as [1, 3, 7]; null when a part is not a whole number. */
function parseDays(text: string): number[] | null {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  return parts.every((p) => /^\d+$/.test(p)) ? parts.map(Number) : null;
}

/** Admin: the days after an OMT visit on which the patient gets a check-in (mail and portal); later visits use them. */
export function CheckInDaysForm() {
  const loaded = useApiQuery(API.checkInDays);
  const [text, setText] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    if (loaded.data) setText(loaded.data.days.join(', '));
  }, [loaded.data]);
  const form = useSubmit(async () => {
    setSaved(null);
    const days = parseDays(text ?? '');
    if (!days)
      throw new ApiError(400, {
        code: 'validation_failed',
        message: 'write whole days separated by commas, e.g. 1, 3, 7',
        field: 'days',
      });
    const answer = await call(API.saveCheckInDays, { body: { days } });
    loaded.setData(answer);
    setSaved(`Check-ins on day ${answer.days.join(', ')} after each OMT visit signed from now on.`);
  });
  if (text === null)
    return <LoadState loading={loaded.loading} error={loaded.error} what="the check-in days" />;
  // The field's own message, without the field's name in front ("days: must be …").
  const error =
    form.error instanceof ApiError && form.error.field?.startsWith('days')
      ? withoutField(form.error.message)
      : undefined;
  return (
    <form
      className="card"
      onSubmit={(e) => void form.submit(e)}
      noValidate
      aria-labelledby="checkin-days-heading"
    >
      <h2 id="checkin-days-heading">Check-ins after a visit</h2>
      <TextField
        id="checkin-days"
        field="days"
        label="Days after each OMT visit"
        hint="Whole days from 1 to 60, in increasing order, at most 7 (for example 1, 3, 7). Counted in the location's time zone; each check-in is mailed at 9:00 on its day."
        error={error}
      >
        {(aria) => <input {...aria} type="text" value={text} onChange={(e) => setText(e.target.value)} />}
      </TextField>
      {form.error !== null && !error && <ErrorAlert error={form.error} title="Not saved:" />}
      <div className="button-row">
        <button type="submit" disabled={form.busy}>
          Save check-in days
        </button>
      </div>
      <StatusMessage>{saved}</StatusMessage>
    </form>
  );
}
