/**
 * Discord's request signatures: every interaction is signed with the application's Ed25519 key
 * over `timestamp + raw body`, the signature in `X-Signature-Ed25519` (hex) and the timestamp in
 * `X-Signature-Timestamp` (Unix seconds). node:crypto verifies it; no dependency needed.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { HTTP_LIMITS } from './limits.js';

/** DER header of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

const SIGNATURE = /^[0-9a-f]{128}$/i;
const TIMESTAMP = /^\d{1,12}$/;

/** The KeyObject for a raw 32-byte public key given as 64 hex characters; throws when it is not one. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error('an Ed25519 public key is 64 hex characters');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

/** Why a request was refused, for the debug log (never the header values themselves). */
export type SignatureCheck = 'ok' | 'missing' | 'malformed' | 'stale' | 'invalid';

/** A request's signature headers (as received) and its raw body. */
export interface SignedRequest {
  signature: string | undefined;
  timestamp: string | undefined;
  body: Buffer;
}

/**
 * Checks a request's signature, and that its timestamp is within `HTTP_LIMITS.maxClockSkewSeconds`
 * of `nowMs` (a replayed request is refused even with a valid signature).
 */
export function checkSignature(key: KeyObject, request: SignedRequest, nowMs: number = Date.now()): SignatureCheck {
  const { signature, timestamp, body } = request;
  if (!signature || !timestamp) return 'missing';
  if (!SIGNATURE.test(signature) || !TIMESTAMP.test(timestamp)) return 'malformed';
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > HTTP_LIMITS.maxClockSkewSeconds) return 'stale';
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, Buffer.from(signature, 'hex')) ? 'ok' : 'invalid';
  } catch {
    return 'invalid';
  }
}
