/** The engine: every violation at once, a fixed order, endring-only rules, linear cost. */
import t from 'tap';
import { ruleByKode, runRules } from '../../rules/engine.js';
import type { Begjaering, Krav } from '../../rules/lib/model.js';
import { rules } from '../../rules/registry.js';
import { context, context2, edited, endring, example } from './fixtures.js';

/** enkel with five independent mistakes. */
const mistaken = () =>
  edited('enkel', (b) => {
    b.betalingsinformasjon!.norskKonto!.kidnummer = '2509937600';
    b.betalingsinformasjon!.norskKonto!.kontonummer = '69930570045';
    b.kravTilInnkreving![2]!.opprinneligBeloep!.beloep = -1;
    b.kravTilInnkreving![0]!.innbetaling![0]!.beloep!.beloep = 1.005;
    delete b.innsender;
  });

t.test('a begjæring with several mistakes gets all of them, in rule order then document order', async (t) => {
  const violations = runRules(mistaken(), context(), { endring: false });
  t.same(violations.map((v) => `${v.kode} ${v.sti}`), [
    'INNSENDER_MANGLER /innsender',
    'UGYLDIG_BELOEP /kravTilInnkreving/0/innbetaling/0/beloep/beloep',
    'UGYLDIG_BELOEP /kravTilInnkreving/2/opprinneligBeloep/beloep',
    'UGYLDIG_KID /betalingsinformasjon/norskKonto/kidnummer',
    'UGYLDIG_KONTONR /betalingsinformasjon/norskKonto/kontonummer',
  ]);
  t.same(runRules(mistaken(), context(), { endring: false }), violations, 'the same answer every time');
  for (const v of violations) {
    t.notMatch(v.melding, /%/, `${v.kode}: every placeholder filled`);
    t.equal(v.beskrivelse, ruleByKode(v.kode)!.beskrivelse);
  }
});

t.test('rules that apply only to changes run only for an endring', async (t) => {
  const ctx = endring(example('kompleks'), { harUbehandletInnsending: true, saksstatus: 'sakHevet' });
  const changed = edited('kompleks', (b) => { b.underskrift = 'Ny'; });
  const koder = (endring: boolean) => runRules(changed, ctx, { endring }).map((v) => v.kode).filter((k) => ruleByKode(k)!.gjelderKunEndringer);
  t.same(koder(false), []);
  t.same(koder(true), ['UAVKLART_STATUS', 'UGYLDIG_STATUS', 'ULOVLIG_ENDRING_UNDERSKRIFT']);
});

t.test('ruleByKode finds registered rules only', async (t) => {
  t.equal(ruleByKode('DUPLIKAT_INNSENDING')?.tittel, 'Duplikat');
  t.equal(ruleByKode('FINNES_IKKE'), undefined);
  t.equal(rules.length, 73, '70 under /v1, 72 under /v2: 69 shared');
});

t.test('each model runs its own rules: the same begjæring read as 2.0 meets the 2.0 rules', async (t) => {
  const toRelasjoner = edited('kompleks', (b) => { b.kravTilInnkreving![1]!.relatertKrav = ['101461397', 'RentekravPåHovedkrav_101461397_2']; }, '2.0');
  const koder = (ctx: ReturnType<typeof context>) => runRules(toRelasjoner, ctx, { endring: false }).map((v) => v.kode);
  t.ok(koder(context2()).includes('RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV'), 'under 2.0');
  t.notOk(koder(context()).includes('RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV'), 'not under 0.9');
});

/** kompleks with `n` groups of hovedkrav, rentekrav and cost, all listed by its tvangsgrunnlag. */
function withKrav(n: number): Begjaering {
  return edited('kompleks', (b) => {
    const [hoved, rente, kostnad] = [0, 1, 3].map((i) => b.kravTilInnkreving![i]!);
    const krav: Krav[] = [];
    for (let i = 0; i < n; i++) {
      const ref = `H${i}`;
      krav.push(
        { ...structuredClone(hoved), kravreferanse: ref },
        { ...structuredClone(rente), kravreferanse: `R${i}`, relatertKrav: [ref] },
        { ...structuredClone(kostnad), kravreferanse: `K${i}`, relatertKrav: [ref] },
      );
    }
    b.kravTilInnkreving = krav;
    b.begjaeringensTvangsgrunnlag = [{ ...b.begjaeringensTvangsgrunnlag![0]!, innsendersKravreferanse: krav.map((k) => k.kravreferanse!) }];
  });
}

/** The best of seven runs, each on a fresh copy (the per-document caches must not carry over). */
function bestTime(b: Begjaering): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 7; round++) {
    const copy = structuredClone(b);
    const ctx = context();
    const start = process.hrtime.bigint();
    runRules(copy, ctx, { endring: false });
    best = Math.min(best, Number(process.hrtime.bigint() - start));
  }
  return best;
}

t.test('cost grows linearly with the number of krav', async (t) => {
  const [three, twoHundred, twoThousand] = [1, 67, 667].map(withKrav);
  t.same(runRules(twoThousand, context(), { endring: false }), [], 'the generated begjæring is valid');
  bestTime(twoHundred); // warm up
  // 67× the krav: linear is at most ~67× (fixed costs make it less), quadratic would be ~4500×.
  const small = bestTime(twoHundred) / bestTime(three);
  t.ok(small < 134, `201 krav cost ${small.toFixed(1)}× 3 krav`);
  // 10× the krav: linear is ~10× (up to ~3× more from cache and GC effects on a busy machine), quadratic ~100×.
  const large = bestTime(twoThousand) / bestTime(twoHundred);
  t.ok(large < 50, `2001 krav cost ${large.toFixed(1)}× 201 krav`);
});

t.test('incomplete and odd documents never make a rule throw', async (t) => {
  const odd = [
    {},
    { saksoeker: [null], saksoekt: [{}], kravTilInnkreving: [null, {}], begjaeringensTvangsgrunnlag: [null, {}], vedlegg: [null, {}] },
    { innsender: {}, betalingsinformasjon: { norskKonto: {} }, kravTilInnkreving: [{ relatertKrav: [], innbetaling: [null] }] },
    { saksoeker: [{ saksoeker: { adresse: [null, {}] }, prosessfullmektig: {} }], begjaeringensTvangsgrunnlag: [{ varsel: [null] }] },
  ] as unknown as Begjaering[];
  for (const b of odd) {
    const ctx = endring(example('enkel'), { harUbehandletInnsending: true });
    const violations = runRules(b, ctx, { endring: true });
    t.ok(violations.length > 0, JSON.stringify(b).slice(0, 60));
    for (const v of violations) t.notMatch(v.melding, /%/, v.kode);
  }
});
