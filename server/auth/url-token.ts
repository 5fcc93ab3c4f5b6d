/**
 * A bearer token in a URL's query (RFC 6750 §2.3, `access_token`): taken only where a caller cannot send a header
 * (Pact's verifiers call a provider-state URL with no header of their own), and never kept in a log.
 */

export const TOKEN_PARAMETER = 'access_token';

const I_URL = new RegExp(`([?&]${TOKEN_PARAMETER}=)[^&#]*`, 'g');

/** The URL as logs keep it: the token's value replaced. */
export function utenUrlToken(url: string): string {
  return url.includes(TOKEN_PARAMETER) ? url.replace(I_URL, '$1***') : url;
}
