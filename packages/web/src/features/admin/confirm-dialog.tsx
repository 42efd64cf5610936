import type { ReactNode } from 'react';
import { useModalDialog } from '../../components/use-modal-dialog';

/** Asks before an admin change that cannot be undone here: a native modal <dialog>, Escape cancels. */
export function ConfirmDialog(props: {
  id: string;
  /** Null: closed. */
  heading: string | null;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** What the admin fills in before confirming (e.g. a reason), shown under the text. */
  children?: ReactNode;
}) {
  const { id, heading, text, confirmLabel, cancelLabel, onConfirm, onCancel, children } = props;
  const ref = useModalDialog(Boolean(heading));
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-heading`}
      aria-describedby={`${id}-text`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-heading`}>{heading}</h2>
      <p id={`${id}-text`}>{text}</p>
      {children}
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
