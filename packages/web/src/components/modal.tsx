import type { ReactNode } from 'react';
import { useModalDialog } from './use-modal-dialog';

/**
 * A native modal <dialog> (focus kept inside, Escape closes) with a heading and a Close button; open while
 * `open`. Closing by Escape or the button calls `onClose`.
 */
export function Modal(props: {
  id: string;
  open: boolean;
  heading: ReactNode;
  onClose: () => void;
  closeLabel?: string;
  className?: string;
  children: ReactNode;
}) {
  const { id, open, heading, onClose, closeLabel = 'Close', className, children } = props;
  const ref = useModalDialog(open);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-heading`}
      className={['modal', className].filter(Boolean).join(' ')}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="modal-head">
        <h2 id={`${id}-heading`}>{heading}</h2>
        <button type="button" className="button-secondary" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      {open && children}
    </dialog>
  );
}
