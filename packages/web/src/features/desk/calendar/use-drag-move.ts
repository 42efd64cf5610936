import { useState, type DragEvent } from 'react';
import type { Appointment, Location } from '@omt/contracts';
import { wallToInstant } from './calendar-time';
import type { Rescheduler } from './use-reschedule';

/** Where a visit may be dropped: one provider's cell on one day, spanning one or more half-hour rows. */
export interface DropCell {
  day: string;
  providerId: string;
  /** The rows the cell spans, as minutes since midnight on the location's wall clock. */
  rows: number[];
}

export interface DragMove {
  /** The visit being dragged, if any. */
  dragging: Appointment | null;
  /** The key of the cell under the pointer, for highlighting. */
  overKey: string | null;
  /** Handlers that make a visit draggable (only booked visits move, and not during a keyboard move). */
  visitHandlers: (a: Appointment) => {
    draggable: boolean;
    onDragStart?: (e: DragEvent) => void;
    onDragEnd?: () => void;
  };
  /** Handlers that make a cell a drop target. */
  cellHandlers: (cell: DropCell) => {
    onDragOver: (e: DragEvent<HTMLElement>) => void;
    onDragLeave: () => void;
    onDrop: (e: DragEvent<HTMLElement>) => void;
  };
}

export const cellKey = (cell: DropCell) => `${cell.day}|${cell.providerId}|${cell.rows[0] ?? ''}`;

/** The row of a (possibly spanned) cell the pointer is over: its height is shared evenly by its rows. */
function rowUnderPointer(e: DragEvent<HTMLElement>, rows: number[]): number | undefined {
  const box = e.currentTarget.getBoundingClientRect();
  const share = box.height > 0 ? (e.clientY - box.top) / box.height : 0;
  const index = Math.min(rows.length - 1, Math.max(0, Math.floor(share * rows.length)));
  return rows[index];
}

/**
 * Drag-and-drop rescheduling (native HTML5): drop a booked visit on another provider's column or
 * another time, and it moves through the same atomic reschedule endpoint as the keyboard move.
 * A refused move leaves the visit where it was, says why, and gives focus back to the visit.
 */
export function useDragMove(
  location: Location | undefined,
  r: Rescheduler,
  keyboardMoving: boolean,
): DragMove {
  const [dragging, setDragging] = useState<Appointment | null>(null);
  const [overKey, setOverKey] = useState<string | null>(null);
  const timeZone = location?.timeZone ?? 'UTC';

  const visitHandlers = (a: Appointment) => {
    if (a.status !== 'booked' || keyboardMoving || r.busy) return { draggable: false };
    return {
      draggable: true,
      onDragStart: (e: DragEvent) => {
        e.dataTransfer.setData('text/plain', a.id);
        e.dataTransfer.effectAllowed = 'move';
        // No message here: text appearing above the grid would shift the cells under the pointer.
        setDragging(a);
      },
      onDragEnd: () => {
        setDragging(null);
        setOverKey(null);
      },
    };
  };

  const drop = async (a: Appointment, cell: DropCell, minute: number) => {
    const start = wallToInstant(cell.day, minute, timeZone);
    if (start === a.start && cell.providerId === a.providerId) {
      r.setMessage(`${a.patientName}'s visit stays where it was.`);
      r.focusOn({ kind: 'visit', id: a.id });
      return;
    }
    const result = await r.reschedule(a, { start, providerId: cell.providerId });
    if ('refused' in result) r.focusOn({ kind: 'visit', id: a.id });
  };

  const cellHandlers = (cell: DropCell) => ({
    onDragOver: (e: DragEvent<HTMLElement>) => {
      if (!dragging) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      const key = cellKey(cell);
      if (overKey !== key) setOverKey(key);
    },
    onDragLeave: () => setOverKey(null),
    onDrop: (e: DragEvent<HTMLElement>) => {
      e.preventDefault();
      const a = dragging;
      const minute = rowUnderPointer(e, cell.rows);
      setDragging(null);
      setOverKey(null);
      if (a && minute !== undefined) void drop(a, cell, minute);
    },
  });

  return { dragging, overKey, visitHandlers, cellHandlers };
}
