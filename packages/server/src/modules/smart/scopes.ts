/**
 * SMART App Launch 2.x scopes (`scopes-and-launch-context.md`): `patient/<Type|*>.<cruds>` (v2: an in-order subset
 * of c, r, u, d, s) and the v1 forms `.read` (rs), `.write` (cud) and `.*` (cruds). Only patient scopes on the types
 * the FHIR API serves are granted; `launch/patient` is kept (the token answer names the patient either way), and
 * `offline_access` (a refresh token); scopes with `?param=` narrowing, `user/`, `system/`, `openid`, `fhirUser` and
 * `online_access` are not granted.
 */
export type Interaction = 'c' | 'r' | 'u' | 'd' | 's';

export interface ResourceScope {
  /** A resource type, or `*` for every type. */
  type: string;
  interactions: ReadonlySet<Interaction>;
}

export interface GrantedScopes {
  /** The granted scopes as the token answer states them, in the order asked. */
  scope: string;
  resources: ResourceScope[];
  /** `offline_access` was granted: the token answer holds a refresh token. */
  offline: boolean;
}

const V1: Record<string, string> = { read: 'rs', write: 'cud', '*': 'cruds' };
const V2 = /^c?r?u?d?s?$/;
const RESOURCE_SCOPE = /^patient\/([A-Za-z]+|\*)\.([a-z*]+)$/;

function resourceScope(text: string, knownType: (type: string) => boolean): ResourceScope | null {
  const m = RESOURCE_SCOPE.exec(text);
  if (!m) return null;
  const [, type = '', perms = ''] = m;
  const letters = V1[perms] ?? perms;
  if (!letters || !V2.test(letters)) return null;
  if (type !== '*' && !knownType(type)) return null;
  return { type, interactions: new Set(letters.split('') as Interaction[]) };
}

/** What of the asked scopes is granted: the patient resource scopes on served types, and `launch/patient`. */
export function grantScopes(asked: string, knownType: (type: string) => boolean): GrantedScopes {
  const kept: string[] = [];
  const resources: ResourceScope[] = [];
  for (const text of asked.split(' ').filter(Boolean)) {
    if (kept.includes(text)) continue;
    if (text === 'launch/patient' || text === 'offline_access') {
      kept.push(text);
      continue;
    }
    const r = resourceScope(text, knownType);
    if (r) {
      kept.push(text);
      resources.push(r);
    }
  }
  return { scope: kept.join(' '), resources, offline: kept.includes('offline_access') };
}

/** Whether the scopes allow an interaction on a resource type. */
export function scopesAllow(
  resources: readonly ResourceScope[],
  type: string,
  interaction: Interaction,
): boolean {
  return resources.some((r) => (r.type === '*' || r.type === type) && r.interactions.has(interaction));
}

/** The types each scope reaches, split into read (r or s) and change (c, u or d), `*` expanded to `allTypes`. */
export function reachedTypes(
  resources: readonly ResourceScope[],
  allTypes: readonly string[],
): { read: string[]; change: string[] } {
  const pick = (letters: Interaction[]) =>
    allTypes.filter((type) =>
      resources.some(
        (r) => (r.type === '*' || r.type === type) && letters.some((l) => r.interactions.has(l)),
      ),
    );
  return { read: pick(['r', 's']), change: pick(['c', 'u', 'd']) };
}
