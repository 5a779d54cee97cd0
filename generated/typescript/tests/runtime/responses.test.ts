// Runtime file copied verbatim by sdkgen. Do not edit.
// What comes back: parsed bodies with their request ID, raw responses, pages, streams.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import Client, {
  AbstractPage,
  APIError,
  APIPromise,
  APIResponseValidationError,
  PagePromise,
} from '../../src/index.js';
import type { BaseClient } from '../../src/core/client-core.js';
import { nextCountedRequest, nextCursorRequest, nextLink, pageBody } from '../../src/core/pagination.js';
import type { FinalRequestOptions } from '../../src/core/request-options.js';
import { TestServer } from '../server.js';

const JSON_TYPE = { 'content-type': 'application/json' };

/** A page of `items`, continued with `cursor` set to the body's `next`. */
class TestPage<Item> extends AbstractPage<Item> {
  items: Item[];
  next: string;

  constructor(client: BaseClient, response: Response, body: unknown, options: FinalRequestOptions) {
    super(client, response, body, options);
    const fields = pageBody(body);
    this.items = Array.isArray(fields['items']) ? (fields['items'] as Item[]) : [];
    this.next = typeof fields['next'] === 'string' ? fields['next'] : '';
  }

  getPaginatedItems(): Item[] {
    return this.items;
  }

  nextPageRequestOptions(): FinalRequestOptions | null {
    return nextCursorRequest(this.options, 'cursor', this.next);
  }
}

function page(items: number[], next: string): { body: string; headers: Record<string, string> } {
  return { body: JSON.stringify({ items, next }), headers: JSON_TYPE };
}

describe('responses', () => {
  const server = new TestServer();
  let client: Client;

  before(async () => {
    client = new Client({ baseURL: await server.start(), maxRetries: 0, ...({ apiKey: 'k' } as object) });
  });

  after(() => server.close());

  test('a JSON body is parsed, with a hidden _request_id', async () => {
    server.json({ id: 'x', nested: { n: 1 } }, 200, { 'x-request-id': 'req_9' });
    const value = await client.get<{ id: string; nested: { n: number } }>('/a');
    assert.equal(value._request_id, 'req_9');
    assert.deepEqual(value, { id: 'x', nested: { n: 1 } });
    assert.deepEqual(Object.keys(value), ['id', 'nested']);
    assert.equal(JSON.stringify(value), '{"id":"x","nested":{"n":1}}');
  });

  test('the promise is an APIPromise, sent at once, parsed once', async () => {
    server.json({ n: 1 });
    const promise = client.get('/a');
    assert.ok(promise instanceof APIPromise && promise instanceof Promise);
    const [first, second] = [await promise, await promise];
    assert.equal(first, second);
    assert.equal(server.requests.length, 1);
  });

  test('withResponse gives the body, the response and the request ID', async () => {
    server.json({ n: 1 }, 201, { 'x-request-id': 'req_w' });
    const { data, response, request_id } = await client.get('/a').withResponse();
    assert.deepEqual(data, { n: 1 });
    assert.equal(response.status, 201);
    assert.equal(request_id, 'req_w');
  });

  test('asResponse gives the raw response, its body unread', async () => {
    server.json({ n: 1 });
    const response = await client.get('/a').asResponse();
    assert.equal(response.bodyUsed, false);
    assert.equal(await response.text(), '{"n":1}');
  });

  test('204 is null, a body is JSON or an error, never its text', async () => {
    server.script({ status: 204 });
    assert.equal(await client.delete('/a'), null);
    server.script({ status: 200, body: 'hello', headers: { 'content-type': 'text/plain' } });
    await assert.rejects(client.get('/a'), APIResponseValidationError); // openai-node resolves to 'hello'
    server.script({ status: 200, body: '{"a":1}', headers: { 'content-type': 'text/plain' } });
    assert.deepEqual(await client.get('/a'), { a: 1 }); // JSON under another label is still JSON
    for (const body of ['{oops', '{"id": "conv_1", "crea']) {
      server.script({ status: 200, body, headers: { ...JSON_TYPE, 'x-request-id': 'req_j' } });
      await assert.rejects(client.get('/a'), (error: unknown) => {
        assert.ok(error instanceof APIResponseValidationError && error instanceof APIError);
        assert.equal(error.status, 200);
        assert.equal(error.body, body);
        assert.equal(error.requestID, 'req_j');
        assert.ok(error.cause instanceof SyntaxError);
        assert.match(error.message, /^200 The response body is not valid JSON: /);
        return true;
      });
    }
    server.script({ status: 200, body: '{"a":1}', headers: { 'content-type': 'application/vnd.api+json' } });
    assert.deepEqual(await client.get('/a'), { a: 1 });
  });

  test('a page promise iterates every item of every page', async () => {
    server.script(page([1, 2], 'p2'), page([3], 'p3'), page([], ''));
    const items: number[] = [];
    const promise = client.getAPIList<number, TestPage<number>>('/list', TestPage, { query: { limit: 2 } });
    assert.ok(promise instanceof PagePromise);
    for await (const item of promise) {
      items.push(item);
    }
    assert.deepEqual(items, [1, 2, 3]);
    assert.deepEqual(
      server.requests.map((r) => r.target),
      ['/list?limit=2', '/list?limit=2&cursor=p2', '/list?limit=2&cursor=p3'],
    );
  });

  test('pages: the first by await, the rest by iterPages; no cursor, no next page', async () => {
    server.script(page([1], 'p2'), page([2], ''));
    const first = await client.getAPIList<number, TestPage<number>>('/list', TestPage);
    assert.deepEqual(first.items, [1]);
    assert.equal(first.hasNextPage(), true);
    const pages: number[][] = [];
    for await (const each of first.iterPages()) {
      pages.push(each.items);
    }
    assert.deepEqual(pages, [[1], [2]]);
    const last = await first.getNextPage();
    assert.equal(last.hasNextPage(), false);
    await assert.rejects(last.getNextPage(), /No next page expected/);
  });

  test('a cursor the server does not advance ends the list (openai-node pages on forever)', async () => {
    server.script(page([1], 'p1'));
    const seen: number[] = [];
    for await (const item of client.getAPIList<number, TestPage<number>>('/list', TestPage)) {
      seen.push(item);
    }
    assert.deepEqual(seen, [1, 1]); // the first page, then the page at `p1`, which names `p1` again
    assert.equal(server.requests.length, 2);
  });

  test('the next link is the Link header\'s rel="next"', () => {
    assert.equal(nextLink('<https://a.test/2>; rel="next", <https://a.test/9>; rel="last"'), 'https://a.test/2');
    assert.equal(nextLink('<https://a.test/1>; rel="prev", <https://a.test/3>; rel=next'), 'https://a.test/3');
    assert.equal(nextLink('<https://a.test/3>; title="n"; rel="prefetch next"'), 'https://a.test/3');
    assert.equal(nextLink('<https://a.test/1>; rel="prev"'), null);
    assert.equal(nextLink(null), null);
  });

  test('offsets and page numbers advance, or stop on a short page or at the total', () => {
    const options = (query: object) => ({ method: 'get' as const, path: '/list', query });
    const next = (query: object, received: number, total: number | null, numbered: boolean) =>
      nextCountedRequest(options(query), 'offset', 'limit', received, total, numbered)?.query ?? null;
    assert.deepEqual(next({}, 3, null, false), { offset: 3 });
    assert.deepEqual(next({ offset: 4, limit: 2 }, 2, null, false), { offset: 6, limit: 2 });
    assert.deepEqual(next({ offset: '4', limit: '2' }, 2, null, false), { offset: 6, limit: '2' });
    assert.equal(next({ offset: 4, limit: 2 }, 1, null, false), null);
    assert.equal(next({ offset: 4, limit: 2 }, 2, 6, false), null);
    assert.deepEqual(next({}, 3, null, true), { offset: 2 });
    assert.deepEqual(next({ offset: 0, limit: 3 }, 3, null, true), { offset: 1, limit: 3 });
    assert.equal(next({ offset: 2, limit: 3 }, 3, 6, true), null);
    assert.equal(next({ offset: 2, limit: 3 }, 2, null, true), null);
  });

  test('an event stream yields each event until [DONE]', async () => {
    const body = 'data: {"n":1}\r\n\r\n: a comment\n\nevent: delta\ndata: {"n":\ndata: 2}\n\ndata: [DONE]\n\n';
    server.script({ status: 200, body, headers: { 'content-type': 'text/event-stream' } });
    const stream = await client.post<AsyncIterable<unknown>>('/stream', { body: {}, stream: true });
    const events: unknown[] = [];
    for await (const event of stream) {
      events.push(event);
    }
    assert.deepEqual(events, [{ n: 1 }, { n: 2 }]);
  });

  test('an error event in a stream is thrown', async () => {
    const body = 'data: {"n":1}\n\ndata: {"error":{"message":"overloaded"}}\n\n';
    server.script({ status: 200, body, headers: { 'content-type': 'text/event-stream' } });
    const stream = await client.post<AsyncIterable<unknown>>('/stream', { body: {}, stream: true });
    const events: unknown[] = [];
    await assert.rejects(async () => {
      for await (const event of stream) {
        events.push(event);
      }
    }, /overloaded/);
    assert.deepEqual(events, [{ n: 1 }]);
  });

  test('a binary download is the response itself', async () => {
    server.script({ status: 200, body: Buffer.from([0, 1, 2, 255]), headers: { 'content-type': 'application/octet-stream' } });
    const response = await client.get<Response>('/file', { __binaryResponse: true });
    assert.deepEqual([...new Uint8Array(await response.arrayBuffer())], [0, 1, 2, 255]);
  });
});
