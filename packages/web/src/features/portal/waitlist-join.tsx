import { useEffect, useState, type FormEvent } from 'react';
import type { PatientSummary, WaitlistEntry } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { ApiError, call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { RadioGroup, TextField } from '../../components/choice-group';
import { ErrorAlert, StatusMessage, useFieldMessage } from '../../components/messages';
import type { BookingChoice } from '../../components/booking-flow';
import { addDays, todayLocal } from '../../time';
import { usePortalText } from '../../i18n/use-portal-text';
import { useVisitTypeText } from '../../i18n/use-visit-type-text';

/** The booking form's answers are this fresh when this form appears below it. */
const FRESH_MS = 30_000;

/**
 * "Tell me if an earlier time opens up": a window of days, a visit type and (optionally) a location; it starts
 * from what the booking form above has chosen.
 */
export function WaitlistJoin({
  patients,
  chosen,
}: {
  patients: PatientSummary[];
  chosen?: BookingChoice | null;
}) {
  const { t } = usePortalText();
  const visitText = useVisitTypeText();
  const fieldMessage = useFieldMessage();
  const [patientId, setPatientId] = useState(patients[0]?.id ?? '');
  // Only the visit types that fit the chosen patient (age, pregnancy) are offered. The booking form above has just
  // read both: taken from the shared cache, not asked again.
  const visitTypes = useApiQuery(
    API.visitTypes,
    { query: patientId ? { patientId } : {} },
    { staleTime: FRESH_MS },
  );
  const locations = useApiQuery(API.locations, {}, { staleTime: FRESH_MS });
  const [visitType, setVisitType] = useState('omt-follow-up');
  const [locationId, setLocationId] = useState('');
  const [from, setFrom] = useState(todayLocal);
  const [to, setTo] = useState(() => addDays(todayLocal(), 14));
  useEffect(() => {
    if (chosen?.patientId) setPatientId(chosen.patientId);
    if (chosen?.visitType) setVisitType(chosen.visitType);
    if (chosen?.locationId) setLocationId(chosen.locationId);
  }, [chosen?.patientId, chosen?.visitType, chosen?.locationId]);
  const [error, setError] = useState<unknown>(null);
  const [joined, setJoined] = useState<WaitlistEntry | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      setJoined(
        await call(API.joinWaitlist, {
          body: {
            patientId,
            visitType,
            ...(locationId ? { locationId } : {}),
            notBefore: `${from}T00:00:00Z`,
            notAfter: `${to}T23:59:00Z`,
          },
        }),
      );
    } catch (err) {
      setError(err);
    }
  };
  const fieldError = (f: string) => fieldMessage(error, f);
  if (!visitTypes.data || !locations.data) return null;
  return (
    <form onSubmit={(e) => void submit(e)} className="waitlist-join">
      {patients.length > 1 && (
        <RadioGroup
          legend={t('waitlistWhoFor')}
          name="wl-patient"
          options={patients.map((p) => ({ value: p.id, label: p.name }))}
          value={patientId}
          onChange={setPatientId}
        />
      )}
      <RadioGroup
        legend={t('visitType')}
        name="wl-visit-type"
        options={visitTypes.data.map((v) => ({ value: v.id, label: visitText.name(v) }))}
        value={visitType}
        onChange={setVisitType}
      />
      <RadioGroup
        legend={t('location')}
        name="wl-location"
        options={[
          { value: '', label: t('anyLocation') },
          ...locations.data.map((l) => ({ value: l.id, label: l.name })),
        ]}
        value={locationId}
        onChange={setLocationId}
      />
      <TextField id="wl-from" field="notBefore" label={t('earliestDay')} error={fieldError('notBefore')}>
        {(aria) => <input type="date" {...aria} value={from} onChange={(e) => setFrom(e.target.value)} />}
      </TextField>
      <TextField id="wl-to" field="notAfter" label={t('latestDay')} error={fieldError('notAfter')}>
        {(aria) => <input type="date" {...aria} value={to} onChange={(e) => setTo(e.target.value)} />}
      </TextField>
      <ErrorAlert error={error instanceof ApiError && error.field ? null : error} title={t('notAdded')} />
      {joined && <StatusMessage>{t('onWaitlist')}</StatusMessage>}
      <button type="submit">{t('joinWaitlist')}</button>
    </form>
  );
}
