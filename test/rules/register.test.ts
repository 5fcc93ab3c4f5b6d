/** The party register: seed data, lenient and strict modes, the old-rules list and the end of the transition period. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { ROOT } from '../../server/paths.js';
import { isValidFoedselsnummer, isValidOrgnr } from '../../rules/checksums.js';
import { createRegister, paaGammeltRegelverk } from '../../rules/lib/register.js';
import type { Party } from '../../rules/types.js';

const seed = JSON.parse(readFileSync(join(ROOT, 'seed', 'register', 'parties.json'), 'utf8')) as { parties: Party[] };
const lenient = createRegister('lenient');
const strict = createRegister('strict');

t.test('every party of both official examples is in the register', async (t) => {
  for (const id of ['312597772', '311758489', '312759667', '313182495', '44926701751', '69887800189', '03057738971']) {
    t.ok(strict.lookup(id), id);
  }
  t.equal(strict.lookup('311758489')?.navn, 'UPERSONLIG FRISK TIGER AS');
  t.equal(strict.lookup('69887800189')?.kind, 'person');
});

t.test('generated parties have valid checksums, names and addresses; an underenhet and an ENK exist', async (t) => {
  for (const p of seed.parties) {
    if (p.identifikator === '03057738971') continue; // as the official example gives it (fails mod 11)
    t.ok(p.kind === 'person' ? isValidFoedselsnummer(p.identifikator) : isValidOrgnr(p.identifikator), p.identifikator);
    t.ok(p.navn && p.adresse?.postnummer, `${p.identifikator} has name and address`);
  }
  t.ok(seed.parties.length >= 25);
  t.ok(seed.parties.some((p) => p.kind === 'organisasjon' && p.hovedenhet === false), 'an underenhet');
  t.ok(seed.parties.some((p) => p.kind === 'organisasjon' && p.enk === true), 'an ENK');
});

t.test('lenient: any checksum-valid identifier is known', async (t) => {
  t.equal(lenient.lookup('974760673')?.kind, 'organisasjon');
  t.equal(lenient.lookup('11898820094')?.kind, 'person');
  t.equal(lenient.lookup('974760674'), undefined);
  t.equal(lenient.lookup('11898820095'), undefined);
});

t.test('strict: only the register', async (t) => {
  t.equal(strict.lookup('974760673'), undefined);
  t.equal(strict.lookup('11898820094'), undefined);
  t.equal(strict.lookup('316169872')?.hovedenhet, false);
});

t.test('the 200 identifiers locked to the old rules are known and flagged', async (t) => {
  for (const id of ['08907395937', '313159949']) {
    t.ok(strict.isOldRules(id) && lenient.isOldRules(id), id);
    t.ok(strict.lookup(id), `${id} known in strict mode`);
  }
  t.notOk(strict.isOldRules('69887800189'));
});

t.test('the locked list holds until 31.12.2026 in Norway; from 1.1.2027 every skyldner is on the new rules', async (t) => {
  const paa = (id: string, naa: string) => paaGammeltRegelverk(strict, id, new Date(naa));
  t.ok(paa('08907395937', '2026-01-01T00:00:00+01:00'));
  t.ok(paa('313159949', '2026-12-31T23:59:59+01:00'));
  t.notOk(paa('313159949', '2026-12-31T23:00:00Z'), '00:00 on 1.1.2027 in Oslo');
  t.notOk(paa('08907395937', '2027-06-01T12:00:00+02:00'));
  t.notOk(paa('69887800189', '2026-06-01T12:00:00+02:00'), 'not listed');
  t.ok(strict.isOldRules('08907395937'), 'the list itself is unchanged');
});
