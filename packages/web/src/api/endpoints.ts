import type { ApiName } from '@omt/contracts';
import type * as Table from './endpoints.generated';

/**
 * Every endpoint of the contracts by name, for `call`, `useApiQuery` and `apiQuery`. Pages import it from here, not
 * from `@omt/contracts`, whose schemas (zod, the domain's catalogues) would otherwise load with every page.
 */
export * as API from './endpoints.generated';

/** An endpoint of the contracts missing from the table fails the compile here, named: run `npx tsx scripts/web-endpoints.ts`. */
type Missing = Exclude<ApiName, keyof typeof Table>;
export const _everyEndpointListed: [Missing] extends [never] ? true : Missing = true;
