// File generated from conversations.yaml by sdkgen. Do not edit.
// The client's options: credentials, the environment, headers on every request, copies.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { OpenAI, OpenAIError } from '../../src/index.js';
import { TestServer } from '../server.js';

describe('client options', () => {
  const server = new TestServer();
  let baseURL: string;

  before(async () => {
    baseURL = await server.start();
  });

  after(() => server.close());

  test('a missing API key is an error at construction', () => {
    const saved = process.env['OPENAI_API_KEY'];
    delete process.env['OPENAI_API_KEY'];
    try {
      assert.throws(() => new OpenAI({ baseURL }), OpenAIError);
      assert.throws(() => new OpenAI({ apiKey: '', baseURL }), /Missing credentials/);
    } finally {
      if (saved !== undefined) process.env['OPENAI_API_KEY'] = saved;
    }
  });

  test('the API key and base URL come from the environment, trimmed', async () => {
    const saved = [process.env['OPENAI_API_KEY'], process.env['OPENAI_BASE_URL']];
    process.env['OPENAI_API_KEY'] = '  sk-env  ';
    process.env['OPENAI_BASE_URL'] = baseURL + '/from-env';
    try {
      server.json({ ok: true });
      await new OpenAI().get('/thing');
      assert.equal(server.last.path, '/from-env/thing');
      assert.equal(server.last.headers['authorization'], 'Bearer sk-env');
    } finally {
      restore('OPENAI_API_KEY', saved[0]);
      restore('OPENAI_BASE_URL', saved[1]);
    }
  });

  test('an API key function is asked before every request', async () => {
    let calls = 0;
    const client = new OpenAI({ apiKey: async () => `token-${++calls}`, baseURL });
    server.json({});
    await client.get('/a');
    await client.get('/a');
    assert.deepEqual(
      server.requests.map((r) => r.headers['authorization']),
      ['Bearer token-1', 'Bearer token-2'],
    );
  });

  test('a key function that fails or gives no key is an error, and nothing is sent', async () => {
    server.json({});
    const failing = new OpenAI({
      apiKey: async () => {
        throw new Error('boom');
      },
      baseURL,
    });
    await assert.rejects(failing.get('/a'), (error: Error) => {
      assert.ok(error instanceof OpenAIError);
      assert.equal(error.message, "Failed to get token from 'apiKey' function: boom");
      return true;
    });
    const empty = new OpenAI({ apiKey: async () => '', baseURL });
    await assert.rejects(empty.get('/a'), /Expected 'apiKey' function argument to return a string/);
    assert.equal(server.requests.length, 0);
  });

  test('every request says which client sent it', async () => {
    const client = new OpenAI({ apiKey: 'k', baseURL });
    server.json({});
    await client.get('/a');
    const headers = server.last.headers;
    assert.equal(headers['accept'], 'application/json');
    assert.match(headers['user-agent'] ?? '', /^OpenAI\/JS \d+\.\d+\.\d+/);
    assert.equal(headers['x-stainless-lang'], 'js');
    assert.equal(headers['x-stainless-runtime'], 'node');
    assert.equal(headers['x-stainless-runtime-version'], process.version);
    assert.equal(headers['x-stainless-retry-count'], '0');
    assert.equal(headers['x-stainless-timeout'], undefined);
  });

  test('header options are sent when set, from the options or the environment', async () => {
    server.json({});
    await new OpenAI({ apiKey: 'k', baseURL, organization: 'given' }).get('/a');
    assert.equal(server.last.headers['openai-organization'], 'given');
    await new OpenAI({ apiKey: 'k', baseURL, organization: null }).get('/a');
    assert.equal(server.last.headers['openai-organization'], undefined);
    await new OpenAI({ apiKey: 'k', baseURL, project: 'given' }).get('/a');
    assert.equal(server.last.headers['openai-project'], 'given');
    await new OpenAI({ apiKey: 'k', baseURL, project: null }).get('/a');
    assert.equal(server.last.headers['openai-project'], undefined);
  });

  test('default headers and query go with every request; a null header removes one', async () => {
    const client = new OpenAI({
      apiKey: 'k',
      baseURL: baseURL + '/v1/',
      defaultHeaders: { 'X-Team': 'core', Accept: null },
      defaultQuery: { 'api-version': '2' },
    });
    server.json({});
    await client.get('/a', { query: { b: 'c' }, headers: { 'x-team': 'other' } });
    assert.equal(server.last.target, '/v1/a?api-version=2&b=c');
    assert.equal(server.last.headers['x-team'], 'other');
    assert.equal(server.last.headers['accept'], '*/*');
  });

  test('withOptions gives a new client with some options replaced', async () => {
    const client = new OpenAI({ apiKey: 'k', baseURL, maxRetries: 5 });
    const copy = client.withOptions({ apiKey: 'other', timeout: 1234 });
    assert.notEqual(copy, client);
    assert.ok(copy instanceof OpenAI);
    assert.equal(copy.maxRetries, 5);
    assert.equal(copy.timeout, 1234);
    assert.equal(client.timeout, 600000);
    server.json({});
    await copy.get('/a');
    assert.equal(server.last.headers['authorization'], 'Bearer other');
  });

  test('a given fetch sends every request', async () => {
    const seen: string[] = [];
    const client = new OpenAI({
      apiKey: 'k',
      baseURL: 'https://example.invalid/v1',
      fetch: async (url, init) => {
        seen.push(`${init.method} ${url}`);
        return new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });
      },
    });
    assert.deepEqual(await client.get('/things', { query: { a: 'b c' } }), { ok: true });
    assert.deepEqual(seen, ['GET https://example.invalid/v1/things?a=b%20c']);
  });

  test('a browser-like environment is refused unless allowed', () => {
    const scope = globalThis as { window?: unknown; navigator?: unknown };
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    scope.window = { document: {} };
    Object.defineProperty(globalThis, 'navigator', { value: {}, configurable: true });
    try {
      assert.throws(() => new OpenAI({ apiKey: 'k' }), /browser-like environment/);
      assert.ok(new OpenAI({ apiKey: 'k', dangerouslyAllowBrowser: true }));
    } finally {
      delete scope.window;
      if (saved) Object.defineProperty(globalThis, 'navigator', saved);
      else delete scope.navigator;
    }
  });
});

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
