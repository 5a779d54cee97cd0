// Runtime file copied verbatim by sdkgen. Do not edit.
/**
 * Request headers from several sources, merged in order: a later source replaces a
 * header an earlier one set (whatever the case of its name), and `null` removes it.
 */

/** Headers as callers may give them. */
export type HeadersLike =
  | Headers
  | ReadonlyArray<readonly [string, string | null | undefined]>
  | Record<string, string | ReadonlyArray<string> | null | undefined>
  | null
  | undefined;

/** `sources` merged into one `Headers`, later sources winning, `null` values removing. */
export function buildHeaders(sources: ReadonlyArray<HeadersLike>): Headers {
  const headers = new Headers();
  for (const source of sources) {
    const seen = new Set<string>();
    for (const [name, value] of entries(source)) {
      const key = name.toLowerCase();
      if (!seen.has(key)) {
        headers.delete(name);
        seen.add(key);
      }
      if (value !== null) {
        headers.append(name, value);
      }
    }
  }
  return headers;
}

function* entries(source: HeadersLike): Iterable<readonly [string, string | null]> {
  if (!source) {
    return;
  }
  if (source instanceof Headers) {
    yield* source.entries();
    return;
  }
  const pairs: Iterable<readonly [string, unknown]> = Array.isArray(source)
    ? (source as ReadonlyArray<readonly [string, unknown]>)
    : Object.entries(source);
  for (const [name, value] of pairs) {
    if (value === undefined) {
      continue;
    }
    if (Array.isArray(value)) {
      for (const item of value) {
        yield [name, String(item)];
      }
    } else {
      yield [name, value === null ? null : String(value)];
    }
  }
}
