/** An OAuth 2.0 error answer (RFC 6749 §5.2): `{error, error_description}`, 400 (401 for an unknown client). */
export class OAuthError extends Error {
  constructor(
    readonly error:
      'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unsupported_grant_type' | 'invalid_scope',
    readonly description: string,
    /** The login whose grant the request was at, when known: for the refusal's audit row, never sent. */
    readonly account: string | null = null,
  ) {
    super(description);
  }

  get status(): number {
    return this.error === 'invalid_client' ? 401 : 400;
  }
}
