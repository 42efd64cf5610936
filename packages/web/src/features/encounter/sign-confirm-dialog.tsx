import { useModalDialog } from '../../components/use-modal-dialog';

/**
 * Asks before signing, naming what the note will leave empty. A native modal <dialog>: focus moves into
 * it and stays there, Escape cancels, and both buttons work from the keyboard.
 */
export function SignConfirmDialog({
  open,
  empty,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  empty: string[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useModalDialog(open);

  return (
    <dialog
      ref={ref}
      className="sign-confirm"
      aria-labelledby="sign-confirm-heading"
      aria-describedby="sign-confirm-text"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="sign-confirm-heading">Sign and lock this note?</h2>
      <div id="sign-confirm-text">
        {empty.length ? (
          <>
            <p>These parts of the note are still empty:</p>
            <ul data-testid="sign-confirm-empty">
              {empty.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>Every part of the note is filled in.</p>
        )}
        <p>After signing, changes are only possible as addenda.</p>
      </div>
      <div className="button-row">
        <button type="button" onClick={onCancel}>
          Go back
        </button>
        <button type="button" onClick={onConfirm}>
          Sign now
        </button>
      </div>
    </dialog>
  );
}
