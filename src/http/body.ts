/**
 * Reading a request body with a size cap. The raw bytes are kept: the signature is over them, so
 * they must not be decoded and re-encoded before it is checked.
 */
import type { IncomingMessage } from 'node:http';
import { HTTP_LIMITS } from './limits.js';

/**
 * The body; or `tooLarge` as soon as it is known to exceed `max` bytes; or `aborted` when the
 * client went away before sending all of it (nothing to answer then).
 */
export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'tooLarge' | 'aborted' };

/** Reads `req`'s body, refusing it past `max` bytes. Never rejects. */
export function readBody(req: IncomingMessage, max: number = HTTP_LIMITS.maxBodyBytes): Promise<BodyResult> {
  // A declared length over the cap is refused before a byte is read.
  if (Number(req.headers['content-length'] ?? 0) > max) return Promise.resolve({ ok: false, reason: 'tooLarge' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      resolve({ ok: false, reason: 'tooLarge' });
    };
    req.on('data', onData);
    // Whichever comes first settles the promise; the later ones are no-ops.
    req.once('end', () => resolve({ ok: true, body: Buffer.concat(chunks) }));
    req.once('error', () => resolve({ ok: false, reason: 'aborted' }));
    req.once('close', () => resolve({ ok: false, reason: 'aborted' }));
  });
}

/**
 * Lets the rest of a refused body arrive (so the client reads our 413 rather than a reset), up to
 * `HTTP_LIMITS.drainBytes`, then closes the connection.
 */
export function drain(req: IncomingMessage): void {
  let seen = 0;
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > HTTP_LIMITS.drainBytes) req.destroy();
  });
  req.resume();
}
