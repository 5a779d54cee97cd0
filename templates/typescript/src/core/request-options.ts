/**
 * The options every method takes as its last argument, and the request a method builds
 * from them.
 */

import type { FieldStyle } from './form.js';
import type { HeadersLike } from './headers.js';

export type HTTPMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Per-request options. `query` and `body` replace what the method would send. */
export interface RequestOptions {
  /** Extra headers, merged over the client's (`null` removes a header). */
  headers?: HeadersLike;
  /** Query parameters to send instead of the method's own. */
  query?: object | null | undefined;
  /** A JSON body to send instead of the method's own. */
  body?: unknown;
  /** Milliseconds to wait for each attempt (default: the client's `timeout`). */
  timeout?: number;
  /** How many times to retry a failed attempt (default: the client's `maxRetries`). */
  maxRetries?: number;
  /** Aborts the request (and its retries) when it fires. */
  signal?: AbortSignal | null | undefined;
  /** Passed to `fetch` as they are, after the options the client sets. */
  fetchOptions?: RequestInit;
  /** Answer with a stream of server-sent events. */
  stream?: boolean | undefined;
  /** Answer with the raw `Response` (a download). */
  __binaryResponse?: boolean | undefined;
  /** Send the body as `multipart/form-data`. */
  __multipart?: boolean | undefined;
  /**
   * Send the body as this media type: a urlencoded form, JSON (a whole body that is not an
   * object), text, or the bytes of an `Uploadable`.
   */
  __contentType?: string | undefined;
  /** How each field of a form body is written, by name (the default: `['form', true]`). */
  __fieldStyles?: Readonly<Record<string, FieldStyle>> | undefined;
  /** The operation's own security requirement (undefined: the client's). */
  __security?: ReadonlyArray<ReadonlyArray<string>> | undefined;
}

/** A request ready to send: its method and path, and the options above. */
export interface FinalRequestOptions extends RequestOptions {
  method: HTTPMethod;
  path: string;
}
