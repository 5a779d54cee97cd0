// The installed package from an ES module: the default and named exports, deep imports, the statics.
import assert from 'node:assert/strict';
import OpenAI, { NotFoundError, OpenAI as Named } from 'openai-conversations';
import { Items } from 'openai-conversations/resources/conversations/items';
import { Conversations } from 'openai-conversations/resources/conversations/conversations.js';
import { ConversationCursorPage, PagePromise } from 'openai-conversations/pagination';
import { APIPromise } from 'openai-conversations/core/api-promise';
import { APIError } from 'openai-conversations/core/error.js';
import { toFile } from 'openai-conversations/uploads';
import * as Errors from 'openai-conversations/error';
import { OpenAI as FromClient } from 'openai-conversations/client';
import { VERSION } from 'openai-conversations/version.js';

const client = new OpenAI({ apiKey: 'k' });
assert.equal(OpenAI, Named);
assert.ok(client.conversations instanceof Conversations && client.conversations.items instanceof Items);
assert.equal(OpenAI.Conversations, Conversations);
assert.equal(OpenAI.Conversations.Items, Items);
assert.equal(OpenAI.ConversationCursorPage, ConversationCursorPage);
assert.equal(OpenAI.toFile, toFile);
assert.equal(OpenAI.NotFoundError, NotFoundError);
assert.equal(OpenAI.APIError, APIError);
assert.equal(Errors.NotFoundError, NotFoundError);
assert.equal(OpenAI.DEFAULT_TIMEOUT, 600000);
assert.equal(FromClient, OpenAI);
assert.equal(VERSION, '0.1.0');
assert.equal(typeof APIPromise, 'function');
assert.equal(typeof PagePromise, 'function');
console.log('esm ok');
