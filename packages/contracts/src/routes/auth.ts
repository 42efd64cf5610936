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
