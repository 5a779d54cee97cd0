/**
 * Secrets kept out of the log. A value handed to the logger is copied with every secret
 * replaced by `[REDACTED]`:
 *
 * - a property, header, map key or `name=value` / `name: value` pair whose name is a
 *   credential's (`authorization`, `cookie`, `api_key`, `x-api-key`, anything ending in
 *   `token`, `secret`, `password`, `credential`, ...: `isSecretName`);
 * - the user and password of a URL (`https://user:pw@host`, or `user:pw@host` alone);
 * - bytes, streams, functions and symbols, which are never read.
 *
 * Strings, URLs, `Headers`, arrays (a `[name, value]` pair whose name is a secret's too),
 * maps, sets and plain objects are walked (at most 64 deep and 4096 values).
 */

const REDACTED = '[REDACTED]';
const MAX_DEPTH = 64;
const MAX_VALUES = 4096;

// Names that hold a secret wherever these words appear in them, once lower-cased with
// everything but letters and digits dropped.
const SECRET_WORDS =
  /authorization|authentication|cookie|session|signature|assertion|connectionstring|devicecode|codeverifier|accountkey|mtlskey|proxyauth/;
const SECRET_NAMES = /^(?:auth|key|sig|sas|jwt|bearer|pfx|p12)$/;
const SECRET_ENDINGS = /(?:sid|token|secret|password|passwd|pwd|credential|passphrase|apikey|accesskey|privatekey|username)s?$/;
// A qualifier (`api`, `client`, ...) followed later by a secret's word: `clientKey`, `aws_secret_id`.
const QUALIFIER = /api|access|secret|private|security|refresh|id|bearer|aws|azure|openai|admin|client|proxy|auth/;
const QUALIFIED = /key|token|secret|password|passwd|pwd|credential|auth/;
// `name: value` in text, up to the end of the line, a comma or a semicolon.
const NAMED_VALUE = /(^|[\s,;])([a-z][a-z0-9_-]*)(\s*:\s*)([^\r\n,;]+)/gi;

/** Whether a property, header or parameter called `name` holds a secret. */
export function isSecretName(name: string): boolean {
  const key = name.replace(/[^a-z0-9]/gi, '').toLowerCase();
  if (SECRET_WORDS.test(key) || SECRET_NAMES.test(key) || SECRET_ENDINGS.test(key)) {
    return true;
  }
  const qualifier = QUALIFIER.exec(key);
  return qualifier !== null && QUALIFIED.test(key.slice(qualifier.index + qualifier[0].length));
}

/** `url` without its user, password and fragment, each secret query parameter's value replaced. */
export function redactURL(url: string): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (isSecretName(name)) {
      parsed.searchParams.set(name, '***');
    }
  }
  return parsed.href;
}

/**
 * `text` with the secrets it spells out replaced: URL credentials, `user:password@host`
 * words, and `name: value` and `name=value` pairs.
 */
export function redactText(text: string): string {
  return text
    .replace(/(\/\/)[^/\s?#]*@(?=[^/\s?#]+)/g, `$1${REDACTED}@`)
    .replace(/(^|[\s/])([^/\s]+)/g, (match, before: string, word: string) => redactUserInfo(before, word) ?? match)
    .replace(NAMED_VALUE, (match, before: string, name: string, colon: string) =>
      isSecretName(name) ? `${before}${name}${colon}${REDACTED}` : match,
    )
    .replace(/(^|[?&#;])([^=&;\s?#/]+)=([^&;\s#]+)/g, (match, before: string, name: string) =>
      isSecretName(decoded(name)) ? `${before}${name}=${REDACTED}` : match,
    );
}

/**
 * A word that holds `user:password@host` with the credentials replaced (undefined: it holds
 * none). After a `/`, only what follows an `=` or `(` in the word counts (`/x?proxy=u:p@h`).
 */
function redactUserInfo(before: string, word: string): string | undefined {
  const start = before === '/' ? word.search(/[=(]/) + 1 : 0;
  if (before === '/' && start === 0) {
    return undefined;
  }
  const colon = word.indexOf(':', start + 1);
  const at = lastSingleAt(word);
  return colon >= 0 && at > colon ? `${before}${word.slice(0, start)}${REDACTED}${word.slice(at)}` : undefined;
}

/** The index of the last `@` of `word` that is neither its last character nor followed by another `@` (-1: none). */
function lastSingleAt(word: string): number {
  for (let index = word.length - 2; index >= 0; index--) {
    if (word[index] === '@' && word[index + 1] !== '@') {
      return index;
    }
  }
  return -1;
}

function decoded(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** A copy of `value` fit for a log (see the module comment); `seen` maps what was copied to its copy. */
export function redactValue(value: unknown, seen: WeakMap<object, unknown> = new WeakMap()): unknown {
  const budget = { left: MAX_VALUES };
  return copy(value, 0, seen, budget);
}

function copy(value: unknown, depth: number, seen: WeakMap<object, unknown>, budget: { left: number }): unknown {
  if (depth > MAX_DEPTH || budget.left-- <= 0) {
    return REDACTED;
  }
  if (typeof value === 'string') {
    return redactText(value);
  }
  if (typeof value === 'function' || typeof value === 'symbol') {
    return REDACTED;
  }
  if (typeof value !== 'object' || value === null) {
    return value;
  }
  const known = seen.get(value);
  if (known !== undefined) {
    return known;
  }
  try {
    return copyObject(value, depth, seen, budget);
  } catch {
    return REDACTED; // a getter or a proxy that throws
  }
}

function copyObject(value: object, depth: number, seen: WeakMap<object, unknown>, budget: { left: number }): unknown {
  const inner = (item: unknown): unknown => copy(item, depth + 1, seen, budget);
  if (value instanceof String) {
    return new String(redactText(value.valueOf()));
  }
  if (value instanceof Date) {
    return new Date(value.getTime());
  }
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value) || isStream(value)) {
    return REDACTED;
  }
  if (value instanceof Headers) {
    const headers = new Headers();
    seen.set(value, headers);
    value.forEach((text, name) => headers.set(name, isSecretName(name) ? REDACTED : redactText(text)));
    return headers;
  }
  if (value instanceof URL) {
    const url = new URL(value.href);
    seen.set(value, url);
    url.username = url.username && REDACTED;
    url.password = url.password && REDACTED;
    for (const name of [...url.searchParams.keys()]) {
      if (isSecretName(name)) {
        url.searchParams.set(name, REDACTED);
      }
    }
    url.hash = url.hash && redactText(url.hash);
    return url;
  }
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    seen.set(value, items);
    const pairName: unknown = value[0];
    value.forEach((item, index) => {
      items[index] = index === 1 && typeof pairName === 'string' && isSecretName(pairName) ? REDACTED : inner(item);
    });
    return items;
  }
  if (value instanceof Map) {
    const map = new Map<unknown, unknown>();
    seen.set(value, map);
    value.forEach((item, key) => {
      const secret = typeof key === 'string' && isSecretName(key);
      map.set(inner(key), secret ? REDACTED : inner(item));
    });
    return map;
  }
  if (value instanceof Set) {
    const set = new Set<unknown>();
    seen.set(value, set);
    value.forEach((item) => set.add(inner(item)));
    return set;
  }
  const object: Record<string, unknown> = {};
  seen.set(value, object);
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    if (!descriptor.enumerable) {
      continue;
    }
    object[key] = isSecretName(key) || !('value' in descriptor) ? REDACTED : inner(descriptor.value);
  }
  return object;
}

function isStream(value: object): boolean {
  return typeof ReadableStream !== 'undefined' && value instanceof ReadableStream;
}
