// Per-call overhead of TypeScript clients, run by bench/typescript_calls.py.
//
// usage: node typescript_calls.mjs ROUNDS CALLS SDK_NAME=MODULE ...
//
// Every client gets a `fetch` that answers at once with pre-serialised bytes, so no
// network is involved and what remains is the client's own work: building the request
// (URL, query, headers, body), parsing the response, and for lists the page object.
// Rounds of all contenders are interleaved (order rotating). Prints JSON: for each
// contender and call, the microseconds per call of every round.

const [rounds, calls, ...contenders] = process.argv.slice(2);

const conversation = JSON.stringify({ id: 'conv_123', object: 'conversation', created_at: 1741900000, metadata: { topic: 'demo' } });
const items = [];
for (let i = 0; i < 20; i++) {
  items.push(
    i % 2
      ? {
          type: 'message', id: `msg_${i}`, status: 'completed', role: 'assistant',
          content: [{ type: 'output_text', text: 'Hi there', annotations: [{ type: 'file_citation', file_id: 'f', filename: 'a.txt', index: 0 }], logprobs: [] }],
        }
      : { type: 'message', id: `msg_${i}`, status: 'completed', role: 'user', content: [{ type: 'input_text', text: 'Hello' }] },
  );
}
const page = JSON.stringify({ object: 'list', data: items, first_id: 'msg_0', last_id: 'msg_19', has_more: false });
const headers = { 'content-type': 'application/json', 'x-request-id': 'req_1' };
const fetch = async (url) =>
  new Response(url.includes('/items') ? page : conversation, { status: 200, headers });

const CALLS = {
  retrieve: (client) => client.conversations.retrieve('conv_123'),
  'items.list (20 items)': (client) => client.conversations.items.list('conv_123', { limit: 20 }),
  'items.create': (client) =>
    client.conversations.items.create('conv_123', {
      items: [{ type: 'message', role: 'user', content: 'Hello' }],
      include: ['message.output_text.logprobs'],
    }),
};

const clients = [];
for (const spec of contenders) {
  const [name, module] = spec.split('=');
  const { default: Client } = await import(module);
  clients.push({ name, client: new Client({ apiKey: 'sk-bench', baseURL: 'http://bench.invalid/v1', fetch, maxRetries: 0 }) });
}

const results = {};
for (const [callName, call] of Object.entries(CALLS)) {
  for (const { name, client } of clients) {
    for (let i = 0; i < 200; i++) await call(client); // warm-up
    results[`${name}|${callName}`] = [];
  }
  for (let round = 0; round < Number(rounds); round++) {
    const order = clients.map((_, i) => clients[(i + round) % clients.length]);
    for (const { name, client } of order) {
      const started = process.hrtime.bigint();
      for (let i = 0; i < Number(calls); i++) await call(client);
      const elapsed = Number(process.hrtime.bigint() - started) / 1000;
      results[`${name}|${callName}`].push(elapsed / Number(calls));
    }
  }
}
process.stdout.write(JSON.stringify(results));
