// Runtime file copied verbatim by sdkgen. Do not edit.
/**
 * The client runtime: builds each request from a method's options (URL, query, headers,
 * body), sends it with `fetch` under a per-attempt timeout, retries what is worth
 * retrying, turns error statuses into the error classes of `errors.ts`, and hands the
 * response to the method's parser. Resource classes call `get`, `post`, `patch`,
 * `put`, `delete` and `getAPIList`.
 */

import { APIPromise } from './api-promise.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  SDKError,
  castToError,
  isAbortError,
} from './errors.js';
import type { Security, WireCredentials } from './auth.js';
import { buildHeaders, type HeadersLike } from './headers.js';
import { type AbstractPage, type PageConstructor, PagePromise } from './pagination.js';
import { type APIResponseProps, defaultParseResponse } from './parse.js';
import { platformHeaders } from './platform.js';
import { stringifyQuery } from './query.js';
import type { FinalRequestOptions, HTTPMethod, RequestOptions } from './request-options.js';
import { ARRAY_FORMAT, HEADER_PREFIX } from './settings.js';
import { formBody } from './form.js';
import { isUploadable, multipartBody, toFile } from './uploads.js';
import { VERSION } from '../version.js';

/** The `fetch` the client sends requests with (the global one unless given). */
export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** What the generated client passes to the runtime. */
export interface BaseClientOptions {
  baseURL: string;
  timeout: number;
  maxRetries: number;
  defaultHeaders?: HeadersLike | undefined;
  defaultQuery?: Readonly<Record<string, string | undefined>> | undefined;
  fetch?: Fetch | undefined;
  fetchOptions?: RequestInit | undefined;
}

const INITIAL_RETRY_DELAY = 0.5; // seconds
const MAX_RETRY_DELAY = 8.0; // seconds
const MAX_RETRY_AFTER = 60_000; // milliseconds: a longer Retry-After falls back to the backoff

/** One attempt of a request whose headers have arrived, its body not yet read. */
interface Attempt {
  response: Response;
  options: FinalRequestOptions;
  controller: AbortController;
  startTime: number;
  timeout: number;
  remaining: number;
  /** Stops the caller's signal from aborting this attempt. */
  detach: () => void;
}

export abstract class BaseClient {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly fetchOptions: RequestInit | undefined;
  protected readonly _baseOptions: BaseClientOptions;
  readonly #fetch: Fetch;

  constructor(options: BaseClientOptions) {
    this._baseOptions = options;
    this.baseURL = options.baseURL;
    this.timeout = options.timeout;
    this.maxRetries = validRetries(options.maxRetries, 2);
    this.fetchOptions = options.fetchOptions;
    const fetch = options.fetch ?? (globalThis as { fetch?: Fetch }).fetch;
    if (!fetch) {
      throw new SDKError(
        '`fetch` is not defined as a global; pass a `fetch` function in the client options',
      );
    }
    this.#fetch = fetch;
  }

  /**
   * The headers and query parameters that authenticate a request with this requirement
   * (undefined: the client's own); throws when the client's credentials cannot meet it.
   */
  protected abstract credentials(security: Security | undefined): Promise<WireCredentials>;

  /** Headers the client's own options add to every request (organization, project). */
  protected abstract optionHeaders(): HeadersLike;

  get<Rsp>(path: string, options?: RequestOptions): APIPromise<Rsp> {
    return this.methodRequest('get', path, options);
  }

  post<Rsp>(path: string, options?: RequestOptions): APIPromise<Rsp> {
    return this.methodRequest('post', path, options);
  }

  patch<Rsp>(path: string, options?: RequestOptions): APIPromise<Rsp> {
    return this.methodRequest('patch', path, options);
  }

  put<Rsp>(path: string, options?: RequestOptions): APIPromise<Rsp> {
    return this.methodRequest('put', path, options);
  }

  delete<Rsp>(path: string, options?: RequestOptions): APIPromise<Rsp> {
    return this.methodRequest('delete', path, options);
  }

  private methodRequest<Rsp>(method: HTTPMethod, path: string, options: RequestOptions | undefined): APIPromise<Rsp> {
    return this.request<Rsp>({ method, path, ...options });
  }

  /** Send a request; the promise parses the response with the default parser. */
  request<Rsp>(options: FinalRequestOptions): APIPromise<Rsp> {
    return new APIPromise<Rsp>(this.makeRequest(options, null), (props) => defaultParseResponse<Rsp>(props));
  }

  /** A list request: the promise resolves to the first page and iterates every item. */
  getAPIList<Item, PageClass extends AbstractPage<Item>>(
    path: string,
    Page: PageConstructor<PageClass>,
    options?: RequestOptions,
  ): PagePromise<PageClass, Item> {
    return this.requestAPIList(Page, { method: 'get', path, ...options });
  }

  /** A page request (for `getAPIList` and for fetching the next page). */
  requestAPIList<Item, PageClass extends AbstractPage<Item>>(
    Page: PageConstructor<PageClass>,
    options: FinalRequestOptions,
  ): PagePromise<PageClass, Item> {
    const responsePromise = this.makeRequest(options, null);
    return new PagePromise<PageClass, Item>(responsePromise, async (props) => {
      const body = await defaultParseResponse<unknown>(props);
      return new Page(this, props.response, body, props.options);
    });
  }

  /**
   * The absolute URL of `path` (appended to the base URL's path) with the query of the
   * base URL, then the path's own, the client's default query and `query`, later ones
   * winning.
   */
  buildURL(path: string, query: object | null | undefined): string {
    const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(path);
    const url = new URL(absolute ? path : this.baseURL);
    const merged: Record<string, unknown> = Object.fromEntries(url.searchParams.entries());
    if (!absolute) {
      const mark = path.indexOf('?');
      const pathname = mark === -1 ? path : path.slice(0, mark);
      url.pathname = url.pathname.replace(/\/$/, '') + (pathname.startsWith('/') ? '' : '/') + pathname;
      Object.assign(merged, Object.fromEntries(new URLSearchParams(mark === -1 ? '' : path.slice(mark + 1))));
    }
    Object.assign(merged, this._baseOptions.defaultQuery, query);
    url.search = stringifyQuery(merged, ARRAY_FORMAT);
    return url.toString();
  }

  private async makeRequest(options: FinalRequestOptions, retriesRemaining: number | null): Promise<APIResponseProps> {
    const maxRetries = validRetries(options.maxRetries ?? this.maxRetries, 2);
    const remaining = retriesRemaining ?? maxRetries;
    const timeout = requestTimeout(options, this.timeout);
    const { url, init } = await this.buildRequest(options, maxRetries - remaining);
    const { signal } = options;
    if (signal?.aborted) {
      throw new APIUserAbortError({ cause: signal.reason });
    }
    // The caller's signal aborts this attempt until its body has been read.
    const controller = new AbortController();
    const abort = (): void => controller.abort(signal?.reason);
    signal?.addEventListener('abort', abort, { once: true });
    const detach = (): void => signal?.removeEventListener('abort', abort);
    const startTime = Date.now();
    const response = await this.fetchWithTimeout(url, init, timeout, controller).catch(castToError);
    if (response instanceof Error) {
      detach();
      if (signal?.aborted) {
        throw new APIUserAbortError({ cause: signal.reason });
      }
      if (remaining > 0) {
        return this.retryRequest(options, remaining, undefined);
      }
      if (isAbortError(response) || /timed? ?out/i.test(`${String(response)} ${String(response.cause)}`)) {
        throw new APIConnectionTimeoutError({ cause: response });
      }
      throw new APIConnectionError({ cause: response });
    }
    if (!response.ok) {
      detach();
      if (remaining > 0 && shouldRetry(response)) {
        await response.body?.cancel().catch(() => undefined);
        return this.retryRequest(options, remaining, response.headers);
      }
      const text = await response.text().catch((error: unknown) => castToError(error).message);
      throw this.makeStatusError(response.status, text, response.headers);
    }
    const attempt = { response, options, controller, startTime, timeout, remaining, detach };
    const readBody = (read: (response: Response) => Promise<unknown>): Promise<unknown> =>
      this.readWithin(read, attempt);
    return { response, options, controller, readBody };
  }

  /**
   * Reads a body within the attempt's deadline: when it runs out, the request is retried
   * (while retries remain); when the caller aborts, the read stops at once.
   */
  private async readWithin(read: (response: Response) => Promise<unknown>, attempt: Attempt): Promise<unknown> {
    const { options, controller } = attempt;
    const left = Math.max(0, attempt.startTime + attempt.timeout - Date.now());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), left);
    });
    try {
      const outcome = await Promise.race([read(attempt.response), timedOut]);
      if (outcome !== 'timeout') {
        return outcome;
      }
    } catch (error) {
      if (options.signal?.aborted) {
        throw new APIUserAbortError({ cause: options.signal.reason });
      }
      throw error;
    } finally {
      clearTimeout(timer);
      attempt.detach();
    }
    controller.abort();
    if (attempt.remaining <= 0) {
      throw new APIConnectionTimeoutError();
    }
    const retried = await this.retryRequest(options, attempt.remaining, undefined);
    return retried.readBody(read);
  }

  private makeStatusError(status: number, text: string, headers: Headers): APIError {
    const json = safeJSON(text);
    // A JSON error body (an object or an array) without an `error` member is the error itself.
    const wrap = typeof json === 'object' && json !== null && (json as { error?: unknown }).error == null;
    const body = wrap ? { error: json } : json;
    return APIError.generate(status, body, json ? undefined : text, headers);
  }

  private async buildRequest(
    options: FinalRequestOptions,
    retryCount: number,
  ): Promise<{ url: string; init: RequestInit }> {
    const auth = await this.credentials(options.__security);
    const query = Object.keys(auth.query).length > 0 ? { ...auth.query, ...options.query } : options.query;
    const url = this.buildURL(options.path, query);
    const { body, contentType } = await encodeBody(options);
    const headers = buildHeaders([
      {
        Accept: 'application/json',
        'User-Agent': this.userAgent(),
        ...attemptHeaders(retryCount, options.timeout),
        ...platformHeaders(),
      },
      this.optionHeaders(),
      auth.headers,
      this._baseOptions.defaultHeaders,
      contentType ? { 'Content-Type': contentType } : null,
      options.headers,
    ]);
    const init: RequestInit = {
      method: options.method.toUpperCase(),
      headers,
      ...(body !== undefined ? { body } : {}),
      ...this.fetchOptions,
      ...options.fetchOptions,
    };
    return { url, init };
  }

  /** `<ClientClass>/JS <version>`. */
  protected userAgent(): string {
    return `${this.constructor.name}/JS ${VERSION}`;
  }

  private async fetchWithTimeout(
    url: string,
    init: RequestInit,
    timeout: number,
    controller: AbortController,
  ): Promise<Response> {
    const timer = setTimeout(() => controller.abort(), timeout);
    try {
      return await this.#fetch.call(undefined, url, { signal: controller.signal, ...init });
    } finally {
      clearTimeout(timer);
    }
  }

  private async retryRequest(
    options: FinalRequestOptions,
    retriesRemaining: number,
    responseHeaders: Headers | undefined,
  ): Promise<APIResponseProps> {
    const maxRetries = validRetries(options.maxRetries ?? this.maxRetries, 2);
    const delay = retryAfter(responseHeaders) ?? backoff(maxRetries - retriesRemaining);
    await sleep(delay, options.signal);
    return this.makeRequest(options, retriesRemaining - 1);
  }
}

type EncodedBody = { body: BodyInit | undefined; contentType: string | undefined };

/** The request body and its content type: JSON, multipart form data, or the media type the method names. */
async function encodeBody(options: FinalRequestOptions): Promise<EncodedBody> {
  const { body } = options;
  if (options.__contentType !== undefined) {
    return typedBody(body, options.__contentType, options);
  }
  if (!body) {
    return { body: undefined, contentType: undefined }; // as the reference: a falsy body is no body
  }
  if (options.__multipart && isObject(body)) {
    // fetch writes the content type itself, with the boundary it chose.
    return { body: await multipartBody(body), contentType: undefined };
  }
  return { body: JSON.stringify(body), contentType: 'application/json' };
}

/**
 * A body sent as `contentType`: a form from an object, JSON, text from a string, or the
 * bytes of an `Uploadable` (under its own type where the spec names a range such as
 * `image/*`, else `application/octet-stream`). `undefined` or `null` is no body.
 */
async function typedBody(body: unknown, contentType: string, options: FinalRequestOptions): Promise<EncodedBody> {
  const media = contentType.split(';')[0]!.trim().toLowerCase();
  if (body === undefined || body === null) {
    return { body: undefined, contentType: undefined };
  }
  if (media === 'application/x-www-form-urlencoded' && isObject(body)) {
    return { body: formBody(body, options.__fieldStyles), contentType };
  }
  if (media.endsWith('/json') || media.endsWith('+json')) {
    return { body: JSON.stringify(body), contentType };
  }
  if (media.startsWith('text/') && typeof body === 'string') {
    return { body, contentType };
  }
  if (!isUploadable(body)) {
    throw new SDKError(`Expected a file or bytes for a ${contentType} body, got ${typeof body}`);
  }
  const file = await toFile(body);
  const type = contentType.includes('*') ? file.type || 'application/octet-stream' : contentType;
  return { body: file, contentType: type };
}

/**
 * `<prefix>-Retry-Count`, and `<prefix>-Timeout` (whole seconds) when the request sets a
 * timeout; none without a header prefix.
 */
function attemptHeaders(retryCount: number, timeout: number | undefined): Record<string, string> {
  if (HEADER_PREFIX === null) {
    return {};
  }
  return {
    [`${HEADER_PREFIX}-Retry-Count`]: String(retryCount),
    ...(timeout !== undefined ? { [`${HEADER_PREFIX}-Timeout`]: String(Math.trunc(timeout / 1000)) } : {}),
  };
}

function shouldRetry(response: Response): boolean {
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
function retryAfter(headers: Headers | undefined): number | undefined {
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
function backoff(retriesDone: number): number {
  const seconds = Math.min(INITIAL_RETRY_DELAY * Math.pow(2, retriesDone), MAX_RETRY_DELAY);
  return seconds * (1 - Math.random() * 0.25) * 1000;
}

function sleep(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
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

function requestTimeout(options: FinalRequestOptions, fallback: number): number {
  if (!('timeout' in options)) {
    return fallback;
  }
  const { timeout } = options;
  if (typeof timeout !== 'number' || !Number.isInteger(timeout)) {
    throw new SDKError('timeout must be an integer');
  }
  if (timeout < 0) {
    throw new SDKError('timeout must be a positive integer');
  }
  return timeout;
}

/** `value` when it is a safe integer of at least 0, else `fallback`. */
function validRetries(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isSafeInteger(value) && value >= 0 ? value : fallback;
}

function safeJSON(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
