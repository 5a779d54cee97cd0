// The same package from a CommonJS TypeScript module (it resolves the `require` build).
import OpenAI from 'openai-conversations';
import type { ItemListParams } from 'openai-conversations/resources/conversations/items';
import { ConversationCursorPage } from 'openai-conversations/pagination';

const client = new OpenAI({ apiKey: 'k' });
const params: OpenAI.Conversations.Items.ItemListParams = { limit: 10 };
const same: ItemListParams = params;
const Page: typeof OpenAI.ConversationCursorPage = ConversationCursorPage;
export = { client, same, Page };
