import { findStaffUser, listLocations } from '@omt/db';
import { npiProblem } from '@omt/domain';
import type { Credential, StaffRole } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';

/** What an invitation or an edit sets, after the contract's parsing. */
export interface StaffDetails {
  displayName: string;
  role: StaffRole;
  credential: Credential | null;
  npi: string | null;
  supervisorId: string | null;
  locationIds: string[];
}

const CLINICAL: readonly StaffRole[] = ['physician', 'resident'];

/**
 * The rules between a staff member's fields: physicians and residents practise under DO or MD with a valid NPI,
 * others carry neither; a resident names an active physician as supervisor; locations exist. A 400 names the field.
 */
export async function checkStaffDetails(
  ctx: RequestContext,
  d: StaffDetails,
  selfId?: string,
): Promise<void> {
  const clinical = CLINICAL.includes(d.role);
  if (clinical && !d.credential)
    throw fail.invalid('credential', 'is required (DO or MD) for physicians and residents');
  if (!clinical && d.credential)
    throw fail.invalid('credential', 'only physicians and residents carry a credential');
  if (clinical && !d.npi) throw fail.invalid('npi', 'is required for physicians and residents');
  if (!clinical && d.npi) throw fail.invalid('npi', 'only physicians and residents carry an NPI');
  if (d.npi) {
    const problem = npiProblem(d.npi);
    if (problem === 'format') throw fail.invalid('npi', 'must be 10 digits');
    if (problem === 'check_digit') throw fail.invalid('npi', 'check digit does not match: not a valid NPI');
  }
  if (d.role === 'resident') {
    if (!d.supervisorId) throw fail.invalid('supervisorId', 'a resident needs a supervising physician');
    const supervisor = d.supervisorId === selfId ? undefined : await findStaffUser(ctx.db, d.supervisorId);
    if (supervisor?.role !== 'physician' || supervisor.status !== 'active') {
      throw fail.invalid('supervisorId', 'must be an active physician');
    }
  } else if (d.supervisorId) {
    throw fail.invalid('supervisorId', 'only residents have a supervisor');
  }
  if (new Set(d.locationIds).size !== d.locationIds.length) {
    throw fail.invalid('locationIds', 'names a location twice');
  }
  const known = new Set((await listLocations(ctx.db)).map((l) => l.id));
  const unknown = d.locationIds.findIndex((id) => !known.has(id));
  if (unknown >= 0)
    throw fail.invalid(`locationIds.${unknown}`, `unknown location "${d.locationIds[unknown]}"`);
}
