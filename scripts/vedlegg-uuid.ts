/**
 * `node dist/scripts/vedlegg-uuid.js <begjaering.json> <type>=<uuid> …`: prints the begjæring with the uuid of every
 * attachment reference replaced by the uuid uploaded for its type (the README's Quickstart: the official examples
 * reuse one placeholder uuid for attachments of different types, and the real service wants each uploaded first).
 */
import { readFileSync } from 'node:fs';
import { vedleggRefs } from '../rules/lib/vedlegg-refs.js';
import { modellAv } from '../rules/lib/modell.js';
import type { Begjaering } from '../rules/lib/model.js';

const USAGE = 'usage: node dist/scripts/vedlegg-uuid.js <begjaering.json> <type>=<uuid> [<type>=<uuid> …]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

const [fil, ...par] = process.argv.slice(2);
if (!fil || par.length === 0) fail('a begjæring file and at least one <type>=<uuid>');
const uuidFor = new Map(par.map((p) => p.split('=', 2) as [string, string]));
const begjaering = JSON.parse(readFileSync(fil, 'utf8')) as Begjaering;
for (const { vedlegg } of vedleggRefs(begjaering, modellAv(begjaering))) {
  const uuid = uuidFor.get(vedlegg.type ?? '');
  if (!uuid) fail(`no uuid given for type ${vedlegg.type} (referenced as ${vedlegg.filnavn})`);
  vedlegg.uuid = uuid;
}
process.stdout.write(`${JSON.stringify(begjaering, null, 2)}\n`);
