/**
 * Idempotency keys: a request other than a GET sends one in the client's idempotency
 * header (when the SDK config names one), the caller's `idempotencyKey` or a fresh one.
 */

import type { FinalRequestOptions } from './request-options.js';
import { IDEMPOTENCY_HEADER } from './settings.js';

/**
 * The client's idempotency header (none without one, and none on a GET), with the
 * request's key: the caller's, else a new one, kept in `options` so that retries send it too.
 */
export function idempotencyHeader(options: FinalRequestOptions): Record<string, string> {
  if (IDEMPOTENCY_HEADER === null || options.method === 'get') {
    return {};
  }
  options.idempotencyKey ||= `node-retry-${uuid4()}`;
  return { [IDEMPOTENCY_HEADER]: options.idempotencyKey };
}

function uuid4(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (crypto?.randomUUID) {
    return crypto.randomUUID();
  }
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (Number(c) ^ (Math.floor(Math.random() * 256) & (15 >> (Number(c) / 4)))).toString(16),
  );
}
