import { Aftercare, AftercareQuery } from '../encounters';
import { endpoint, IdParam } from './endpoint';

/** The aftercare endpoints. */
export const AFTERCARE_API = {
  aftercare: endpoint({
    method: 'GET',
    path: '/api/encounters/:id/aftercare',
    summary: 'Aftercare instructions for a signed visit',
    tag: 'aftercare',
    auth: 'user',
    params: IdParam,
    query: AftercareQuery,
    response: Aftercare,
  }),
} as const;
