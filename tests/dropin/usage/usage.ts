// The Conversations API as a user of the official `openai` package writes it: every
// method, request option, type, deep import, static, error class and page form.
// The client reads OPENAI_API_KEY and OPENAI_BASE_URL from the environment.
import OpenAI, {
  APIError,
  OpenAIError,
  NotFoundError,
  ConflictError,
  RateLimitError,
  BadRequestError,
  APIUserAbortError,
  APIConnectionError,
  InternalServerError,
  AuthenticationError,
  PermissionDeniedError,
  UnprocessableEntityError,
  APIConnectionTimeoutError,
  toFile,
  type ClientOptions,
} from 'openai';
import {
  Conversations,
  type Conversation,
  type ConversationCreateParams,
  type ConversationUpdateParams,
  type ConversationDeletedResource,
  type Message,
  type InputTextContent,
  type OutputTextContent,
} from 'openai/resources/conversations/conversations';
import {
  Items,
  type ConversationItem,
  type ConversationItemList,
  type ConversationItemsPage,
  type ItemCreateParams,
  type ItemListParams,
  type ItemRetrieveParams,
  type ItemDeleteParams,
} from 'openai/resources/conversations/items';
import { ConversationCursorPage } from 'openai/pagination';
import { APIPromise } from 'openai/core/api-promise';
import { toFile as toFileFromUploads } from 'openai/uploads';

const logged: string[] = [];
const options: ClientOptions = {
  maxRetries: 2,
  timeout: 20_000,
  logLevel: 'warn',
  logger: {
    error: (message) => logged.push(message),
    warn: (message) => logged.push(message),
    info: (message) => logged.push(message),
    debug: (message) => logged.push(message),
  },
};
const client = new OpenAI(options);

// -- conversations ------------------------------------------------------------------------

const createParams: OpenAI.Conversations.ConversationCreateParams = {
  items: [
    { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Hello!' }] },
    {
      type: 'message',
      id: 'msg_0',
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text: 'Hi!', annotations: [] }],
    },
  ],
  metadata: { topic: 'demo' },
};
const conversation: OpenAI.Conversations.Conversation = await client.conversations.create(createParams);
console.log('created', conversation.id, conversation.created_at, conversation.metadata, conversation.object);
const empty: Conversation = await client.conversations.create();
console.log('created empty', empty.id);

const retrieved = await client.conversations.retrieve('conv_123');
console.log('retrieved', JSON.stringify(retrieved));
const updateParams: ConversationUpdateParams = { metadata: { topic: 'updated' } };
const updated = await client.conversations.update('conv_123', updateParams);
console.log('updated', updated.metadata);
const deleted: ConversationDeletedResource = await client.conversations.delete('conv_123');
console.log('deleted', deleted.id, deleted.deleted, deleted.object);

// -- items --------------------------------------------------------------------------------

const itemParams: ItemCreateParams = {
  items: [{ role: 'user', content: 'More, please.' }],
  include: ['message.output_text.logprobs'],
};
const added: ConversationItemList = await client.conversations.items.create('conv_123', itemParams);
console.log('added', added.first_id, added.last_id, added.has_more, added.data.map((item) => item.id));

const retrieveParams: ItemRetrieveParams = { conversation_id: 'conv_123', include: ['message.input_image.image_url'] };
const item: ConversationItem = await client.conversations.items.retrieve('msg_abc', retrieveParams);
if (item.type === 'message') {
  const message: OpenAI.Conversations.Message = item;
  for (const part of message.content) {
    if (part.type === 'input_text') {
      const text: InputTextContent = part;
      console.log('input text', text.text);
    } else if (part.type === 'output_text') {
      const text: OutputTextContent = part;
      console.log('output text', text.text, text.annotations.length);
    }
  }
} else if (item.type === 'function_call') {
  console.log('function call', item.name);
}
const deleteParams: ItemDeleteParams = { conversation_id: 'conv_123' };
const afterDelete: Conversation = await client.conversations.items.delete('msg_abc', deleteParams);
console.log('after delete', afterDelete.id);

// -- pages --------------------------------------------------------------------------------

const listParams: OpenAI.Conversations.Items.ItemListParams = { limit: 2, order: 'asc' };
for await (const listed of client.conversations.items.list('conv_123', listParams)) {
  console.log('listed', listed.id, listed.type);
}
const firstPage: ConversationItemsPage = await client.conversations.items.list('conv_123', { limit: 2 });
console.log('first page', firstPage.data.map((i) => i.id), firstPage.has_more, firstPage.last_id);
let page: ConversationCursorPage<ConversationItem> = firstPage;
console.log('page', page.data.map((i) => i.id));
while (page.hasNextPage()) {
  page = await page.getNextPage();
  console.log('page', page.data.map((i) => i.id));
}
for await (const eachPage of firstPage.iterPages()) {
  console.log('iterated page', eachPage.data.map((i) => i.id));
}
const later = client.conversations.items.list('conv_123', { after: 'msg_002', order: 'desc' });
for await (const laterItem of later) {
  console.log('after', laterItem.id);
}
const pageParams: ItemListParams = { limit: 1 };
const onePage: OpenAI.ConversationCursorPage<OpenAI.Conversations.ConversationItem> =
  await client.conversations.items.list('conv_123', pageParams, { headers: { 'X-Page': '1' } });
console.log('one page', onePage.data.length, onePage instanceof OpenAI.ConversationCursorPage);

// -- request options ----------------------------------------------------------------------

const withOptions = await client.conversations.retrieve('conv_123', {
  headers: { 'X-Trace': 'abc' },
  query: { debug: '1' },
  timeout: 10_000,
  maxRetries: 1,
  signal: new AbortController().signal,
});
console.log('options', withOptions.id);
const withBody = await client.conversations.update(
  'conv_123',
  { metadata: { topic: 'x' } },
  { body: { metadata: { topic: 'replaced' } }, idempotencyKey: 'key-123' },
);
console.log('body option', withBody.id);
const created = await client.conversations.create({ metadata: {} }, { idempotencyKey: 'create-1' });
console.log('idempotent', created.id);
const listOptions = await client.conversations.items.list('conv_123', { headers: { 'X-Page': '2' }, maxRetries: 0 });
console.log('list options', listOptions.data.length);

const patient = client.withOptions({ timeout: 30_000, maxRetries: 5 });
console.log('with options', (await patient.conversations.retrieve('conv_123')).id, patient.maxRetries, patient.timeout);

const promise: APIPromise<Conversation> = client.conversations.retrieve('conv_123');
const { data, response, request_id } = await promise.withResponse();
console.log('with response', data.id, response.status, response.headers.get('x-request-id'), request_id);
const raw: Response = await client.conversations.items.retrieve('msg_abc', { conversation_id: 'conv_123' }).asResponse();
console.log('as response', raw.status, raw.headers.get('content-type'), ((await raw.json()) as { id: string }).id);
const pageResponse = await client.conversations.items.list('conv_123', { limit: 2 }).withResponse();
console.log('page with response', pageResponse.data.data.length, pageResponse.request_id);

// -- errors -------------------------------------------------------------------------------

try {
  await client.conversations.retrieve('conv_missing');
} catch (error) {
  if (error instanceof NotFoundError) {
    console.log('not found', error.status, error.message, error.requestID, error.code, error.type, error.param);
    console.log('error body', JSON.stringify(error.error), error.headers.get('x-request-id'));
  } else {
    throw error;
  }
}
try {
  await client.conversations.delete('conv_busy', { maxRetries: 0 });
} catch (error) {
  if (error instanceof BadRequestError || error instanceof AuthenticationError) {
    console.log('client error', error.status);
  } else if (error instanceof PermissionDeniedError || error instanceof ConflictError) {
    console.log('refused', error.status);
  } else if (error instanceof UnprocessableEntityError) {
    console.log('unprocessable', error.status);
  } else if (error instanceof RateLimitError) {
    console.log('rate limited', error.status, error.headers.get('retry-after'));
  } else if (error instanceof InternalServerError) {
    console.log('server error', error.status);
  } else if (error instanceof APIError) {
    console.log('api error', error.status);
  } else {
    throw error;
  }
}
try {
  await client.conversations.retrieve('conv_slow', { timeout: 500, maxRetries: 0 });
} catch (error) {
  console.log('timeout', error instanceof APIConnectionTimeoutError, error instanceof APIConnectionError);
}
const unreachable = new OpenAI({ baseURL: process.env['UNREACHABLE_BASE_URL'] ?? 'http://127.0.0.1:9/v1', maxRetries: 0 });
try {
  await unreachable.conversations.retrieve('conv_123');
} catch (error) {
  console.log('connection error', error instanceof APIConnectionError, (error as OpenAIError).message);
}
const aborted = new AbortController();
aborted.abort();
try {
  await client.conversations.retrieve('conv_123', { signal: aborted.signal });
} catch (error) {
  console.log('aborted', error instanceof APIUserAbortError, error instanceof OpenAI.APIUserAbortError);
}
console.log('statics', OpenAI.NotFoundError === NotFoundError, OpenAI.APIError === APIError);
console.log('resources', OpenAI.Conversations === Conversations, typeof Items, typeof OpenAI.Conversations.Items);
const file = await OpenAI.toFile(Buffer.from('hello'), 'hello.txt');
const sameFile = await toFile(Buffer.from('hello'), 'hello.txt');
const uploaded = await toFileFromUploads(new Uint8Array([104, 105]), 'hi.txt', { type: 'text/plain' });
console.log('files', file.name, sameFile.size, uploaded.type);
console.log('logged', logged.length);
