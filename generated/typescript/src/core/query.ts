// Runtime file copied verbatim by sdkgen. Do not edit.
/**
 * Query strings: nested objects as `key[inner]=value`, arrays as the API expects them
 * (`brackets`: `include[]=a&include[]=b`; `repeat`: `include=a&include=b`; `comma`:
 * `include=a,b`), every name and value percent-encoded as RFC 3986 asks, dates as ISO
 * 8601 text. `undefined` values and empty arrays are left out; `null` is an empty value.
 * A value wrapped in `styled(...)` is sent in its parameter's own style (`parameters.ts`).
 */

import { StyledValue, stylePairs } from './parameters.js';

export type ArrayFormat = 'brackets' | 'repeat' | 'comma';

/** The query string (without `?`) for `query`. */
export function stringifyQuery(query: Readonly<Record<string, unknown>>, arrayFormat: ArrayFormat): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    encodeValue(parts, key, value, arrayFormat);
  }
  return parts.join('&');
}

function encodeValue(parts: string[], key: string, value: unknown, arrayFormat: ArrayFormat): void {
  if (value === undefined) {
    return;
  }
  if (value instanceof StyledValue) {
    for (const [name, text] of stylePairs(key, value)) {
      parts.push(`${encode(name)}=${encode(text)}`);
    }
  } else if (value === null) {
    parts.push(`${encode(key)}=`);
  } else if (value instanceof Date) {
    parts.push(`${encode(key)}=${encode(value.toISOString())}`);
  } else if (Array.isArray(value)) {
    if (arrayFormat === 'comma') {
      if (value.length > 0) {
        parts.push(`${encode(key)}=${value.map((item) => encode(scalar(item))).join(',')}`);
      }
      return;
    }
    const name = arrayFormat === 'brackets' ? `${key}[]` : key;
    for (const item of value) {
      encodeValue(parts, name, item, arrayFormat);
    }
  } else if (typeof value === 'object') {
    for (const [inner, item] of Object.entries(value)) {
      encodeValue(parts, `${key}[${inner}]`, item, arrayFormat);
    }
  } else {
    parts.push(`${encode(key)}=${encode(scalar(value))}`);
  }
}

function scalar(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** RFC 3986 percent-encoding: `encodeURIComponent`, plus `!'()*`. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
