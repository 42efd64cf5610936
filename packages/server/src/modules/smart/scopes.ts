/**
 * SMART App Launch 2.x scopes (`scopes-and-launch-context.md`): `patient/<Type|*>.<cruds>` and `user/<Type|*>.<cruds>`
 * (v2: an in-order subset of c, r, u, d, s) and the v1 forms `.read` (rs), `.write` (cud) and `.*` (cruds). Only
 * resource scopes on the types the FHIR API serves are granted; `launch/patient` is kept (the token answer names the
 * patient either way), `offline_access` (a refresh token), and `openid` with `fhirUser` (an id token naming the user);
 * scopes with `?param=` narrowing, `system/` and `online_access` are not granted. A `patient/` scope reaches one
 * patient's data, a `user/` scope what the login itself may reach (`forLogin` narrows a request to what a staff or a
 * patient login can allow).
 */
export type Interaction = 'c' | 'r' | 'u' | 'd' | 's';

/** `patient/`: the data of the patient chosen on the consent page; `user/`: what the login that allowed it may reach. */
export type ScopeContext = 'patient' | 'user';

export interface ResourceScope {
  context: ScopeContext;
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
/** Granted as asked besides the resource scopes: the patient named, a refresh token, an id token naming the user. */
const KEPT = new Set(['launch/patient', 'offline_access', 'openid', 'fhirUser']);
const V2 = /^c?r?u?d?s?$/;
const RESOURCE_SCOPE = /^(patient|user)\/([A-Za-z]+|\*)\.([a-z*]+)$/;

function resourceScope(text: string, knownType: (type: string) => boolean): ResourceScope | null {
  const m = RESOURCE_SCOPE.exec(text);
  if (!m) return null;
  const [, context = '', type = '', perms = ''] = m;
  const letters = V1[perms] ?? perms;
  if (!letters || !V2.test(letters)) return null;
  if (type !== '*' && !knownType(type)) return null;
  return {
    context: context as ScopeContext,
    type,
    interactions: new Set(letters.split('') as Interaction[]),
  };
}

/** What of the asked scopes is granted: the resource scopes on served types, and `launch/patient`. */
export function grantScopes(asked: string, knownType: (type: string) => boolean): GrantedScopes {
  const kept: string[] = [];
  const resources: ResourceScope[] = [];
  for (const text of asked.split(' ').filter(Boolean)) {
    if (kept.includes(text)) continue;
    if (KEPT.has(text)) {
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

/**
 * The scopes a login can allow of those asked. A staff login has no patient to choose, so its grant keeps what is not
 * tied to one patient (the `user/` scopes, `offline_access`) and leaves out the `patient/` scopes and `launch/patient`.
 * A patient login keeps them all: its `user/` scopes are narrowed to the chosen patient like `patient/` ones.
 */
export function forLogin(scope: string, staff: boolean): { kept: string; leftOut: string[] } {
  const words = scope.split(' ').filter(Boolean);
  if (!staff) return { kept: words.join(' '), leftOut: [] };
  const patientBound = (word: string) =>
    word === 'launch/patient' || resourceScope(word, () => true)?.context === 'patient';
  return {
    kept: words.filter((w) => !patientBound(w)).join(' '),
    leftOut: words.filter(patientBound),
  };
}
