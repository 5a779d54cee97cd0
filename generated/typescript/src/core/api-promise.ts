// Runtime file copied verbatim by sdkgen. Do not edit.
/**
 * `APIPromise`: the promise every method returns. Awaiting it gives the parsed body;
 * `.asResponse()` gives the raw `Response` as soon as its headers arrive (its body
 * unread), `.withResponse()` the parsed body with the `Response` and the request ID. The
 * request is sent at once; the body is parsed once, on first use.
 */

import type { APIResponseProps, WithRequestID } from './parse.js';

/** How a response becomes the value the promise resolves to. */
export type ResponseParser<T> = (props: APIResponseProps) => Promise<T>;

export class APIPromise<T> extends Promise<WithRequestID<T>> {
  readonly #responsePromise: Promise<APIResponseProps>;
  readonly #parseResponse: ResponseParser<T>;
  #parsed: Promise<WithRequestID<T>> | undefined;

  constructor(responsePromise: Promise<APIResponseProps>, parseResponse: ResponseParser<T>) {
    // A no-op executor: `then`, `catch` and `finally` below parse the response on demand.
    super((resolve) => resolve(undefined as WithRequestID<T>));
    this.#responsePromise = responsePromise;
    this.#parseResponse = parseResponse;
  }

  /** Promises derived from this one (`then`, `catch`) are plain promises. */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /** The raw `Response`, as soon as its headers arrive; its body is left unread. */
  asResponse(): Promise<Response> {
    return this.#responsePromise.then((props) => props.response);
  }

  /**
   * The parsed body, the `Response` it came in, and the request's ID (`x-request-id`): the
   * attempt's that answered, when a body that timed out was asked for again.
   */
  async withResponse(): Promise<{ data: WithRequestID<T>; response: Response; request_id: string | null }> {
    const data = await this.parse();
    const { response } = await this.#responsePromise;
    return { data, response, request_id: response.headers.get('x-request-id') };
  }

  private parse(): Promise<WithRequestID<T>> {
    this.#parsed ??= this.#responsePromise.then((props) => this.#parseResponse(props) as Promise<WithRequestID<T>>);
    return this.#parsed;
  }

  override then<TResult1 = WithRequestID<T>, TResult2 = never>(
    onfulfilled?: ((value: WithRequestID<T>) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    return this.parse().then(onfulfilled, onrejected);
  }

  override catch<TResult = never>(
    onrejected?: ((reason: unknown) => TResult | PromiseLike<TResult>) | null,
  ): Promise<WithRequestID<T> | TResult> {
    return this.parse().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<WithRequestID<T>> {
    return this.parse().finally(onfinally);
  }
}
