/**
 * The errors the client raises: one class per HTTP status the API documents, and the
 * connection, timeout and abort errors. Every one is an `SDKError` (the base class of
 * `error-base.ts`, named as the SDK config says).
 */

import { SDKError } from './error-base.js';

export * from './error-base.js';

/** The API answered with a status outside 2xx (or the request never got an answer). */
export class APIError<
  TStatus extends number | undefined = number | undefined,
  THeaders extends Headers | undefined = Headers | undefined,
  TError extends object | undefined = object | undefined,
> extends SDKError {
  /** The HTTP status of the response. */
  readonly status: TStatus;
  /** The HTTP headers of the response. */
  readonly headers: THeaders;
  /** The ID of the request, from the `x-request-id` header. */
  readonly requestID: string | null | undefined;
  /** The JSON body of the response (its `error` member when it has one). */
  readonly error: TError;
  readonly code: string | null | undefined;
  readonly param: string | null | undefined;
  readonly type: string | undefined;

  constructor(status: TStatus, error: TError, message: string | undefined, headers: THeaders) {
    super(APIError.makeMessage(status, error, message));
    this.status = status;
    this.headers = headers;
    this.requestID = headers?.get('x-request-id');
    this.error = error;
    const data = error as Record<string, unknown> | undefined;
    this.code = data?.['code'] as string | null | undefined;
    this.param = data?.['param'] as string | null | undefined;
    this.type = data?.['type'] as string | undefined;
  }

  private static makeMessage(status: number | undefined, error: unknown, message: string | undefined): string {
    const inner = (error as { message?: unknown } | undefined)?.message;
    const text = inner
      ? typeof inner === 'string'
        ? inner
        : JSON.stringify(inner)
      : error
        ? JSON.stringify(error)
        : message;
    if (status && text) {
      return `${status} ${text}`;
    }
    if (status) {
      return `${status} status code (no body)`;
    }
    return text || '(no status code or body)';
  }

  /** The error for a response of `status`, with its parsed body. */
  static generate(status: number, errorResponse: unknown, message: string | undefined, headers: Headers): APIError {
    const error = (errorResponse as { error?: object } | null | undefined)?.error;
    switch (status) {
      case 400:
        return new BadRequestError(status, error, message, headers);
      case 401:
        return new AuthenticationError(status, error, message, headers);
      case 403:
        return new PermissionDeniedError(status, error, message, headers);
      case 404:
        return new NotFoundError(status, error, message, headers);
      case 409:
        return new ConflictError(status, error, message, headers);
      case 422:
        return new UnprocessableEntityError(status, error, message, headers);
      case 429:
        return new RateLimitError(status, error, message, headers);
      default:
        return status >= 500
          ? new InternalServerError(status, error, message, headers)
          : new APIError(status, error, message, headers);
    }
  }
}

/** The request was aborted by the caller's `signal`. */
export class APIUserAbortError extends APIError<undefined, undefined, undefined> {
  constructor({ message, cause }: { message?: string; cause?: unknown } = {}) {
    super(undefined, undefined, message || 'Request was aborted.', undefined);
    if (cause !== undefined) {
      this.cause = cause;
    }
  }
}

/** No response: the connection failed. */
export class APIConnectionError extends APIError<undefined, undefined, undefined> {
  constructor({ message, cause }: { message?: string | undefined; cause?: Error | undefined }) {
    super(undefined, undefined, message || 'Connection error.', undefined);
    if (cause) {
      this.cause = cause;
    }
  }
}

/**
 * A 2xx response whose JSON body does not parse (invalid, truncated): the call cannot give
 * the value its type promises. Carries the status, the headers and the body text; the
 * parse error is its `cause`. (openai-node throws the bare `SyntaxError`.)
 */
export class APIResponseValidationError extends APIError<number, Headers, undefined> {
  /** The body as the server sent it. */
  readonly body: string;

  constructor({ status, headers, body, cause }: { status: number; headers: Headers; body: string; cause: unknown }) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(status, undefined, `The response body is not valid JSON: ${reason}`, headers);
    this.body = body;
    this.cause = cause;
  }
}

/** No response within the timeout. */
export class APIConnectionTimeoutError extends APIConnectionError {
  constructor({ message, cause }: { message?: string; cause?: Error } = {}) {
    super({ message: message ?? 'Request timed out.', cause });
  }
}

export class BadRequestError extends APIError<400, Headers> {}
export class AuthenticationError extends APIError<401, Headers> {}
export class PermissionDeniedError extends APIError<403, Headers> {}
export class NotFoundError extends APIError<404, Headers> {}
export class ConflictError extends APIError<409, Headers> {}
export class UnprocessableEntityError extends APIError<422, Headers> {}
export class RateLimitError extends APIError<429, Headers> {}
export class InternalServerError extends APIError<number, Headers> {}

/** `value` as an `Error` (wrapping what is not one). */
export function castToError(value: unknown): Error {
  if (value instanceof Error) {
    return value;
  }
  if (typeof value === 'object' && value !== null) {
    try {
      return new Error(JSON.stringify(value));
    } catch {
      // an object JSON cannot print: fall through to its string form
    }
  }
  return new Error(String(value));
}

/** Whether `error` is an abort (from a signal or a timeout), whatever the runtime calls it. */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (('name' in error && error.name === 'AbortError') ||
      ('message' in error && String(error.message).includes('FetchRequestCanceledException')))
  );
}
