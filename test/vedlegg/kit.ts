/** Shared bits of the attachment tests: what is stored (rows and files), and reading an attachment back. */
import type { FastifyInstance } from 'fastify';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { API } from '../helpers.js';

export const ORG = '312597772';
export const OTHER_ORG = '311758489';

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** Rows in the vedlegg table and files in each folder of the attachment directory. */
export function stored(app: FastifyInstance): { rows: number; tmp: string[]; original: string[]; pdf: string[] } {
  const dir = app.vedlegg.files.dir;
  return {
    rows: app.db.prepare('SELECT count(*) FROM vedlegg').pluck().get() as number,
    tmp: readdirSync(join(dir, 'tmp')),
    original: readdirSync(join(dir, 'original')),
    pdf: readdirSync(join(dir, 'pdf')),
  };
}

export const NOTHING = { rows: 0, tmp: [], original: [], pdf: [] };

export async function statusOf(app: FastifyInstance, token: string, uuid: string): Promise<string> {
  const res = await app.inject({ method: 'GET', url: `${API}/vedlegg/${uuid}`, headers: auth(token) });
  return (res.json() as { status: string }).status;
}
