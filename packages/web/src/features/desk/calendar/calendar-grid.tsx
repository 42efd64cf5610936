import type { Appointment, Provider, Slot } from '@omt/contracts';
import { STATUS_LABELS } from '../../../labels';
import { dayKey, formatDay, formatTime } from '../../../time';
import { DAY_ROWS, rowOf } from './calendar-time';

export interface GridProps {
  timeZone: string;
  days: string[]; // YYYY-MM-DD in the location's zone
  providers: Provider[];
  appointments: Appointment[];
  moving: Appointment | null;
  targets: Slot[];
  onPick: (a: Appointment) => void;
  onTarget: (s: Slot) => void;
}

function Cell({ items, targets, props }: { items: Appointment[]; targets: Slot[]; props: GridProps }) {
  const { timeZone, moving, onPick, onTarget } = props;
  return (
    <td>
      {items.map((a) => (
        <button
          key={a.id}
          type="button"
          className={`cal-visit${moving?.id === a.id ? ' cal-moving' : ''}`}
          aria-pressed={moving?.id === a.id}
          data-testid="calendar-visit"
          onClick={() => onPick(a)}
        >
          {formatTime(a.start, timeZone)} {a.patientName} · {a.visitTypeName} · {STATUS_LABELS[a.status]}
        </button>
      ))}
      {targets.map((s) => (
        <button
          key={s.start}
          type="button"
          className="cal-target button-secondary"
          data-testid="calendar-target"
          onClick={() => onTarget(s)}
        >
          Move here: {formatTime(s.start, timeZone)}
        </button>
      ))}
    </td>
  );
}

/** The calendar as a table: providers as columns; rows are half hours (one day) or days (a week). */
export function CalendarGrid(props: GridProps) {
  const { timeZone, days, providers, appointments, targets } = props;
  const live = appointments.filter((a) => a.status !== 'cancelled');
  const oneDay = days.length === 1;
  const rows = oneDay ? DAY_ROWS : days;
  const key = (iso: string) => (oneDay ? rowOf(iso, timeZone) : dayKey(iso, timeZone));
  const inDay = (iso: string) => days.includes(dayKey(iso, timeZone));
  return (
    <div className="table-wrap">
      <table className="calendar">
        <caption className="visually-hidden">Visits by {oneDay ? 'time' : 'day'} and provider</caption>
        <thead>
          <tr>
            <th scope="col">{oneDay ? 'Time' : 'Day'}</th>
            {providers.map((p) => (
              <th key={p.id} scope="col">
                {p.displayName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row}>
              <th scope="row">{oneDay ? row : formatDay(`${row}T12:00:00Z`, 'UTC')}</th>
              {providers.map((p) => (
                <Cell
                  key={p.id}
                  props={props}
                  items={live.filter((a) => a.providerId === p.id && inDay(a.start) && key(a.start) === row)}
                  targets={targets.filter(
                    (s) => s.providerId === p.id && inDay(s.start) && key(s.start) === row,
                  )}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
