/**
 * One webhook POST over node:http(s), connected only to the addresses the policy checked: the request's `lookup`
 * hands those over instead of asking DNS again (the Host header and TLS name stay the URL's). A redirect is an
 * answer like any other (3xx, not followed); the receiver's body is never read.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Adresse } from './webhook-adresser.js';

function kunSjekkede(adresser: readonly Adresse[]): LookupFunction {
  return (_vert, valg, svar) => {
    const aktuelle = adresser.filter((a) => !valg.family || a.family === valg.family);
    if (!aktuelle.length) return svar(Object.assign(new Error('ingen kontrollert adresse i riktig familie'), { code: 'ENOTFOUND' }), '');
    if (valg.all) return svar(null, aktuelle);
    svar(null, aktuelle[0]!.address, aktuelle[0]!.family);
  };
}

/** POSTs `body` to `url` at `adresser`; resolves with the status code, rejects when no answer came (or `signal` aborted). */
export function post(url: URL, adresser: readonly Adresse[], body: string, headers: Record<string, string>, signal: AbortSignal): Promise<number> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: false,
        lookup: kunSjekkede(adresser),
        signal,
      },
      (res) => {
        resolve(res.statusCode ?? 0);
        res.destroy();
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
