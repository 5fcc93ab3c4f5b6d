/**
 * The API versions the sandbox serves side by side, each under its own base path with its own information model
 * (SPEC §1): /v2 with model 2.0 (what Skatteetaten's newest page documents), /v1 with model 0.9 (the seed page).
 * A request's version is resolved once, from its path (`request.api`, plugins/app/api.ts).
 */
import type { Modellversjon } from '../rules/lib/modell.js';

export type ApiVersjon = 'v1' | 'v2';

export interface Api {
  versjon: ApiVersjon;
  /** The base path, e.g. /api/utleggsbegjaering/v2. */
  prefix: string;
  /** The information model of the begjæring at this version. */
  modell: Modellversjon;
  /** Namespace of this version's schemas in Fastify's schema store ('' for v1: `Begjaering#`; 'v2.' for v2). */
  skjemaer: string;
}

/** The base path every API version lies under. */
export const BASE = '/api/utleggsbegjaering';

export const API: Readonly<Record<ApiVersjon, Api>> = Object.freeze({
  v1: { versjon: 'v1', prefix: `${BASE}/v1`, modell: '0.9', skjemaer: '' },
  v2: { versjon: 'v2', prefix: `${BASE}/v2`, modell: '2.0', skjemaer: 'v2.' },
});

/** Newest first: the order documents and menus list them in. */
export const API_VERSJONER: readonly Api[] = Object.freeze([API.v2, API.v1]);

/** The API version a path belongs to, or undefined outside the API. */
export function apiFor(url: string): Api | undefined {
  if (!url.startsWith(BASE)) return undefined;
  for (const api of API_VERSJONER) {
    const next = url.charCodeAt(api.prefix.length);
    // The prefix itself, or followed by '/' or '?': /api/utleggsbegjaering/v10 is not /v1.
    if (url.startsWith(api.prefix) && (Number.isNaN(next) || next === 0x2f || next === 0x3f)) return api;
  }
  return undefined;
}

/** The path under the version's base path (`/status/x` of `/api/utleggsbegjaering/v2/status/x`). */
export function underApi(api: Api, url: string): string {
  return url.slice(api.prefix.length);
}
