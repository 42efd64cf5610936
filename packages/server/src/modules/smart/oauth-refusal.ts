/**
 * A refused OAuth request (`/oauth/authorize`, `/oauth/token`) is audited as every refused attempt at an account is
 * (`audit/account-refusal.ts`): one `denied` row under the action its success writes, naming the login whose grant it
 * was at when known (a code's or a refresh token's), no actor (an app's request proves no one), and in words the app
 * (its name and client id) and why. Never a code, verifier, secret or token: only the client id is taken from the
 * request, and cut short.
 */
import { findSmartApp } from '@omt/db';
import type { AppDeps } from '../../context';
import { auditAccountRefusal } from '../../audit/account-refusal';

export interface OAuthRefusal {
  action: 'app.authorize' | 'app.token';
  /** The `client_id` the request gave (any text, or none). */
  clientId: string | undefined;
  /** The login whose grant the request was at, when known. */
  userId: string | null;
  /** Why, in words (an OAuth error's description names the parameter and the rule, never its value). */
  reason: string;
}

/** A client id as a row may keep it: printable characters, at most 80. */
const shown = (clientId: string) => JSON.stringify(clientId.replace(/[^\x20-\x7e]/g, '?').slice(0, 80));

/** The app the request named: `app <name> (<client id>)` as an app's allowed rows name it, or what was given. */
async function appOf(deps: AppDeps, clientId: string | undefined): Promise<string> {
  if (!clientId) return 'no client_id given';
  const app = await findSmartApp(deps.db, clientId);
  return app ? `app ${app.name} (${app.client_id})` : `client_id ${shown(clientId)} (not a registered app)`;
}

export async function auditOAuthRefusal(deps: AppDeps, refusal: OAuthRefusal): Promise<void> {
  await auditAccountRefusal(deps, {
    action: refusal.action,
    userId: refusal.userId,
    detail: `${await appOf(deps, refusal.clientId)}: ${refusal.reason}`,
  });
}
