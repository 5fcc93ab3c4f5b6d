import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { ApiError, feilBody } from './errors.js';

/**
 * A request Node itself refuses before Fastify sees it (too slow: 408, headers too large: 431, not HTTP: 400) still
 * gets the error body, with a fresh korrelasjonsid (from `nyKorrelasjonsid`), and the connection is closed.
 */
export function clientError(err: Error & { code?: string }, socket: Socket, nyKorrelasjonsid: () => string): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const feil =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? new ApiError(408, 'SANDBOX-408', 'Forespørselen ble ikke mottatt i sin helhet innen tidsfristen')
    : err.code === 'HPE_HEADER_OVERFLOW' ? new ApiError(431, 'SANDBOX-431', 'Header-feltene er for store')
    : new ApiError(400, 'KB-006', 'Forespørselen er ikke gyldig HTTP');
  const korrelasjonsid = nyKorrelasjonsid();
  const body = JSON.stringify(feilBody(feil, korrelasjonsid, ''));
  // Nothing to add when an answer has already begun (Node's own rule).
  const started = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
  if (socket.writable && !started) {
    socket.write(
      `HTTP/1.1 ${feil.status} ${STATUS_CODES[feil.status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nKorrelasjonsid: ${korrelasjonsid}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}
