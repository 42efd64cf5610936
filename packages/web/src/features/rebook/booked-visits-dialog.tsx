import { useState } from 'react';
import type { BookedVisitsPreview } from '@omt/contracts';
import { formatDateTime } from '../../time';
import { useModalDialog } from '../../components/use-modal-dialog';

interface Asking {
  preview: BookedVisitsPreview;
  answer: (go: boolean) => void;
}

/**
 * Before a closure or time off is saved over booked visits, names them and asks to go on: a native modal <dialog>,
 * Escape goes back. `confirm(preview)` resolves true at once when nothing is booked.
 */
export function useBookedVisitsCheck(what: { confirmLabel: string }) {
  const [asking, setAsking] = useState<Asking | null>(null);
  const confirm = (preview: BookedVisitsPreview): Promise<boolean> =>
    preview.appointments.length === 0
      ? Promise.resolve(true)
      : new Promise((resolve) =>
          setAsking({
            preview,
            answer: (go) => {
              setAsking(null);
              resolve(go);
            },
          }),
        );
  const dialog = <BookedVisitsDialog asking={asking} confirmLabel={what.confirmLabel} />;
  return { confirm, dialog };
}

function BookedVisitsDialog({ asking, confirmLabel }: { asking: Asking | null; confirmLabel: string }) {
  const ref = useModalDialog(Boolean(asking));
  const visits = asking?.preview.appointments ?? [];
  const n = visits.length;
  return (
    <dialog
      ref={ref}
      aria-labelledby="booked-visits-heading"
      aria-describedby="booked-visits-text"
      onCancel={(e) => {
        e.preventDefault();
        asking?.answer(false);
      }}
    >
      <h2 id="booked-visits-heading">
        {n} {n === 1 ? 'visit is' : 'visits are'} booked in this time
      </h2>
      <ul className="plain-list">
        {visits.map((a) => (
          <li key={a.id}>
            {formatDateTime(a.start, a.timeZone)}: {a.patientName}, {a.visitTypeName} with {a.providerName}
          </li>
        ))}
      </ul>
      <p id="booked-visits-text">
        Saving does not cancel them. They are listed under Visits to rebook, where the front desk moves or
        cancels each one and the patient gets an email.
      </p>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={() => asking?.answer(false)}>
          Go back
        </button>
        <button type="button" onClick={() => asking?.answer(true)}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
