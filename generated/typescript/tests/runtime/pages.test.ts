// File generated from conversations.yaml by sdkgen. Do not edit.
// The package's own page classes: each walks five items served its way over three pages.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { OpenAI } from '../../src/index.js';
import type { AbstractPage, PageConstructor } from '../../src/core/pagination.js';
import { ConversationCursorPage } from '../../src/pagination.js';
import { TestServer } from '../server.js';

/** The base URL's placeholder, the first query, each reply's body and headers, the requests. */
type Script = [string, string, Array<[string, Array<string[]>]>, string[]];

interface Thing {
  id: string;
}

describe('the package pages', () => {
  const server = new TestServer();
  let base: string;
  let client: OpenAI;

  before(async () => {
    base = await server.start();
    client = new OpenAI({ apiKey: 'My API Key', baseURL: base, maxRetries: 0 });
  });

  after(() => server.close());

  async function walk<PageClass extends AbstractPage<Thing>>(
    Page: PageConstructor<PageClass>,
    [placeholder, query, replies, targets]: Script,
  ): Promise<void> {
    const sent = (text: string | undefined) => (text ?? '').replaceAll(placeholder, base);
    server.script(
      ...replies.map(([body, headers]) => ({
        body: sent(body),
        headers: { 'content-type': 'application/json', ...Object.fromEntries(headers.map(([k, v]) => [k, sent(v)])) },
      })),
    );
    const things: string[] = [];
    const list = client.getAPIList<Thing, PageClass>('/things', Page, { query: JSON.parse(query) });
    for await (const thing of list) {
      things.push(thing.id);
    }
    assert.deepEqual(things, ['i1', 'i2', 'i3', 'i4', 'i5']);
    assert.deepEqual(
      server.requests.map((request) => request.target),
      targets,
    );
  }

  test('ConversationCursorPage walks every page', async () => {
    await walk(ConversationCursorPage<Thing>, [
      '{base}',
      '{}',
      [
        ['{"data": [{"id": "i1"}, {"id": "i2"}], "has_more": true, "last_id": "c2"}', []],
        ['{"data": [{"id": "i3"}, {"id": "i4"}], "has_more": true, "last_id": "c3"}', []],
        ['{"data": [{"id": "i5"}], "has_more": false, "last_id": null}', []],
      ],
      ['/things', '/things?after=c2', '/things?after=c3'],
    ]);
  });
});
