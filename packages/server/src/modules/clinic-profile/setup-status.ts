import { setupCounts } from '@omt/db';
import type { SetupStatus } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { clinicProfile } from './profile-cache';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The first-run checklist from the clinic's real data: a profile with name, address and phone; a location in use
 * with opening hours; an active physician with weekly hours at such a location; a visit type in use. With all four
 * the clinic is bookable.
 */
export async function setupStatus(ctx: RequestContext): Promise<SetupStatus> {
  ctx.requireRole('admin');
  const [profile, counts] = await Promise.all([clinicProfile(ctx.db), setupCounts(ctx.db)]);
  const profileDone = Boolean(profile?.name.trim() && profile.address.trim() && profile.phone.trim());
  const steps: SetupStatus['steps'] = [
    {
      key: 'clinic_profile',
      done: profileDone,
      detail: profileDone ? (profile?.name ?? '') : 'Name, address and phone are not saved yet',
    },
    {
      key: 'location_hours',
      done: counts.locationsWithHours > 0,
      detail: counts.locationsWithHours
        ? `${plural(counts.locationsWithHours, 'location', 'locations')} with opening hours`
        : 'No location with opening hours yet',
    },
    {
      key: 'staff',
      done: counts.physiciansWithHours > 0,
      detail: counts.physiciansWithHours
        ? `${plural(counts.physiciansWithHours, 'physician', 'physicians')} with weekly hours`
        : counts.activePhysicians
          ? `${plural(counts.activePhysicians, 'active physician', 'active physicians')}, none with weekly hours yet`
          : 'No physician has accepted an invitation yet',
    },
    {
      key: 'visit_types',
      done: counts.visitTypes > 0,
      detail: counts.visitTypes
        ? plural(counts.visitTypes, 'visit type', 'visit types')
        : 'No visit type yet',
    },
  ];
  return { steps, complete: steps.every((s) => s.done) };
}
