import { createHash, randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';

/** What a third-party app sends with its SMART standalone launch (its own registration and request). */
export interface SmartLaunchRequest {
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string;
  /** The FHIR base the app means to read (the CapabilityStatement's implementation URL). */
  aud: string;
}

/** A launch on its way: the clinic's authorize path with the query, and the PKCE verifier the app keeps. */
export interface SmartLaunch extends SmartLaunchRequest {
  authorizePath: string;
  verifier: string;
}

/** The app's side of a SMART launch: a fresh PKCE verifier and the `/oauth/authorize` address (S256 challenge). */
export function smartLaunch(request: SmartLaunchRequest): SmartLaunch {
  const verifier = randomBytes(32).toString('base64url');
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    scope: request.scope,
    state: request.state,
    aud: request.aud,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  });
  return { ...request, authorizePath: `/oauth/authorize?${query.toString()}`, verifier };
}

/** The app exchanges the code it was sent back with for tokens, proving the launch with its verifier. */
export function exchangeSmartCode(tokenUrl: string, launch: SmartLaunch, code: string): Promise<Response> {
  return fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: launch.redirectUri,
      client_id: launch.clientId,
      code_verifier: launch.verifier,
    }),
  });
}

/** Presses Tab until the focused element is the button named `name` (fails after 40 presses). */
export async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === name) return;
  }
  throw new Error(`the ${name} button is not reachable with Tab`);
}
