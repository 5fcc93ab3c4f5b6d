/**
 * How validation grows with the number of krav, in-process (app.inject on …/valider: JSON parse, schema, unknown-field
 * walk and every rule, without the network): the median time of one request for each size, measured round-robin.
 */
import { API, testApp, tokenFor } from '../test/helpers.js';
import { lastOppVedleggFor } from '../test/vedlegg-fixture.js';
import { example, INNSENDER, KALLHODER, medKrav } from './scenarios.js';

export interface KravTiming {
  krav: number;
  /** Median ms per validation. */
  ms: number;
}

export async function kravTimings(sizes: readonly number[], ms: number): Promise<KravTiming[]> {
  const app = await testApp();
  try {
    const token = await tokenFor(app, INNSENDER);
    const base = await lastOppVedleggFor(app, token, example('enkel'));
    const payloads = sizes.map((krav) => JSON.stringify(medKrav(base, krav)));
    const request = async (i: number) => {
      const res = await app.inject({
        method: 'POST',
        url: `${API}/utleggsbegjaering/valider`,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...KALLHODER },
        payload: payloads[i]!,
      });
      if (res.statusCode !== 204) throw new Error(`${sizes[i]} krav: ${res.statusCode} ${res.body}`);
    };
    // Round-robin over the sizes, so a busy neighbour slows every size alike.
    const times: number[][] = sizes.map(() => []);
    for (let round = 0; round < 20; round++) for (let i = 0; i < sizes.length; i++) await request(i);
    for (const end = performance.now() + ms; performance.now() < end; ) {
      for (let i = 0; i < sizes.length; i++) {
        const start = performance.now();
        await request(i);
        times[i]!.push(performance.now() - start);
      }
    }
    return sizes.map((krav, i) => {
      const sorted = times[i]!.sort((a, b) => a - b);
      return { krav, ms: sorted[Math.floor(sorted.length / 2)]! };
    });
  } finally {
    await app.close();
  }
}
