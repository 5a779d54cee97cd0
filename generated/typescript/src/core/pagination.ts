// Runtime file copied verbatim by sdkgen. Do not edit.
/**
 * Pages of a list: a page holds one response's items and knows the request for the next
 * one. `for await (const item of page)` iterates every item of this page and the pages
 * after it; `iterPages()` every page. A `PagePromise` is what a list method returns:
 * await it for the first page, or iterate it directly with `for await`. The helpers at
 * the end build the request for the next page of cursor, offset, page-number and link
 * pages; a next-page URL (from the body or the `Link` header) is requested as given,
 * resolved against the base URL.
 */

import { APIPromise } from './api-promise.js';
import type { BaseClient } from './client-core.js';
import { SDKError } from './errors.js';
import type { APIResponseProps } from './parse.js';
import type { FinalRequestOptions } from './request-options.js';

/** How the runtime builds a page of a given class. */
export type PageConstructor<PageClass> = new (
  client: BaseClient,
  response: Response,
  body: unknown,
  options: FinalRequestOptions,
) => PageClass;

export abstract class AbstractPage<Item> implements AsyncIterable<Item> {
  readonly #client: BaseClient;
  protected readonly options: FinalRequestOptions;
  /** The response this page came in. */
  readonly response: Response;
  /** The parsed response body, as the API sent it. */
  readonly body: unknown;

  constructor(client: BaseClient, response: Response, body: unknown, options: FinalRequestOptions) {
    this.#client = client;
    this.response = response;
    this.body = body;
    this.options = options;
  }

  /** The request for the next page, or null when this page says there is none. */
  abstract nextPageRequestOptions(): FinalRequestOptions | null;

  /** The request for the page at `url` (resolved against the base URL; null without a URL). */
  protected nextURLRequest(url: unknown): FinalRequestOptions | null {
    if (typeof url !== 'string' || url === '') {
      return null;
    }
    return { ...this.options, path: new URL(url, this.#client.baseURL).toString(), query: {} };
  }

  /** The items of this page. */
  abstract getPaginatedItems(): Item[];

  /**
   * Whether there is a page after this one. A cursor the server did not advance (the next
   * request would fetch this page again) ends the list, where openai-node pages on forever.
   */
  hasNextPage(): boolean {
    if (this.getPaginatedItems().length === 0) {
      return false;
    }
    const next = this.nextPageRequestOptions();
    return next !== null && !sameRequest(next, this.options);
  }

  /** The page after this one (check `hasNextPage()` first). */
  async getNextPage(): Promise<this> {
    const next = this.nextPageRequestOptions();
    if (!next) {
      throw new SDKError(
        'No next page expected; please check `.hasNextPage()` before calling `.getNextPage()`.',
      );
    }
    const Page = this.constructor as PageConstructor<this>;
    return await this.#client.requestAPIList<Item, this>(Page, next);
  }

  /** This page, then every page after it. */
  async *iterPages(): AsyncGenerator<this> {
    let page: this = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  /** Every item of this page and the pages after it. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    for await (const page of this.iterPages()) {
      for (const item of page.getPaginatedItems()) {
        yield item;
      }
    }
  }
}

/** The first page of a list, as a promise; iterating it iterates every item of every page. */
export class PagePromise<PageClass extends AbstractPage<Item>, Item = ReturnType<PageClass['getPaginatedItems']>[number]>
  extends APIPromise<PageClass>
  implements AsyncIterable<Item>
{
  constructor(responsePromise: Promise<APIResponseProps>, parsePage: (props: APIResponseProps) => Promise<PageClass>) {
    super(responsePromise, parsePage);
  }

  /** Every item of every page, fetching the pages as the loop needs them. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    const page = (await this) as PageClass;
    for await (const item of page) {
      yield item;
    }
  }
}

/** The body of `page` as a record (an empty one when the API sent something else). */
export function pageBody(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
}

/** The request for the page after `options`, with `param` set to `cursor` (null without a cursor). */
export function nextCursorRequest(
  options: FinalRequestOptions,
  param: string,
  cursor: unknown,
): FinalRequestOptions | null {
  if (typeof cursor !== 'string' || cursor === '') {
    return null;
  }
  return { ...options, query: { ...pageBody(options.query), [param]: cursor } };
}

/** Whether two requests ask for the same page: the same path and query. */
function sameRequest(next: FinalRequestOptions, current: FinalRequestOptions): boolean {
  return next.path === current.path && JSON.stringify(next.query ?? {}) === JSON.stringify(current.query ?? {});
}

/** The URL of the RFC 8288 `Link` header's `rel="next"` link, or null. */
export function nextLink(header: string | null): string | null {
  for (const match of (header ?? '').matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    for (const rel of (match[2] ?? '').matchAll(/;\s*rel\s*=\s*"?([^";]*)"?/gi)) {
      if ((rel[1] ?? '').toLowerCase().split(/\s+/).includes('next')) {
        return match[1] ?? null;
      }
    }
  }
  return null;
}

/** The whole number a query value holds, or null. */
function queryInt(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) {
    return value;
  }
  return typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : null;
}

/**
 * The request for the page after this one, `received` items long, of an offset (`param`
 * counts items, from 0) or `numbered` list (`param` counts pages, from 1): null after a
 * page shorter than the `size` the request asked for, or once `total` items are reached.
 */
export function nextCountedRequest(
  options: FinalRequestOptions,
  param: string,
  size: string,
  received: number,
  total: number | null,
  numbered: boolean,
): FinalRequestOptions | null {
  const query = pageBody(options.query);
  const given = queryInt(query[param]);
  const perPage = size ? queryInt(query[size]) : null;
  if (perPage !== null && received < perPage) {
    return null;
  }
  const page = given ?? 1;
  const following = numbered ? page + 1 : (given ?? 0) + received;
  const reached = numbered ? (perPage ? page * perPage : null) : following;
  if (total !== null && reached !== null && reached >= total) {
    return null;
  }
  return { ...options, query: { ...query, [param]: following } };
}
