// File generated from conversations.yaml by sdkgen. Do not edit.

import { APIResource } from '../../core/resource.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { OptionsInQuery, QueryArgument, RequestOptions } from '../../core/request-options.js';
import type { PagePromise } from '../../core/pagination.js';
import { splitQuery } from '../../core/request-options.js';
import { path } from '../../core/path.js';
import { ConversationCursorPage } from '../../pagination.js';
import type * as Types from '../../models.js';

/**
 * Create, retrieve, update and delete conversations and the items they contain.
 */
export class Items extends APIResource {
  /**
   * List items in a conversation
   *
   * Lists the items of a conversation, with cursor-based pagination.
   */
  list(
    conversationID: string,
    query?: QueryArgument<ItemListParams> | null,
    options?: RequestOptions,
  ): PagePromise<ConversationCursorPage<Types.ConversationItem>, Types.ConversationItem>;
  list(
    conversationID: string,
    options?: OptionsInQuery<keyof ItemListParams>,
  ): PagePromise<ConversationCursorPage<Types.ConversationItem>, Types.ConversationItem>;
  list(
    conversationID: string,
    query: ItemListParams | OptionsInQuery<keyof ItemListParams> | null | undefined = {},
    options?: RequestOptions,
  ): PagePromise<ConversationCursorPage<Types.ConversationItem>, Types.ConversationItem> {
    [query, options] = splitQuery<ItemListParams>(query, ['after', 'include', 'limit', 'order'], options);
    return this._client.getAPIList(
      path`/conversations/${conversationID}/items`,
      ConversationCursorPage<Types.ConversationItem>,
      { query, ...options },
    );
  }

  /**
   * Create items in a conversation
   *
   * Adds up to 20 items to a conversation and returns the created items.
   */
  create(
    conversationID: string,
    params: ItemCreateParams,
    options?: RequestOptions,
  ): APIPromise<Types.ConversationItemList> {
    const { include, ...body } = params;
    return this._client.post(
      path`/conversations/${conversationID}/items`,
      { query: { include }, body, ...options },
    );
  }

  /**
   * Retrieve a conversation item
   *
   * Retrieves a single item from a conversation.
   */
  retrieve(
    itemID: string,
    params: ItemRetrieveParams,
    options?: RequestOptions,
  ): APIPromise<Types.ConversationItem> {
    const { conversation_id, ...query } = params;
    return this._client.get(path`/conversations/${conversation_id}/items/${itemID}`, { query, ...options });
  }

  /**
   * Delete a conversation item
   *
   * Deletes an item from a conversation and returns the updated conversation.
   */
  delete(itemID: string, params: ItemDeleteParams, options?: RequestOptions): APIPromise<Types.Conversation> {
    const { conversation_id } = params;
    return this._client.delete(path`/conversations/${conversation_id}/items/${itemID}`, options);
  }
}

/**
 * The arguments of `conversations.items.list`.
 */
export interface ItemListParams {
  /**
   * An item ID to list items after, used in pagination.
   */
  after?: string;
  /**
   * Additional fields to include in the returned items.
   */
  include?: Array<Types.ResponseIncludable>;
  /**
   * The maximum number of items to return, between 1 and 100. Defaults to 20.
   */
  limit?: number;
  /**
   * The order in which to return items, `asc` (oldest first) or `desc` (newest first). Defaults to `desc`.
   */
  order?: 'asc' | 'desc';
}

/**
 * The arguments of `conversations.items.create`.
 */
export interface ItemCreateParams {
  /**
   * The items to add to the conversation. Up to 20 items may be added at a time.
   */
  items: Array<Types.InputItem>;
  /**
   * Additional fields to include in the returned items.
   */
  include?: Array<Types.ResponseIncludable>;
}

/**
 * The arguments of `conversations.items.retrieve`.
 */
export interface ItemRetrieveParams {
  /**
   * The ID of the conversation that contains the item.
   */
  conversation_id: string;
  /**
   * Additional fields to include in the returned item.
   */
  include?: Array<Types.ResponseIncludable>;
}

/**
 * The arguments of `conversations.items.delete`.
 */
export interface ItemDeleteParams {
  /**
   * The ID of the conversation that contains the item.
   */
  conversation_id: string;
}
