import type { WebApi } from './endpoint-ref';
import { ENDPOINTS } from './endpoints.generated';

/**
 * Every endpoint of the contracts by name, for `call`, `useApiQuery` and `apiQuery`. Pages import it from here, not
 * from `@omt/contracts`, whose schemas (zod, the domain's catalogues) would otherwise load with every page.
 */
export const API: WebApi = ENDPOINTS;
