import { useEffect, useRef, useState, type FormEvent } from 'react';
import { API, type Encounter } from '@omt/contracts';
import { call } from '../../api/client';
import { TextField } from '../../components/choice-group';
import { ErrorAlert, StatusMessage } from '../../components/messages';
import { formatStamp } from '../../time';
import { CodingSummary } from './coding-summary';

function Addenda({ encounter, onChange }: { encounter: Encounter; onChange: (e: Encounter) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      onChange(await call(API.addAddendum, { params: { id: encounter.id }, body: { text } }));
      setText('');
    } catch (err) {
      setError(err);
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
            <li key={a.id} className="addendum">
              <p className="muted">
                {a.authorName}, {formatStamp(a.createdAt)}
              </p>
              <p className="pre">{a.text}</p>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void submit(e)} className="stack" noValidate>
        <TextField id="addendum-text" field="text" label="New addendum">
          {(aria) => <textarea {...aria} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
        </TextField>
        {error !== null && <ErrorAlert error={error} title="Addendum not added:" />}
        <button type="submit" className="button-secondary">
          Add addendum
        </button>
      </form>
    </>
  );
}

/** The signed, read-only note with its codes; co-sign for the supervising physician. */
export function SignedNote(props: { encounter: Encounter; onChange: (e: Encounter) => void; focusOnMount?: boolean }) {
  const { encounter, onChange, focusOnMount } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  const [error, setError] = useState<unknown>(null);
  const [cosigned, setCosigned] = useState(false);
  const awaiting = encounter.status === 'awaiting_cosign';

  const cosign = async () => {
    setError(null);
    try {
      onChange(await call(API.cosignEncounter, { params: { id: encounter.id } }));
      setCosigned(true);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby="note-heading" className="card signed-note">
      <h2 id="note-heading" ref={heading} tabIndex={-1}>
        Signed note
      </h2>
      <p>
        Signed {encounter.signedAt ? formatStamp(encounter.signedAt) : ''} by {encounter.authorName}.
        {encounter.cosignedAt ? ` Co-signed ${formatStamp(encounter.cosignedAt)} by ${encounter.cosignedByName ?? 'the supervising physician'}.` : ''}
      </p>
      {awaiting && (
        <p className="badge badge-status-awaiting_cosign">
          <strong>Awaiting co-signature</strong>
        </p>
      )}
      {encounter.canCosign && (
        <button type="button" onClick={() => void cosign()}>
          Co-sign
        </button>
      )}
      {error !== null && <ErrorAlert error={error} title="Not co-signed:" />}
      {cosigned && <StatusMessage>Note co-signed.</StatusMessage>}
      <pre className="note-text" tabIndex={0} aria-label="Note text">
        {encounter.note ?? 'No note text.'}
      </pre>
      <p>
        <a href={`/api/encounters/${encodeURIComponent(encounter.id)}/note.pdf`} target="_blank" rel="noreferrer">
          Download the note as PDF
        </a>
      </p>
      {encounter.coding && <CodingSummary coding={encounter.coding} />}
      <Addenda encounter={encounter} onChange={onChange} />
    </section>
  );
}
