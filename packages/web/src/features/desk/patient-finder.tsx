import { useState, type FormEvent } from 'react';
import type { Patient } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/messages';

/** Finds a patient by name (the desk's search) and offers each match as a "Select …" button. */
export function PatientFinder({
  id,
  selected,
  onSelect,
}: {
  /** Prefix of the element ids, unique on the page. */
  id: string;
  selected: Patient | null;
  onSelect: (p: Patient) => void;
}) {
  const [q, setQ] = useState('');
  const [results, setResults] = useState<Patient[] | null>(null);
  const [error, setError] = useState<unknown>(null);
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
      <form role="search" className="filters" onSubmit={(e) => void search(e)}>
        <div className="field">
          <label htmlFor={`${id}-search`}>Patient name</label>
          <input id={`${id}-search`} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
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
                    aria-pressed={selected?.id === p.id}
                    onClick={() => onSelect(p)}
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
    </>
  );
}
