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
    server.json({ object: 'list', data: [{ id: 'string', type: 'message', role: 'unknown', status: 'in_progress', content: [{ type: 'input_text', text: 'string', prompt_cache_breakpoint: { mode: null } }], phase: 'commentary' }], first_id: 'string', last_id: 'string', has_more: true });
    const result = await client.conversations.items.list('conv_123');
    assert.equal(server.last.method, 'GET');
    assert.equal(server.last.path, '/conversations/conv_123/items');
    assert.deepEqual(server.last.query, []);
    assert.deepEqual(result.getPaginatedItems(), ({ object: 'list', data: [{ id: 'string', type: 'message', role: 'unknown', status: 'in_progress', content: [{ type: 'input_text', text: 'string', prompt_cache_breakpoint: { mode: null } }], phase: 'commentary' }], first_id: 'string', last_id: 'string', has_more: true })['data']);
  });

  test('list: every argument', async () => {
    server.json({ object: 'list', data: [{ id: 'string', type: 'message', role: 'unknown', status: 'in_progress', content: [{ type: 'input_text', text: 'string', prompt_cache_breakpoint: { mode: null } }], phase: 'commentary' }], first_id: 'string', last_id: 'string', has_more: true });
    const result = await client.conversations.items.list('conv_123', { after: 'string', include: ['file_search_call.results'], limit: 20, order: 'desc' });
    assert.equal(server.last.method, 'GET');
    assert.equal(server.last.path, '/conversations/conv_123/items');
    assert.deepEqual(server.last.query, [['after', 'string'], ['include[]', 'file_search_call.results'], ['limit', '20'], ['order', 'desc']]);
    for (const [name, value] of Object.entries({})) {
      assert.equal(server.last.headers[name.toLowerCase()], value);
    }
    assert.deepEqual(result.getPaginatedItems(), ({ object: 'list', data: [{ id: 'string', type: 'message', role: 'unknown', status: 'in_progress', content: [{ type: 'input_text', text: 'string', prompt_cache_breakpoint: { mode: null } }], phase: 'commentary' }], first_id: 'string', last_id: 'string', has_more: true })['data']);
  });

  test('create: required arguments', async () => {
    server.json({ object: 'list', data: [{ id: 'string', type: 'message', role: 'unknown', status: 'in_progress', content: [{ type: 'input_text', text: 'string', prompt_cache_breakpoint: { mode: null } }], phase: 'commentary' }], first_id: 'string', last_id: 'string', has_more: true });
    const result = await client.conversations.items.create('conv_123', { items: [{ role: 'user', content: 'string' }] });
    assert.equal(server.last.method, 'POST');
    assert.equal(server.last.path, '/conversations/conv_123/items');
    assert.deepEqual(server.last.query, []);
    assert.deepEqual(jsonBody(server.last), { items: [{ role: 'user', content: 'string' }] });
    assert.deepEqual(result, { object: 'list', data: [{ id: 'string', type: 'message', role: 'unknown', status: 'in_progress', content: [{ type: 'input_text', text: 'string', prompt_cache_breakpoint: { mode: null } }], phase: 'commentary' }], first_id: 'string', last_id: 'string', has_more: true });
  });

  test('create: every argument', async () => {
    server.json({ object: 'list', data: [{ id: 'string', type: 'message', role: 'unknown', status: 'in_progress', content: [{ type: 'input_text', text: 'string', prompt_cache_breakpoint: { mode: null } }], phase: 'commentary' }], first_id: 'string', last_id: 'string', has_more: true });
    const result = await client.conversations.items.create('conv_123', { items: [{ role: 'user', content: 'string' }], include: ['file_search_call.results'] });
    assert.equal(server.last.method, 'POST');
    assert.equal(server.last.path, '/conversations/conv_123/items');
    assert.deepEqual(server.last.query, [['include[]', 'file_search_call.results']]);
    assert.deepEqual(jsonBody(server.last), { items: [{ role: 'user', content: 'string' }] });
    for (const [name, value] of Object.entries({})) {
      assert.equal(server.last.headers[name.toLowerCase()], value);
    }
    assert.deepEqual(result, { object: 'list', data: [{ id: 'string', type: 'message', role: 'unknown', status: 'in_progress', content: [{ type: 'input_text', text: 'string', prompt_cache_breakpoint: { mode: null } }], phase: 'commentary' }], first_id: 'string', last_id: 'string', has_more: true });
  });

  test('retrieve: required arguments', async () => {
    server.json({ id: 'string', type: 'message', role: 'unknown', status: 'in_progress', content: [{ type: 'input_text', text: 'string', prompt_cache_breakpoint: { mode: 'explicit' } }], phase: 'commentary' });
    const result = await client.conversations.items.retrieve('msg_abc', { conversation_id: 'conv_123' });
    assert.equal(server.last.method, 'GET');
    assert.equal(server.last.path, '/conversations/conv_123/items/msg_abc');
    assert.deepEqual(server.last.query, []);
    assert.deepEqual(result, { id: 'string', type: 'message', role: 'unknown', status: 'in_progress', content: [{ type: 'input_text', text: 'string', prompt_cache_breakpoint: { mode: 'explicit' } }], phase: 'commentary' });
  });

  test('retrieve: every argument', async () => {
    server.json({ id: 'string', type: 'message', role: 'unknown', status: 'in_progress', content: [{ type: 'input_text', text: 'string', prompt_cache_breakpoint: { mode: 'explicit' } }], phase: 'commentary' });
    const result = await client.conversations.items.retrieve('msg_abc', { conversation_id: 'conv_123', include: ['file_search_call.results'] });
    assert.equal(server.last.method, 'GET');
    assert.equal(server.last.path, '/conversations/conv_123/items/msg_abc');
    assert.deepEqual(server.last.query, [['include[]', 'file_search_call.results']]);
    for (const [name, value] of Object.entries({})) {
      assert.equal(server.last.headers[name.toLowerCase()], value);
    }
    assert.deepEqual(result, { id: 'string', type: 'message', role: 'unknown', status: 'in_progress', content: [{ type: 'input_text', text: 'string', prompt_cache_breakpoint: { mode: 'explicit' } }], phase: 'commentary' });
  });

  test('delete: required arguments', async () => {
    server.json({ id: 'string', object: 'conversation', created_at: 0, metadata: { foo: 'string' } });
    const result = await client.conversations.items.delete('msg_abc', { conversation_id: 'conv_123' });
    assert.equal(server.last.method, 'DELETE');
    assert.equal(server.last.path, '/conversations/conv_123/items/msg_abc');
    assert.deepEqual(server.last.query, []);
    assert.deepEqual(result, { id: 'string', object: 'conversation', created_at: 0, metadata: { foo: 'string' } });
  });
});
