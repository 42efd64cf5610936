import { useEffect, useRef } from 'react';
import type { StaffMember } from '@omt/contracts';

/** Asks before deactivating: a native modal <dialog>, Escape cancels, both buttons work from the keyboard. */
export function StaffDeactivateDialog(props: {
  member: StaffMember | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { member, onConfirm, onCancel } = props;
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (member && !dialog.open) dialog.showModal();
    if (!member && dialog.open) dialog.close();
  }, [member]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="deactivate-heading"
      aria-describedby="deactivate-text"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="deactivate-heading">Deactivate {member?.displayName}?</h2>
      <p id="deactivate-text">
        They are logged out at once and can no longer log in. Their notes, visits and the audit log stay.
      </p>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Keep active
        </button>
        <button type="button" onClick={onConfirm}>
          Deactivate
        </button>
      </div>
    </dialog>
  );
}
