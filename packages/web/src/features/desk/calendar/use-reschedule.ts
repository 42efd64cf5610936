import { useEffect, useState, type RefObject } from 'react';
import type { Appointment, RescheduleAppointment } from '@omt/contracts';
import { API } from '../../../api/endpoints';
import { call } from '../../../api/client';
import { shortWhen } from './calendar-time';

/** What to focus: an open time, or a visit — once it is drawn at `start` with `providerId`, if given. */
export type FocusRequest =
  { kind: 'target'; start: string } | { kind: 'visit'; id: string; start?: string; providerId?: string };

function selectorOf(focus: FocusRequest): string {
  if (focus.kind === 'target') return `[data-target-start="${focus.start}"]`;
  const at = focus.start ? `[data-visit-start="${focus.start}"]` : '';
  const by = focus.providerId ? `[data-provider-id="${focus.providerId}"]` : '';
  return `[data-visit-id="${focus.id}"]${at}${by}`;
}

/** What the keyboard move and the drag-and-drop move share: the messages, the busy flag, focus and the API call. */
export interface Rescheduler {
  message: string | null;
  error: unknown;
  busy: boolean;
  setMessage: (message: string | null) => void;
  setError: (error: unknown) => void;
  setBusy: (busy: boolean) => void;
  /** Focuses an element of the calendar once it exists and can take focus (after targets load or the visits reload). */
  focusOn: (request: FocusRequest) => void;
  /**
   * Moves a visit with the atomic reschedule endpoint, then announces it and focuses the moved visit.
   * On refusal it shows the server's message and resolves to the error; the visit stays where it was.
   */
  reschedule: (
    a: Appointment,
    body: RescheduleAppointment,
  ) => Promise<{ moved: Appointment } | { refused: unknown }>;
}

/** One calendar's rescheduling state; `onMoved` reloads the visits after a move. */
export function useReschedule(container: RefObject<HTMLElement | null>, onMoved: () => void): Rescheduler {
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [focus, setFocus] = useState<FocusRequest | null>(null);

  // The request stands until focus has landed: the element may be drawn before it can take focus (the open times
  // are disabled until the move stops being busy, which may be a render later).
  useEffect(() => {
    if (!focus || !container.current) return;
    const element = container.current.querySelector<HTMLElement>(selectorOf(focus));
    element?.focus();
    if (element && document.activeElement === element) setFocus(null);
  });

  const reschedule = async (a: Appointment, body: RescheduleAppointment) => {
    setBusy(true);
    setError(null);
    try {
      const moved = await call(API.rescheduleAppointment, { params: { id: a.id }, body });
      // Wait for the reloaded visit in its new cell: the old button goes away with the reload.
      setFocus({ kind: 'visit', id: moved.id, start: moved.start, providerId: moved.providerId });
      setMessage(
        `Moved ${moved.patientName} to ${shortWhen(moved.start, moved.timeZone)} with ${moved.providerName}.`,
      );
      onMoved();
      return { moved };
    } catch (err: unknown) {
      setError(err);
      setMessage(null);
      return { refused: err };
    } finally {
      setBusy(false);
    }
  };

  return { message, error, busy, setMessage, setError, setBusy, focusOn: setFocus, reschedule };
}
