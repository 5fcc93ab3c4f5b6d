/**
 * Poisonous attachments (issue 21), generated: each is small on the wire and, converted without limits, costs the
 * process seconds of CPU or hundreds of megabytes. Also the few well-formed files the limit tests need.
 */
import { crc32, deflateSync } from 'node:zlib';

const PNG_SIGNATUR = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/**
 * An 8-bit RGB PNG of `width`×`height`. `rader`: how many rows of data it carries (all black); the decoder allocates
 * for the declared size whatever the data, so one row makes the ~110-byte 8000×8000 bomb.
 */
export function png(width: number, height: number, rader = height, ekstra: Buffer[] = []): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const data = deflateSync(Buffer.alloc(rader * (1 + width * 3)), { level: 9 });
  return Buffer.concat([PNG_SIGNATUR, pngChunk('IHDR', ihdr), ...ekstra, pngChunk('IDAT', data), pngChunk('IEND', Buffer.alloc(0))]);
}

export const pngBombe = (): Buffer => png(8000, 8000, 1);

/** A PNG that says 1×1 in its first IHDR and 8000×8000 in a second one (the decoder takes the last). */
export function pngMedToIhdr(): Buffer {
  const stor = Buffer.alloc(13);
  stor.writeUInt32BE(8000, 0);
  stor.writeUInt32BE(8000, 4);
  stor[8] = 8;
  stor[9] = 2;
  return png(1, 1, 1, [pngChunk('IHDR', stor)]);
}

/** An APNG: the decoder converts every frame to RGBA before pdf-lib refuses the animation. */
export function apng(): Buffer {
  const actl = Buffer.alloc(8);
  actl.writeUInt32BE(1000, 0); // frames
  return png(10, 10, 10, [pngChunk('acTL', actl)]);
}

/** A baseline JPEG header declaring `width`×`height` and no image data: pdf-lib embeds JPEG without decoding it. */
export function jpeg(width = 65_535, height = 65_535): Buffer {
  const sof = [0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  return Buffer.from([0xff, 0xd8, ...app0, ...sof, 0xff, 0xd9]);
}

/** A PDF stream object: the dictionary's entries (without << >>) and the raw data. */
function pdfStream(dict: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

/**
 * A PDF whose objects are a catalog, the page tree `sider` (object 2, default: one page), a page (object 3) and
 * `ekstra` (numbered from 4), with a correct cross-reference table.
 */
function pdf(ekstra: Buffer[], sider = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'): Buffer {
  const objekter = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from(sider),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'),
    ...ekstra,
  ];
  const deler = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let lengde = deler[0]!.length;
  const offsets: number[] = [];
  objekter.forEach((innhold, i) => {
    offsets.push(lengde);
    const del = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), innhold, Buffer.from('\nendobj\n')]);
    deler.push(del);
    lengde += del.length;
  });
  const xref = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  deler.push(Buffer.from(`xref\n0 ${objekter.length + 1}\n0000000000 65535 f \n${xref}trailer\n<< /Size ${objekter.length + 1} /Root 1 0 R >>\nstartxref\n${lengde}\n%%EOF\n`));
  return Buffer.concat(deler);
}

/** A PDF of `antall` pages, each a leaf of the page tree. */
export function pdfMedSider(antall: number): Buffer {
  const flere = Array.from({ length: antall - 1 }, () => Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'));
  const kids = Array.from({ length: antall }, (_, i) => `${i + 3} 0 R`).join(' ');
  return pdf(flere, `<< /Type /Pages /Kids [${kids}] /Count ${antall} >>`);
}

/**
 * A page tree `dybde` levels deep whose every node lists the next one twice: 2^dybde pages in ~2 kB. pdf-lib's
 * page count walks every one of them.
 */
export function pdfSidetre(dybde = 40): Buffer {
  const noder = Array.from({ length: dybde }, (_, i) => {
    const barn = i === dybde - 1 ? 3 : i + 5;
    return Buffer.from(`<< /Type /Pages /Kids [${barn} 0 R ${barn} 0 R] /Count ${2 ** (dybde - i)} >>`);
  });
  return pdf(noder, `<< /Type /Pages /Kids [4 0 R] /Count ${2 ** dybde} >>`);
}

/**
 * `stroemmer` object streams whose content inflates to `mib` MiB each (spaces around one object), compressed twice:
 * a few kB on the wire. pdf-lib inflates object streams while loading.
 */
export function pdfKomprimeringsbombe(mib = 256, stroemmer = 1): Buffer {
  const innhold = Buffer.alloc(mib * 2 ** 20, 0x20);
  innhold.write('null', innhold.length - 4, 'latin1');
  const strom = (nummer: number) => {
    const hode = `${nummer} 0`;
    innhold.write(hode, 0, 'latin1');
    const data = deflateSync(deflateSync(innhold, { level: 9 }), { level: 9 });
    return pdfStream(`/Type /ObjStm /N 1 /First ${hode.length} /Filter [/FlateDecode /FlateDecode]`, data);
  };
  return pdf(Array.from({ length: stroemmer }, (_, i) => strom(100 + i)));
}

/** An object stream holding `antall` objects (all `null`): a couple of MB on the wire, each a parsed object. */
export function pdfObjektbombe(antall = 1_000_000, erklaert = antall): Buffer {
  const par = `${Array.from({ length: antall }, (_, i) => `${i + 5} 0`).join(' ')} `;
  const data = deflateSync(Buffer.from(`${par}null`, 'latin1'), { level: 9 });
  return pdf([pdfStream(`/Type /ObjStm /N ${erklaert} /First ${par.length} /Filter /FlateDecode`, data)]);
}

/**
 * One object that is an array of `antall` empty dictionaries: 4 bytes each before compression, a few kB on the wire,
 * and a JavaScript object with a Map each once parsed.
 */
export function pdfMinnebombe(antall = 10_000_000): Buffer {
  const data = deflateSync(Buffer.from(`5 0 [${'<<>>'.repeat(antall)}]`, 'latin1'), { level: 9 });
  return pdf([pdfStream('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', data)]);
}

/** Plain text of about `bytes` bytes: lines of Norwegian words, as a long letter would be. */
export function tekst(bytes: number): Buffer {
  const linje = 'Skyldner har ikke betalt kravet innen fristen, og kreditor begjærer utlegg for hovedstol og renter.\n';
  return Buffer.from(linje.repeat(Math.ceil(bytes / Buffer.byteLength(linje))));
}

/** Text that is only line breaks: tiny to lay out, one page per ~60 bytes. */
export const tommeLinjer = (bytes: number): Buffer => Buffer.alloc(bytes, 0x0a);

/**
 * One word of `'`, Helvetica's narrowest character (~260 to a line): the layout measures the growing line again for
 * every character, ~30 s for 1 MiB.
 */
export const langtOrd = (bytes: number): Buffer => Buffer.alloc(bytes, 0x27);
