import { useState, type FormEvent } from 'react';
import type { Encounter } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { TextField } from '../../components/choice-group';
import { ErrorAlert, StatusMessage } from '../../components/messages';
import { formatStamp } from '../../time';
import { fieldError } from './field-errors';

/** Dated additions after signing; the signed note itself never changes. */
export function Addenda({ encounter, onChange }: { encounter: Encounter; onChange: (e: Encounter) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setAdded(false);
    setBusy(true);
    try {
      onChange(await call(API.addAddendum, { params: { id: encounter.id }, body: { text } }));
      setText('');
      setAdded(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h3>Addenda</h3>
      {encounter.addenda.length === 0 ? (
        <p>No addenda.</p>
      ) : (
        <ul className="plain-list">
          {encounter.addenda.map((a) => (
            <li key={a.id} className="addendum" data-testid="addendum">
              <p className="muted">
                Addendum by {a.authorName}, {formatStamp(a.createdAt)}
              </p>
              <p className="pre">{a.text}</p>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void submit(e)} className="stack" noValidate>
        <TextField id="addendum-text" field="text" label="New addendum" error={fieldError(error, 'text')}>
          {(aria) => <textarea {...aria} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
        </TextField>
        {error !== null && <ErrorAlert error={error} title="Addendum not added:" />}
        {added && <StatusMessage>Addendum added.</StatusMessage>}
        <button type="submit" className="button-secondary" disabled={busy}>
          Add addendum
        </button>
      </form>
    </>
  );
}
