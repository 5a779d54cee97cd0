// Runtime file copied verbatim by sdkgen. Do not edit.
/**
 * When and after how long a request is tried again: connection errors, 408, 409, 429 and
 * 5xx responses (or what `x-should-retry` says), after the delay `retry-after-ms` or
 * `retry-after` asks for (up to a minute), else an exponential backoff with jitter.
 */

import { APIUserAbortError } from './errors.js';

const INITIAL_RETRY_DELAY = 0.5; // seconds
const MAX_RETRY_DELAY = 8.0; // seconds
const MAX_RETRY_AFTER = 60_000; // milliseconds: a longer Retry-After falls back to the backoff

/** Whether a response with an error status is worth another attempt. */
export function shouldRetry(response: Response): boolean {
  const header = response.headers.get('x-should-retry');
  if (header === 'true') {
    return true;
  }
  if (header === 'false') {
    return false;
  }
  return response.status === 408 || response.status === 409 || response.status === 429 || response.status >= 500;
}

/** The delay a `retry-after-ms` or `retry-after` header asks for, when usable (ms). */
export function retryAfter(headers: Headers | undefined): number | undefined {
  let delay: number | undefined;
  const millis = headers?.get('retry-after-ms');
  if (millis && !Number.isNaN(parseFloat(millis))) {
    delay = parseFloat(millis);
  }
  const seconds = headers?.get('retry-after');
  if (seconds && delay === undefined) {
    const parsed = parseFloat(seconds);
    delay = Number.isNaN(parsed) ? Date.parse(seconds) - Date.now() : parsed * 1000;
  }
  if (delay === undefined || !Number.isFinite(delay) || delay < 0 || delay > MAX_RETRY_AFTER) {
    return undefined;
  }
  return delay;
}

/** Exponential backoff with jitter: 0.5 s doubling per retry, at most 8 s, less up to 25% (ms). */
export function backoff(retriesDone: number): number {
  const seconds = Math.min(INITIAL_RETRY_DELAY * Math.pow(2, retriesDone), MAX_RETRY_DELAY);
  return seconds * (1 - Math.random() * 0.25) * 1000;
}

/** Waits `ms`; an abort of `signal` ends the wait with an `APIUserAbortError`. */
export function sleep(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new APIUserAbortError({ cause: signal.reason }));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new APIUserAbortError({ cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** `value` when it is a safe integer of at least 0, else `fallback`. */
export function validRetries(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isSafeInteger(value) && value >= 0 ? value : fallback;
}
