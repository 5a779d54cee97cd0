// Runs scenarios of the TypeScript parity tests (tests/parity/test_typescript_parity.py) with one SDK.
//
// usage: node drive.mjs SDK_MODULE SCENARIOS_JSON
//
// SDK_MODULE is an import specifier whose default export is the client class (the official
// `openai` package, or the file URL of our compiled package). Each scenario is run against a
// fresh recording server on 127.0.0.1 that answers with the scenario's replies in order (the
// last one repeating) and keeps every request as it arrived. Prints one JSON array: for each
// scenario, the requests (method, raw target, header pairs with lower-cased names, body) and
// the outcome (what the call returned, or the error it raised, described field by field).

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
      requests.push({ method: request.method, target: request.url, headers, body: Buffer.concat(chunks).toString('utf-8') });
      const reply = replies[Math.min(requests.length - 1, replies.length - 1)] ?? {};
      const answer = () => {
        if (reply.drop) {
          request.socket.destroy();
          return;
        }
        response.writeHead(reply.status ?? 200, reply.headers ?? []);
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
  const options = { apiKey: 'sk-parity', baseURL: base + (scenario.base_path ?? '/v1'), ...scenario.client };
  const client = new Client(options);
  const method = target(client, scenario.call);
  const args = [...scenario.call.args];
  if (scenario.call.options !== undefined) args.push(scenario.call.options);
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
for (const scenario of scenarios) {
  observations.push(await withServer(scenario.replies, (base) => run(scenario, base)));
}
process.stdout.write(JSON.stringify(observations));
