// File generated from conversations.yaml by sdkgen. Do not edit.

export { OpenAI as default, OpenAI, type ClientOptions, type ApiKeySetter } from './client.js';
export { APIPromise } from './core/api-promise.js';
export { AbstractPage, PagePromise } from './core/pagination.js';
export type { RequestOptions } from './core/request-options.js';
export type { HeadersLike } from './core/headers.js';
export type { Logger, LogLevel } from './core/log.js';
export { Stream } from './core/streaming.js';
export { toFile, type Uploadable } from './core/uploads.js';
export {
  OpenAIError,
  APIError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  NotFoundError,
  ConflictError,
  RateLimitError,
  BadRequestError,
  AuthenticationError,
  InternalServerError,
  PermissionDeniedError,
  UnprocessableEntityError,
} from './core/errors.js';
export * from './pagination.js';
export type * from './models.js';
export { Conversations } from './resources/conversations/conversations.js';
export type {
  ConversationCreateParams,
  ConversationUpdateParams,
} from './resources/conversations/conversations.js';
export type {
  ItemListParams,
  ItemCreateParams,
  ItemRetrieveParams,
  ItemDeleteParams,
} from './resources/conversations/items.js';
