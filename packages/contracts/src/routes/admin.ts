import { AuditPage, AuditQuery } from '../audit';
import { endpoint } from './endpoint';

/** The admin endpoints. */
export const ADMIN_API = {
  audit: endpoint({
    method: 'GET',
    path: '/api/audit',
    summary: 'Audit log (admin)',
    tag: 'admin',
    auth: 'user',
    query: AuditQuery,
    response: AuditPage,
  }),
} as const;
