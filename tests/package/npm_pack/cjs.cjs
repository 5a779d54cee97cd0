// The installed package from CommonJS: `require()` gives the client class, `.default` and the named exports too.
const assert = require('node:assert/strict');
const OpenAI = require('openai-conversations');
const { OpenAI: Named, NotFoundError } = require('openai-conversations');
const { Items } = require('openai-conversations/resources/conversations/items');
const { ConversationCursorPage } = require('openai-conversations/pagination.js');
const { APIPromise } = require('openai-conversations/core/api-promise');

const client = new OpenAI({ apiKey: 'k' });
assert.ok(client instanceof Named && client instanceof OpenAI);
assert.ok(new OpenAI.default({ apiKey: 'k' }) instanceof Named);
assert.equal(OpenAI.default, Named);
assert.equal(OpenAI.NotFoundError, NotFoundError);
assert.ok(client.conversations.items instanceof Items);
assert.equal(OpenAI.Conversations.Items, Items);
assert.equal(OpenAI.ConversationCursorPage, ConversationCursorPage);
assert.equal(OpenAI.DEFAULT_TIMEOUT, 600000);
assert.equal(typeof APIPromise, 'function');
console.log('cjs ok');
