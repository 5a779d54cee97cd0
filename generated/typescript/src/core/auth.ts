// Runtime file copied verbatim by sdkgen. Do not edit.
/**
 * Credentials on the wire: the client's security schemes and a request's requirement -> the
 * headers and query parameters that authenticate it.
 *
 * The generated client declares its schemes and the requirement of its operations; an
 * operation with a requirement of its own passes it in its request options. The first
 * alternative whose credentials are all set is sent; an empty alternative (a public
 * operation) sends nothing; when no alternative can be met the request fails before it is
 * sent, naming the options it needs.
 */

import { SDKError } from './error-base.js';

/** How a scheme's credentials travel, and the client options holding them (two for `basic`). */
export interface AuthScheme {
  kind: 'bearer' | 'basic' | 'api_key';
  place: 'header' | 'query' | 'cookie';
  name: string;
  options: ReadonlyArray<string>;
}

/** Alternatives (any one will do) of scheme names (all of them together). */
export type Security = ReadonlyArray<ReadonlyArray<string>>;

/** What authenticates one request. */
export interface WireCredentials {
  headers: Record<string, string>;
  query: Record<string, string>;
}

/**
 * The headers and query parameters of the first alternative of `security` whose options
 * are all set (none for an empty one); an `SDKError` naming the options when none is.
 */
export function credentialsFor(
  security: Security,
  schemes: Readonly<Record<string, AuthScheme>>,
  values: Readonly<Record<string, string | null | undefined>>,
  envs: Readonly<Record<string, string>>,
): WireCredentials {
  const wire: WireCredentials = { headers: {}, query: {} };
  if (security.length === 0) {
    return wire;
  }
  const chosen = security.find(
    (alternative) =>
      alternative.length > 0 && alternative.every((name) => schemes[name]!.options.every((o) => values[o])),
  );
  if (chosen === undefined) {
    if (security.some((alternative) => alternative.length === 0)) {
      return wire;
    }
    const choices = security.map((alternative) =>
      alternative
        .flatMap((name) => schemes[name]!.options)
        .map((o) => `\`${o}\` (or set $${envs[o]})`)
        .join(' and '),
    );
    throw new SDKError(`This request needs credentials: pass ${choices.join(', or ')} to the client`);
  }
  const cookies: string[] = [];
  for (const name of chosen) {
    const scheme = schemes[name]!;
    const given = scheme.options.map((o) => values[o] ?? '');
    if (scheme.kind === 'basic') {
      wire.headers[scheme.name] = `Basic ${base64(`${given[0]}:${given[1]}`)}`;
    } else if (scheme.kind === 'bearer') {
      wire.headers[scheme.name] = `Bearer ${given[0]}`;
    } else if (scheme.place === 'query') {
      wire.query[scheme.name] = given[0]!;
    } else if (scheme.place === 'cookie') {
      cookies.push(`${scheme.name}=${given[0]}`);
    } else {
      wire.headers[scheme.name] = given[0]!;
    }
  }
  if (cookies.length > 0) {
    wire.headers['Cookie'] = cookies.join('; ');
  }
  return wire;
}

/** Base64 of the UTF-8 bytes of `text`, in Node and in browsers. */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary);
}
