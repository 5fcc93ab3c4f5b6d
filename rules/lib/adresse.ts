/** Shared finder of the four minimum-address rules (saksøker/saksøkte × innland/utland). */
import { filled, list, type Finding } from './define.js';
import type { Adresse, Begjaering } from './model.js';
import { label, type AktoerRef } from './parter.js';
import { child } from './text.js';

type Kind = 'innland' | 'utland';

/** The address of `kind` lacks its minimum fields: adressetekst and postnummer, or poststed and landkode. */
function isIncomplete(adresse: Adresse, kind: Kind): boolean | undefined {
  if (kind === 'innland') {
    if (!adresse.adresseInnland) return undefined;
    const a = adresse.adresseInnland.adresseFrittFormatInnland;
    return !filled(a?.adressetekst) || !filled(a?.postnummer);
  }
  if (!adresse.adresseUtland) return undefined;
  const a = adresse.adresseUtland.adresseFrittFormatUtland;
  return !filled(a?.poststedsnavn) || !filled(a?.landkode);
}

/** `placeholder` is the party's name in the text (saksøker or saksøkt). */
export function adresseFinder(parter: (b: Begjaering) => readonly AktoerRef[], kind: Kind, placeholder: string) {
  return function* find(b: Begjaering): Generator<Finding> {
    for (const ref of parter(b)) {
      for (const [j, adresse] of list(ref.aktoer.adresse).entries()) {
        if (!adresse || !isIncomplete(adresse, kind)) continue;
        const key = kind === 'innland' ? 'adresseInnland' : 'adresseUtland';
        yield { sti: child(ref.sti, 'adresse', j, key), values: { [placeholder]: label(ref.aktoer) } };
      }
    }
  };
}
