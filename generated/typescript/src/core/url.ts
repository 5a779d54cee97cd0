// Runtime file copied verbatim by sdkgen. Do not edit.
/**
 * Request URLs: `path` appended to the base URL's path (or an absolute URL as it is), with
 * the query of the base URL, then the path's own, the client's default query and the
 * request's, later ones winning. A key the base URL repeats keeps every value (after the
 * others) unless a later query sets it, as the reference SDK builds it.
 */

import { stringifyQuery } from './query.js';
import { ARRAY_FORMAT } from './settings.js';

/** The URL a request goes to (see the module comment). */
export function buildURL(
  baseURL: string,
  path: string,
  defaultQuery: Readonly<Record<string, string | undefined>> | undefined,
  query: object | null | undefined,
): string {
  const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(path);
  const url = new URL(absolute ? path : baseURL);
  const base = absolute ? new URLSearchParams() : new URLSearchParams(url.search);
  const later: Record<string, unknown> = {};
  if (!absolute) {
    const mark = path.indexOf('?');
    const pathname = mark === -1 ? path : path.slice(0, mark);
    url.pathname = url.pathname.replace(/\/$/, '') + (pathname.startsWith('/') ? '' : '/') + pathname;
    Object.assign(later, Object.fromEntries(new URLSearchParams(mark === -1 ? '' : path.slice(mark + 1))));
  }
  Object.assign(later, defaultQuery, query);
  const merged = { ...Object.fromEntries(absolute ? url.searchParams : base), ...later };
  url.search = stringifyQuery(merged, ARRAY_FORMAT);
  const repeated = new Set([...base.keys()].filter((key, index, keys) => keys.indexOf(key) !== index));
  const kept = [...repeated].filter((key) => !Object.prototype.hasOwnProperty.call(later, key));
  if (kept.length > 0) {
    const params = new URLSearchParams([...url.searchParams].filter(([key]) => !kept.includes(key)));
    [...base].filter(([key]) => kept.includes(key)).forEach(([key, value]) => params.append(key, value));
    url.search = params.toString();
  }
  return url.toString();
}
