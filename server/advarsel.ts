/**
 * The `Advarsel` response header (modelled: Skatteetaten sends none): notes on a call the sandbox answered normally,
 * on any API route. Each kind of note is one part starting with its prefix; parts are joined by `; `. The header is
 * printable ASCII and bounded whatever the request held, and the request log reads the parts back
 * (server/sandbox/logg.ts).
 */
import type { FastifyReply } from 'fastify';

/** The kinds of note, by the prefix that starts its part. */
export const ADVARSEL = {
  /** Body fields the model does not know (the real service ignores them silently). */
  ukjenteFelt: 'ukjente felt ignorert: ',
  /** Body keys read as their canonical spelling. */
  alias: 'alias lest som: ',
  /** Headers the published specification requires that the call lacked. */
  manglendeHoder: 'mangler header: ',
  /** The organisation's calls in flight beyond the documented five. */
  samtidige: 'samtidige kall: ',
} as const;

/** Separates the header's parts. */
const ADVARSEL_SKILLE = '; ';
/** Ends a list when items were left out: "... (N til)". */
const ADVARSEL_UTELATT = '... (';
/** At most this many items are named in a list. */
const MAKS_VISTE = 20;

const ENSLIG_SURROGAT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Any text as header text: percent-encoded (encodeURI), so whatever it held — non-ASCII, control characters, a lone
 * surrogate (replaced first: encodeURI throws on one) — the header is printable ASCII without `; ` or `, ` inside.
 */
export function headerTekst(tekst: string): string {
  return encodeURI(tekst.replace(ENSLIG_SURROGAT, '\uFFFD'));
}

/**
 * "prefix: a, b, ... (N til)", within `tegn` characters. `vis` turns an item into its text as it is shown, so that only
 * the shown ones pay for it (a body may hold 100 000 unknown fields, the header names 20).
 */
export function liste<T>(prefiks: string, elementer: readonly T[], tegn: number, vis: (e: T) => string): string {
  let tekst = prefiks;
  let viste = 0;
  for (const element of elementer) {
    if (viste === MAKS_VISTE) break;
    const e = vis(element);
    if (tekst.length + e.length + 2 > tegn) break;
    tekst += (viste > 0 ? ', ' : '') + e;
    viste++;
  }
  if (viste < elementer.length) tekst += `${viste > 0 ? ', ' : ''}${ADVARSEL_UTELATT}${elementer.length - viste} til)`;
  return tekst;
}

/** Adds one part to the call's Advarsel header (after those already there). */
export function leggTilAdvarsel(reply: Pick<FastifyReply, 'getHeader' | 'header'>, del: string): void {
  const foer = reply.getHeader('advarsel');
  reply.header('Advarsel', typeof foer === 'string' ? foer + ADVARSEL_SKILLE + del : del);
}

/** The items of the part of `header` that `prefiks` starts, decoded; undefined when there is none. */
export function advarselDel(header: string, prefiks: string): string[] | undefined {
  const del = header.split(ADVARSEL_SKILLE).find((d) => d.startsWith(prefiks));
  if (del === undefined) return undefined;
  return del.slice(prefiks.length).split(', ').filter((f) => !f.startsWith(ADVARSEL_UTELATT)).map(dekod);
}

function dekod(tekst: string): string {
  try {
    return decodeURI(tekst);
  } catch {
    return tekst;
  }
}
