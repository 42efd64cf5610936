import { useState, type FormEvent } from 'react';
import type { Appointment, Slot } from '@omt/contracts';
import { expandSlots } from '@omt/contracts/slot-groups';
import { API } from '../api/endpoints';
import { call } from '../api/client';
import { useApi } from '../api/use-api';
import { toInstant } from '../time';
import { TextField } from './choice-group';
import { ErrorAlert, LoadState } from './messages';
import { SlotPicker } from './slot-picker';
import { usePortalText } from '../i18n/use-portal-text';
import { useVisitTypeText } from '../i18n/use-visit-type-text';

const RESCHEDULE_DAYS = 14;

/** Cancels a visit with a reason (portal, desk day list, calendar). */
export function CancelForm({ a, onDone }: { a: Appointment; onDone: (a: Appointment) => void }) {
  const { t } = usePortalText();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      onDone(await call(API.cancelAppointment, { params: { id: a.id }, body: { reason } }));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="inline-form">
      <TextField id={`cancel-reason-${a.id}`} field="reason" label={t('cancelReason')}>
        {(aria) => <input {...aria} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </TextField>
      <ErrorAlert error={error} title={t('notCancelled')} />
      <button type="submit">{t('confirmCancel')}</button>
    </form>
  );
}

function RescheduleForm({
  a,
  onDone,
  anyProvider,
}: {
  a: Appointment;
  onDone: (a: Appointment) => void;
  anyProvider: boolean;
}) {
  const { t } = usePortalText();
  const [selected, setSelected] = useState<Slot | null>(null);
  const [error, setError] = useState<unknown>(null);
  const data = useApi(
    async (signal) => {
      const now = Date.now();
      const [open, locations, providers] = await Promise.all([
        call(API.availability, {
          query: {
            visitType: a.visitType,
            location: a.locationId,
            ...(anyProvider ? {} : { provider: a.providerId }),
            from: toInstant(now),
            to: toInstant(now + RESCHEDULE_DAYS * 86_400_000),
          },
          signal,
        }),
        call(API.locations, { signal }),
        call(API.providers, { signal }),
      ]);
      return {
        slots: expandSlots(open),
        location: locations.find((l) => l.id === a.locationId),
        providers,
      };
    },
    [a.id, anyProvider],
  );
  if (!data.data?.location)
    return <LoadState loading={data.loading} error={data.error} what={t('openTimes')} />;
  const move = async () => {
    if (!selected) return;
    try {
      onDone(
        await call(API.rescheduleAppointment, {
          params: { id: a.id },
          body: { start: selected.start, ...(anyProvider ? { providerId: selected.providerId } : {}) },
        }),
      );
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="reschedule">
      <SlotPicker
        slots={data.data.slots}
        location={data.data.location}
        providers={data.data.providers}
        selected={selected}
        onSelect={setSelected}
      />
      <ErrorAlert error={error} title={t('notMoved')} />
      <button type="button" disabled={!selected} onClick={() => void move()}>
        {t('moveHere')}
      </button>
    </div>
  );
}

/**
 * Cancel (with a reason) or move a booked visit to another open time at the same location: of the same provider, or
 * with `anyProvider` of any provider who performs the visit type there (a visit to rebook off a closed day).
 */
export function AppointmentActions({
  a,
  onChanged,
  anyProvider = false,
}: {
  a: Appointment;
  onChanged: (a: Appointment) => void;
  anyProvider?: boolean;
}) {
  const { t } = usePortalText();
  const visitText = useVisitTypeText();
  const [mode, setMode] = useState<'none' | 'cancel' | 'reschedule'>('none');
  if (a.status !== 'booked') return null;
  const toggle = (m: 'cancel' | 'reschedule') => setMode(mode === m ? 'none' : m);
  const done = (updated: Appointment) => {
    setMode('none');
    onChanged(updated);
  };
  return (
    <div className="appointment-actions">
      <button
        type="button"
        className="button-secondary"
        aria-expanded={mode === 'reschedule'}
        onClick={() => toggle('reschedule')}
        aria-label={t('rescheduleFor', { visitType: visitText.ofVisit(a), patient: a.patientName })}
      >
        {t('reschedule')}
      </button>
      <button
        type="button"
        className="button-secondary"
        aria-expanded={mode === 'cancel'}
        onClick={() => toggle('cancel')}
        aria-label={t('cancelFor', { visitType: visitText.ofVisit(a), patient: a.patientName })}
      >
        {t('cancelVisit')}
      </button>
      {mode === 'cancel' && <CancelForm a={a} onDone={done} />}
      {mode === 'reschedule' && <RescheduleForm a={a} onDone={done} anyProvider={anyProvider} />}
    </div>
  );
}
