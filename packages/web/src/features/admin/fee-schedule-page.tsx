import { useEffect, useState } from 'react';
import type { FeeSchedule, FeeView } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { formatUsd } from '@omt/domain';
import { ApiError, call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { TextField, focusField } from '../../components/choice-group';
import { ErrorAlert, LoadState, StatusMessage, useFieldMessage } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { Link } from '../../router';

/** "Jun 2, 2026" for a calendar day, whatever the browser's zone. */
function dayLabel(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(d.getTime())
    ? date
    : new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium' }).format(d);
}

function feeLabel(f: FeeView | null): string {
  return f ? formatUsd(f.amountCents) : 'Not set';
}

function ScheduleTable({ schedule }: { schedule: FeeSchedule }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>Fees on {dayLabel(schedule.today)}, in US dollars</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Service</th>
            <th scope="col">Fee today</th>
            <th scope="col">Applies since</th>
            <th scope="col">Set for later</th>
          </tr>
        </thead>
        <tbody>
          {schedule.codes.map((c) => (
            <tr key={c.code}>
              <th scope="row">{c.code}</th>
              <td>{c.title}</td>
              <td>{feeLabel(c.current)}</td>
              <td>{c.current ? dayLabel(c.current.effectiveFrom) : '—'}</td>
              <td>
                {c.upcoming.length
                  ? c.upcoming
                      .map((u) => `${formatUsd(u.amountCents)} from ${dayLabel(u.effectiveFrom)}`)
                      .join('; ')
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HistoryTable({ schedule }: { schedule: FeeSchedule }) {
  const rows = schedule.codes.flatMap((c) => c.history).sort((a, b) => b.id - a.id);
  if (rows.length === 0) return <p>No fee has been set yet.</p>;
  return (
    <div className="table-wrap">
      <table className="dense">
        <caption className="visually-hidden">Every fee set, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Fee</th>
            <th scope="col">Applies from</th>
            <th scope="col">Set by</th>
            <th scope="col">Set on</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.code}</th>
              <td>{formatUsd(r.amountCents)}</td>
              <td>{dayLabel(r.effectiveFrom)}</td>
              <td>{r.createdByName}</td>
              <td>
                {new Date(r.createdAt).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Admin: the clinic's fee per CPT code, each change from a day on, with its history; superbills read it. */
export function FeeSchedulePage() {
  usePageTitle('Fee schedule');
  const fieldMessage = useFieldMessage();
  const loaded = useApiQuery(API.feeSchedule);
  const [code, setCode] = useState('98925');
  const [amount, setAmount] = useState('');
  const [from, setFrom] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const today = loaded.data?.today;
  useEffect(() => {
    if (today) setFrom((f) => f || today);
  }, [today]);
  const form = useSubmit(async () => {
    setSaved(null);
    try {
      const schedule = await call(API.setFee, { body: { code: code as never, amount, effectiveFrom: from } });
      loaded.setData(schedule);
      const set = schedule.codes.find((c) => c.code === code)?.history[0];
      setSaved(
        set
          ? `Saved: ${code} at ${formatUsd(set.amountCents)} from ${dayLabel(set.effectiveFrom)}.`
          : 'Saved.',
      );
      setAmount('');
    } catch (err) {
      if (err instanceof ApiError && err.field) focusField(err.field);
      throw err;
    }
  });
  if (!loaded.data)
    return <LoadState loading={loaded.loading} error={loaded.error} what="the fee schedule" />;
  const schedule = loaded.data;
  return (
    <>
      <h1>Fee schedule</h1>
      <p className="muted">
        The clinic&apos;s fee for each code, printed on superbills. A new fee applies from the day you choose
        (today or later); earlier fees stay as they were, so a superbill for a past visit keeps its fee.{' '}
        <Link to="/admin/setup">Back to the setup checklist</Link>
      </p>
      <ScheduleTable schedule={schedule} />
      <form
        className="card"
        onSubmit={(e) => void form.submit(e)}
        noValidate
        aria-labelledby="set-fee-heading"
      >
        <h2 id="set-fee-heading">Set a fee</h2>
        <TextField id="fee-code" field="code" label="Code" error={fieldMessage(form.error, 'code')}>
          {(aria) => (
            <select {...aria} value={code} onChange={(e) => setCode(e.target.value)}>
              {schedule.codes.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.code} — {c.title}
                </option>
              ))}
            </select>
          )}
        </TextField>
        <TextField
          id="fee-amount"
          field="amount"
          label="Fee in US dollars"
          hint="For example 85 or 85.50; at most 2 decimals."
          error={fieldMessage(form.error, 'amount')}
        >
          {(aria) => (
            <input
              {...aria}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
            />
          )}
        </TextField>
        <TextField
          id="fee-from"
          field="effectiveFrom"
          label="Applies from"
          hint="Today or a later day."
          error={fieldMessage(form.error, 'effectiveFrom')}
        >
          {(aria) => (
            <input
              {...aria}
              type="date"
              min={schedule.today}
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />
          )}
        </TextField>
        <ErrorAlert
          error={form.error instanceof ApiError && form.error.field ? null : (form.error ?? null)}
          title="Not saved:"
        />
        <div className="button-row">
          <button type="submit" disabled={form.busy}>
            Save fee
          </button>
        </div>
        <StatusMessage>{saved}</StatusMessage>
      </form>
      <h2>History</h2>
      <HistoryTable schedule={schedule} />
    </>
  );
}
