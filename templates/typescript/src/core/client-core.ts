/**
 * The client runtime: builds each request from a method's options (URL, query, headers,
 * body), sends it with `fetch` under a per-attempt timeout, retries what is worth
 * retrying, logs each attempt (`log.ts`), turns error statuses into the error classes of
 * `errors.ts`, and hands the response to the method's parser. Resource classes call
 * `get`, `post`, `patch`, `put`, `delete` and `getAPIList`.
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
import { encodeBody } from './body.js';
import { readEnv } from './environment.js';
import { buildHeaders, type HeadersLike } from './headers.js';
import { idempotencyHeader } from './idempotency.js';
import { AttemptLog, outcome } from './attempt-log.js';
import { levelled, parseLogLevel, redactingLogger, type Logger, type LogLevel } from './log.js';
import { type AbstractPage, type PageConstructor, PagePromise } from './pagination.js';
import { type APIResponseProps, defaultParseResponse } from './parse.js';
import { platformHeaders } from './platform.js';
import type { FinalRequestOptions, HTTPMethod, RequestOptions } from './request-options.js';
import { backoff, retryAfter, shouldRetry, sleep, validRetries } from './retries.js';
import { HEADER_PREFIX, LOG_ENV } from './settings.js';
import { buildURL } from './url.js';
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
  logger?: Logger | undefined;
  logLevel?: LogLevel | undefined;
}

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
  /** Where log lines go (`console` unless given), every argument redacted first. */
  logger: Logger;
  /** What is logged: from the `logLevel` option, else the log environment variable, else `warn`. */
  logLevel: LogLevel | undefined;
  protected readonly _baseOptions: BaseClientOptions;
  readonly #fetch: Fetch;

  constructor(options: BaseClientOptions) {
    this._baseOptions = options;
    this.baseURL = options.baseURL;
    this.timeout = options.timeout;
    this.maxRetries = validRetries(options.maxRetries, 2);
    this.fetchOptions = options.fetchOptions;
    this.logger = redactingLogger(options.logger ?? console);
    this.logLevel = 'warn'; // the level an invalid setting is warned about at
    const warn = (message: string): void => this.log.warn(message);
    this.logLevel =
      parseLogLevel(options.logLevel, 'ClientOptions.logLevel', warn) ??
      parseLogLevel(readEnv(LOG_ENV), `process.env['${LOG_ENV}']`, warn) ??
      'warn';
    const fetch = options.fetch ?? (globalThis as { fetch?: Fetch }).fetch;
    if (!fetch) {
      throw new SDKError(
        '`fetch` is not defined as a global; pass a `fetch` function in the client options',
      );
    }
    this.#fetch = fetch;
  }

  /** The logger's methods at the client's level (the others do nothing). */
  protected get log(): Logger {
    return levelled(this.logger, this.logLevel ?? 'off');
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
    return new APIPromise<Rsp>(this.makeRequest(options, null, undefined), (props) => defaultParseResponse<Rsp>(props));
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
    const responsePromise = this.makeRequest(options, null, undefined);
    return new PagePromise<PageClass, Item>(responsePromise, async (props) => {
      const body = await defaultParseResponse<unknown>(props);
      return new Page(this, props.response, body, props.options);
    });
  }

  /**
   * The absolute URL of `path` (appended to the base URL's path) with the query of the
   * base URL, then the path's own, the client's default query and `query` (`url.ts`).
   */
  buildURL(path: string, query: object | null | undefined): string {
    return buildURL(this.baseURL, path, this._baseOptions.defaultQuery, query);
  }

  private async makeRequest(
    options: FinalRequestOptions,
    retriesRemaining: number | null,
    retryOf: string | undefined,
  ): Promise<APIResponseProps> {
    const maxRetries = validRetries(options.maxRetries ?? this.maxRetries, 2);
    const remaining = retriesRemaining ?? maxRetries;
    const timeout = requestTimeout(options, this.timeout);
    const { url, init, streaming } = await this.buildRequest(options, maxRetries - remaining);
    const { signal } = options;
    if (signal?.aborted) {
      throw new APIUserAbortError({ cause: signal.reason });
    }
    const log = new AttemptLog(this.log, this.logLevel === 'debug', retryOf, url);
    log.sending(options, init);
    // The caller's signal aborts this attempt until its body has been read.
    const controller = new AbortController();
    const abort = (): void => controller.abort(signal?.reason);
    signal?.addEventListener('abort', abort, { once: true });
    const detach = (): void => signal?.removeEventListener('abort', abort);
    const response = await this.fetchWithTimeout(url, init, timeout, controller).catch(castToError);
    if (response instanceof Error || !response.ok) {
      detach();
      const retries = streaming ? 0 : remaining; // a stream is read once
      return response instanceof Error
        ? this.connectionFailed(options, response, retries, streaming, log)
        : this.responseFailed(options, response, retries, streaming, log);
    }
    log.responded(options.method, response);
    log.response('response start', response);
    const attempt = { response, options, controller, startTime: log.startTime, timeout, detach };
    const props: APIResponseProps = {
      response,
      options,
      controller,
      readBody: (read) => this.readWithin(read, { ...attempt, remaining: streaming ? 0 : remaining }, props, log),
      parsed: (body, jsonLength) => log.parsed(response, body, jsonLength),
      streamed: () => log.streamed(response),
    };
    return props;
  }

  /** A connection that failed or timed out: retried while retries remain, else thrown. */
  private async connectionFailed(
    options: FinalRequestOptions,
    error: Error,
    retries: number,
    streaming: boolean,
    log: AttemptLog,
  ): Promise<APIResponseProps> {
    if (options.signal?.aborted) {
      throw new APIUserAbortError({ cause: options.signal.reason });
    }
    const timedOut = isAbortError(error) || /timed? ?out/i.test(`${String(error)} ${String(error.cause)}`);
    log.connectionFailed(timedOut, outcome(retries > 0, true, streaming, retries), error.message);
    if (retries > 0) {
      return this.retryRequest(options, retries, undefined, log);
    }
    throw timedOut ? new APIConnectionTimeoutError({ cause: error }) : new APIConnectionError({ cause: error });
  }

  /** An error status: retried when worth it while retries remain, else thrown as its error class. */
  private async responseFailed(
    options: FinalRequestOptions,
    response: Response,
    retries: number,
    streaming: boolean,
    log: AttemptLog,
  ): Promise<APIResponseProps> {
    const retryable = shouldRetry(response);
    const retry = retries > 0 && retryable;
    const message = outcome(retry, retryable, streaming, retries);
    log.responded(options.method, response, message);
    if (retry) {
      await response.body?.cancel().catch(() => undefined);
      log.response(`response error (${message})`, response);
      return this.retryRequest(options, retries, response.headers, log);
    }
    const text = await response.text().catch((error: unknown) => castToError(error).message);
    const error = this.makeStatusError(response.status, text, response.headers);
    log.response(`response error (${message})`, response, safeJSON(text) ? undefined : text);
    throw error;
  }

  /**
   * Reads a body within the attempt's deadline: when it runs out, the request is retried
   * (while retries remain) and `props` becomes the new attempt's; when the caller aborts,
   * the read stops at once.
   */
  private async readWithin(
    read: (response: Response) => Promise<unknown>,
    attempt: Attempt,
    props: APIResponseProps,
    log: AttemptLog,
  ): Promise<unknown> {
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
    Object.assign(props, await this.retryRequest(options, attempt.remaining, undefined, log));
    return props.readBody(read);
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
  ): Promise<{ url: string; init: RequestInit; streaming: boolean }> {
    const auth = await this.credentials(options.__security);
    const query = Object.keys(auth.query).length > 0 ? { ...auth.query, ...options.query } : options.query;
    const url = this.buildURL(options.path, query);
    const { body, contentType, streaming } = await encodeBody(options);
    const headers = buildHeaders([
      idempotencyHeader(options),
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
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}), // Node's fetch sends a stream only so
      ...this.fetchOptions,
      ...options.fetchOptions,
    };
    return { url, init, streaming };
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
    log: AttemptLog,
  ): Promise<APIResponseProps> {
    const maxRetries = validRetries(options.maxRetries ?? this.maxRetries, 2);
    const delay = retryAfter(responseHeaders) ?? backoff(maxRetries - retriesRemaining);
    await sleep(delay, options.signal);
    return this.makeRequest(options, retriesRemaining - 1, log.first);
  }
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

function safeJSON(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

