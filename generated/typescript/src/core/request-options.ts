// Runtime file copied verbatim by sdkgen. Do not edit.
/**
 * The options every method takes as its last argument, and the request a method builds
 * from them. A method whose only argument object is an optional query also takes request
 * options in its place (`items.list(id, { headers })`): `requestOptionsInQuery` tells them
 * apart (`splitQuery`), as the reference SDK does, so request options never end up in a URL.
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
  /**
   * The idempotency key of a request other than a GET, sent in the client's idempotency
   * header when it has one (each such request gets a fresh key unless given; retries keep it).
   */
  idempotencyKey?: string;
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

/** Every request option's name: ours, and the reference SDK's (which are refused in a query slot too). */
const OPTION_NAMES = [
  'method',
  'path',
  'query',
  'body',
  'headers',
  'maxRetries',
  'stream',
  'timeout',
  'httpAgent',
  'fetchOptions',
  'signal',
  'idempotencyKey',
  'defaultBaseURL',
  '__metadata',
  '__binaryRequest',
  '__binaryResponse',
  '__streamClass',
  '__streamMode',
  '__security',
  '__synthesizeEventData',
  '__multipart',
  '__contentType',
  '__fieldStyles',
] as const;
const OPTIONS = new Set<string>(OPTION_NAMES);
/** The request options a query slot may hold: none that changes where or how a request goes. */
const SLOT_OPTIONS = ['headers', 'maxRetries', 'timeout', 'signal', 'idempotencyKey', 'query'] as const;

type OptionName = (typeof OPTION_NAMES)[number];
type SlotOption = (typeof SLOT_OPTIONS)[number];

/** A query argument: `Params`, with none of the request options its own fields do not name. */
export type QueryArgument<Params> = Params & { [K in Exclude<OptionName, keyof Params>]?: never };

/** Request options given in the place of a query whose fields are `Keys`. */
export type OptionsInQuery<Keys extends PropertyKey> = {
  [K in Exclude<SlotOption, Keys>]?: K extends keyof RequestOptions ? RequestOptions[K] : never;
} & { [K in Exclude<OptionName, SlotOption | Keys>]?: never };

/**
 * The request options `query` stands for (undefined: it is a query). It is request options
 * when a property set on it names one and no query field (`queryKeys`); then it must hold
 * nothing else, only the options of `SLOT_OPTIONS`, and `options` must be absent (a
 * `TypeError` otherwise).
 */
function requestOptionsInQuery(
  query: unknown,
  queryKeys: ReadonlyArray<string>,
  options: RequestOptions | undefined,
): RequestOptions | undefined {
  if (typeof query !== 'object' || query === null) {
    return undefined;
  }
  const set = Object.entries(Object.getOwnPropertyDescriptors(query)).filter(
    ([, descriptor]) => descriptor.enumerable && (!('value' in descriptor) || descriptor.value !== undefined),
  );
  const isOption = (key: string): boolean => OPTIONS.has(key) && !queryKeys.includes(key);
  if (!set.some(([key]) => isOption(key))) {
    return undefined;
  }
  if (options !== undefined || !set.every(([key]) => isOption(key))) {
    throw new TypeError('Query parameters and request options must be passed as separate arguments.');
  }
  if (!set.every(([key]) => (SLOT_OPTIONS as ReadonlyArray<string>).includes(key))) {
    throw new TypeError('Pass transport overrides in the explicit request options argument.');
  }
  return Object.fromEntries(
    set.map(([key, descriptor]) => [key, 'value' in descriptor ? descriptor.value : descriptor.get?.call(query)]),
  ) as RequestOptions;
}

/** The query and the request options of a method whose query argument may stand for request options. */
export function splitQuery<Params>(
  query: Params | OptionsInQuery<keyof Params> | null | undefined,
  queryKeys: ReadonlyArray<string>,
  options: RequestOptions | undefined,
): [Params | null | undefined, RequestOptions | undefined] {
  const moved = requestOptionsInQuery(query, queryKeys, options);
  return moved === undefined ? [query as Params | null | undefined, options] : [{} as Params, moved];
}
