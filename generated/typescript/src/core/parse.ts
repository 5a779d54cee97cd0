// Runtime file copied verbatim by sdkgen. Do not edit.
/**
 * Response bodies: JSON (any `application/json` or `+json` media type) is parsed, an
 * object result carrying the request's ID as a hidden `_request_id` property; any other
 * body is returned as text; a 204, or an empty JSON body, gives `null`/`undefined` as
 * the reference SDK does. Binary downloads return the `Response` itself, event streams a
 * `Stream` of their events.
 */

import { APIResponseValidationError } from './errors.js';
import type { AbstractPage } from './pagination.js';
import type { FinalRequestOptions } from './request-options.js';
import { Stream } from './streaming.js';

/** What a finished request hands to its parser. */
export interface APIResponseProps {
  response: Response;
  options: FinalRequestOptions;
  controller: AbortController;
  /**
   * Reads the body within what is left of the request's deadline; when it runs out and the
   * request is retried, these props become the answering attempt's (its response, its ID).
   */
  readBody: (read: (response: Response) => Promise<unknown>) => Promise<unknown>;
  /** Told the parsed body (and the length of its JSON text), for the debug log. */
  parsed?: (body: unknown, jsonLength: number | undefined) => void;
  /** Told that the body is read as an event stream, for the debug log. */
  streamed?: () => void;
}

/** A parsed object also carries the ID of the request that returned it (pages, arrays,
 * streams and raw responses do not). */
export type WithRequestID<T> = T extends ReadonlyArray<unknown> | Response | Stream<unknown> | AbstractPage<unknown>
  ? T
  : T extends object
    ? T & { _request_id?: string | null }
    : T;

/** The body of `props.response` as the method's return type. */
export async function defaultParseResponse<T>(props: APIResponseProps): Promise<T> {
  let jsonLength: number | undefined;
  const body = await parseBody(props, (length) => (jsonLength = length));
  props.parsed?.(body, jsonLength);
  return body as T;
}

async function parseBody(props: APIResponseProps, json: (length: number) => void): Promise<unknown> {
  const { response, options } = props;
  if (options.stream) {
    props.streamed?.();
    return Stream.fromSSEResponse(response, props.controller);
  }
  if (options.__binaryResponse) {
    return response;
  }
  if (response.status === 204) {
    return null;
  }
  if (isJSON(response.headers.get('content-type'))) {
    if (response.headers.get('content-length') === '0') {
      return undefined;
    }
    const text = (await props.readBody((r) => r.text())) as string;
    if (text === '') {
      return undefined;
    }
    const value = parseJSON(text, props);
    json(text.length);
    return addRequestID(value, props.response); // the attempt that answered, after a retry
  }
  // Every operation answers JSON unless its body is binary: a body under another content
  // type is its JSON if it is JSON (some servers mislabel it), else an error, never the
  // text where the type promises JSON.
  const text = (await props.readBody((r) => r.text())) as string;
  return text === '' ? undefined : parseJSON(text, props);
}

function parseJSON(text: string, props: APIResponseProps): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    const { response } = props;
    throw new APIResponseValidationError({ status: response.status, headers: response.headers, body: text, cause });
  }
}

function isJSON(contentType: string | null): boolean {
  const media = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return media.includes('application/json') || media.endsWith('+json');
}

/** `value`, when an object, with the request's ID as a hidden, read-only `_request_id`. */
export function addRequestID<T>(value: T, response: Response): T {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return value;
  }
  return Object.defineProperty(value, '_request_id', {
    value: response.headers.get('x-request-id'),
    enumerable: false,
  });
}
