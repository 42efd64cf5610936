import type { Database } from '../connection';

/** What the first-run checklist counts, straight from the clinic's data (retired and inactive ones left out). */
export interface SetupCounts {
  locationsWithHours: number;
  activePhysicians: number;
  physiciansWithHours: number;
  visitTypes: number;
}

export async function setupCounts(db: Database): Promise<SetupCounts> {
  const [locations, physicians, withHours, visitTypes] = await Promise.all([
    db
      .selectFrom('locations')
      .select((eb) => eb.fn.count<number>('locations.id').distinct().as('n'))
      .innerJoin('location_hours', 'location_hours.location_id', 'locations.id')
      .where('locations.retired_at', 'is', null)
      .executeTakeFirst(),
    db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('role', '=', 'physician')
      .where('status', '=', 'active')
      .executeTakeFirst(),
    db
      .selectFrom('users')
      .innerJoin('provider_hours', 'provider_hours.provider_id', 'users.id')
      .innerJoin('locations', 'locations.id', 'provider_hours.location_id')
      .select((eb) => eb.fn.count<number>('users.id').distinct().as('n'))
      .where('users.role', '=', 'physician')
      .where('users.status', '=', 'active')
      .where('locations.retired_at', 'is', null)
      .executeTakeFirst(),
    db
      .selectFrom('visit_types')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('retired_at', 'is', null)
      .executeTakeFirst(),
  ]);
  return {
    locationsWithHours: Number(locations?.n ?? 0),
    activePhysicians: Number(physicians?.n ?? 0),
    physiciansWithHours: Number(withHours?.n ?? 0),
    visitTypes: Number(visitTypes?.n ?? 0),
  };
}
