// Runtime file copied verbatim by sdkgen. Do not edit.
/**
 * Server-sent events: a `Stream` iterates the JSON payload of each event of a
 * `text/event-stream` response until the `[DONE]` sentinel or the end of the body. An
 * event whose payload carries an `error` member throws it as an `APIError`. Breaking out
 * of the loop aborts the request.
 */

import { APIError } from './errors.js';

/** One event as the server sent it. */
export interface ServerSentEvent {
  event: string | null;
  data: string;
  id: string | null;
}

export class Stream<Item> implements AsyncIterable<Item> {
  readonly controller: AbortController;
  readonly #events: () => AsyncIterator<ServerSentEvent>;

  constructor(events: () => AsyncIterator<ServerSentEvent>, controller: AbortController) {
    this.#events = events;
    this.controller = controller;
  }

  /** The stream of `response`'s events; `controller` aborts the request. */
  static fromSSEResponse<Item>(response: Response, controller: AbortController): Stream<Item> {
    return new Stream<Item>(() => readEvents(response, controller)[Symbol.asyncIterator](), controller);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    const events = this.#events();
    let completed = false;
    try {
      while (true) {
        const next = await events.next();
        if (next.done) {
          break;
        }
        const sse = next.value;
        if (sse.data === '[DONE]') {
          break;
        }
        const payload: unknown = JSON.parse(sse.data);
        const error = (payload as { error?: unknown } | null)?.error;
        if (error || sse.event === 'error') {
          throw new APIError(undefined, (error ?? payload) as object | undefined, undefined, undefined);
        }
        yield payload as Item;
      }
      completed = true;
    } finally {
      if (!completed) {
        this.controller.abort();
      }
      await events.return?.();
    }
  }
}

async function* readEvents(response: Response, controller: AbortController): AsyncGenerator<ServerSentEvent> {
  if (!response.body) {
    controller.abort();
    return;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let event: ServerSentEvent = { event: null, data: '', id: null };
  let lines: string[] = [];
  try {
    while (true) {
      const { value, done } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      [lines, buffer] = splitLines(buffer, done);
      for (const line of lines) {
        if (line === '') {
          if (event.data !== '' || event.event !== null) {
            yield finished(event);
          }
          event = { event: null, data: '', id: null };
          continue;
        }
        event = withField(event, line);
      }
      if (done) {
        break;
      }
    }
    if (event.data !== '') {
      yield finished(event);
    }
  } finally {
    reader.releaseLock();
  }
}

/** `event` without the newline its last `data` line ended with. */
function finished(event: ServerSentEvent): ServerSentEvent {
  return { ...event, data: event.data.endsWith('\n') ? event.data.slice(0, -1) : event.data };
}

/** Complete lines of `buffer` (CR, LF or CRLF ended) and the unfinished rest. */
function splitLines(buffer: string, done: boolean): [string[], string] {
  // A CR at the very end may be the first half of a CRLF: hold it for the next chunk.
  const held = !done && buffer.endsWith('\r') ? '\r' : '';
  const parts = (held ? buffer.slice(0, -1) : buffer).split(/\r\n|\r|\n/);
  const rest = done ? '' : (parts.pop() ?? '');
  return [parts, rest + held];
}

function withField(event: ServerSentEvent, line: string): ServerSentEvent {
  if (line.startsWith(':')) {
    return event;
  }
  const colon = line.indexOf(':');
  const name = colon === -1 ? line : line.slice(0, colon);
  let value = colon === -1 ? '' : line.slice(colon + 1);
  if (value.startsWith(' ')) {
    value = value.slice(1);
  }
  if (name === 'data') {
    return { ...event, data: `${event.data}${value}\n` };
  }
  if (name === 'event') {
    return { ...event, event: value };
  }
  if (name === 'id') {
    return { ...event, id: value };
  }
  return event;
}
