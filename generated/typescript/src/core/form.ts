// Runtime file copied verbatim by sdkgen. Do not edit.
/**
 * Bodies sent as `application/x-www-form-urlencoded`, field by field as the API's spec
 * describes each one (its OpenAPI `encoding`), with the same bytes as the Python target:
 *
 * - `form` (the default, exploded): an array repeats the field (`tag=a&tag=b`); an object
 *   spreads its properties as fields of their own. Not exploded, an array is one
 *   comma-separated value (`tag=a,b`), an object `key,value` pairs.
 * - `spaceDelimited` / `pipeDelimited`: an array is one value joined by spaces or pipes.
 * - `deepObject`: objects nest as `metadata[key]=value`, arrays of scalars as
 *   `expand[]=a`, arrays of objects by index (`items[0][price]=p`), at every depth.
 * - `json`: the value travels as JSON text (a field whose `contentType` is JSON).
 *
 * Booleans are `true`/`false`, dates ISO 8601; `undefined` and `null` are left out. A space
 * is `+`, and every character but letters, digits and `-._~` is percent-encoded.
 */

/** How one field is written: its style and whether it is exploded. */
export type FieldStyle = readonly [style: string, explode: boolean];

const DELIMITERS: Record<string, string> = { form: ',', spaceDelimited: ' ', pipeDelimited: '|' };

/** The urlencoded body for the fields of `body`. */
export function formBody(
  body: Readonly<Record<string, unknown>>,
  styles: Readonly<Record<string, FieldStyle>> = {},
): string {
  return formPairs(body, styles)
    .map(([name, value]) => `${encode(name)}=${encode(value)}`)
    .join('&');
}

/** `[name, value]` pairs for the fields of `body`, in order. */
export function formPairs(
  body: Readonly<Record<string, unknown>>,
  styles: Readonly<Record<string, FieldStyle>> = {},
): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) {
      continue;
    }
    const [style, explode] = styles[name] ?? ['form', true];
    if (style === 'json') {
      out.push([name, JSON.stringify(value)]);
    } else if (style === 'deepObject') {
      deep(name, value, out);
    } else {
      flat(name, value, style, explode, out);
    }
  }
  return out;
}

function flat(name: string, value: unknown, style: string, explode: boolean, out: Array<[string, string]>): void {
  if (Array.isArray(value)) {
    const texts = value.filter((item) => item !== undefined && item !== null).map(scalar);
    if (style === 'form' && explode) {
      texts.forEach((text) => out.push([name, text]));
    } else if (texts.length > 0) {
      out.push([name, texts.join(DELIMITERS[style] ?? ',')]);
    }
  } else if (isRecord(value)) {
    const items = Object.entries(value).filter(([, item]) => item !== undefined && item !== null);
    if (explode) {
      items.forEach(([key, item]) => out.push([key, scalar(item)]));
    } else {
      out.push([name, items.map(([key, item]) => `${key},${scalar(item)}`).join(',')]);
    }
  } else {
    out.push([name, scalar(value)]);
  }
}

function deep(key: string, value: unknown, out: Array<[string, string]>): void {
  if (value === undefined || value === null) {
    return;
  }
  if (Array.isArray(value)) {
    const nested = value.some((item) => Array.isArray(item) || isRecord(item));
    value.forEach((item, index) => deep(nested ? `${key}[${index}]` : `${key}[]`, item, out));
  } else if (isRecord(value)) {
    for (const [sub, item] of Object.entries(value)) {
      deep(`${key}[${sub}]`, item, out);
    }
  } else {
    out.push([key, scalar(value)]);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

function scalar(value: unknown): string {
  if (value instanceof Date) {
    return value.toISOString();
  }
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** As `application/x-www-form-urlencoded` asks: RFC 3986 percent-encoding, a space as `+`. */
function encode(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}
