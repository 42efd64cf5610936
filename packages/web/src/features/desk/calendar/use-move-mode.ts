import { useState, type KeyboardEvent } from 'react';
import type { Appointment, Location, Slot } from '@omt/contracts';
import { expandSlots } from '@omt/contracts/slot-groups';
import { API } from '../../../api/endpoints';
import { ApiError, call } from '../../../api/client';
import { dayKey, toInstant } from '../../../time';
import { STATUS_NAMES } from './calendar-labels';
import { wallMinutes } from './calendar-time';
import { rangeOf } from './use-calendar-data';
import type { Rescheduler } from './use-reschedule';

export interface MoveMode {
  moving: Appointment | null;
  targets: Slot[];
  busy: boolean;
  /** Enter on a visit: start moving it (or stop, when it is the one being moved). */
  choose: (a: Appointment) => void;
  /** Enter on an open slot: move the visit there. */
  moveTo: (slot: Slot) => void;
  onKeyDown: (e: KeyboardEvent) => void;
}

/** The slot the arrow keys lead to from `current`, or null to stay. */
function nextTarget(targets: Slot[], current: number, key: string, timeZone: string, week: boolean) {
  const at = targets[current];
  if (!at) return null;
  if (key === 'Home') return targets[0] ?? null;
  if (key === 'End') return targets.at(-1) ?? null;
  const step = key === 'ArrowDown' || key === 'ArrowRight' ? 1 : -1;
  if (!week || key === 'ArrowUp' || key === 'ArrowDown') return targets[current + step] ?? null;
  // Week view, left/right: the nearest time of day on the previous/next day that has open slots.
  const day = dayKey(at.start, timeZone);
  const otherDays = targets.filter(
    (s) => dayKey(s.start, timeZone) > day === step > 0 && dayKey(s.start, timeZone) !== day,
  );
  const nextDay = step > 0 ? otherDays[0] : otherDays.at(-1);
  if (!nextDay) return null;
  const sameDay = otherDays.filter((s) => dayKey(s.start, timeZone) === dayKey(nextDay.start, timeZone));
  const minute = wallMinutes(at.start, timeZone);
  const distance = (s: Slot) => Math.abs(wallMinutes(s.start, timeZone) - minute);
  return sameDay.reduce((best, s) => (distance(s) < distance(best) ? s : best), nextDay);
}

/**
 * Keyboard rescheduling: Enter on a visit shows its provider's open slots as buttons; arrows, Home,
 * End or Tab move between them; Enter moves the visit; Escape gives up and returns focus to the visit.
 */
export function useMoveMode(location: Location | undefined, days: string[], r: Rescheduler): MoveMode {
  const [moving, setMoving] = useState<Appointment | null>(null);
  const [targets, setTargets] = useState<Slot[]>([]);
  const { busy, setBusy, setMessage, setError, focusOn: setFocus } = r;
  const timeZone = location?.timeZone ?? 'UTC';
  const range = rangeOf(days);
  const week = days.length > 1;

  const loadTargets = async (a: Appointment): Promise<Slot[]> => {
    const open = await call(API.availability, {
      query: {
        visitType: a.visitType,
        provider: a.providerId,
        location: a.locationId,
        from: toInstant(Math.max(Date.now(), Date.parse(range.from))),
        to: range.to,
      },
    });
    // In time order (one provider's slots).
    return expandSlots(open).filter((s) => days.includes(dayKey(s.start, timeZone)));
  };

  const stop = (announce: string | null) => {
    if (moving) setFocus({ kind: 'visit', id: moving.id });
    setMoving(null);
    setTargets([]);
    if (announce) setMessage(announce);
  };

  const choose = (a: Appointment) => {
    if (busy) return;
    if (moving?.id === a.id) return stop(`Move of ${a.patientName} cancelled.`);
    if (a.status !== 'booked') {
      setMessage(`Only booked visits can be moved; ${a.patientName}'s visit is ${STATUS_NAMES[a.status]}.`);
      return;
    }
    setError(null);
    setBusy(true);
    loadTargets(a)
      .then((slots) => {
        setMoving(a);
        setTargets(slots);
        const first = slots[0];
        if (first) setFocus({ kind: 'target', start: first.start });
        setMessage(
          first
            ? `Moving ${a.patientName}: ${slots.length} open times. Arrow keys or Tab to choose, Enter to move, Escape to cancel.`
            : `${a.providerName} has no open time for ${a.visitTypeName} in these days. Press Escape.`,
        );
      })
      .catch((err: unknown) => setError(err))
      .finally(() => setBusy(false));
  };

  const moveTo = (slot: Slot) => {
    const a = moving;
    if (!a || busy) return;
    void r.reschedule(a, { start: slot.start }).then(async (result) => {
      if ('moved' in result) {
        setMoving(null);
        setTargets([]);
        return;
      }
      // Someone took the time meanwhile: show what is open now and stay in move mode.
      if (result.refused instanceof ApiError && result.refused.status === 409) {
        const fresh = await loadTargets(a).catch(() => []);
        setTargets(fresh);
        const first = fresh[0];
        if (first) setFocus({ kind: 'target', start: first.start });
      }
    });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!moving) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      stop(`Move of ${moving.patientName} cancelled.`);
      return;
    }
    if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    const start = (e.target as HTMLElement).dataset.targetStart;
    const current = targets.findIndex((s) => s.start === start);
    if (current < 0) return;
    e.preventDefault();
    const next = nextTarget(targets, current, e.key, timeZone, week);
    if (next) setFocus({ kind: 'target', start: next.start });
  };

  return { moving, targets, busy, choose, moveTo, onKeyDown };
}
