import { useState } from 'react';
import type { StaffMember } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { TextField } from '../../components/choice-group';
import { ErrorAlert } from '../../components/messages';
import { useSubmit } from '../../components/use-submit';
import { fieldError } from '../encounter/field-errors';
import { ConfirmDialog } from './confirm-dialog';

/**
 * Asks before an admin resets a staff member's lost two-factor, with the reason the audit log keeps; the server's
 * refusal (e.g. no reason) shows in the dialog, which stays open until it is done or cancelled.
 */
export function StaffTotpResetDialog(props: {
  member: StaffMember | null;
  onReset: (member: StaffMember) => void;
  onCancel: () => void;
}) {
  const { member, onReset, onCancel } = props;
  const [reason, setReason] = useState('');
  const send = useSubmit(async () => {
    if (!member) return;
    const updated = await call(API.resetStaffTotp, { params: { id: member.id }, body: { reason } });
    setReason('');
    onReset(updated);
  });
  const reasonError = fieldError(send.error, 'reason');
  const cancel = () => {
    setReason('');
    send.setError(null);
    onCancel();
  };
  return (
    <ConfirmDialog
      id="totp-reset"
      heading={member ? `Reset the two-factor of ${member.displayName}?` : null}
      text="Their authenticator app and recovery codes stop working, and they are logged out everywhere and told by email. They set up two-factor again at their next login where the clinic requires it. Check first that it is really them asking."
      confirmLabel={send.busy ? 'Resetting…' : 'Reset two-factor'}
      cancelLabel="Keep two-factor"
      onConfirm={() => {
        if (!send.busy) void send.run();
      }}
      onCancel={cancel}
    >
      <TextField
        id="totp-reset-reason"
        field="reason"
        label="Reason (kept in the audit log)"
        error={reasonError}
      >
        {(aria) => <textarea {...aria} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </TextField>
      {send.error !== null && !reasonError && <ErrorAlert error={send.error} title="Not reset:" />}
    </ConfirmDialog>
  );
}
