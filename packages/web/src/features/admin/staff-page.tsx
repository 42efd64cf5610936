import { useState } from 'react';
import type { Location, StaffMember, StaffStatus } from '@omt/contracts';
import { API } from '../../api/endpoints';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { usePageTitle } from '../../components/app-shell';
import { ErrorAlert, LoadState, StatusMessage } from '../../components/messages';
import { RebookLink, visitsToRebookChanged } from '../../components/rebook-link';
import { STAFF_ROLE_LABELS } from './staff-fields';
import { StaffInviteForm } from './staff-invite-form';
import { StaffEditForm } from './staff-edit-form';
import { StaffDeactivateDialog } from './staff-deactivate-dialog';
import { StaffTotpResetDialog } from './staff-totp-reset-dialog';
import { useSession } from '../../session';

const STATUS_LABELS: Record<StaffStatus, string> = {
  invited: 'Invited',
  active: 'Active',
  deactivated: 'Deactivated',
};

function StaffRow(props: {
  m: StaffMember;
  locations: Location[];
  onEdit: () => void;
  onDeactivate: () => void;
  onResend: () => void;
  /** Absent where the admin may not reset it: two-factor is off, or it is their own. */
  onResetTotp?: (() => void) | undefined;
}) {
  const { m, locations } = props;
  const places = m.locationIds.map((id) => locations.find((l) => l.id === id)?.name ?? id).join(', ');
  return (
    <tr>
      <th scope="row">
        {m.displayName}
        <br />
        <span className="muted">{m.email}</span>
      </th>
      <td>{STAFF_ROLE_LABELS[m.role]}</td>
      <td>{m.credential ?? '—'}</td>
      <td>{m.npi ?? '—'}</td>
      <td>{m.supervisor?.displayName ?? '—'}</td>
      <td>{places || '—'}</td>
      <td>{STATUS_LABELS[m.status]}</td>
      <td>{m.twoFactorOn ? 'On' : 'Off'}</td>
      <td>
        {m.status !== 'deactivated' && (
          <div className="button-row">
            <button type="button" className="button-secondary" onClick={props.onEdit}>
              Edit <span className="visually-hidden">{m.displayName}</span>
            </button>
            {m.status === 'invited' && (
              <button type="button" className="button-secondary" onClick={props.onResend}>
                Re-send invitation <span className="visually-hidden">to {m.displayName}</span>
              </button>
            )}
            {props.onResetTotp && (
              <button type="button" className="button-secondary" onClick={props.onResetTotp}>
                Reset two-factor <span className="visually-hidden">of {m.displayName}</span>
              </button>
            )}
            <button type="button" className="button-secondary" onClick={props.onDeactivate}>
              Deactivate <span className="visually-hidden">{m.displayName}</span>
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}

/** Admin: the clinic's staff; invite, change role and details, reset a lost two-factor, deactivate. */
export function StaffPage() {
  usePageTitle('Staff');
  const staff = useApiQuery(API.listStaff);
  const locations = useApiQuery(API.locations);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<StaffMember | null>(null);
  const [resettingTotp, setResettingTotp] = useState<StaffMember | null>(null);
  const { user } = useSession();
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const items = staff.data?.items ?? [];
  const physicians = items.filter((m) => m.role === 'physician' && m.status === 'active');
  const places = locations.data ?? [];
  const act = async (what: () => Promise<string>) => {
    setError(null);
    setStatus(null);
    try {
      setStatus(await what());
      staff.reload();
    } catch (err) {
      setError(err);
    }
  };
  const deactivate = (m: StaffMember) => {
    setConfirming(null);
    void act(async () => {
      await call(API.deactivateStaff, { params: { id: m.id } });
      visitsToRebookChanged();
      return `${m.displayName} is deactivated.`;
    });
  };
  const resend = (m: StaffMember) =>
    void act(async () => {
      const r = await call(API.resendInvitation, { params: { id: m.id }, body: {} });
      return `A new invitation went to ${m.email}; the earlier link no longer works (new link until ${r.expiresAt.slice(0, 10)}).`;
    });
  const editedMember = items.find((m) => m.id === editing);
  return (
    <>
      <h1>Staff</h1>
      <RebookLink />
      <LoadState loading={staff.loading} error={staff.error} what="staff" />
      <ErrorAlert error={error} title="Not done:" />
      <StatusMessage>{status}</StatusMessage>
      {staff.data && (
        <table className="dense">
          <caption>Staff logins</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Credential</th>
              <th scope="col">NPI</th>
              <th scope="col">Supervisor</th>
              <th scope="col">Locations</th>
              <th scope="col">Status</th>
              <th scope="col">Two-factor</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {items.map((m) => (
              <StaffRow
                key={m.id}
                m={m}
                locations={places}
                onEdit={() => setEditing(m.id)}
                onDeactivate={() => setConfirming(m)}
                onResend={() => resend(m)}
                onResetTotp={m.twoFactorOn && m.id !== user.id ? () => setResettingTotp(m) : undefined}
              />
            ))}
          </tbody>
        </table>
      )}
      {editedMember && (
        <StaffEditForm
          key={editedMember.id}
          member={editedMember}
          physicians={physicians}
          locations={places}
          onSaved={(m) => {
            setEditing(null);
            setStatus(`Saved ${m.displayName}.`);
            staff.reload();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <StaffInviteForm physicians={physicians} locations={places} onInvited={staff.reload} />
      <StaffTotpResetDialog
        member={resettingTotp}
        onReset={(m) => {
          setResettingTotp(null);
          setError(null);
          setStatus(`The two-factor of ${m.displayName} is reset; they were logged out and told by email.`);
          staff.reload();
        }}
        onCancel={() => setResettingTotp(null)}
      />
      <StaffDeactivateDialog
        member={confirming}
        onConfirm={() => confirming && deactivate(confirming)}
        onCancel={() => setConfirming(null)}
      />
    </>
  );
}
