/**
 * andreModellersFelt (rules/lib/modell.ts), which every body passes before its schema: the other model's fields
 * with their pointers, at most three per kind, a typed kjennetegn only of its type, nothing in what is not a body.
 */
import t from 'tap';
import { MODELL, andreModellersFelt, modellAv } from '../../rules/lib/modell.js';

const funn = (body: unknown, m: '0.9' | '2.0') => andreModellersFelt(body, MODELL[m]).map((f) => `${f.modell.versjon} ${f.sti}`);

t.test('a 2.0 body read as 0.9: each 2.0 field found, three of a kind at most, in the kjennetegn order', async (t) => {
  const body = {
    kravTilInnkreving: [{}, { innsendersKravreferanse: 'a' }, { innsendersKravreferanse: 'b', rentekrav: {} }, { innsendersKravreferanse: 'c' }, { innsendersKravreferanse: 'd' }],
    saksoekt: 'ikke en liste',
    innsender: { innsendersProsessfullmektig: {} },
    kreverRettsgebyrErstattet: { beloep: 1 },
  };
  t.same(funn(body, '0.9'), [
    '2.0 /kravTilInnkreving/1/innsendersKravreferanse',
    '2.0 /kravTilInnkreving/2/innsendersKravreferanse',
    '2.0 /kravTilInnkreving/3/innsendersKravreferanse',
    '2.0 /kravTilInnkreving/2/rentekrav',
    '2.0 /innsender/innsendersProsessfullmektig',
    '2.0 /kreverRettsgebyrErstattet',
  ]);
  t.match(andreModellersFelt(body, MODELL['0.9'])[5], { merknad: 'i modell 0.9 en boolsk verdi' });
  t.same(funn(body, '2.0'), [], 'read as its own model: nothing');
  t.equal(modellAv(body).versjon, '2.0');
});

t.test('a typed kjennetegn counts only its type; a null value is a value', async (t) => {
  t.same(funn({ kreverRettsgebyrErstattet: true }, '2.0'), ['0.9 /kreverRettsgebyrErstattet']);
  t.same(funn({ kreverRettsgebyrErstattet: true }, '0.9'), []);
  t.same(funn({ kreverRettsgebyrErstattet: 'ja' }, '2.0'), []);
  t.same(funn({ kreverRettsgebyrErstattet: [] }, '0.9'), [], 'an array is not the object 2.0 has');
  t.same(funn({ saksoeker: [{ prosessfullmektig: null }] }, '2.0'), ['0.9 /saksoeker/0/prosessfullmektig']);
});

t.test('what is not a body has no fields', async (t) => {
  for (const body of [undefined, null, 'tekst', 7, [], [{ kravTilInnkreving: [{ kravreferanse: 'x' }] }]]) {
    t.same(funn(body, '0.9'), [], JSON.stringify(body));
    t.same(funn(body, '2.0'), [], JSON.stringify(body));
  }
  t.equal(modellAv({}).versjon, '0.9', 'a body with neither model\'s fields is read as 0.9');
});
