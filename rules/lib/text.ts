/** Message texts and JSON pointers: the only place that fills placeholders and builds `sti`. */

/** Values for a template: by name for `%name`, or in order for `%s`. */
export type Values = Readonly<Record<string, string>> | readonly string[];

const NAMED = /%([\p{L}\p{N}_]+)/gu;
const POSITIONAL = /%s(?![\p{L}\p{N}_])/gu;

/**
 * Fills a table text. `<br/>` (the table's line break) becomes a newline. A placeholder without a value
 * is a programming error, so it throws rather than leak a `%` to the client.
 */
export function fill(template: string, values: Values = {}): string {
  const text = template.replace(/<br\/>/g, '\n');
  if (Array.isArray(values)) {
    let i = 0;
    return text.replace(POSITIONAL, () => {
      const value = values[i++];
      if (value === undefined) throw new Error(`missing value ${i} for "${template}"`);
      return value;
    });
  }
  const named = values as Readonly<Record<string, string>>;
  return text.replace(NAMED, (_, name: string) => {
    const value = named[name];
    if (value === undefined) throw new Error(`missing value %${name} for "${template}"`);
    return value;
  });
}

/** The alternatives of an "En av følgende:<br/>- a<br/>- b" text, in table order. */
export function variants(avvikstekst: string): string[] {
  return avvikstekst.split('<br/>- ').slice(1);
}

const escapeSegment = (s: string | number): string =>
  typeof s === 'number' ? String(s) : s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;

/** A JSON pointer (RFC 6901) from path segments. Built for every attachment reference of every begjæring: kept lean. */
export function pointer(...segments: ReadonlyArray<string | number>): string {
  let out = '';
  for (const s of segments) out += '/' + escapeSegment(s);
  return out;
}

/** Appends segments to an existing pointer. */
export function child(base: string, ...segments: ReadonlyArray<string | number>): string {
  return base + pointer(...segments);
}
