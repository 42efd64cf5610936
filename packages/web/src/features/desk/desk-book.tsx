import { useState } from 'react';
import type { Patient } from '@omt/contracts';
import { usePageTitle } from '../../components/app-shell';
import { BookingFlow } from '../../components/booking-flow';
import { PatientFinder } from './patient-finder';

/** Front desk books by phone: find the patient, then the same booking flow as the portal. */
export function DeskBook() {
  usePageTitle('Book for a patient');
  const [patient, setPatient] = useState<Patient | null>(null);

  return (
    <>
      <h1>Book for a patient</h1>
      <section aria-labelledby="find-heading" className="card">
        <h2 id="find-heading">Find the patient</h2>
        <PatientFinder id="patient" selected={patient} onSelect={setPatient} />
      </section>
      {patient && (
        <section aria-labelledby="book-heading" className="card">
          <h2 id="book-heading">Book a visit for {patient.name}</h2>
          <BookingFlow
            key={patient.id}
            patients={[{ id: patient.id, name: patient.name, ageLabel: patient.ageLabel }]}
            allowSeries
          />
        </section>
      )}
    </>
  );
}
