import { ErrorAlert } from '../../components/messages';
import { formatTime } from '../../time';
import type { NoteDraft, NoteFieldName } from './note-draft';
import { SECTION_LABELS } from './note-fields';

/** "Saved 14:02", "Saving…" or "Not saved": always in view, announced politely. */
export function NoteSaveStatus({ draft, timeZone }: { draft: NoteDraft; timeZone: string }) {
  if (draft.readOnly) return null;
  const text =
    draft.status === 'saved'
      ? draft.savedAt
        ? `Saved ${formatTime(draft.savedAt, timeZone)}`
        : 'All changes saved'
      : draft.status === 'failed' || draft.status === 'conflict'
        ? 'Not saved'
        : 'Saving…';
  return (
    <span className={`save-status save-status-${draft.status}`} role="status" data-testid="note-save-status">
      {text}
    </span>
  );
}

/** A save refused or overtaken: what happened and the choices, with the clinician's own text kept to copy. */
export function NoteSaveProblems({ draft }: { draft: NoteDraft }) {
  return (
    <>
      {draft.status === 'failed' && (
        <div className="stack">
          <ErrorAlert error={draft.error} title="Note not saved:" />
          <button type="button" className="button-secondary" onClick={draft.retry}>
            Try saving again
          </button>
        </div>
      )}
      {draft.theirs && (
        <div className="alert alert-warning" role="alert" data-testid="note-conflict">
          <p>
            <strong>This note was changed in another tab or by someone else.</strong> Your latest typing is
            not saved. Load their version to see it (your text stays here to copy), or replace theirs with
            yours.
          </p>
          <div className="inline-controls">
            <button type="button" onClick={draft.loadTheirs}>
              Load their version
            </button>
            <button type="button" className="button-secondary" onClick={draft.keepMine}>
              Replace theirs with mine
            </button>
          </div>
        </div>
      )}
      {draft.replaced && (
        <section className="alert alert-warning" aria-labelledby="your-text-heading" data-testid="your-text">
          <h3 id="your-text-heading">Your text before loading theirs</h3>
          <p className="hint">Copy what you need into the note, then close this.</p>
          {(Object.keys(draft.replaced) as NoteFieldName[])
            .filter((s) => draft.replaced?.[s].trim())
            .map((s) => (
              <div className="field" key={s}>
                <label htmlFor={`your-${s}`}>{SECTION_LABELS[s]} (yours)</label>
                <textarea id={`your-${s}`} readOnly rows={3} value={draft.replaced?.[s] ?? ''} />
              </div>
            ))}
          <button type="button" className="button-secondary" onClick={draft.dismissReplaced}>
            Close my earlier text
          </button>
        </section>
      )}
    </>
  );
}
