import { useState } from 'react';
import type { Encounter } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/messages';

/** "Copy exam from previous visit": fills the exam from the patient's last signed visit, rows marked as copied. */
export function CopyForward({
  encounter,
  hasFindings,
  onCopied,
}: {
  encounter: Encounter;
  hasFindings: boolean;
  onCopied: (e: Encounter) => void;
}) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const copy = async () => {
    if (hasFindings && !window.confirm('Replace the findings entered so far with the previous visit’s exam?'))
      return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const next = await call(API.copyExamForward, { params: { id: encounter.id } });
      onCopied(next);
      setDone(next.exam[0]?.copiedFrom ?? '');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="copy-forward">
      <button type="button" className="button-secondary" disabled={busy} onClick={() => void copy()}>
        {busy ? 'Copying…' : 'Copy exam from previous visit'}
      </button>
      {done !== null && (
        <StatusMessage>
          Exam copied from the visit of {done}. Confirm or change each copied row.
        </StatusMessage>
      )}
      {error !== null && <ErrorAlert error={error} title="Exam not copied:" />}
    </div>
  );
}
