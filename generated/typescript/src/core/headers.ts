// Runtime file copied verbatim by sdkgen. Do not edit.
/**
 * Request headers from several sources, merged in order: a later source replaces what an
 * earlier one set for a name (whatever its case), `null` removes the header, `undefined`
 * leaves it alone. Within one source, an object's key replaces the header while a list of
 * `[name, value]` pairs (or a `Headers`) appends to it. A name that is no HTTP token is a
 * `TypeError`, before anything is sent.
 */

type HeaderValue = string | null | undefined;

/** Headers as callers may give them. */
export type HeadersLike =
  | Headers
  | ReadonlyArray<readonly [string, HeaderValue]>
  | Record<string, HeaderValue | ReadonlyArray<HeaderValue>>
  | null
  | undefined;

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** `sources` merged into one `Headers` (see the module comment). */
export function buildHeaders(sources: ReadonlyArray<HeadersLike>): Headers {
  const headers = new Headers();
  for (const source of sources) {
    const seen = new Set<string>();
    for (const [name, value] of entries(source)) {
      if (!TOKEN.test(name)) {
        throw new TypeError(`Header name must be a valid HTTP token ["${name}"]`);
      }
      const key = name.toLowerCase();
      if (!seen.has(key)) {
        headers.delete(key);
        seen.add(key);
      }
      if (value === null) {
        headers.delete(key);
      } else {
        headers.append(key, value);
      }
    }
  }
  return headers;
}

/** The (name, value) pairs of one source; `null` clears the name, as an object's keys do first. */
function* entries(source: HeadersLike): Iterable<readonly [string, string | null]> {
  if (!source) {
    return;
  }
  if (source instanceof Headers || Array.isArray(source)) {
    for (const [name, value] of source as Iterable<readonly [string, HeaderValue]>) {
      if (value !== undefined) {
        yield [name, value];
      }
    }
    return;
  }
  for (const [name, raw] of Object.entries(source as Record<string, HeaderValue | ReadonlyArray<HeaderValue>>)) {
    const values: ReadonlyArray<HeaderValue> = Array.isArray(raw) ? raw : [raw as HeaderValue];
    let cleared = false;
    for (const value of values) {
      if (value === undefined) {
        continue;
      }
      if (!cleared) {
        cleared = true;
        yield [name, null]; // an object's key replaces the header, never appends to it
      }
      if (value !== null) {
        yield [name, value];
      }
    }
  }
}
