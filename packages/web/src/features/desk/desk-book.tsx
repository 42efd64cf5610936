import { useState, type FormEvent } from 'react';
import { API, type Patient } from '@omt/contracts';
import { call } from '../../api/client';
import { usePageTitle } from '../../components/app-shell';
import { BookingFlow } from '../../components/booking-flow';
import { ErrorAlert } from '../../components/messages';

/** Front desk books by phone: find the patient, then the same booking flow as the portal. */
export function DeskBook() {
  usePageTitle('Book for a patient');
  const [q, setQ] = useState('');
  const [results, setResults] = useState<Patient[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [patient, setPatient] = useState<Patient | null>(null);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      setResults(await call(API.searchPatients, { query: { q } }));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <>
      <h1>Book for a patient</h1>
      <section aria-labelledby="find-heading" className="card">
        <h2 id="find-heading">Find the patient</h2>
        <form role="search" className="filters" onSubmit={(e) => void search(e)}>
          <div className="field">
            <label htmlFor="patient-search">Patient name</label>
            <input id="patient-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
          </div>
          <button type="submit">Search</button>
        </form>
        <ErrorAlert error={error} title="Search failed:" />
        {results && (
          <div role="status">
            {results.length === 0 ? (
              <p>No patient matches “{q}”.</p>
            ) : (
              <ul className="result-list">
                {results.map((p) => (
                  <li key={p.id}>
                    <button
                      type="button"
                      className="button-secondary"
                      aria-pressed={patient?.id === p.id}
                      onClick={() => setPatient(p)}
                    >
                      Select {p.name}
                    </button>{' '}
                    born {p.birthDate} ({p.ageLabel}){p.summary ? ` · ${p.summary}` : ''}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
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
