/**
 * Attachments for the bench, over HTTP (the bench talks to a server process): one upload per distinct (uuid, type)
 * reference of a begjæring, wait until each is konvertert, substitute the new uuids — what test/vedlegg-fixture.ts
 * does with app.inject. `api` is the base path the begjæring goes to (/v1 or /v2): its attachments go there too.
 */
import type { Begjaering } from '../rules/lib/model.js';
import { vedleggRefs } from '../rules/lib/vedlegg-refs.js';
import { modellAv } from '../rules/lib/modell.js';

export interface Fil {
  navn: string;
  innhold: Buffer;
  contentType: string;
}

/** POST /vedlegg; returns the new uuid. */
export async function lastOpp(url: string, api: string, token: string, felt: Record<string, string>, fil: Fil): Promise<string> {
  const form = new FormData();
  for (const [name, value] of Object.entries(felt)) form.append(name, value);
  form.append('fil', new Blob([new Uint8Array(fil.innhold)], { type: fil.contentType }), fil.navn);
  const res = await fetch(`${url}${api}/vedlegg`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  if (res.status !== 201) throw new Error(`upload ${felt.type}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { uuid: string }).uuid;
}

async function ventTilKonvertert(url: string, api: string, token: string, uuid: string, timeoutMs = 30_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${url}${api}/vedlegg/${uuid}`, { headers: { authorization: `Bearer ${token}` } });
    const { status } = (await res.json()) as { status?: string };
    if (status === 'konvertert') return;
    if (status !== 'mottatt' && status !== 'virussjekket' && status !== 'validert') throw new Error(`attachment ${uuid} ended as ${status ?? res.status}`);
    if (performance.now() > deadline) throw new Error(`attachment ${uuid} still ${status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A copy of the begjæring whose attachment references name freshly uploaded, converted attachments. */
export async function lastOppVedleggFor(url: string, api: string, token: string, begjaering: Begjaering, fil: Fil): Promise<Begjaering> {
  const copy = structuredClone(begjaering);
  const refs = vedleggRefs(copy, modellAv(copy));
  const key = (v: { uuid?: string; type?: string }) => `${v.uuid}\u0000${v.type}`;
  const uploaded = new Map<string, string>();
  for (const { vedlegg } of refs) {
    if (!vedlegg.uuid || uploaded.has(key(vedlegg))) continue;
    const felt = { type: vedlegg.type ?? '', innsenderReferanse: copy.innsenderReferanse ?? '', filnavn: vedlegg.filnavn || 'vedlegg.pdf' };
    uploaded.set(key(vedlegg), await lastOpp(url, api, token, felt, fil));
  }
  for (const uuid of uploaded.values()) await ventTilKonvertert(url, api, token, uuid);
  for (const { vedlegg } of refs) if (vedlegg.uuid) vedlegg.uuid = uploaded.get(key(vedlegg))!;
  return copy;
}
