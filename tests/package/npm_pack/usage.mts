// Types of the installed package as openai-node's users write them: namespaces, deep imports, statics.
import OpenAI, { APIError } from 'openai-conversations';
import type { ConversationItem, ItemListParams } from 'openai-conversations/resources/conversations/items';
import { Items } from 'openai-conversations/resources/conversations/items.js';
import type { Conversation } from 'openai-conversations/resources/conversations/conversations';
import { ConversationCursorPage } from 'openai-conversations/pagination';
import { APIPromise } from 'openai-conversations/core/api-promise';
import { toFile } from 'openai-conversations/uploads';
import { NotFoundError } from 'openai-conversations/error';

const client = new OpenAI({ apiKey: 'k' });
export const params: OpenAI.Conversations.Items.ItemListParams = { limit: 10, order: 'asc' };
export const same: ItemListParams = params;
export const conversation = null as Conversation | null satisfies OpenAI.Conversations.Conversation | null;
export const item = undefined as ConversationItem | undefined satisfies OpenAI.Conversations.ConversationItem | undefined;
export const create: OpenAI.Conversations.ConversationCreateParams = { metadata: { topic: 'demo' } };
export const created: APIPromise<OpenAI.Conversations.Conversation> = client.conversations.create(create);
export const page = null as ConversationCursorPage<ConversationItem> | null satisfies OpenAI.ConversationCursorPage<ConversationItem> | null;
export const items: Items = client.conversations.items;
export const Resource: typeof OpenAI.Conversations = OpenAI.Conversations;
export const Child: typeof OpenAI.Conversations.Items = Items;
export const options: OpenAI.RequestOptions = { timeout: 5 };
export const file: Promise<File> = toFile(new Uint8Array([1]), 'a.txt');
export const NotFound: typeof OpenAI.NotFoundError = NotFoundError;
export const isAPIError = (error: unknown): error is APIError => error instanceof OpenAI.APIError;
export const timeout: number = OpenAI.DEFAULT_TIMEOUT;
