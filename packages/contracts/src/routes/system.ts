import { Health } from '../common';
import { endpoint } from './endpoint';

/** The system endpoints. */
export const SYSTEM_API = {
  health: endpoint({
    method: 'GET',
    path: '/healthz',
    summary: 'Liveness and database kind',
    tag: 'system',
    auth: 'public',
    response: Health,
  }),
} as const;
