import type { findCarePlan, listCarePlanVersions, listCarePlanVisits } from '@omt/db';

export type CarePlanRow = NonNullable<Awaited<ReturnType<typeof findCarePlan>>>;
export type CarePlanVersionRow = Awaited<ReturnType<typeof listCarePlanVersions>>[number];
export type CarePlanVisitRow = Awaited<ReturnType<typeof listCarePlanVisits>>[number];
