import type { Appointment, Slot } from '@omt/contracts';
import { formatTime } from '../../../time';
import { UrgentFlagBadge } from '../../../components/urgent-flag-badge';
import { STATUS_TAGS } from './calendar-labels';
import { dayHeading } from './calendar-time';
import { cellKey, type DragMove, type DropCell } from './use-drag-move';
import type { MoveMode } from './use-move-mode';
import { visitKey } from './grid-focus';

interface CellProps {
  cell: DropCell;
  timeZone: string;
  visits: Appointment[];
  targets: Slot[];
  mode: MoveMode;
  drag: DragMove;
  /** Id of the text telling how to move a visit, for aria-describedby. */
  helpId: string;
  /** Outside a move: the grid's roving tabindex (one Tab stop, arrow keys within). */
  tabIndexOf?: ((key: string) => number) | undefined;
  /** Click or Enter on a visit (outside move mode): its details. */
  onOpen: (a: Appointment) => void;
  /** An open cell the desk may book: its grid key, the button's accessible name and what it does. */
  book?: { key: string; label: string; onBook: () => void } | undefined;
}

interface VisitProps {
  a: Appointment;
  day: string;
  timeZone: string;
  mode: MoveMode;
  drag: DragMove;
  helpId: string;
  tabIndexOf?: ((key: string) => number) | undefined;
  onOpen: (a: Appointment) => void;
}

/** How long a visit is, in minutes: its share of a cell's height. */
const minutesOf = (a: Appointment) => (Date.parse(a.end) - Date.parse(a.start)) / 60_000;

/** One focusable button per visit; its name says the time, patient, visit type, provider, day and status. */
function VisitButton({ a, day, timeZone, mode, drag, helpId, tabIndexOf, onOpen }: VisitProps) {
  const isMoving = mode.moving?.id === a.id || drag.dragging?.id === a.id;
  const classes = [
    'cal-visit',
    `cal-${a.status}`,
    a.overrideReason ? 'cal-override' : '',
    a.urgentFlags.length ? 'cal-flagged' : '',
    isMoving ? 'cal-moving' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      className={classes}
      style={{ flexGrow: minutesOf(a) }}
      data-testid="calendar-visit"
      data-visit-id={a.id}
      data-visit-start={a.start}
      data-provider-id={a.providerId}
      aria-pressed={mode.moving?.id === a.id}
      aria-describedby={helpId}
      data-grid-key={visitKey(a.id)}
      tabIndex={mode.moving ? (mode.moving.id === a.id ? 0 : -1) : (tabIndexOf?.(visitKey(a.id)) ?? 0)}
      onClick={() => (mode.moving ? mode.choose(a) : onOpen(a))}
      {...drag.visitHandlers(a)}
    >
      <span className="cal-when">
        {formatTime(a.start, timeZone)}–{formatTime(a.end, timeZone)}
      </span>{' '}
      <span className="cal-who">{a.patientName}</span> <span className="cal-what">{a.visitTypeName}</span>
      <span className="visually-hidden">
        , with {a.providerName}, {dayHeading(day)},
      </span>{' '}
      <span className="cal-status">
        {STATUS_TAGS[a.status]}
        {a.roomName && ` · ${a.roomName}`}
        {a.overrideReason && ' · Double-booked (override)'}
        {mode.moving?.id === a.id && ' · moving'}
      </span>
      {a.urgentFlags.map((f) => (
        <UrgentFlagBadge key={f.flagId} flag={f} />
      ))}
    </button>
  );
}

/**
 * One provider's cell on one day: one half hour, or the rows its visits cover (rowSpan), with those
 * visits and, in move mode, the open times to move to. Visits can be dropped on it.
 */
export function CalendarCell({
  cell,
  timeZone,
  visits,
  targets,
  mode,
  drag,
  helpId,
  tabIndexOf,
  onOpen,
  book,
}: CellProps) {
  const over = drag.overKey === cellKey(cell);
  return (
    <td
      rowSpan={cell.rows.length > 1 ? cell.rows.length : undefined}
      className={over ? 'cal-drop-over' : undefined}
      {...drag.cellHandlers(cell)}
    >
      <div className="cal-stack">
        {visits.map((a) => (
          <VisitButton
            key={a.id}
            a={a}
            day={cell.day}
            timeZone={timeZone}
            mode={mode}
            drag={drag}
            helpId={helpId}
            tabIndexOf={tabIndexOf}
            onOpen={onOpen}
          />
        ))}
        {book && visits.length === 0 && targets.length === 0 && (
          <button
            type="button"
            className="cal-open"
            data-testid="calendar-open"
            data-grid-key={book.key}
            tabIndex={tabIndexOf?.(book.key) ?? 0}
            aria-label={book.label}
            onClick={book.onBook}
          >
            <span aria-hidden="true">+</span> Book
          </button>
        )}
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
            <span className="visually-hidden">, {dayHeading(cell.day)}</span>
          </button>
        ))}
      </div>
    </td>
  );
}
