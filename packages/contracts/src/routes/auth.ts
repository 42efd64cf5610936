import { LoginRequest, LoginResponse, MeResponse } from '../auth';
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
} as const;
