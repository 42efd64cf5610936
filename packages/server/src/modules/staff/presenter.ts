import type { UserRow } from '@omt/db';
import type { StaffMember, StaffRole, StaffStatus } from '@omt/contracts';

/** A staff login as the API shows it; `names` resolves supervisors' display names. */
export function presentStaff(
  u: UserRow & { locationIds: string[]; twoFactorOn: boolean },
  names: ReadonlyMap<string, string>,
): StaffMember {
  return {
    id: u.id,
    email: u.email,
    role: u.role as StaffRole,
    displayName: u.display_name,
    credential: u.credential,
    npi: u.npi,
    supervisor: u.supervisor_id
      ? { id: u.supervisor_id, displayName: names.get(u.supervisor_id) ?? u.supervisor_id }
      : null,
    locationIds: u.locationIds,
    status: u.status as StaffStatus,
    twoFactorOn: u.twoFactorOn,
  };
}
