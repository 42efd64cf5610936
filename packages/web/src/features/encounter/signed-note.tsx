import { useEffect, useRef, useState } from 'react';
import type { Encounter } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/messages';
import { formatStamp } from '../../time';
import { Addenda } from './addenda';
import { TOLERANCE_LABELS } from './sign-panel';

function Signatures({ encounter }: { encounter: Encounter }) {
  return (
    <ul className="plain-list signatures">
      <li>
        ✓ Signed by {encounter.authorName}
        {encounter.signedAt ? `, ${formatStamp(encounter.signedAt)}` : ''}
      </li>
      {encounter.cosignedAt && (
        <li data-testid="cosigned">
          ✓ Co-signed by {encounter.cosignedByName ?? 'the supervising physician'},{' '}
          {formatStamp(encounter.cosignedAt)}
        </li>
      )}
      {encounter.status === 'awaiting_cosign' && (
        <li>
          <span className="badge badge-status-awaiting_cosign">Awaiting co-signature</span> by the
          supervising physician; until then the note does not count as signed.
        </li>
      )}
    </ul>
  );
}

/** The signed, read-only note; co-sign for the supervising physician; addenda and the PDF. */
export function SignedNote(props: {
  encounter: Encounter;
  onChange: (e: Encounter) => void;
  focusOnMount?: boolean;
}) {
  const { encounter, onChange, focusOnMount } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  const [error, setError] = useState<unknown>(null);
  const [cosigned, setCosigned] = useState(false);

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
      <Signatures encounter={encounter} />
      {encounter.canCosign && (
        <button type="button" onClick={() => void cosign()}>
          Co-sign
        </button>
      )}
      {error !== null && <ErrorAlert error={error} title="Not co-signed:" />}
      {cosigned && <StatusMessage>Note co-signed.</StatusMessage>}
      {(encounter.tolerance || encounter.reassessment) && (
        <dl className="facts">
          {encounter.tolerance && (
            <div>
              <dt>Tolerance</dt>
              <dd>Tolerated treatment {TOLERANCE_LABELS[encounter.tolerance].toLowerCase()}</dd>
            </div>
          )}
          {encounter.reassessment && (
            <div className="wide">
              <dt>Reassessment</dt>
              <dd>{encounter.reassessment}</dd>
            </div>
          )}
        </dl>
      )}
      <pre className="note-text" tabIndex={0} aria-label="Note text">
        {encounter.note ?? 'No note text.'}
      </pre>
      <p>
        <a
          href={`/api/encounters/${encodeURIComponent(encounter.id)}/note.pdf`}
          target="_blank"
          rel="noreferrer"
        >
          Download the note as PDF (opens in a new tab)
        </a>
      </p>
      {encounter.status === 'signed' && (
        <p>
          <a
            href={`/api/encounters/${encodeURIComponent(encounter.id)}/superbill.pdf`}
            target="_blank"
            rel="noreferrer"
          >
            Download the superbill as PDF (opens in a new tab)
          </a>
        </p>
      )}
      <Addenda encounter={encounter} onChange={onChange} />
    </section>
  );
}
