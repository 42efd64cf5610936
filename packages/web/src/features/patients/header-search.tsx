import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Patient } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call, errorMessage } from '../../api/client';
import { Link, usePath } from '../../router';
import { useSession } from '../../session';
import './patients.css';

/**
 * The staff header's patient search: a name prefix, a date of birth (YYYY-MM-DD or MM/DD/YYYY), a phone or
 * an email; the matches open below as links to each patient's page. Escape or leaving the page closes them.
 */
export function HeaderPatientSearch() {
  const [q, setQ] = useState('');
  const [results, setResults] = useState<Patient[] | null>(null);
  const [error, setError] = useState('');
  const path = usePath();
  const { user } = useSession();
  const mayOpenChart = user.role !== 'admin';
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setResults(null);
    setError('');
  }, [path]);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (!q.trim()) return;
    setError('');
    try {
      setResults(await call(API.searchPatients, { query: { q } }));
    } catch (err) {
      setResults(null);
      setError(errorMessage(err));
    }
  };
  const close = () => {
    setResults(null);
    setError('');
    inputRef.current?.focus();
  };

  return (
    <div
      className="header-search"
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <form role="search" aria-label="Patients" onSubmit={(e) => void search(e)}>
        <label htmlFor="header-patient-search" className="visually-hidden">
          Find a patient
        </label>
        <span id="header-patient-search-hint" className="visually-hidden">
          By name, date of birth, phone or email
        </span>
        <input
          ref={inputRef}
          id="header-patient-search"
          type="search"
          placeholder="Name, birth date, phone, email"
          aria-describedby="header-patient-search-hint"
          autoComplete="off"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <button type="submit" className="button-secondary">
          Find patient
        </button>
      </form>
      <div className="header-search-results" role="status">
        {error && <p>{error}</p>}
        {results && (
          <div className="card">
            <p>
              <strong>
                {results.length === 0
                  ? `No patient matches “${q}”.`
                  : `${results.length} patient${results.length === 1 ? '' : 's'} found`}
              </strong>{' '}
              <button type="button" className="button-secondary" onClick={close}>
                Close
              </button>
            </p>
            <ul className="result-list">
              {results.map((p) => (
                <li key={p.id}>
                  <Link to={`/patients/${p.id}`}>{p.name}</Link>, born {p.birthDate} ({p.ageLabel})
                  {mayOpenChart && (
                    <>
                      {' · '}
                      <Link to={`/patients/${p.id}/chart`} aria-label={`Chart of ${p.name}`}>
                        Chart
                      </Link>
                    </>
                  )}
                  {p.phone ? ` · ${p.phone}` : ''}
                  {p.active ? '' : ' · deactivated'}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
