// Runtime file copied verbatim by sdkgen. Do not edit.
/**
 * The client's logger: `logger` (any object with `error`, `warn`, `info` and `debug`;
 * `console` by default) at `logLevel` (`off`, `error`, `warn`, `info`, `debug`; from the
 * client option, else the log environment variable, else `warn`). What reaches the logger
 * has its secrets redacted first (`redact.ts`).
 *
 * Logged per attempt: at `info`, one line for each response (`[log_id, retryOf: ...,
 * x-request-id: "..."] get URL succeeded with status 200 in 12ms`, with `- retrying, N
 * attempts remaining` or why it is not retried) and for each failed connection; at
 * `debug`, the request sent (method, URL, options, headers), the response's start, its
 * error, and its parsed body's size.
 */

import { redactURL, redactValue } from './redact.js';
import type { FinalRequestOptions } from './request-options.js';

type LogFn = (message: string, ...rest: unknown[]) => void;

/** Where the client's log lines go. */
export interface Logger {
  error: LogFn;
  warn: LogFn;
  info: LogFn;
  debug: LogFn;
}

export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

const RANKS: Readonly<Record<LogLevel, number>> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };
const METHODS = ['error', 'warn', 'info', 'debug'] as const;
const redacting = new WeakSet<Logger>();

/** `value` when it names a level; else undefined, after warning (through `warn`) when it is set but unknown. */
export function parseLogLevel(value: string | undefined, source: string, warn: LogFn): LogLevel | undefined {
  if (!value) {
    return undefined;
  }
  if (Object.prototype.hasOwnProperty.call(RANKS, value)) {
    return value as LogLevel;
  }
  warn(`${source} was set to ${JSON.stringify(value)}, expected one of ${JSON.stringify(Object.keys(RANKS))}`);
  return undefined;
}

/** `logger` with every argument redacted before it sees it (a logger already so wrapped is returned as it is). */
export function redactingLogger(logger: Logger): Logger {
  if (redacting.has(logger)) {
    return logger;
  }
  const wrapped = Object.create(logger) as Logger;
  for (const name of METHODS) {
    const method = logger[name];
    if (typeof method === 'function') {
      wrapped[name] = (...args: unknown[]) => {
        const seen = new WeakMap<object, unknown>();
        Reflect.apply(method, logger, args.map((arg) => redactValue(arg, seen)));
      };
    }
  }
  redacting.add(wrapped);
  return wrapped;
}

const silent = (): void => undefined;

/** The methods of `logger` that log at `level`; the others do nothing. */
export function levelled(logger: Logger, level: LogLevel): Logger {
  const at = (name: (typeof METHODS)[number]): LogFn =>
    RANKS[name] <= RANKS[level] ? logger[name].bind(logger) : silent;
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}

/** What a debug line tells of a request or response: secrets out, headers as an object, `retryOf` last. */
export function requestDetails(details: {
  retryOf?: string | undefined;
  method?: string;
  url?: string;
  options?: FinalRequestOptions;
  headers?: Headers;
  status?: number;
  message?: unknown;
  body?: unknown;
  durationMs?: number;
}): Record<string, unknown> {
  const { retryOf, ...rest } = details;
  const found: Record<string, unknown> = { ...rest };
  if (rest.options) {
    const { headers: _headers, ...options } = rest.options;
    found['options'] = options;
  }
  if (rest.url) {
    found['url'] = redactURL(rest.url);
  }
  if (rest.headers) {
    found['headers'] = Object.fromEntries(rest.headers.entries());
  }
  if (retryOf) {
    found['retryOf'] = retryOf;
  }
  return found;
}
