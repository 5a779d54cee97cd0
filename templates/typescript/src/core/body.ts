/**
 * Request bodies: what a request's `body` becomes on the wire, and under which content type.
 *
 * A body the caller has already encoded is sent as given, with no content type of ours
 * (`fetch` writes one for `URLSearchParams`, `FormData` and a typed `Blob`): bytes (an
 * `ArrayBuffer` or any view of one), a `Blob` or `File`, `FormData`, `URLSearchParams`, a
 * `ReadableStream`, and a string when the request's headers name a content type. An async
 * iterable (or an iterator) of chunks is streamed. An object under a request header
 * `Content-Type: application/x-www-form-urlencoded` is written as a form. Anything else is
 * JSON, a string included. A method whose operation names a media type of its own sends
 * its body as that type (`typedBody`); a multipart operation's object is form data.
 */

import { SDKError } from './errors.js';
import { formBody, type FieldStyle } from './form.js';
import { buildHeaders } from './headers.js';
import { stringifyQuery } from './query.js';
import type { FinalRequestOptions } from './request-options.js';
import { ARRAY_FORMAT } from './settings.js';
import { isUploadable, multipartBody, toFile } from './uploads.js';

/** The encoded body, its content type (undefined: none of ours), and whether it is a stream (never retried). */
export interface EncodedBody {
  body: BodyInit | undefined;
  contentType: string | undefined;
  streaming: boolean;
}

const FORM = 'application/x-www-form-urlencoded';
const NONE: EncodedBody = { body: undefined, contentType: undefined, streaming: false };

/** The request body of `options` (see the module comment). */
export async function encodeBody(options: FinalRequestOptions): Promise<EncodedBody> {
  const { body } = options;
  if (options.__contentType !== undefined) {
    return typedBody(body, options.__contentType, options.__fieldStyles);
  }
  if (!body) {
    // A body key left undefined still announces JSON, as the reference does; other falsy bodies are none.
    return body === undefined && 'body' in options ? { ...NONE, contentType: 'application/json' } : NONE;
  }
  const contentType = buildHeaders([options.headers]).get('content-type');
  if (isEncoded(body) || (typeof body === 'string' && contentType !== null)) {
    return { body: body as BodyInit, contentType: undefined, streaming: isStream(body) };
  }
  if (isIterable(body)) {
    return { body: streamOf(body), contentType: undefined, streaming: true };
  }
  if (typeof body === 'object' && contentType === FORM) {
    return { body: stringifyQuery(body as Record<string, unknown>, ARRAY_FORMAT), contentType: FORM, streaming: false };
  }
  if (options.__multipart && isObject(body)) {
    // fetch writes the content type itself, with the boundary it chose.
    return { body: await multipartBody(body), contentType: undefined, streaming: false };
  }
  return { body: JSON.stringify(body), contentType: 'application/json', streaming: false };
}

/** Whether `body` is already encoded: bytes, a `Blob`, form data, search params or a stream. */
function isEncoded(body: unknown): boolean {
  return (
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    (typeof Blob !== 'undefined' && body instanceof Blob) ||
    (typeof FormData !== 'undefined' && body instanceof FormData) ||
    body instanceof URLSearchParams ||
    isStream(body)
  );
}

function isStream(body: unknown): body is ReadableStream {
  return typeof ReadableStream !== 'undefined' && body instanceof ReadableStream;
}

type Chunks = AsyncIterable<unknown> | (Iterable<unknown> & Iterator<unknown>);

/** An async iterable, or an iterator that is also iterable (a generator). */
function isIterable(body: unknown): body is Chunks {
  if (typeof body !== 'object' || body === null) {
    return false;
  }
  const next = (body as { next?: unknown }).next;
  return Symbol.asyncIterator in body || (Symbol.iterator in body && typeof next === 'function');
}

/** A stream of the chunks `source` yields, read as the request is sent. */
function streamOf(source: Chunks): ReadableStream {
  const iterator: AsyncIterator<unknown> | Iterator<unknown> =
    Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  return new ReadableStream({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) {
        controller.close();
      } else {
        controller.enqueue(value);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/**
 * A body sent as `contentType`: a form from an object, JSON, text from a string, or the
 * bytes of an `Uploadable` (under its own type where the spec names a range such as
 * `image/*`, else `application/octet-stream`). `undefined` or `null` is no body.
 */
async function typedBody(
  body: unknown,
  contentType: string,
  styles: Readonly<Record<string, FieldStyle>> | undefined,
): Promise<EncodedBody> {
  const media = contentType.split(';')[0]!.trim().toLowerCase();
  if (body === undefined || body === null) {
    return NONE;
  }
  if (media === FORM && isObject(body)) {
    return { body: formBody(body, styles), contentType, streaming: false };
  }
  if (media.endsWith('/json') || media.endsWith('+json')) {
    return { body: JSON.stringify(body), contentType, streaming: false };
  }
  if (media.startsWith('text/') && typeof body === 'string') {
    return { body, contentType, streaming: false };
  }
  if (!isUploadable(body)) {
    throw new SDKError(`Expected a file or bytes for a ${contentType} body, got ${typeof body}`);
  }
  const file = await toFile(body);
  const type = contentType.includes('*') ? file.type || 'application/octet-stream' : contentType;
  return { body: file, contentType: type, streaming: false };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
