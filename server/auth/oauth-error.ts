/** RFC 6749 §5.2 token-endpoint errors, rendered as `{error, error_description}`. */
export type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unsupported_grant_type' | 'invalid_scope';

export class OAuthError extends Error {
  readonly status: number;

  constructor(
    readonly error: OAuthErrorCode,
    description: string,
  ) {
    super(description);
    this.status = error === 'invalid_client' ? 401 : 400;
  }

  body(): { error: OAuthErrorCode; error_description: string } {
    return { error: this.error, error_description: this.message };
  }
}

/** Maskinporten prefixes problems with the grant JWT with "Invalid assertion." (docs.digdir.no). */
export const invalidAssertion = (why: string) => new OAuthError('invalid_grant', `Invalid assertion. ${why}`);
