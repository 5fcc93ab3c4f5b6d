/**
 * Attachments (modelled, SPEC §5): upload, metadata and status, the converted PDF, delete. Tenant-scoped: another
 * organisation's uuid answers exactly as an unknown one (404 KB-009), so existence does not leak.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../../../errors.js';
import { ingenTreff } from '../../../vedlegg/service.js';
import { readUpload } from '../../../vedlegg/upload.js';

type WithUuid = FastifyRequest<{ Params: { uuid: string } }>;

const params = {
  params: {
    type: 'object',
    required: ['uuid'],
    properties: { uuid: { type: 'string', maxLength: 100 } },
  },
} as const;

/** `betalingsoppfordring.png` → `betalingsoppfordring.pdf`, as a Content-Disposition value (RFC 6266 / 5987). */
function pdfDisposition(filnavn: string): string {
  const navn = `${filnavn.replace(/\.[A-Za-z0-9]{1,5}$/, '')}.pdf`;
  const ascii = navn.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(navn)}`;
}

export default async function vedlegg(app: FastifyInstance): Promise<void> {
  app.post('/', async (request, reply) => {
    const opplasting = await readUpload(request, app.vedlegg.files, app.config.vedleggMaxBytes);
    const stored = app.vedlegg.lastOpp(request.tenant.orgnr, opplasting);
    const location = `${app.config.publicUrl}${request.api!.prefix}/vedlegg/${stored.uuid}`;
    return reply.code(201).header('Location', location).send(stored);
  });

  app.get('/:uuid', { schema: params }, async (request: WithUuid) => {
    const stored = app.vedlegg.hent(request.tenant.orgnr, request.params.uuid);
    if (!stored) throw ingenTreff(request.params.uuid);
    return stored;
  });

  // Modelled: 409 (with the status in the message) until the attachment is konvertert; 404 when unknown.
  app.get('/:uuid/innhold', { schema: params, config: { produces: ['application/pdf'] } }, async (request: WithUuid, reply) => {
    const innhold = app.vedlegg.innhold(request.tenant.orgnr, request.params.uuid);
    if (!innhold) throw ingenTreff(request.params.uuid);
    const { vedlegg: stored, pdf } = innhold;
    // A sandbox action can claim konvertert for an attachment that never got a PDF.
    const size = pdf === undefined ? undefined : await stat(pdf).then((s) => s.size, () => undefined);
    if (pdf === undefined || size === undefined) {
      throw new ApiError(409, 'SANDBOX-409', `Vedlegg '${stored.filnavn}' har status ${stored.status} og har ikke konvertert innhold`);
    }
    return reply
      .type('application/pdf')
      .header('Content-Length', size)
      .header('Content-Disposition', pdfDisposition(stored.filnavn))
      .send(createReadStream(pdf));
  });

  app.delete('/:uuid', { schema: params }, async (request: WithUuid, reply) => {
    if (!app.vedlegg.slett(request.tenant.orgnr, request.params.uuid)) throw ingenTreff(request.params.uuid);
    return reply.code(204).send();
  });
}
