// Runtime file copied verbatim by sdkgen. Do not edit.
/**
 * Request paths from templates: `` path`/conversations/${id}/items` `` percent-encodes
 * each value so that it stays one path segment (`/`, `?`, `#` and spaces are encoded;
 * the characters RFC 3986 allows in a segment are kept). A value that cannot name a
 * segment (`null`, `undefined`, a plain object, `.` or `..`) throws before anything is
 * sent, naming the value and pointing at its place in the path.
 */

import { SDKError } from './errors.js';

const SEGMENT_UNSAFE = /[^A-Za-z0-9\-._~!$&'()*+,;=:@]+/g;

/** One path parameter, percent-encoded as a single segment. */
export function encodeURIPath(text: string): string {
  return text.replace(SEGMENT_UNSAFE, encodeURIComponent);
}

interface InvalidSegment {
  start: number;
  length: number;
  error: string;
}

/** The tag for request paths (see the module comment). */
export function path(statics: TemplateStringsArray, ...params: ReadonlyArray<unknown>): string {
  let result = '';
  const invalid: InvalidSegment[] = [];
  statics.forEach((text, index) => {
    result += text;
    if (index >= params.length) {
      return;
    }
    const value = params[index];
    const problem = invalidValue(value);
    const encoded = problem === undefined ? encodeURIPath(String(value)) : String(value);
    if (problem !== undefined) {
      invalid.push({ start: result.length, length: encoded.length, error: problem });
    } else if (encoded === '.' || encoded === '..') {
      invalid.push({
        start: result.length,
        length: encoded.length,
        error: `Value "${encoded}" can't be safely passed as a path parameter`,
      });
    }
    result += encoded;
  });
  if (invalid.length > 0) {
    let underline = '';
    for (const segment of invalid) {
      underline += ' '.repeat(segment.start - underline.length) + '^'.repeat(segment.length);
    }
    const errors = invalid.map((segment) => segment.error).join('\n');
    throw new SDKError(
      `Path parameters result in path with invalid segments:\n${errors}\n${result}\n${underline}`,
    );
  }
  return result;
}

function invalidValue(value: unknown): string | undefined {
  if (value === null || value === undefined || isPlainObject(value)) {
    return `Value of type ${typeName(value)} is not a valid path parameter`;
  }
  return undefined;
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && value.toString === Object.prototype.toString;
}

function typeName(value: unknown): string {
  return Object.prototype.toString.call(value).slice('[object '.length, -1);
}
