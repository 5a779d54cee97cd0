// File generated from conversations.yaml by sdkgen. Do not edit.
/** The page classes of the API's lists. */

import { AbstractPage, nextCursorRequest, pageBody } from './core/pagination.js';
import type { BaseClient } from './core/client-core.js';
import type { FinalRequestOptions } from './core/request-options.js';

export { AbstractPage, PagePromise } from './core/pagination.js';

/**
 * A page of a list whose next page is requested with `after` set to
 * this page's `last_id`.
 */
export class ConversationCursorPage<Item> extends AbstractPage<Item> {
  /** The items of this page. */
  data: Array<Item>;
  /** Whether the list goes on after this page. */
  has_more: boolean;
  /** The cursor of the page after this one. */
  last_id: string;

  constructor(client: BaseClient, response: Response, body: unknown, options: FinalRequestOptions) {
    super(client, response, body, options);
    const fields = pageBody(body);
    this.data = Array.isArray(fields['data']) ? (fields['data'] as Array<Item>) : [];
    this.has_more = fields['has_more'] === true;
    const cursor = fields['last_id'];
    this.last_id = typeof cursor === 'string' ? cursor : '';
  }

  override getPaginatedItems(): Item[] {
    return this.data;
  }

  override hasNextPage(): boolean {
    return this.has_more && super.hasNextPage();
  }

  nextPageRequestOptions(): FinalRequestOptions | null {
    return nextCursorRequest(this.options, 'after', this.last_id);
  }
}
