// Runtime file copied verbatim by sdkgen. Do not edit.
/**
 * A recording HTTP server on 127.0.0.1 for the tests: it keeps every request (method,
 * path, query pairs, headers, body) and answers with the scripted replies in order, the
 * last one repeating.
 */

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** The request target as sent: path and query string. */
  target: string;
  path: string;
  query: Array<[string, string]>;
  headers: Record<string, string>;
  body: Buffer;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Milliseconds to wait before answering. */
  delay?: number;
  /** Send the status, headers and body, but never end the response. */
  hold?: boolean;
}

export class TestServer {
  readonly requests: RecordedRequest[] = [];
  #replies: Reply[] = [{ status: 200, body: '{}' }];
  #server: Server | undefined;

  /** Starts listening; resolves to the base URL to give the client. */
  async start(): Promise<string> {
    const server = createServer((request, response) => void this.#handle(request, response));
    this.#server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  /** Answer the next requests with `replies`, in order (the last one repeats). */
  script(...replies: Reply[]): void {
    this.#replies = replies;
    this.requests.length = 0;
  }

  /** Answer with `body` as JSON. */
  json(body: unknown, status = 200, headers: Record<string, string> = {}): void {
    this.script({ status, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
  }

  /** The last request received. */
  get last(): RecordedRequest {
    const last = this.requests[this.requests.length - 1];
    if (!last) {
      throw new Error('no request was sent');
    }
    return last;
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) {
      chunks.push(chunk as Buffer);
    }
    const target = request.url ?? '/';
    const url = new URL(target, 'http://127.0.0.1');
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      headers[name] = Array.isArray(value) ? value.join(', ') : (value ?? '');
    }
    this.requests.push({
      method: request.method ?? '',
      target,
      path: url.pathname,
      query: [...url.searchParams.entries()],
      headers,
      body: Buffer.concat(chunks),
    });
    const reply = this.#replies[Math.min(this.requests.length - 1, this.#replies.length - 1)] ?? {};
    if (reply.delay) {
      await new Promise((resolve) => setTimeout(resolve, reply.delay));
    }
    response.writeHead(reply.status ?? 200, reply.headers ?? {});
    if (reply.hold) {
      response.write(reply.body ?? '');
      return;
    }
    response.end(reply.body ?? '');
  }
}

/** The server's recorded JSON body of `request`, parsed. */
export function jsonBody(request: RecordedRequest): unknown {
  return JSON.parse(request.body.toString('utf-8'));
}
