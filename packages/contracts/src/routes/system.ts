import { Health, Ready } from '../common';
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
  ready: endpoint({
    method: 'GET',
    path: '/readyz',
    summary: 'Readiness: the database answers (503 not_ready otherwise)',
    tag: 'system',
    auth: 'public',
    response: Ready,
  }),
} as const;
