import type { StaffMember } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { useApiQuery } from '../../api/use-api';
import { useModalDialog } from '../../components/use-modal-dialog';

/** What deactivating leaves to rebook: a provider's upcoming visits, counted before the admin confirms. */
function UpcomingVisits({ member }: { member: StaffMember }) {
  const preview = useApiQuery(API.previewDeactivation, { params: { id: member.id } });
  const n = preview.data?.appointments.length;
  if (n === undefined) return null;
  return (
    <p role="status">
      {n === 0
        ? `${member.displayName} has no upcoming visits booked.`
        : `${member.displayName} has ${n} upcoming ${n === 1 ? 'visit' : 'visits'} booked. They stay booked and are listed under Visits to rebook, for the front desk to move or cancel.`}
    </p>
  );
}

/** Asks before deactivating: a native modal <dialog>, Escape cancels, both buttons work from the keyboard. */
export function StaffDeactivateDialog(props: {
  member: StaffMember | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { member, onConfirm, onCancel } = props;
  const ref = useModalDialog(Boolean(member));
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
      {member && (member.role === 'physician' || member.role === 'resident') && (
        <UpcomingVisits member={member} />
      )}
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
