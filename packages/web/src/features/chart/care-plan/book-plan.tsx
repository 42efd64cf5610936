import { useState } from 'react';
import type { CarePlan, CarePlanBooking } from '@omt/contracts';
import { expandSlots } from '@omt/contracts/slot-groups';
import { API } from '../../../api/endpoints';
import { call } from '../../../api/client';
import { useApiQuery } from '../../../api/use-api';
import { ErrorAlert, LoadState } from '../../../components/messages';
import { useSubmit } from '../../../components/use-submit';
import { useSession } from '../../../session';
import { formatDateTime, toInstant } from '../../../time';

const DAY = 86_400_000;

/**
 * "Book the plan": the physician picks the visit type and the first visit from their open times; the plan's
 * remaining visits are checked as a series first (each conflict named), and booked only on confirmation.
 */
export function BookPlan({
  plan,
  onBooked,
  onCancel,
}: {
  plan: CarePlan;
  onBooked: (p: CarePlan, m: string) => void;
  onCancel: () => void;
}) {
  const { user } = useSession();
  const types = useApiQuery(API.visitTypes, { query: { patientId: plan.patientId } });
  const locations = useApiQuery(API.locations);
  const [visitType, setVisitType] = useState('');
  const chosenType = visitType || types.data?.find((t) => !t.requiresConsultation)?.id || '';
  const [from] = useState(() => Date.now());
  const slots = useApiQuery(
    API.availability,
    {
      query: {
        visitType: chosenType,
        provider: user.id,
        from: toInstant(from + DAY),
        to: toInstant(from + 28 * DAY),
      },
    },
    { enabled: chosenType !== '', select: expandSlots },
  );
  const [slotStart, setSlotStart] = useState('');
  const [preview, setPreview] = useState<CarePlanBooking | null>(null);
  const shown = (slots.data ?? []).slice(0, 300);
  const slot = shown.find((s) => s.start === slotStart) ?? shown[0];
  const zoneOf = (locationId: string) => locations.data?.find((l) => l.id === locationId)?.timeZone ?? 'UTC';
  const { error, busy, run } = useSubmit(async () => {
    if (!slot) return;
    const body = {
      visitType: chosenType,
      providerId: slot.providerId,
      locationId: slot.locationId,
      start: slot.start,
    };
    if (!preview) {
      setPreview(
        await call(API.bookCarePlan, { params: { id: plan.id }, body: { ...body, confirm: false } }),
      );
      return;
    }
    const r = await call(API.bookCarePlan, { params: { id: plan.id }, body: { ...body, confirm: true } });
    if (r.booked) onBooked(r.plan, `Booked ${r.starts.length} visits of the plan.`);
    else setPreview(r);
  });
  const remaining = plan.current.content.visits - plan.progress.visitsBooked;
  if (!types.data || !locations.data)
    return <LoadState loading error={types.error ?? locations.error} what="the visit types" />;
  const zone = slot ? zoneOf(slot.locationId) : 'UTC';
  return (
    <section className="care-plan-book" aria-labelledby="book-plan-title">
      <h3 id="book-plan-title">Book the plan ({remaining} visits)</h3>
      <ErrorAlert error={error} title="Not booked:" />
      <div className="field">
        <label htmlFor="book-plan-type">Visit type</label>
        <select
          id="book-plan-type"
          value={chosenType}
          onChange={(e) => {
            setVisitType(e.target.value);
            setPreview(null);
          }}
        >
          {types.data.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="book-plan-first">First visit</label>
        {shown.length === 0 ? (
          <p id="book-plan-first" className="muted">
            {slots.loading ? 'Looking for open times…' : 'No open time in the next four weeks.'}
          </p>
        ) : (
          <select
            id="book-plan-first"
            value={slot?.start ?? ''}
            onChange={(e) => {
              setSlotStart(e.target.value);
              setPreview(null);
            }}
          >
            {shown.map((s) => (
              <option key={`${s.start}-${s.locationId}`} value={s.start}>
                {formatDateTime(s.start, zoneOf(s.locationId))}
              </option>
            ))}
          </select>
        )}
      </div>
      {preview && (
        <div aria-live="polite">
          <h4>
            {preview.conflicts.length
              ? `${preview.conflicts.length} visits cannot be booked; nothing was booked`
              : 'Every visit is free'}
          </h4>
          <ol className="care-plan-dates">
            {preview.starts.map((s, i) => {
              const conflict = preview.conflicts.find((c) => c.index === i);
              return (
                <li key={s}>
                  {formatDateTime(s, zone)}
                  {conflict ? <strong> — cannot be booked: {conflict.message}</strong> : ' — free'}
                </li>
              );
            })}
          </ol>
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          disabled={busy || !slot || Boolean(preview?.conflicts.length)}
          onClick={() => void run()}
        >
          {preview ? `Book ${preview.starts.length} visits` : 'Check the dates'}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
