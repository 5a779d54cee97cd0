// File generated from conversations.yaml by sdkgen. Do not edit.

import { credentialsFor, type AuthScheme, type Security, type WireCredentials } from './core/auth.js';
import { BaseClient, type Fetch } from './core/client-core.js';
import { browserMessage, isBrowser, readEnv } from './core/environment.js';
import * as Errors from './core/errors.js';
import type { HeadersLike } from './core/headers.js';
import type { Logger, LogLevel } from './core/log.js';
import { Conversations } from './resources/conversations/conversations.js';

/** A function the client calls before each request for a fresh API key. */
export type ApiKeySetter = () => Promise<string>;

/** The security schemes the client can send, by their name in the spec. */
const AUTH_SCHEMES: Readonly<Record<string, AuthScheme>> = {
  'ApiKeyAuth': { kind: 'bearer', place: 'header', name: 'Authorization', options: ['apiKey'] },
};

/** The security requirement of the operations that name none of their own. */
const SECURITY: Security = [['ApiKeyAuth']];

/** The environment variable of each credential option. */
const CREDENTIAL_ENVS: Readonly<Record<string, string>> = {
  apiKey: 'OPENAI_API_KEY',
};

/** The options of a new client. */
export interface ClientOptions {
  /**
   * An OpenAI API key, sent in the header `Authorization: Bearer <key>`.
   * Defaults to `process.env['OPENAI_API_KEY']`.
   */
  apiKey?: string | ApiKeySetter | undefined;
  /**
   * The organization requests are made on behalf of.
   * Sent as the `OpenAI-Organization` header. Defaults to `process.env['OPENAI_ORG_ID']`.
   */
  organization?: string | null | undefined;
  /**
   * The project requests are made on behalf of.
   * Sent as the `OpenAI-Project` header. Defaults to `process.env['OPENAI_PROJECT_ID']`.
   */
  project?: string | null | undefined;
  /** Where requests go. Defaults to `process.env['OPENAI_BASE_URL']`, else `https://api.openai.com/v1`. */
  baseURL?: string | null | undefined;
  /** Milliseconds to wait for each attempt of a request. Default: 600000 (10 minutes). */
  timeout?: number | undefined;
  /** How many times to retry a failed request (connection errors, 408, 409, 429, 5xx). Default: 2. */
  maxRetries?: number | undefined;
  /** Headers sent with every request (`null` removes a default one). */
  defaultHeaders?: HeadersLike | undefined;
  /** Query parameters sent with every request. */
  defaultQuery?: Record<string, string | undefined> | undefined;
  /** The `fetch` to send requests with. Defaults to the global `fetch`. */
  fetch?: Fetch | undefined;
  /** Passed to every `fetch` call. */
  fetchOptions?: RequestInit | undefined;
  /** Allow running in a browser, where the API key would be visible to the page's users. */
  dangerouslyAllowBrowser?: boolean | undefined;
  /** What is logged: `off`, `error`, `warn`, `info` or `debug`. Defaults to `process.env['OPENAI_LOG']`, else `warn`. */
  logLevel?: LogLevel | undefined;
  /** Where log lines go (their secrets redacted first). Defaults to `globalThis.console`. */
  logger?: Logger | undefined;
}

/** The client of the OpenAI Conversations API. */
export class OpenAI extends BaseClient {
  /** The API key; with a key function, the last key it gave (null before the first request). */
  apiKey: string | null;
  organization: string | null;
  project: string | null;

  readonly #apiKeySetter: ApiKeySetter | undefined;
  readonly #options: ClientOptions;

  /**
   * A client of the OpenAI Conversations API.
   *
   * @throws {OpenAIError} when no API key is given or found in the environment.
   */
  constructor({
    baseURL = readEnv('OPENAI_BASE_URL'),
    apiKey = readEnv('OPENAI_API_KEY'),
    organization = readEnv('OPENAI_ORG_ID') ?? null,
    project = readEnv('OPENAI_PROJECT_ID') ?? null,
    ...options
  }: ClientOptions = {}) {
    if (!apiKey) {
      throw new Errors.OpenAIError(
        'Missing credentials. Please pass an `apiKey`, or set the `OPENAI_API_KEY` environment variable.',
      );
    }
    if (!options.dangerouslyAllowBrowser && isBrowser()) {
      throw new Errors.OpenAIError(browserMessage('OpenAI'));
    }
    super({
      baseURL: baseURL || 'https://api.openai.com/v1',
      timeout: options.timeout ?? OpenAI.DEFAULT_TIMEOUT,
      maxRetries: options.maxRetries ?? 2,
      defaultHeaders: options.defaultHeaders,
      defaultQuery: options.defaultQuery,
      fetch: options.fetch,
      fetchOptions: options.fetchOptions,
      logger: options.logger,
      logLevel: options.logLevel,
    });
    this.#options = {
      ...options,
      apiKey,
      baseURL,
      organization,
      project,
    };
    this.#apiKeySetter = typeof apiKey === 'function' ? apiKey : undefined;
    this.apiKey = typeof apiKey === 'string' ? apiKey : null;
    this.organization = organization;
    this.project = project;
  }

  /** A new client with these options replacing this one's (its logger and log level as this one has them). */
  withOptions(options: Partial<ClientOptions>): this {
    const Client = this.constructor as new (options: ClientOptions) => this;
    return new Client({ ...this.#options, logger: this.logger, logLevel: this.logLevel, ...options });
  }

  protected override async credentials(security: Security | undefined): Promise<WireCredentials> {
    if (this.#apiKeySetter) {
      this.apiKey = await callApiKeySetter(this.#apiKeySetter, 'apiKey');
    }
    const values = {
      apiKey: this.apiKey,
    };
    return credentialsFor(security ?? SECURITY, AUTH_SCHEMES, values, CREDENTIAL_ENVS);
  }

  protected override optionHeaders(): HeadersLike {
    return {
      'OpenAI-Organization': this.organization,
      'OpenAI-Project': this.project,
    };
  }

  /**
   * Create, retrieve, update and delete conversations and the items they contain.
   */
  conversations: Conversations = new Conversations(this);

  static OpenAI = this;
  static DEFAULT_TIMEOUT = 600000; // 10 minutes

  static OpenAIError = Errors.OpenAIError;
  static APIError = Errors.APIError;
  static APIConnectionError = Errors.APIConnectionError;
  static APIConnectionTimeoutError = Errors.APIConnectionTimeoutError;
  static APIUserAbortError = Errors.APIUserAbortError;
  static NotFoundError = Errors.NotFoundError;
  static ConflictError = Errors.ConflictError;
  static RateLimitError = Errors.RateLimitError;
  static BadRequestError = Errors.BadRequestError;
  static AuthenticationError = Errors.AuthenticationError;
  static InternalServerError = Errors.InternalServerError;
  static PermissionDeniedError = Errors.PermissionDeniedError;
  static UnprocessableEntityError = Errors.UnprocessableEntityError;
}

/** A fresh key from the key function: an error it throws, or a key that is not a non-empty string, is an `OpenAIError`. */
async function callApiKeySetter(setter: ApiKeySetter, option: string): Promise<string> {
  let token: unknown;
  try {
    token = await setter();
  } catch (error) {
    if (error instanceof Errors.OpenAIError) {
      throw error;
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new Errors.OpenAIError(`Failed to get token from '${option}' function: ${message}`, { cause: error });
  }
  if (typeof token !== 'string' || !token) {
    throw new Errors.OpenAIError(
      `Expected '${option}' function argument to return a string but it returned ${String(token)}`,
    );
  }
  return token;
}
