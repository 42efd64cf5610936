import type { Appointment, Slot } from '@omt/contracts';
import { formatTime } from '../../../time';
import { STATUS_TAGS } from './calendar-labels';
import { dayHeading } from './calendar-time';
import type { MoveMode } from './use-move-mode';

interface CellProps {
  day: string;
  timeZone: string;
  visits: Appointment[];
  targets: Slot[];
  mode: MoveMode;
  /** Id of the text telling how to move a visit, for aria-describedby. */
  helpId: string;
}

function VisitButton({
  a,
  timeZone,
  mode,
  helpId,
}: {
  a: Appointment;
  timeZone: string;
  mode: MoveMode;
  helpId: string;
}) {
  const isMoving = mode.moving?.id === a.id;
  const classes = ['cal-visit', `cal-${a.status}`, isMoving ? 'cal-moving' : ''].filter(Boolean).join(' ');
  return (
    <button
      type="button"
      className={classes}
      data-testid="calendar-visit"
      data-visit-id={a.id}
      aria-pressed={isMoving}
      aria-describedby={helpId}
      tabIndex={mode.moving && !isMoving ? -1 : 0}
      onClick={() => mode.choose(a)}
    >
      <span className="cal-when">
        {formatTime(a.start, timeZone)}–{formatTime(a.end, timeZone)}
      </span>{' '}
      <span className="cal-who">{a.patientName}</span> <span className="cal-what">{a.visitTypeName}</span>{' '}
      <span className="cal-status">
        {a.status === 'held' && <span aria-hidden="true">⏸ </span>}
        {STATUS_TAGS[a.status]}
        {isMoving && ' · moving'}
      </span>
    </button>
  );
}

/** One provider's half hour on one day: its visits, and in move mode the open slots to move to. */
export function CalendarCell({ day, timeZone, visits, targets, mode, helpId }: CellProps) {
  return (
    <td>
      {visits.map((a) => (
        <VisitButton key={a.id} a={a} timeZone={timeZone} mode={mode} helpId={helpId} />
      ))}
      {targets.map((s) => (
        <button
          key={s.start}
          type="button"
          className="cal-target"
          data-testid="calendar-target"
          data-target-start={s.start}
          disabled={mode.busy}
          onClick={() => mode.moveTo(s)}
        >
          Move to {formatTime(s.start, timeZone)}
          <span className="visually-hidden">, {dayHeading(day)}</span>
        </button>
      ))}
    </td>
  );
}
