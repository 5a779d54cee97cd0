/**
 * The log lines of one attempt of a request (`log.ts` says what each level shows): each
 * names the attempt by a log ID of its own and, for a retry, the first attempt's.
 */

import { requestDetails, type Logger } from './log.js';
import { redactURL } from './redact.js';
import type { FinalRequestOptions } from './request-options.js';

/** What becomes of a failed attempt, as the log says it. */
export function outcome(retry: boolean, retryable: boolean, streaming: boolean, remaining: number): string {
  if (retry) {
    return `retrying, ${remaining} attempts remaining`;
  }
  if (!retryable) {
    return 'error; not retryable';
  }
  return streaming ? 'error; streaming body cannot be retried' : 'error; no more retries left';
}

/** One attempt's log lines, through `logger` (its methods at the client's level). */
export class AttemptLog {
  /** `log_` and six hex digits (not an API request ID). */
  readonly id = 'log_' + Math.floor(Math.random() * (1 << 24)).toString(16).padStart(6, '0');
  readonly startTime = Date.now();
  readonly #logger: Logger;
  readonly #debug: boolean;
  readonly retryOf: string | undefined;
  readonly url: string;

  constructor(logger: Logger, debug: boolean, retryOf: string | undefined, url: string) {
    this.#logger = logger;
    this.#debug = debug;
    this.retryOf = retryOf;
    this.url = url;
  }

  /** The ID the retries of this attempt name as the one they retry. */
  get first(): string {
    return this.retryOf ?? this.id;
  }

  /** debug: the request as sent (a string body by its length). */
  sending(options: FinalRequestOptions, init: RequestInit): void {
    if (!this.#debug) {
      return;
    }
    const body = typeof init.body === 'string' ? { type: 'string', length: init.body.length } : init.body;
    const details = { method: options.method, url: this.url, options: { ...options, body } };
    this.#logger.debug(`[${this.id}] sending request`, this.#details({ ...details, headers: init.headers as Headers }));
  }

  /**
   * info: `[log_id, retryOf: ..., x-request-id: "..."] get URL succeeded with status 200 in
   * 12ms`, then `- what` (what becomes of a failed attempt).
   */
  responded(method: string, response: Response, what?: string): void {
    const retryOf = this.retryOf === undefined ? '' : `, retryOf: ${this.retryOf}`;
    const requestID = response.headers.get('x-request-id');
    const id = requestID === null ? '' : `, x-request-id: ${JSON.stringify(requestID)}`;
    const result = `${response.ok ? 'succeeded' : 'failed'} with status ${response.status} in ${this.#took()}ms`;
    const line = `[${this.id}${retryOf}${id}] ${method} ${redactURL(this.url)} ${result}`;
    this.#logger.info(what === undefined ? line : `${line} - ${what}`);
  }

  /** debug: the response's status and headers (`what`: `response start`, `response error (...)`). */
  response(what: string, response: Response, message?: string): void {
    const { url, status, headers } = response;
    const details = { url, status, headers, ...(message === undefined ? {} : { message }) };
    this.#logger.debug(`[${this.id}] ${what}`, this.#details({ ...details, durationMs: this.#took() }));
  }

  /** info and debug: a connection that failed or timed out, and what becomes of it. */
  connectionFailed(timedOut: boolean, what: string, message: string): void {
    const failure = `connection ${timedOut ? 'timed out' : 'failed'}`;
    this.#logger.info(`[${this.id}] ${failure} - ${what}`);
    const details = this.#details({ url: this.url, durationMs: this.#took(), message });
    this.#logger.debug(`[${this.id}] ${failure} (${what})`, details);
  }

  /** debug: the parsed body (its JSON text by its length). */
  parsed(response: Response, body: unknown, jsonLength: number | undefined): void {
    if (!this.#debug) {
      return;
    }
    const summary = jsonLength === undefined ? body : { type: 'json', length: jsonLength };
    const details = { url: response.url, status: response.status, body: summary, durationMs: this.#took() };
    this.#logger.debug(`[${this.id}] response parsed`, this.#details(details));
  }

  /** debug: a body read as an event stream. */
  streamed(response: Response): void {
    this.#logger.debug('response', response.status, response.url, response.headers, response.body);
  }

  #details(details: Omit<Parameters<typeof requestDetails>[0], 'retryOf'>): Record<string, unknown> {
    return requestDetails({ retryOf: this.retryOf, ...details });
  }

  #took(): number {
    return Date.now() - this.startTime;
  }
}
