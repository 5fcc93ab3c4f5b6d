/** The example begjæringer in seed/examples: Skatteetaten's official ones of model 0.9 and the 2.0 ones derived from them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Modellversjon } from '../rules/lib/modell.js';
import { ROOT } from './paths.js';

export type Eksempelnavn = 'enkel' | 'kompleks';

/** The file's name part of each model: begjaering-v0-enkel.json (0.9), begjaering-v2-enkel.json (2.0). */
const FIL: Record<Modellversjon, string> = { '0.9': 'v0', '2.0': 'v2' };

/** A fresh copy of an example, exactly as its file has it. */
export function lesEksempel(navn: Eksempelnavn, modell: Modellversjon): unknown {
  return JSON.parse(readFileSync(join(ROOT, 'seed', 'examples', `begjaering-${FIL[modell]}-${navn}.json`), 'utf8'));
}
