/** Placeholder filling and JSON pointers (rules/text.ts). */
import t from 'tap';
import { child, fill, pointer, variants } from '../../rules/lib/text.js';

t.test('named placeholders, Norwegian letters included', async (t) => {
  t.equal(fill('Beløp %beløp av %saksøker', { beløp: '5', saksøker: 'X' }), 'Beløp 5 av X');
  t.throws(() => fill('Innsender %innsender', {}), /missing value %innsender/);
});

t.test('positional %s, not to be confused with %saksøker', async (t) => {
  t.equal(fill("Vedlegg '%s' med id '%s'", ['a.pdf', 'u-1']), "Vedlegg 'a.pdf' med id 'u-1'");
  t.throws(() => fill("'%s' og '%s'", ['a']), /missing value 2/);
});

t.test('table line breaks become newlines; variants keep table order', async (t) => {
  t.equal(fill('A<br/>- b'), 'A\n- b');
  t.same(variants('En av følgende:<br/>- x<br/>- y'), ['x', 'y']);
});

t.test('pointers escape ~ and / (RFC 6901)', async (t) => {
  t.equal(pointer('kravTilInnkreving', 3, 'kravreferanse'), '/kravTilInnkreving/3/kravreferanse');
  t.equal(pointer('a/b', 'c~d'), '/a~1b/c~0d');
  t.equal(child('/x', 'y', 0), '/x/y/0');
  t.equal(pointer(), '');
});
