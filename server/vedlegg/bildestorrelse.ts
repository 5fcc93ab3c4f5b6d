/**
 * The size a PNG declares, read the way its decoder (UPNG, inside pdf-lib) reads it: chunk after chunk until IEND,
 * the last IHDR winning. The decoder allocates for that size whatever data follows (an 8000×8000 PNG of 110 bytes
 * costs ~600 MB), so this is the check before decoding.
 */
export interface PngStorrelse {
  bredde: number;
  hoeyde: number;
  /** acTL, fcTL or fdAT: the decoder converts every frame, each of its own declared size, before pdf-lib refuses. */
  animert: boolean;
}

const ANIMASJON = new Set(['acTL', 'fcTL', 'fdAT']);

/** Undefined without an IHDR (the decoder then fails on its own). */
export function pngStorrelse(bytes: Uint8Array): PngStorrelse | undefined {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let ihdr: { bredde: number; hoeyde: number } | undefined;
  let animert = false;
  for (let offset = 8; offset + 8 <= data.length; ) {
    const lengde = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    offset += 8;
    if (type === 'IEND') break;
    if (type === 'IHDR' && offset + 8 <= data.length) ihdr = { bredde: data.readUInt32BE(offset), hoeyde: data.readUInt32BE(offset + 4) };
    animert ||= ANIMASJON.has(type);
    offset += lengde + 4; // data and CRC
  }
  return ihdr && { ...ihdr, animert };
}
