/** The Norwegian checksums and the amount format, with known valid and invalid numbers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { ROOT } from '../../server/paths.js';
import {
  isValidAmount,
  isValidFoedselsnummer,
  isValidKid,
  isValidKontonummer,
  isValidOrgnr,
} from '../../rules/checksums.js';

const gammelt = JSON.parse(readFileSync(join(ROOT, 'seed', 'register', 'gammelt-regelverk.json'), 'utf8')) as {
  foedselsnummerEllerDnummer: string[];
  organisasjonsnummer: string[];
};

t.test('organisation numbers (mod 11, weights 3,2,7,6,5,4,3,2)', async (t) => {
  for (const orgnr of ['312597772', '311758489', '312759667', '313182495', '974760673']) t.ok(isValidOrgnr(orgnr), orgnr);
  for (const orgnr of gammelt.organisasjonsnummer) t.ok(isValidOrgnr(orgnr), `gammelt regelverk ${orgnr}`);
  for (const orgnr of ['312597773', '31259777', '3125977720', '31259777a', '']) t.notOk(isValidOrgnr(orgnr), orgnr);
});

t.test('fødselsnummer and D-numbers, synthetic Tenor numbers included', async (t) => {
  t.ok(isValidFoedselsnummer('01018510002'), 'an ordinary fødselsnummer');
  t.ok(isValidFoedselsnummer('69887800189'), 'official kompleks saksøkt: D-number (+40) and Tenor (+80): 29.08.78');
  t.ok(isValidFoedselsnummer('44926701751'), 'official enkel saksøkt: D-number and Tenor: 04.12.67');
  t.ok(isValidFoedselsnummer('11898820094'), 'Tenor fødselsnummer');
  for (const id of gammelt.foedselsnummerEllerDnummer) t.ok(isValidFoedselsnummer(id), `gammelt regelverk ${id}`);
  t.notOk(isValidFoedselsnummer('44926701752'), 'wrong second control digit');
  t.notOk(isValidFoedselsnummer('01938510187'), 'month 93 is no month, even with valid control digits');
  t.notOk(isValidFoedselsnummer('31028510015'), '31 February, even with valid control digits');
  t.notOk(isValidFoedselsnummer('4492670175'), '10 digits');
});

t.test('finding: the official kompleks names a prosessfullmektig whose fødselsnummer fails mod 11', async (t) => {
  t.notOk(isValidFoedselsnummer('03057738971'), 'innsender.prosessfullmektig of begjaering-v0-kompleks.json');
});

t.test('kontonummer (mod 11, weights 5,4,3,2,7,6,5,4,3,2)', async (t) => {
  t.ok(isValidKontonummer('69930570044'), 'the official examples');
  for (const nr of ['69930570045', '6993057004', '6993.05.70044', '699305700440']) t.notOk(isValidKontonummer(nr), nr);
});

t.test('KID: mod 10 (Luhn) or mod 11 with "-"', async (t) => {
  t.ok(isValidKid('2509937609'), 'the official examples (mod 10)');
  t.ok(isValidKid('12345678903'), 'mod 11');
  t.ok(isValidKid('1000005-'), "mod 11 with '-' for remainder 10");
  for (const kid of ['2509937600', '1000006-', '1', '25099376-9', 'abc', '']) t.notOk(isValidKid(kid), kid);
});

t.test('amounts and rates: at most two decimals, never negative', async (t) => {
  for (const v of [0, 12, 12.5, 12469.14, '12.34', 21.99]) t.ok(isValidAmount(v), String(v));
  for (const v of [-1, -0.01, 12.345, Number.NaN, Number.POSITIVE_INFINITY, 1e-7, '1,5', '-3', '']) t.notOk(isValidAmount(v), String(v));
});
