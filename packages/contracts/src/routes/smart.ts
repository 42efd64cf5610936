import { Ok } from '../common';
import {
  ClientIdParam,
  ConnectedAppList,
  RegisterSmartApp,
  SmartAppList,
  SmartAppView,
  SmartDecision,
  SmartDecisionAnswer,
  SmartRequestView,
} from '../smart';
import { endpoint, IdParam } from './endpoint';

/**
 * Third-party apps (SMART App Launch): the admin's register of apps, the consent page and connected apps of a patient
 * login or a staff login.
 * The OAuth endpoints themselves (`/oauth/authorize`, `/oauth/token`, `/oauth/revoke`) follow RFC 6749, not this API.
 */
export const SMART_API = {
  listSmartApps: endpoint({
    method: 'GET',
    path: '/api/smart-apps',
    summary: 'The registered third-party apps (admin)',
    tag: 'smart',
    auth: 'user',
    response: SmartAppList,
  }),
  registerSmartApp: endpoint({
    method: 'POST',
    path: '/api/smart-apps',
    summary:
      'Register a third-party app: its name and exact redirect URIs (admin, audited); a public client with PKCE',
    tag: 'smart',
    auth: 'user',
    status: 201,
    body: RegisterSmartApp,
    response: SmartAppView,
  }),
  removeSmartApp: endpoint({
    method: 'DELETE',
    path: '/api/smart-apps/:clientId',
    summary: "Remove an app (admin, audited): its requests and every patient's tokens for it stop at once",
    tag: 'smart',
    auth: 'user',
    params: ClientIdParam,
    response: Ok,
  }),
  smartRequest: endpoint({
    method: 'GET',
    path: '/api/smart/requests/:id',
    summary:
      "An app's request for access waiting on the consent page (any login): the app, what it may do, for whom",
    tag: 'smart',
    auth: 'user',
    params: IdParam,
    response: SmartRequestView,
  }),
  decideSmartRequest: endpoint({
    method: 'POST',
    path: '/api/smart/requests/:id/decision',
    summary:
      'Allow (a patient login: for one patient; a staff login: as themselves) or deny an app’s request (audited); answers where to send the browser',
    tag: 'smart',
    auth: 'user',
    params: IdParam,
    body: SmartDecision,
    response: SmartDecisionAnswer,
  }),
  connectedApps: endpoint({
    method: 'GET',
    path: '/api/smart/connected-apps',
    summary:
      'The apps this login has allowed, not revoked: whose data (or as which staff role) and what they may do',
    tag: 'smart',
    auth: 'user',
    response: ConnectedAppList,
  }),
  revokeConnectedApp: endpoint({
    method: 'DELETE',
    path: '/api/smart/connected-apps/:id',
    summary: "Revoke an app's access (the login that allowed it, audited): its tokens stop working at once",
    tag: 'smart',
    auth: 'user',
    params: IdParam,
    response: Ok,
  }),
} as const;
