/**
 * Reads a POST /vedlegg request (multipart/form-data, modelled): the part `fil` streams to a temporary file while
 * the text fields `type`, `innsenderReferanse` and optional `filnavn` are collected, in whatever order they come.
 * Whatever goes wrong, the temporary file is removed before the error leaves.
 */
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../errors.js';
import type { Violation } from '../../rules/types.js';
import type { ReceivedFile, VedleggFiles } from './files.js';
import { VEDLEGG_TYPER } from './repository.js';

export interface Opplasting {
  fil: ReceivedFile;
  type: string;
  innsenderReferanse: string;
  filnavn: string;
}

const MAX_FILNAVN = 255;
const BESKRIVELSE = 'Opplastingen må ha feltene som beskrevet i OpenAPI-dokumentet (multipart/form-data)';

interface Parts {
  fil?: ReceivedFile;
  /** The name the client gave the file part (Content-Disposition filename). */
  delnavn?: string;
  felt: Map<string, unknown>;
}

export async function readUpload(request: FastifyRequest, files: VedleggFiles, maxBytes: number): Promise<Opplasting> {
  const parts: Parts = { felt: new Map() };
  try {
    await collect(request, files, parts);
    if (parts.fil?.truncated) throw new ApiError(413, 'SANDBOX-413', `Filen er større enn grensen på ${maxBytes} byte`);
    return validate(parts);
  } catch (err) {
    if (parts.fil) files.discard(parts.fil);
    throw asClientError(err);
  }
}

async function collect(request: FastifyRequest, files: VedleggFiles, parts: Parts): Promise<void> {
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'fil' || parts.fil) {
        part.file.resume(); // not ours: drain it so the rest of the form is read
        continue;
      }
      parts.delnavn = part.filename;
      parts.fil = await files.receive(part.file);
      if (parts.fil.truncated) return; // the size limit was hit; the iterator would only repeat it
    } else if (!parts.felt.has(part.fieldname)) {
      parts.felt.set(part.fieldname, part.valueTruncated ? undefined : part.value);
    }
  }
}

function validate({ fil, delnavn, felt }: Parts): Opplasting {
  const feil: Violation[] = [];
  const mangler = (navn: string, hva: string) =>
    feil.push({ kode: 'PAAKREVD_FELT_MANGLER', melding: `/${navn} mangler: ${hva}`, beskrivelse: BESKRIVELSE, sti: `/${navn}` });
  const ugyldig = (kode: string, navn: string, hva: string) =>
    feil.push({ kode, melding: `/${navn} ${hva}`, beskrivelse: BESKRIVELSE, sti: `/${navn}` });

  if (!fil) mangler('fil', 'send filen som delen «fil»');
  else if (fil.storrelse === 0) ugyldig('UGYLDIG_FORMAT', 'fil', 'er tom');

  const type = text(felt, 'type');
  if (type === undefined) mangler('type', `en av ${VEDLEGG_TYPER.join(', ')}`);
  else if (!(VEDLEGG_TYPER as readonly string[]).includes(type)) {
    ugyldig('UGYLDIG_KODEVERDI', 'type', `må være en av: ${VEDLEGG_TYPER.join(', ')}`);
  }

  const innsenderReferanse = text(felt, 'innsenderReferanse');
  if (innsenderReferanse === undefined) mangler('innsenderReferanse', 'begjæringens innsenderReferanse');

  const filnavn = text(felt, 'filnavn') ?? (delnavn?.trim() || undefined);
  if (filnavn === undefined) {
    if (fil) mangler('filnavn', 'oppgi feltet filnavn eller et filnavn på delen «fil»');
  }
  else if (filnavn.length > MAX_FILNAVN || /[\u0000-\u001f\u007f]/.test(filnavn)) {
    ugyldig('UGYLDIG_FORMAT', 'filnavn', `må være høyst ${MAX_FILNAVN} tegn uten kontrolltegn`);
  }

  if (feil.length > 0) throw new ApiError(400, 'KB-006', 'Opplastingen mangler felt eller har ugyldige verdier', { kontrollutslag: feil });
  return { fil: fil!, type: type!, innsenderReferanse: innsenderReferanse!, filnavn: filnavn! };
}

/** A non-empty text field, trimmed; undefined when absent, empty, too long (truncated) or not text. */
function text(felt: Map<string, unknown>, navn: string): string | undefined {
  const value = felt.get(navn);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Multipart's own errors carry their HTTP status (415 not multipart, 413 limits) and the error mapping renders them;
 * busboy's parse errors (truncated or malformed body, aborted upload) carry none and are the client's fault.
 */
function asClientError(err: unknown): unknown {
  if (err instanceof ApiError || (err as NodeJS.ErrnoException).syscall !== undefined) return err; // ours, or the disk's
  const status = (err as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return err;
  const melding = err instanceof Error ? err.message : String(err);
  return new ApiError(400, 'KB-006', `Multipart-innholdet kan ikke leses: ${melding}`);
}
