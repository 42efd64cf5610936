import {
  ChangePasswordRequest,
  ForgotPasswordRequest,
  ForgotPasswordResponse,
  LoginRequest,
  LoginResponse,
  LogoutEverywhereRequest,
  LogoutEverywhereResponse,
  MeResponse,
  ResetPasswordRequest,
  SessionsResponse,
  TotpDisableRequest,
  TotpEnableRequest,
  TotpEnableResponse,
  TotpLoginRequest,
  LoginSession,
  TotpSetupResponse,
  TotpStatusResponse,
} from '../auth';
import { Ok } from '../common';
import { endpoint } from './endpoint';

/** The auth endpoints. */
export const AUTH_API = {
  login: endpoint({
    method: 'POST',
    path: '/api/auth/login',
    summary: 'Log in; returns a bearer token and sets the session cookie',
    tag: 'auth',
    auth: 'public',
    body: LoginRequest,
    response: LoginResponse,
  }),

  loginTotp: endpoint({
    method: 'POST',
    path: '/api/auth/login/totp',
    summary:
      'Second step of a login with two-factor on: the pending token and a code (or a recovery code, used up) start the session',
    tag: 'auth',
    auth: 'public',
    body: TotpLoginRequest,
    response: LoginSession,
  }),

  totpStatus: endpoint({
    method: 'GET',
    path: '/api/auth/totp',
    summary: "Whether one's two-factor is on, required by the clinic, and how many recovery codes are left",
    tag: 'auth',
    auth: 'user',
    response: TotpStatusResponse,
  }),

  totpSetup: endpoint({
    method: 'POST',
    path: '/api/auth/totp/setup',
    summary: 'Staff: a fresh TOTP secret with its otpauth URI and QR code, pending until enabled with a code',
    tag: 'auth',
    auth: 'user',
    response: TotpSetupResponse,
  }),

  totpEnable: endpoint({
    method: 'POST',
    path: '/api/auth/totp/enable',
    summary:
      'Turn two-factor on with a code of the pending secret; returns 10 single-use recovery codes, shown once',
    tag: 'auth',
    auth: 'user',
    body: TotpEnableRequest,
    response: TotpEnableResponse,
  }),

  totpDisable: endpoint({
    method: 'POST',
    path: '/api/auth/totp/disable',
    summary: 'Turn two-factor off (the password and a current code are needed)',
    tag: 'auth',
    auth: 'user',
    body: TotpDisableRequest,
    response: Ok,
  }),

  logout: endpoint({
    method: 'POST',
    path: '/api/auth/logout',
    summary: 'End the session',
    tag: 'auth',
    auth: 'user',
    response: Ok,
  }),

  me: endpoint({
    method: 'GET',
    path: '/api/me',
    summary: 'The logged-in user and the patients they may act for',
    tag: 'auth',
    auth: 'user',
    response: MeResponse,
  }),

  forgotPassword: endpoint({
    method: 'POST',
    path: '/api/auth/forgot-password',
    summary:
      'Mail a single-use password reset link (valid 1 hour) to an active account; the same 202 whether or not the email is known',
    tag: 'auth',
    auth: 'public',
    status: 202,
    body: ForgotPasswordRequest,
    response: ForgotPasswordResponse,
  }),

  resetPassword: endpoint({
    method: 'POST',
    path: '/api/auth/reset-password',
    summary:
      "Set a new password with a mailed reset token; uses the token up and ends all the account's sessions (400 unknown token, 410 used or expired)",
    tag: 'auth',
    auth: 'public',
    body: ResetPasswordRequest,
    response: Ok,
  }),

  changePassword: endpoint({
    method: 'POST',
    path: '/api/auth/change-password',
    summary: "Change one's password (the current one is needed); ends one's other sessions",
    tag: 'auth',
    auth: 'user',
    body: ChangePasswordRequest,
    response: Ok,
  }),

  sessions: endpoint({
    method: 'GET',
    path: '/api/auth/sessions',
    summary: "One's own live sessions, the current one marked",
    tag: 'auth',
    auth: 'user',
    response: SessionsResponse,
  }),

  logoutEverywhere: endpoint({
    method: 'POST',
    path: '/api/auth/sessions/logout-everywhere',
    summary: "End one's other sessions (or all of them, with includeCurrent)",
    tag: 'auth',
    auth: 'user',
    body: LogoutEverywhereRequest,
    response: LogoutEverywhereResponse,
  }),
} as const;
