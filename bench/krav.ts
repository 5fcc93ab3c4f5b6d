/**
 * How validation grows with the number of krav, in-process (app.inject on …/valider: JSON parse, schema, unknown-field
 * walk and every rule, without the network): the median time of one request for each size.
 */
import { API, testApp, tokenFor } from '../test/helpers.js';
import { lastOppVedleggFor } from '../test/vedlegg-fixture.js';
import { example, INNSENDER, medKrav } from './scenarios.js';

export interface KravTiming {
  krav: number;
  /** Median ms per validation. */
  ms: number;
}

export async function kravTimings(sizes: readonly number[], msPerSize: number): Promise<KravTiming[]> {
  const app = await testApp();
  try {
    const token = await tokenFor(app, INNSENDER);
    const base = await lastOppVedleggFor(app, token, example('enkel'));
    const out: KravTiming[] = [];
    for (const krav of sizes) {
      const payload = JSON.stringify(medKrav(base, krav));
      const request = async () => {
        const res = await app.inject({
          method: 'POST',
          url: `${API}/utleggsbegjaering/valider`,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          payload,
        });
        if (res.statusCode !== 204) throw new Error(`${krav} krav: ${res.statusCode} ${res.body}`);
      };
      for (let i = 0; i < 20; i++) await request();
      const times: number[] = [];
      for (const end = performance.now() + msPerSize; performance.now() < end; ) {
        const start = performance.now();
        await request();
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      out.push({ krav, ms: times[Math.floor(times.length / 2)]! });
    }
    return out;
  } finally {
    await app.close();
  }
}
