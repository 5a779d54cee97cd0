// File generated from conversations.yaml by sdkgen. Do not edit.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import OpenAI from '../../../src/index.js';
import { jsonBody, TestServer } from '../../../tests/server.js';

describe('client.conversations.items', () => {
  const server = new TestServer();
  let client: OpenAI;

  before(async () => {
    client = new OpenAI({ apiKey: 'My API Key', baseURL: await server.start(), maxRetries: 0 });
  });

  after(() => server.close());

  test('list: required arguments', async () => {
    server.json({ data: [{ id: 'string', content: [{ text: 'string', type: 'input_text', prompt_cache_breakpoint: { mode: null } }], role: 'unknown', status: 'in_progress', type: 'message', phase: 'commentary' }], first_id: 'string', has_more: true, last_id: 'string', object: 'list' });
    const result = await client.conversations.items.list('conv_123');
    assert.equal(server.last.method, 'GET');
    assert.equal(server.last.path, '/conversations/conv_123/items');
    assert.deepEqual(server.last.query, []);
    assert.deepEqual(result.getPaginatedItems(), ({ data: [{ id: 'string', content: [{ text: 'string', type: 'input_text', prompt_cache_breakpoint: { mode: null } }], role: 'unknown', status: 'in_progress', type: 'message', phase: 'commentary' }], first_id: 'string', has_more: true, last_id: 'string', object: 'list' })['data']);
  });

  test('list: every argument', async () => {
    server.json({ data: [{ id: 'string', content: [{ text: 'string', type: 'input_text', prompt_cache_breakpoint: { mode: null } }], role: 'unknown', status: 'in_progress', type: 'message', phase: 'commentary' }], first_id: 'string', has_more: true, last_id: 'string', object: 'list' });
    const result = await client.conversations.items.list('conv_123', { after: 'string', include: ['file_search_call.results'], limit: 20, order: 'desc' });
    assert.equal(server.last.method, 'GET');
    assert.equal(server.last.path, '/conversations/conv_123/items');
    assert.deepEqual(server.last.query, [['after', 'string'], ['include[]', 'file_search_call.results'], ['limit', '20'], ['order', 'desc']]);
    for (const [name, value] of Object.entries({})) {
      assert.equal(server.last.headers[name.toLowerCase()], value);
    }
    assert.deepEqual(result.getPaginatedItems(), ({ data: [{ id: 'string', content: [{ text: 'string', type: 'input_text', prompt_cache_breakpoint: { mode: null } }], role: 'unknown', status: 'in_progress', type: 'message', phase: 'commentary' }], first_id: 'string', has_more: true, last_id: 'string', object: 'list' })['data']);
  });

  test('create: required arguments', async () => {
    server.json({ data: [{ id: 'string', content: [{ text: 'string', type: 'input_text', prompt_cache_breakpoint: { mode: null } }], role: 'unknown', status: 'in_progress', type: 'message', phase: 'commentary' }], first_id: 'string', has_more: true, last_id: 'string', object: 'list' });
    const result = await client.conversations.items.create('conv_123', { items: [{ content: 'string', role: 'user' }] });
    assert.equal(server.last.method, 'POST');
    assert.equal(server.last.path, '/conversations/conv_123/items');
    assert.deepEqual(server.last.query, []);
    assert.deepEqual(jsonBody(server.last), { items: [{ content: 'string', role: 'user' }] });
    assert.deepEqual(result, { data: [{ id: 'string', content: [{ text: 'string', type: 'input_text', prompt_cache_breakpoint: { mode: null } }], role: 'unknown', status: 'in_progress', type: 'message', phase: 'commentary' }], first_id: 'string', has_more: true, last_id: 'string', object: 'list' });
  });

  test('create: every argument', async () => {
    server.json({ data: [{ id: 'string', content: [{ text: 'string', type: 'input_text', prompt_cache_breakpoint: { mode: null } }], role: 'unknown', status: 'in_progress', type: 'message', phase: 'commentary' }], first_id: 'string', has_more: true, last_id: 'string', object: 'list' });
    const result = await client.conversations.items.create('conv_123', { items: [{ content: 'string', role: 'user' }], include: ['file_search_call.results'] });
    assert.equal(server.last.method, 'POST');
    assert.equal(server.last.path, '/conversations/conv_123/items');
    assert.deepEqual(server.last.query, [['include[]', 'file_search_call.results']]);
    assert.deepEqual(jsonBody(server.last), { items: [{ content: 'string', role: 'user' }] });
    for (const [name, value] of Object.entries({})) {
      assert.equal(server.last.headers[name.toLowerCase()], value);
    }
    assert.deepEqual(result, { data: [{ id: 'string', content: [{ text: 'string', type: 'input_text', prompt_cache_breakpoint: { mode: null } }], role: 'unknown', status: 'in_progress', type: 'message', phase: 'commentary' }], first_id: 'string', has_more: true, last_id: 'string', object: 'list' });
  });

  test('retrieve: required arguments', async () => {
    server.json({ id: 'string', content: [{ text: 'string', type: 'input_text', prompt_cache_breakpoint: { mode: 'explicit' } }], role: 'unknown', status: 'in_progress', type: 'message', phase: 'commentary' });
    const result = await client.conversations.items.retrieve('msg_abc', { conversation_id: 'conv_123' });
    assert.equal(server.last.method, 'GET');
    assert.equal(server.last.path, '/conversations/conv_123/items/msg_abc');
    assert.deepEqual(server.last.query, []);
    assert.deepEqual(result, { id: 'string', content: [{ text: 'string', type: 'input_text', prompt_cache_breakpoint: { mode: 'explicit' } }], role: 'unknown', status: 'in_progress', type: 'message', phase: 'commentary' });
  });

  test('retrieve: every argument', async () => {
    server.json({ id: 'string', content: [{ text: 'string', type: 'input_text', prompt_cache_breakpoint: { mode: 'explicit' } }], role: 'unknown', status: 'in_progress', type: 'message', phase: 'commentary' });
    const result = await client.conversations.items.retrieve('msg_abc', { conversation_id: 'conv_123', include: ['file_search_call.results'] });
    assert.equal(server.last.method, 'GET');
    assert.equal(server.last.path, '/conversations/conv_123/items/msg_abc');
    assert.deepEqual(server.last.query, [['include[]', 'file_search_call.results']]);
    for (const [name, value] of Object.entries({})) {
      assert.equal(server.last.headers[name.toLowerCase()], value);
    }
    assert.deepEqual(result, { id: 'string', content: [{ text: 'string', type: 'input_text', prompt_cache_breakpoint: { mode: 'explicit' } }], role: 'unknown', status: 'in_progress', type: 'message', phase: 'commentary' });
  });

  test('delete: required arguments', async () => {
    server.json({ id: 'string', created_at: 0, metadata: { foo: 'string' }, object: 'conversation' });
    const result = await client.conversations.items.delete('msg_abc', { conversation_id: 'conv_123' });
    assert.equal(server.last.method, 'DELETE');
    assert.equal(server.last.path, '/conversations/conv_123/items/msg_abc');
    assert.deepEqual(server.last.query, []);
    assert.deepEqual(result, { id: 'string', created_at: 0, metadata: { foo: 'string' }, object: 'conversation' });
  });
});
