/**
 * Parameter values in their OpenAPI `style`. A method wraps a query value whose parameter
 * has a style of its own in `styled(value, style, explode)`, and the query string sends it
 * so, whatever the client's array format:
 *
 *   ['a', 'b']      form, explode    tags=a&tags=b
 *                   form             tags=a,b
 *                   spaceDelimited   tags=a%20b
 *                   pipeDelimited    tags=a%7Cb
 *   { r: 1, g: 2 }  form, explode    r=1&g=2
 *                   form             color=r,1,g,2
 *                   deepObject       color[r]=1&color[g]=2
 *
 * `pathParam` spells a path value (`simple` `a,b`, `label` `.a.b`, `matrix` `;id=a,b`),
 * `headerParam` a header value (`simple`), `cookieHeader` the `Cookie` header.
 */

const DELIMITERS: Readonly<Record<string, string>> = { form: ',', simple: ',', spaceDelimited: ' ', pipeDelimited: '|' };

/** A parameter value with its OpenAPI style (see the module comment). */
export class StyledValue {
  constructor(
    readonly value: unknown,
    readonly style: string,
    readonly explode: boolean,
  ) {}
}

/** `value` marked with its style; `undefined` and `null` unchanged. */
export function styled(value: unknown, style: string, explode: boolean): unknown {
  return value === undefined || value === null ? value : new StyledValue(value, style, explode);
}

/** The `[name, value]` pairs a styled query or cookie value sends as `key`. */
export function stylePairs(key: string, styledValue: StyledValue): Array<[string, string]> {
  const { value, style, explode } = styledValue;
  if (style === 'deepObject') {
    return deep(key, value);
  }
  const delimiter = DELIMITERS[style] ?? ',';
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== null && item !== undefined).map(text);
    return explode ? items.map((item) => [key, item]) : [[key, items.join(delimiter)]];
  }
  if (isObject(value)) {
    const present = Object.entries(value).filter(([, item]) => item !== null && item !== undefined);
    if (explode) {
      return present.map(([inner, item]) => [inner, text(item)]);
    }
    return [[key, present.flatMap(([inner, item]) => [inner, text(item)]).join(delimiter)]];
  }
  return [[key, text(value)]];
}

function deep(key: string, value: unknown): Array<[string, string]> {
  if (Array.isArray(value)) {
    return value.flatMap((item) => deep(`${key}[]`, item));
  }
  if (isObject(value)) {
    return Object.entries(value).flatMap(([inner, item]) => deep(`${key}[${inner}]`, item));
  }
  return value === null || value === undefined ? [] : [[key, text(value)]];
}

/** The text of the path parameter `name` (the `path` tag percent-encodes it). */
export function pathParam(name: string, value: unknown, style: string, explode: boolean): string {
  let items: string[];
  if (Array.isArray(value)) {
    items = value.filter((item) => item !== null && item !== undefined).map(text);
  } else if (isObject(value)) {
    const joiner = explode ? '=' : ',';
    items = Object.entries(value)
      .filter(([, item]) => item !== null && item !== undefined)
      .map(([inner, item]) => `${inner}${joiner}${text(item)}`);
  } else {
    items = [text(value)];
  }
  if (style === 'label') {
    return '.' + items.join(explode ? '.' : ',');
  }
  if (style === 'matrix') {
    if (explode && Array.isArray(value)) {
      return items.map((item) => `;${name}=${item}`).join('');
    }
    if (explode && isObject(value)) {
      return items.map((item) => `;${item}`).join('');
    }
    return `;${name}=${items.join(',')}`;
  }
  return items.join(',');
}

/** A header parameter's value (`simple`: lists and objects joined by `,`). */
export function headerParam(value: unknown, explode: boolean): string | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (isObject(value)) {
    const present = Object.entries(value).filter(([, item]) => item !== null && item !== undefined);
    return present.map(([inner, item]) => `${inner}${explode ? '=' : ','}${text(item)}`).join(',');
  }
  if (Array.isArray(value)) {
    return value
      .filter((item) => item !== null && item !== undefined)
      .map(text)
      .join(',');
  }
  return text(value);
}

/** The `Cookie` header of the cookie parameters that are set (`undefined` for none);
 * each value percent-encoded, lists and objects in the `form` style. */
export function cookieHeader(values: Readonly<Record<string, unknown>>): string | undefined {
  const pairs: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null) {
      continue;
    }
    pairs.push(...stylePairs(name, value instanceof StyledValue ? value : new StyledValue(value, 'form', true)));
  }
  if (pairs.length === 0) {
    return undefined;
  }
  return pairs.map(([name, value]) => `${name}=${encodeURIComponent(value).replace(/%2C/g, ',')}`).join('; ');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function text(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}
