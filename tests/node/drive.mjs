// Runs scenarios of the TypeScript parity tests (tests/parity/test_typescript_parity.py) with one SDK.
//
// usage: node drive.mjs SDK_MODULE SCENARIOS_JSON
//
// SDK_MODULE is an import specifier whose default export is the client class (the official
// `openai` package, or the file URL of our compiled package). Each scenario is run against a
// fresh recording server on 127.0.0.1 that answers with the scenario's replies in order (the
// last one repeating) and keeps every request as it arrived. Prints one JSON array: for each
// scenario, the requests (method, raw target, header pairs with lower-cased names, body) and
// the outcome (what the call returned, or the error it raised, described field by field, or
// `timedOut` when it did not settle within the limit of a case).

import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [sdkModule, scenariosFile] = process.argv.slice(2);
const { default: Client } = await import(sdkModule);
const scenarios = JSON.parse(readFileSync(scenariosFile, 'utf-8'));

async function withServer(replies, body) {
  const requests = [];
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const headers = [];
      for (let i = 0; i < request.rawHeaders.length; i += 2) {
        headers.push([request.rawHeaders[i].toLowerCase(), request.rawHeaders[i + 1]]);
      }
      requests.push(withoutBoundary({ method: request.method, target: request.url, headers, body: Buffer.concat(chunks).toString('utf-8') }));
      const reply = replies[Math.min(requests.length - 1, replies.length - 1)] ?? {};
      const answer = () => {
        if (reply.drop) {
          request.socket.destroy();
          return;
        }
        if (reply.raw !== undefined) {
          // Bytes written as they are (a broken answer), then the connection reset.
          request.socket.write(Buffer.from(reply.raw, 'latin1'), () => request.socket.destroy());
          return;
        }
        response.writeHead(reply.status ?? 200, reply.headers ?? []);
        if (reply.body_delay_ms) {
          // The headers now, the body after a stall (a client's deadline runs out mid-body).
          response.flushHeaders();
          setTimeout(() => response.end(reply.body ?? ''), reply.body_delay_ms);
          return;
        }
        response.end(reply.body ?? '');
      };
      setTimeout(answer, reply.delay_ms ?? 0);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    return { outcome: await body(base), requests };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

// A multipart boundary is random: it is spelled BOUNDARY in what is compared.
function withoutBoundary(request) {
  const type = request.headers.find(([name]) => name === 'content-type')?.[1] ?? '';
  const boundary = /boundary=(\S+)/.exec(type)?.[1];
  if (!boundary) return request;
  const blank = (text) => text.split(boundary).join('BOUNDARY');
  return { ...request, headers: request.headers.map(([name, value]) => [name, blank(value)]), body: blank(request.body) };
}

// A value of the scenario's JSON that stands for something JSON cannot spell: `{"$body": kind, "value": ...}`.
function revive(value) {
  if (Array.isArray(value)) return value.map(revive);
  if (!value || typeof value !== 'object') return value;
  if (!('$body' in value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  const bytes = () => new TextEncoder().encode(value.value);
  const chunks = () => value.value.map((chunk) => new TextEncoder().encode(chunk));
  switch (value.$body) {
    case 'bytes':
      return bytes();
    case 'arraybuffer':
      return bytes().buffer;
    case 'dataview':
      return new DataView(bytes().buffer);
    case 'search':
      return new URLSearchParams(value.value);
    case 'formdata': {
      const form = new FormData();
      for (const [name, text] of value.value) form.append(name, text);
      return form;
    }
    case 'blob':
      return new Blob([value.value], { type: value.type ?? '' });
    case 'stream': {
      const parts = chunks();
      return new ReadableStream({
        pull(controller) {
          if (parts.length) controller.enqueue(parts.shift());
          else controller.close();
        },
      });
    }
    case 'iterable':
      return (async function* () {
        for (const chunk of chunks()) yield chunk;
      })();
    default:
      throw new Error(`unknown body ${value.$body}`);
  }
}

// What the client logged, as JSON (headers, maps and sets as plain objects and lists).
function loggedAs(level, args) {
  const plain = (key, value) =>
    value instanceof Headers
      ? Object.fromEntries(value)
      : value instanceof Map
        ? Object.fromEntries(value)
        : value instanceof Set
          ? [...value]
          : value;
  return JSON.parse(JSON.stringify([level, ...args], plain));
}

function describeError(error) {
  const described = { raised: error?.constructor?.name, message: String(error?.message) };
  for (const key of ['status', 'requestID', 'code', 'param', 'type', 'error']) {
    if (error && key in error) described[key] = error[key] === undefined ? '<undefined>' : error[key];
  }
  if (error?.headers instanceof Headers) described.headers = error.headers.get('x-request-id');
  if (error?.cause) described.cause = error.cause.constructor?.name;
  return described;
}

function describePage(page) {
  const fields = {};
  for (const key of ['data', 'has_more', 'last_id', 'first_id']) {
    if (key in page) fields[key] = page[key];
  }
  return { page: fields, hasNextPage: page.hasNextPage(), body: page.body, request_id: page._request_id ?? '<absent>' };
}

function target(client, call) {
  let resource = client;
  for (const name of call.resource) resource = resource[name];
  return resource[call.method].bind(resource);
}

async function run(scenario, base) {
  const logs = [];
  const outcome = await observe(scenario, base, logs);
  return scenario.log ? { ...outcome, logs } : outcome;
}

async function observe(scenario, base, logs) {
  const options = { apiKey: 'sk-parity', baseURL: base + (scenario.base_path ?? '/v1'), ...scenario.client };
  if (scenario.log) {
    options.logger = {};
    for (const level of ['error', 'warn', 'info', 'debug']) {
      options.logger[level] = (...args) => logs.push(loggedAs(level, args));
    }
  }
  const saved = { ...process.env };
  Object.assign(process.env, scenario.env ?? {});
  let client;
  try {
    client = new Client(options);
  } finally {
    for (const name of Object.keys(scenario.env ?? {})) {
      if (name in saved) process.env[name] = saved[name];
      else delete process.env[name];
    }
  }
  if (scenario.with_options) client = client.withOptions(revive(scenario.with_options));
  // The official client's idempotency header is a protected field its subclasses set; ours is generated in.
  if (scenario.idempotency_header) client.idempotencyHeader = scenario.idempotency_header;
  if (scenario.log) logs.push(['logLevel', client.logLevel]);
  const method = target(client, scenario.call);
  const args = revive([...scenario.call.args]);
  if (scenario.call.options !== undefined) args.push(revive(scenario.call.options));
  try {
    const promise = method(...args);
    switch (scenario.observe ?? 'await') {
      case 'await': {
        const value = await promise;
        if (value && typeof value.hasNextPage === 'function') return { returned: describePage(value) };
        return { returned: value === undefined ? '<undefined>' : value, request_id: value?._request_id ?? '<absent>' };
      }
      case 'with_response': {
        const { data, response, request_id } = await promise.withResponse();
        return { returned: data, request_id, status: response.status, bodyUsed: response.bodyUsed };
      }
      case 'as_response': {
        const response = await promise.asResponse();
        return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
      }
      case 'iterate': {
        const items = [];
        for await (const item of promise) items.push(item);
        return { items };
      }
      case 'pages': {
        const pages = [];
        for await (const page of (await promise).iterPages()) pages.push(describePage(page));
        return { pages };
      }
      case 'next_page': {
        const page = await promise;
        return { next: describePage(await page.getNextPage()) };
      }
      default:
        throw new Error(`unknown observation ${scenario.observe}`);
    }
  } catch (error) {
    return describeError(error);
  }
}

const observations = [];
// A scenario that has not settled in this time is recorded as timed out (a hard limit per case).
const CASE_LIMIT_MS = 30_000;

function limited(promise) {
  let timer;
  const limit = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ timedOut: CASE_LIMIT_MS }), CASE_LIMIT_MS);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

for (const scenario of scenarios) {
  observations.push(await withServer(scenario.replies, (base) => limited(run(scenario, base))));
}
// Exit once written: a case cut at its limit may still hold timers.
process.stdout.write(JSON.stringify(observations), () => process.exit(0));
