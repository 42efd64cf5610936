import { useState } from 'react';
import type { Appointment, Location, Patient, Provider, Slot } from '@omt/contracts';
import { expandSlots } from '@omt/contracts/slot-groups';
import { API } from '../../../api/endpoints';
import { call } from '../../../api/client';
import { useApi, useApiQuery } from '../../../api/use-api';
import { RadioGroup } from '../../../components/choice-group';
import { ErrorAlert, LoadState } from '../../../components/messages';
import { Modal } from '../../../components/modal';
import { SlotPicker } from '../../../components/slot-picker';
import { dayKey, formatTime, toInstant, wallToInstant, wideDayWindow } from '../../../time';
import { PatientFinder } from '../patient-finder';
import { dayHeading, ROW_MINUTES, rowLabel } from './calendar-time';

/** An open half hour the desk chose on the calendar: a provider's column on a day, at a row. */
export interface OpenCell {
  day: string;
  providerId: string;
  /** Minutes since midnight on the location's wall clock. */
  minute: number;
}

interface Props {
  cell: OpenCell | null;
  location: Location;
  providers: Provider[];
  onClose: () => void;
  onBooked: (a: Appointment) => void;
}

/** The open times of a visit type with the provider on the cell's day; the first in the chosen half hour first. */
function useDaySlots(cell: OpenCell, location: Location, visitType: string | null) {
  return useApi(
    async (signal) => {
      if (!visitType) return { slots: [] as Slot[], atCell: null as Slot | null };
      const window = wideDayWindow(cell.day);
      const open = await call(API.availability, {
        query: {
          visitType,
          provider: cell.providerId,
          location: location.id,
          from: toInstant(Math.max(Date.now(), Date.parse(window.from))),
          to: window.to,
        },
        signal,
      });
      const slots = expandSlots(open).filter((s) => dayKey(s.start, location.timeZone) === cell.day);
      const from = Date.parse(wallToInstant(cell.day, cell.minute, location.timeZone));
      const atCell = slots.find((s) => {
        const t = Date.parse(s.start);
        return t >= from && t < from + ROW_MINUTES * 60_000;
      });
      return { slots, atCell: atCell ?? null };
    },
    [cell.day, cell.providerId, cell.minute, location.id, visitType],
  );
}

function BookForm({
  cell,
  location,
  providers,
  onBooked,
}: Omit<Props, 'cell' | 'onClose'> & { cell: OpenCell }) {
  const [patient, setPatient] = useState<Patient | null>(null);
  const [visitType, setVisitType] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Slot | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const types = useApiQuery(API.visitTypes, { query: { patientId: patient?.id } }, { enabled: !!patient });
  const offered = (types.data ?? []).filter(
    (v) => !v.retired && (v.performerIds.length === 0 || v.performerIds.includes(cell.providerId)),
  );
  const day = useDaySlots(cell, location, visitType);
  const slot = chosen ?? day.data?.atCell ?? null;
  const book = async () => {
    if (!patient || !visitType || !slot) return;
    setBusy(true);
    setError(null);
    try {
      onBooked(
        await call(API.createAppointment, {
          body: {
            patientId: patient.id,
            visitType,
            providerId: slot.providerId,
            locationId: location.id,
            start: slot.start,
          },
        }),
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PatientFinder
        id="book-here-patient"
        selected={patient}
        onSelect={(p) => {
          setPatient(p);
          setVisitType(null);
          setChosen(null);
        }}
      />
      {patient && (
        <>
          <LoadState loading={types.loading} error={types.error} what="visit types" />
          {types.data && offered.length === 0 && (
            <p>No visit type this provider performs fits {patient.name}.</p>
          )}
          {offered.length > 0 && (
            <RadioGroup<string>
              legend={`Visit type for ${patient.name}`}
              name="book-here-visit-type"
              options={offered.map((v) => ({ value: v.id, label: `${v.name} (${v.durationMinutes} min)` }))}
              value={visitType}
              onChange={(v) => {
                setVisitType(v);
                setChosen(null);
              }}
            />
          )}
        </>
      )}
      {visitType && day.data && (
        <>
          {!day.data.atCell && (
            <p role="status">
              Not open at {rowLabel(cell.minute)} for this visit type. Choose another open time that day.
            </p>
          )}
          <SlotPicker
            slots={day.data.slots}
            location={location}
            providers={providers}
            selected={slot}
            onSelect={setChosen}
          />
        </>
      )}
      <LoadState loading={day.loading} error={day.error} what="open times" />
      <ErrorAlert error={error} title="Not booked:" />
      <button type="button" disabled={!patient || !visitType || !slot || busy} onClick={() => void book()}>
        {slot && patient ? `Book ${patient.name} at ${formatTime(slot.start, location.timeZone)}` : 'Book'}
      </button>
    </>
  );
}

/** Booking at an open time the desk clicked on the calendar: provider, location and time filled in. */
export function BookHere({ cell, location, providers, onClose, onBooked }: Props) {
  const provider = providers.find((p) => p.id === cell?.providerId);
  return (
    <Modal
      id="book-here"
      open={cell !== null}
      onClose={onClose}
      heading={
        cell
          ? `Book with ${provider?.displayName ?? 'the provider'}, ${dayHeading(cell.day)} ${rowLabel(cell.minute)}`
          : ''
      }
    >
      {cell && (
        <>
          <p className="muted">At {location.name}. Find the patient, then choose the visit type.</p>
          <BookForm
            key={`${cell.day}|${cell.providerId}|${cell.minute}`}
            cell={cell}
            location={location}
            providers={providers}
            onBooked={onBooked}
          />
        </>
      )}
    </Modal>
  );
}
