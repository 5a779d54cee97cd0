// File generated from conversations.yaml by sdkgen. Do not edit.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import OpenAI from '../../../src/index.js';
import { jsonBody, TestServer } from '../../../tests/server.js';

describe('client.conversations', () => {
  const server = new TestServer();
  let client: OpenAI;

  before(async () => {
    client = new OpenAI({ apiKey: 'My API Key', baseURL: await server.start(), maxRetries: 0 });
  });

  after(() => server.close());

  test('create: required arguments', async () => {
    server.json({ id: 'string', created_at: 0, metadata: { foo: 'string' }, object: 'conversation' });
    const result = await client.conversations.create();
    assert.equal(server.last.method, 'POST');
    assert.equal(server.last.path, '/conversations');
    assert.deepEqual(server.last.query, []);
    assert.deepEqual(jsonBody(server.last), {});
    assert.deepEqual(result, { id: 'string', created_at: 0, metadata: { foo: 'string' }, object: 'conversation' });
  });

  test('create: every argument', async () => {
    server.json({ id: 'string', created_at: 0, metadata: { foo: 'string' }, object: 'conversation' });
    const result = await client.conversations.create({ items: [{ content: 'string', role: 'user' }], metadata: { foo: 'string' } });
    assert.equal(server.last.method, 'POST');
    assert.equal(server.last.path, '/conversations');
    assert.deepEqual(server.last.query, []);
    assert.deepEqual(jsonBody(server.last), { items: [{ content: 'string', role: 'user' }], metadata: { foo: 'string' } });
    for (const [name, value] of Object.entries({})) {
      assert.equal(server.last.headers[name.toLowerCase()], value);
    }
    assert.deepEqual(result, { id: 'string', created_at: 0, metadata: { foo: 'string' }, object: 'conversation' });
  });

  test('retrieve: required arguments', async () => {
    server.json({ id: 'string', created_at: 0, metadata: { foo: 'string' }, object: 'conversation' });
    const result = await client.conversations.retrieve('conv_123');
    assert.equal(server.last.method, 'GET');
    assert.equal(server.last.path, '/conversations/conv_123');
    assert.deepEqual(server.last.query, []);
    assert.deepEqual(result, { id: 'string', created_at: 0, metadata: { foo: 'string' }, object: 'conversation' });
  });

  test('update: required arguments', async () => {
    server.json({ id: 'string', created_at: 0, metadata: { foo: 'string' }, object: 'conversation' });
    const result = await client.conversations.update('conv_123', { metadata: { foo: 'string' } });
    assert.equal(server.last.method, 'POST');
    assert.equal(server.last.path, '/conversations/conv_123');
    assert.deepEqual(server.last.query, []);
    assert.deepEqual(jsonBody(server.last), { metadata: { foo: 'string' } });
    assert.deepEqual(result, { id: 'string', created_at: 0, metadata: { foo: 'string' }, object: 'conversation' });
  });

  test('delete: required arguments', async () => {
    server.json({ id: 'string', deleted: true, object: 'conversation.deleted' });
    const result = await client.conversations.delete('conv_123');
    assert.equal(server.last.method, 'DELETE');
    assert.equal(server.last.path, '/conversations/conv_123');
    assert.deepEqual(server.last.query, []);
    assert.deepEqual(result, { id: 'string', deleted: true, object: 'conversation.deleted' });
  });
});
