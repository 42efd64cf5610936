import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Appointment, Slot } from '@omt/contracts';
import { expandSlots } from '@omt/contracts/slot-groups';
import { API } from '../api/endpoints';
import { ApiError, call } from '../api/client';
import { useApi, useApiQuery } from '../api/use-api';
import { formatDateTime, toInstant } from '../time';
import { ErrorAlert, LoadState } from './messages';
import { SlotPicker } from './slot-picker';
import { BookingConfirmation } from './booking-confirmation';
import { openingHoursText } from '../opening-hours';
import { localAgeLabel } from '../i18n/translate';
import { usePortalText, type PortalT } from '../i18n/use-portal-text';
import type { PortalLang } from '../i18n/portal-messages';
import { refusalText } from '../i18n/refusal-text';
import { useVisitTypeText } from '../i18n/use-visit-type-text';

export interface BookablePatient {
  id: string;
  name: string;
  ageLabel?: string;
}

const DAYS_AHEAD = 14;

function bookingProblem(error: unknown, t: PortalT, lang: PortalLang, locale: string): string {
  if (!(error instanceof ApiError)) return t('bookingFailed');
  if (error.code === 'slot_taken') return t('slotTaken');
  if (error.code === 'consultation_required') return t('consultationRequired');
  if (error.code === 'series_conflicts' && Array.isArray(error.details)) {
    const when = (error.details as { start: string; message: string }[]).map((c) => {
      const at = new Date(c.start).toLocaleString(locale);
      return lang === 'en' ? `${at}: ${c.message}` : at;
    });
    return `${refusalText(lang, error)} ${when.join(' · ')}`;
  }
  return refusalText(lang, error);
}

/** What the person chose so far (the waitlist form below starts from it). */
export interface BookingChoice {
  patientId: string;
  visitType: string;
  locationId: string;
}

/**
 * Who → visit type → location → open slot → Book, then a confirmation leading with `nextStep`. Shared by the
 * patient portal and the front desk.
 */
export function BookingFlow(props: {
  patients: BookablePatient[];
  onBooked?: (a: Appointment) => void;
  onChoice?: (choice: BookingChoice) => void;
  /** Called once the form is shown whole (locations, providers and visit types in): what follows may appear then. */
  onReady?: () => void;
  /** The first thing the confirmation offers (the patient's intake form). */
  nextStep?: (a: Appointment) => ReactNode;
  allowSeries?: boolean;
}) {
  const { patients, onBooked, onChoice, onReady, nextStep, allowSeries } = props;
  const { t, lang, locale } = usePortalText();
  const visitText = useVisitTypeText();
  const [repeat, setRepeat] = useState(1);
  // Read through the shared cache, so the waitlist form below and the desk's other pages reuse the same answers.
  const locationList = useApiQuery(API.locations);
  const providerList = useApiQuery(API.providers);
  const [patientId, setPatientId] = useState(patients[0]?.id ?? '');
  // Only the visit types that fit the patient (age, pregnancy) are offered; the server refuses the others too.
  const fitting = useApiQuery(API.visitTypes, { query: { patientId } }, { enabled: !!patientId });
  // While another patient's visit types load, the previous patient's are not offered.
  const fittingReady = !patientId || (!!fitting.data && !fitting.loading);
  const [visitType, setVisitType] = useState('');
  const [locationId, setLocationId] = useState('');
  const [providerId, setProviderId] = useState('');
  const [selected, setSelected] = useState<Slot | null>(null);
  const [booking, setBooking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [booked, setBooked] = useState<{ first: Appointment; count: number } | null>(null);
  const bookButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (selected) bookButton.current?.focus();
  }, [selected]);
  useEffect(() => {
    onChoice?.({ patientId, visitType, locationId });
  }, [onChoice, patientId, visitType, locationId]);
  const catalogReady = !!locationList.data && !!providerList.data;
  const shown = catalogReady && (!patientId || !!fitting.data || !!fitting.error);
  useEffect(() => {
    if (shown) onReady?.();
  }, [shown, onReady]);

  const slots = useApi(
    async (signal) => {
      if (!visitType || !locationId) return [];
      const now = Date.now();
      const open = await call(API.availability, {
        query: {
          visitType,
          location: locationId,
          provider: providerId || undefined,
          from: toInstant(now),
          to: toInstant(now + DAYS_AHEAD * 86_400_000),
        },
        signal,
      });
      return expandSlots(open);
    },
    [visitType, locationId, providerId],
  );

  // The form appears whole, once the visit types are in too: arriving later, they would push the rest down.
  if (!locationList.data || !providerList.data || !shown)
    return (
      <LoadState
        loading={locationList.loading || providerList.loading || fitting.loading}
        error={locationList.error ?? providerList.error}
        what={t('visitTypesAndLocations')}
      />
    );
  const locations = locationList.data;
  const providers = providerList.data;
  const visitTypes = patientId && fittingReady ? (fitting.data ?? []) : [];
  const location = locations.find((l) => l.id === locationId);
  const chosenType = visitTypes.find((v) => v.id === visitType);
  const performers = chosenType?.performerIds;
  const patient = patients.find((p) => p.id === patientId);

  const book = async () => {
    if (!selected || !patientId) return;
    setBooking(true);
    setProblem(null);
    setBooked(null);
    try {
      const body = {
        patientId,
        visitType,
        providerId: selected.providerId,
        locationId: selected.locationId,
        start: selected.start,
      };
      const appointments =
        repeat > 1
          ? await call(API.bookSeries, { body: { ...body, count: repeat, everyWeeks: 1 } })
          : [await call(API.createAppointment, { body })];
      const appointment = appointments[0];
      if (!appointment) return;
      setBooked({ first: appointment, count: appointments.length });
      setSelected(null);
      slots.reload();
      onBooked?.(appointment);
    } catch (error) {
      setProblem(bookingProblem(error, t, lang, locale));
      if (error instanceof ApiError && error.code === 'slot_taken') {
        setSelected(null);
        slots.reload();
      }
    } finally {
      setBooking(false);
    }
  };

  if (booked) {
    return (
      <BookingConfirmation
        booked={booked.first}
        count={booked.count}
        nextStep={nextStep?.(booked.first)}
        onAnother={() => {
          setBooked(null);
          setRepeat(1);
        }}
      />
    );
  }

  return (
    <div className="booking">
      {patients.length > 1 && (
        <fieldset>
          <legend>{t('whoFor')}</legend>
          {patients.map((p) => (
            <label key={p.id} className="choice">
              <input
                type="radio"
                name="book-patient"
                value={p.id}
                checked={patientId === p.id}
                onChange={() => {
                  setPatientId(p.id);
                  setVisitType('');
                  setSelected(null);
                }}
              />
              {p.name}
              {p.ageLabel ? ` (${localAgeLabel(p.ageLabel, lang)})` : ''}
            </label>
          ))}
        </fieldset>
      )}
      {patients.length === 1 && patient && (
        <p>
          {t('bookingFor')} <strong>{patient.name}</strong>
          {patient.ageLabel ? ` (${localAgeLabel(patient.ageLabel, lang)})` : ''}
        </p>
      )}
      <fieldset>
        <legend>{t('visitType')}</legend>
        <p className="hint">{t('onlyFitting', { patient: patient?.name ?? t('thePatient') })}</p>
        {!fittingReady && (
          <LoadState loading={fitting.loading} error={fitting.error} what={t('visitTypes')} />
        )}
        {visitTypes.map((v) => (
          <label key={v.id} className="choice choice-block">
            <input
              type="radio"
              name="book-visit-type"
              value={v.id}
              checked={visitType === v.id}
              onChange={() => {
                setVisitType(v.id);
                setSelected(null);
              }}
            />
            <span>
              <strong>{visitText.name(v)}</strong> · {v.durationMinutes} min
              <span className="choice-hint">{visitText.description(v)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('location')}</legend>
        {locations.map((l) => (
          <label key={l.id} className="choice choice-block">
            <input
              type="radio"
              name="book-location"
              value={l.id}
              checked={locationId === l.id}
              onChange={() => {
                setLocationId(l.id);
                setProviderId('');
                setSelected(null);
              }}
            />
            <span>
              <strong>{l.name}</strong>
              <span className="choice-hint">
                {l.address} · {t('zoneLabel', { location: l.name, zone: l.timeZone })}
              </span>
              {l.openingHours.length > 0 && (
                <span className="choice-hint">{openingHoursText(l.openingHours, lang)}</span>
              )}
            </span>
          </label>
        ))}
      </fieldset>
      {location && (
        <div className="field">
          <label htmlFor="book-provider">{t('provider')}</label>
          <select
            id="book-provider"
            value={providerId}
            onChange={(e) => {
              setProviderId(e.target.value);
              setSelected(null);
            }}
          >
            <option value="">{t('anyProvider')}</option>
            {providers
              .filter((p) => p.locationIds.includes(location.id))
              .filter((p) => !performers?.length || performers.includes(p.id))
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                  {p.role === 'resident' ? ` ${t('resident')}` : ''}
                </option>
              ))}
          </select>
        </div>
      )}
      <section aria-labelledby="slots-heading">
        <h3 id="slots-heading">{t('chooseTime')}</h3>
        {!visitType || !location ? (
          <p className="muted">{t('chooseFirst')}</p>
        ) : slots.loading || slots.error ? (
          <LoadState loading={slots.loading} error={slots.error} what={t('openTimes')} />
        ) : (
          <SlotPicker
            slots={slots.data ?? []}
            location={location}
            providers={providers}
            selected={selected}
            onSelect={setSelected}
          />
        )}
      </section>
      {selected && location && (
        <div className="confirm-box">
          <p>
            {t('confirmLine', {
              patient: patient?.name ?? t('thePatient'),
              visitType: chosenType ? visitText.name(chosenType) : '',
              when: formatDateTime(selected.start, location.timeZone, locale),
              zone: t('zoneLabel', { location: location.name, zone: location.timeZone }),
              provider: providers.find((p) => p.id === selected.providerId)?.displayName ?? t('aProvider'),
            })}
          </p>
          {allowSeries && (
            <p>
              <label htmlFor="book-repeat">Weekly visits to book (1 = just this one)</label>
              <input
                id="book-repeat"
                type="number"
                min={1}
                max={26}
                value={repeat}
                onChange={(e) => setRepeat(Math.max(1, Number(e.target.value) || 1))}
              />
            </p>
          )}
          <button type="button" ref={bookButton} onClick={() => void book()} disabled={booking}>
            {booking ? t('booking') : repeat > 1 ? `Book ${repeat} weekly visits` : t('book')}
          </button>
        </div>
      )}
      <ErrorAlert error={problem} title={t('notBooked')} />
    </div>
  );
}
