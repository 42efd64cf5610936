/**
 * The FHIR API's caller: a SMART access token (a third-party app a login allowed) or else a session (`authenticate`).
 * An app a patient login allowed reaches only its grant's patient (the login's policy with that one patient); one a
 * staff login allowed acts as that staff member, with their role's policy for every patient it may see. Either way
 * only the types and interactions its scopes allow (a staff grant: its `user/` scopes only); a refusal by scope is
 * audited like a refusal by policy. Its tokens are not sessions, so they never open `/api`.
 */
import type { FastifyRequest } from 'fastify';
import { findLiveSmartToken } from '@omt/db';
import type { AppDeps } from '../../context';
import { authUserOf, type AuthUser } from '../../auth/user';
import { tokenHash } from '../../auth/sessions';
import { authenticate } from '../../http/define-route';
import { recordAudit } from '../../audit/audit';
import { toInstant } from '../../clock';
import { DomainError } from '../../errors';
import { fhirType } from '../fhir/resource-types';
import { grantScopes, scopesAllow, type Interaction, type ResourceScope, type ScopeContext } from './scopes';
import { SMART_TOKEN_PREFIX } from './token-service';

/** The FHIR API's path (`FHIR_PREFIX` of its router, which imports this module). */
const FHIR_PATH = '/fhir/R4';

const served = (type: string) => fhirType(type) !== undefined;

export interface SmartCaller {
  /** The login the app acts as: a patient login narrowed to the grant's patient, or the staff login as it is. */
  user: AuthUser;
  resources: ResourceScope[];
  /** Which scopes the grant holds: `patient` (a patient login's grant) or `user` (a staff login's). */
  context: ScopeContext;
}

/** The login behind a live SMART token and the grant's scopes; null if none. */
export async function smartCaller(deps: AppDeps, token: string): Promise<SmartCaller | null> {
  const row = await findLiveSmartToken(deps.db, tokenHash(token), 'access', toInstant(deps.clock()));
  if (!row) return null;
  const app = { clientId: row.client_id, name: row.app_name, grantId: row.grant_id };
  const resources = grantScopes(row.scope, served).resources;
  if (row.patient_id === null) {
    const staff = await authUserOf(deps.db, { ...row, id: row.user_id }, { sessionId: '', via: 'bearer' });
    return {
      user: { ...staff, app },
      resources: resources.filter((r) => r.context === 'user'),
      context: 'user',
    };
  }
  const user: AuthUser = {
    id: row.user_id,
    email: row.email,
    role: 'patient',
    displayName: row.display_name,
    credential: null,
    supervisorId: null,
    sessionId: '',
    patientIds: [row.patient_id],
    emailVerified: row.email_verified === 1,
    via: 'bearer',
    app,
  };
  return { user, resources, context: 'patient' };
}

const decoded = (part: string) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};

/** `_include` or `_revinclude` (with a modifier) in a query or a POST _search form. */
const INCLUDE = /[?&]_(rev)?include(:[a-z]+)?=/;

const VERB: Record<Interaction, string> = { r: 'read', s: 'search', c: 'create', u: 'update', d: 'delete' };

/** The type and interaction a FHIR request asks for; null for what no patient scope covers (system level, operations). */
function requested(method: string, parts: string[]): { type: string; interaction: Interaction } | null {
  const [type, second] = parts;
  if (!type || parts.some((p) => p.startsWith('$'))) return null;
  if (method === 'GET' || method === 'HEAD') return { type, interaction: parts.length === 1 ? 's' : 'r' };
  if (method === 'POST') {
    if (parts.length === 1) return { type, interaction: 'c' };
    return second === '_search' && parts.length === 2 ? { type, interaction: 's' } : null;
  }
  if (method === 'PUT' || method === 'PATCH') return { type, interaction: 'u' };
  if (method === 'DELETE') return { type, interaction: 'd' };
  return null;
}

async function requireScope(deps: AppDeps, caller: SmartCaller, req: FastifyRequest): Promise<void> {
  const { user, resources } = caller;
  const parts = req.url.split('?')[0]!.slice(FHIR_PATH.length).split('/').filter(Boolean).map(decoded);
  const asked = requested(req.method, parts);
  const typeAllowed = asked !== null && scopesAllow(resources, asked.type, asked.interaction);
  // Included resources may be of any type: only a scope on every type may ask for them.
  const form = Buffer.isBuffer(req.body) ? `&${req.body.toString('utf8')}` : '';
  const includeRefused = INCLUDE.test(req.url + form) && !scopesAllow(resources, '*', 's');
  if (typeAllowed && !includeRefused) return;
  const what = asked ? `${VERB[asked.interaction]} ${asked.type}` : `${req.method} ${parts.join('/') || '/'}`;
  await recordAudit(deps.db, deps.clock, user, {
    action: 'app.scope',
    patientId: user.patientIds[0] ?? null,
    resourceType: asked ? `fhir.${asked.type}` : 'fhir',
    resourceId: asked?.interaction === 'r' ? (parts[1] ?? null) : null,
    outcome: 'denied',
    detail: `not in the granted scopes: ${what}`,
  });
  throw new DomainError(403, 'insufficient_scope', refusal(asked, typeAllowed, caller.context));
}

function refusal(
  asked: { type: string; interaction: Interaction } | null,
  typeAllowed: boolean,
  context: ScopeContext,
): string {
  if (!asked) return 'this request is not open to third-party apps';
  if (typeAllowed) return 'only an app allowed to search every type may ask for _include or _revinclude';
  return `this app was not allowed to ${VERB[asked.interaction]} ${asked.type} resources (needs ${context}/${asked.type}.${asked.interaction})`;
}

/** The caller of a `/fhir/R4` request: a SMART app within its scopes, else a session (401 without). */
export async function authenticateFhir(deps: AppDeps, req: FastifyRequest): Promise<AuthUser> {
  const header = req.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
  if (token.startsWith(SMART_TOKEN_PREFIX)) {
    const app = await smartCaller(deps, token);
    if (app) {
      await requireScope(deps, app, req);
      return app.user;
    }
  }
  return authenticate(deps, req);
}
