// File generated from conversations.yaml by sdkgen. Do not edit.
// Sending requests: retries and their delays, timeouts, aborts, and the errors of each status.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  OpenAI,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  OpenAIError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../../src/index.js';
import { TestServer } from '../server.js';

const JSON_TYPE = { 'content-type': 'application/json' };
const ERROR_BODY = JSON.stringify({ error: { message: 'Bad thing', type: 'invalid', param: 'p', code: 'c' } });

describe('requests', () => {
  const server = new TestServer();
  let client: OpenAI;
  let baseURL: string;

  before(async () => {
    baseURL = await server.start();
    client = new OpenAI({ apiKey: 'My API Key', baseURL, maxRetries: 2 });
  });

  after(() => server.close());

  test('408, 409, 429 and 5xx are retried, counting attempts in a header', async () => {
    for (const status of [408, 409, 429, 500, 503]) {
      server.script({ status, headers: { 'retry-after-ms': '1' } }, { status: 200, body: '{"ok":1}', headers: JSON_TYPE });
      assert.deepEqual(await client.get('/a'), { ok: 1 }, String(status));
      assert.deepEqual(
        server.requests.map((r) => r.headers['x-stainless-retry-count']),
        ['0', '1'],
      );
    }
  });

  test('other statuses are not retried; x-should-retry decides either way', async () => {
    server.script({ status: 400, body: ERROR_BODY, headers: JSON_TYPE });
    await assert.rejects(client.get('/a'), BadRequestError);
    assert.equal(server.requests.length, 1);
    server.script({ status: 400, headers: { 'x-should-retry': 'true', 'retry-after-ms': '1' } }, { status: 200 });
    await client.get('/a');
    assert.equal(server.requests.length, 2);
    server.script({ status: 500, headers: { 'x-should-retry': 'false' } });
    await assert.rejects(client.get('/a'), InternalServerError);
    assert.equal(server.requests.length, 1);
  });

  test("retries stop after maxRetries, the client's or the request's", async () => {
    server.script({ status: 503, headers: { 'retry-after-ms': '1' } });
    await assert.rejects(client.get('/a'), InternalServerError);
    assert.equal(server.requests.length, 3);
    server.script({ status: 503, headers: { 'retry-after-ms': '1' } });
    await assert.rejects(client.get('/a', { maxRetries: 0 }), InternalServerError);
    assert.equal(server.requests.length, 1);
  });

  test('retry-after in seconds is waited for', async () => {
    server.script({ status: 429, headers: { 'retry-after': '0.3' } }, { status: 200 });
    const started = Date.now();
    await client.get('/a');
    assert.ok(Date.now() - started >= 280, 'the delay the server asked for');
  });

  test('without a usable retry-after, the backoff starts at half a second less jitter', async () => {
    server.script({ status: 500, headers: { 'retry-after': '120' } }, { status: 200 });
    const started = Date.now();
    await client.get('/a');
    const waited = Date.now() - started;
    assert.ok(waited >= 370 && waited < 1500, `waited ${waited} ms`);
  });

  test('a timeout is retried, then raised', async () => {
    server.script({ status: 200, delay: 1000 });
    const quick = client.withOptions({ timeout: 100, maxRetries: 1 });
    await assert.rejects(quick.get('/a'), APIConnectionTimeoutError);
    assert.equal(server.requests.length, 2);
  });

  test('a per-request timeout is announced in whole seconds', async () => {
    server.json({});
    await client.get('/a', { timeout: 45999 });
    assert.equal(server.last.headers['x-stainless-timeout'], '45');
    await assert.rejects(client.get('/a', { timeout: 1.5 }), /timeout must be an integer/);
  });

  test('a connection that fails is an APIConnectionError', async () => {
    const nowhere = new OpenAI({ apiKey: 'My API Key', baseURL: 'http://127.0.0.1:9', maxRetries: 0 });
    const error = await nowhere.get('/a').catch((e: unknown) => e);
    assert.ok(error instanceof APIConnectionError);
    assert.equal(error.message, 'Connection error.');
    assert.ok(error.cause instanceof Error);
  });

  test('an aborted signal stops the request and its retries', async () => {
    server.script({ status: 200, delay: 1000 });
    const controller = new AbortController();
    const pending = client.get('/a', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(pending, APIUserAbortError);
    server.script({ status: 503, headers: { 'retry-after-ms': '5000' } });
    const waiting = new AbortController();
    const retrying = client.get('/a', { signal: waiting.signal });
    setTimeout(() => waiting.abort(), 100);
    await assert.rejects(retrying, APIUserAbortError);
    assert.equal(server.requests.length, 1);
  });

  test('an abort while the body is read stops the read at once', async () => {
    server.script({ status: 200, headers: JSON_TYPE, body: '{"id":', hold: true });
    const controller = new AbortController();
    const started = Date.now();
    const pending = client.get('/a', { signal: controller.signal, timeout: 5000 });
    setTimeout(() => controller.abort(), 100);
    await assert.rejects(pending, APIUserAbortError);
    assert.ok(Date.now() - started < 2000);
  });

  test('a body that stalls past the timeout is retried, then a timeout', async () => {
    server.script({ status: 200, headers: JSON_TYPE, body: '{"id":', hold: true });
    await assert.rejects(client.get('/a', { timeout: 200, maxRetries: 1 }), APIConnectionTimeoutError);
    assert.equal(server.requests.length, 2);
  });

  test('a connect timeout reported by fetch is a timeout error', async () => {
    const timingOut = new OpenAI({
      apiKey: 'My API Key', baseURL: 'http://127.0.0.1:9',
      maxRetries: 0,
      fetch: async () => {
        throw new TypeError('fetch failed', { cause: new Error('Connect Timeout Error') });
      },
    });
    await assert.rejects(timingOut.get('/a'), APIConnectionTimeoutError);
  });

  test('each status has its error class, with the error body, its fields and the request ID', async () => {
    const classes: Array<[number, new (...args: never[]) => APIError]> = [
      [400, BadRequestError],
      [401, AuthenticationError],
      [403, PermissionDeniedError],
      [404, NotFoundError],
      [409, ConflictError],
      [422, UnprocessableEntityError],
      [429, RateLimitError],
      [500, InternalServerError],
      [502, InternalServerError],
      [418, APIError],
    ];
    for (const [status, ErrorClass] of classes) {
      server.script({ status, body: ERROR_BODY, headers: { ...JSON_TYPE, 'x-request-id': 'req_1', 'x-should-retry': 'false' } });
      const error = await client.get('/a').catch((e: unknown) => e);
      assert.ok(error instanceof ErrorClass && error instanceof OpenAIError, String(status));
      assert.equal(error.constructor, ErrorClass);
      assert.equal(error.status, status);
      assert.equal(error.message, `${status} Bad thing`);
      assert.equal(error.requestID, 'req_1');
      assert.deepEqual([error.code, error.param, error.type], ['c', 'p', 'invalid']);
      assert.deepEqual(error.error, { message: 'Bad thing', type: 'invalid', param: 'p', code: 'c' });
    }
  });

  test('error messages for bodies of every shape', async () => {
    const cases: Array<[string, string]> = [
      ['plain text', '404 plain text'],
      ['', '404 status code (no body)'],
      ['{"message":"top","code":"x"}', '404 top'],
      ['{"error":"text"}', '404 "text"'],
      ['{"error":{"message":{"nested":1}}}', '404 {"nested":1}'],
      ['[1,2]', '404 [1,2]'],
    ];
    for (const [body, message] of cases) {
      server.script({ status: 404, body });
      const error = await client.get('/a').catch((e: unknown) => e);
      assert.ok(error instanceof NotFoundError);
      assert.equal(error.message, message);
    }
  });
});
