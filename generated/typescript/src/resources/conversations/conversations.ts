// File generated from conversations.yaml by sdkgen. Do not edit.

import { APIResource } from '../../core/resource.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { path } from '../../core/path.js';
import type * as Types from '../../models.js';
import { Items } from './items.js';

/**
 * Create, retrieve, update and delete conversations and the items they contain.
 */
export class Conversations extends APIResource {
  /**
   * Create, retrieve, update and delete conversations and the items they contain.
   */
  items: Items = new Items(this._client);

  /**
   * Create a conversation
   *
   * Creates a new conversation, optionally seeded with up to 20 initial items and with metadata.
   */
  create(
    body: ConversationCreateParams | null | undefined = {},
    options?: RequestOptions,
  ): APIPromise<Types.Conversation> {
    return this._client.post('/conversations', { body, ...options });
  }

  /**
   * Retrieve a conversation
   *
   * Retrieves a conversation by its ID.
   */
  retrieve(conversationID: string, options?: RequestOptions): APIPromise<Types.Conversation> {
    return this._client.get(path`/conversations/${conversationID}`, options);
  }

  /**
   * Update a conversation
   *
   * Replaces the metadata of a conversation. Items are not affected.
   */
  update(
    conversationID: string,
    body: ConversationUpdateParams,
    options?: RequestOptions,
  ): APIPromise<Types.Conversation> {
    return this._client.post(path`/conversations/${conversationID}`, { body, ...options });
  }

  /**
   * Delete a conversation
   *
   * Deletes a conversation. Items in the conversation are not deleted.
   */
  delete(conversationID: string, options?: RequestOptions): APIPromise<Types.ConversationDeletedResource> {
    return this._client.delete(path`/conversations/${conversationID}`, options);
  }
}

/**
 * The arguments of `conversations.create`.
 */
export interface ConversationCreateParams {
  /**
   * Initial items to include in the conversation context. Up to 20 items may be added at a time.
   */
  items?: Array<Types.InputItem> | null;
  /**
   * Up to 16 key-value pairs to attach (keys up to 64 characters, values up to 512 characters).
   */
  metadata?: Types.Metadata | null;
}

/**
 * The arguments of `conversations.update`.
 */
export interface ConversationUpdateParams {
  /**
   * New metadata (up to 16 pairs; keys up to 64, values up to 512 characters), replacing any existing metadata.
   */
  metadata: Types.Metadata | null;
}
