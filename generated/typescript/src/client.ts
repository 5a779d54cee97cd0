// File generated from conversations.yaml by sdkgen. Do not edit.

import { credentialsFor, type AuthScheme, type Security, type WireCredentials } from './core/auth.js';
import { BaseClient, type Fetch } from './core/client-core.js';
import { browserMessage, isBrowser, readEnv } from './core/environment.js';
import * as Errors from './core/errors.js';
import type { HeadersLike } from './core/headers.js';
import type { Logger, LogLevel } from './core/log.js';
import { toFile } from './core/uploads.js';
import { Conversations } from './resources/conversations/conversations.js';
import { ConversationCursorPage } from './pagination.js';
import type { RequestOptions } from './core/request-options.js';
import type * as ConversationsAPI from './resources/conversations/conversations.js';
import type * as Shared from './resources/shared.js';

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
  static APIResponseValidationError = Errors.APIResponseValidationError;
  static NotFoundError = Errors.NotFoundError;
  static ConflictError = Errors.ConflictError;
  static RateLimitError = Errors.RateLimitError;
  static BadRequestError = Errors.BadRequestError;
  static AuthenticationError = Errors.AuthenticationError;
  static InternalServerError = Errors.InternalServerError;
  static PermissionDeniedError = Errors.PermissionDeniedError;
  static UnprocessableEntityError = Errors.UnprocessableEntityError;

  static toFile = toFile;
}

OpenAI.Conversations = Conversations;
OpenAI.ConversationCursorPage = ConversationCursorPage;

export declare namespace OpenAI {
  export { type RequestOptions as RequestOptions };

  export { ConversationCursorPage as ConversationCursorPage };

  export { Conversations as Conversations };
  export type AdditionalToolsItemParam = ConversationsAPI.AdditionalToolsItemParam;
  export type Annotation = ConversationsAPI.Annotation;
  export type ApplyPatchCallOutputStatusParam = ConversationsAPI.ApplyPatchCallOutputStatusParam;
  export type ApplyPatchCallStatusParam = ConversationsAPI.ApplyPatchCallStatusParam;
  export type ApplyPatchCreateFileOperationParam = ConversationsAPI.ApplyPatchCreateFileOperationParam;
  export type ApplyPatchDeleteFileOperationParam = ConversationsAPI.ApplyPatchDeleteFileOperationParam;
  export type ApplyPatchOperationParam = ConversationsAPI.ApplyPatchOperationParam;
  export type ApplyPatchToolCallItemParam = ConversationsAPI.ApplyPatchToolCallItemParam;
  export type ApplyPatchToolCallOutputItemParam = ConversationsAPI.ApplyPatchToolCallOutputItemParam;
  export type ApplyPatchToolParam = ConversationsAPI.ApplyPatchToolParam;
  export type ApplyPatchUpdateFileOperationParam = ConversationsAPI.ApplyPatchUpdateFileOperationParam;
  export type ApproximateLocation = ConversationsAPI.ApproximateLocation;
  export type AutoCodeInterpreterToolParam = ConversationsAPI.AutoCodeInterpreterToolParam;
  export type AutoCodeInterpreterToolParamNetworkPolicy = ConversationsAPI.AutoCodeInterpreterToolParamNetworkPolicy;
  export type CallableToolAllowedCaller = ConversationsAPI.CallableToolAllowedCaller;
  export type CodeInterpreterOutput = ConversationsAPI.CodeInterpreterOutput;
  export type CodeInterpreterOutputImage = ConversationsAPI.CodeInterpreterOutputImage;
  export type CodeInterpreterOutputLogs = ConversationsAPI.CodeInterpreterOutputLogs;
  export type CodeInterpreterTool = ConversationsAPI.CodeInterpreterTool;
  export type CodeInterpreterToolCall = ConversationsAPI.CodeInterpreterToolCall;
  export type CompactionSummaryItemParam = ConversationsAPI.CompactionSummaryItemParam;
  export type CompactionTriggerItemParam = ConversationsAPI.CompactionTriggerItemParam;
  export type ComparisonFilter = ConversationsAPI.ComparisonFilter;
  export type CompoundFilter = ConversationsAPI.CompoundFilter;
  export type CompoundFilterFiltersItem = ConversationsAPI.CompoundFilterFiltersItem;
  export type ComputerAction = ConversationsAPI.ComputerAction;
  export type ComputerCoordinate = ConversationsAPI.ComputerCoordinate;
  export type ComputerEnvironment = ConversationsAPI.ComputerEnvironment;
  export type ComputerSafetyCheck = ConversationsAPI.ComputerSafetyCheck;
  export type ComputerScreenshotContent = ConversationsAPI.ComputerScreenshotContent;
  export type ComputerScreenshotImage = ConversationsAPI.ComputerScreenshotImage;
  export type ComputerTool = ConversationsAPI.ComputerTool;
  export type ComputerToolCall = ConversationsAPI.ComputerToolCall;
  export type ComputerToolCallOutputInput = ConversationsAPI.ComputerToolCallOutputInput;
  export type ComputerUsePreviewTool = ConversationsAPI.ComputerUsePreviewTool;
  export type ConfigurationUpdateItemParam = ConversationsAPI.ConfigurationUpdateItemParam;
  export type ConfigurationUpdateReasoning = ConversationsAPI.ConfigurationUpdateReasoning;
  export type ConfigurationUpdateText = ConversationsAPI.ConfigurationUpdateText;
  export type ContainerAutoParam = ConversationsAPI.ContainerAutoParam;
  export type ContainerAutoParamNetworkPolicy = ConversationsAPI.ContainerAutoParamNetworkPolicy;
  export type ContainerAutoParamSkillsItem = ConversationsAPI.ContainerAutoParamSkillsItem;
  export type ContainerFileCitationAnnotation = ConversationsAPI.ContainerFileCitationAnnotation;
  export type ContainerMemoryLimit = ConversationsAPI.ContainerMemoryLimit;
  export type ContainerNetworkPolicyAllowlistParam = ConversationsAPI.ContainerNetworkPolicyAllowlistParam;
  export type ContainerNetworkPolicyDisabledParam = ConversationsAPI.ContainerNetworkPolicyDisabledParam;
  export type ContainerNetworkPolicyDomainSecretParam = ConversationsAPI.ContainerNetworkPolicyDomainSecretParam;
  export type ContainerReferenceParam = ConversationsAPI.ContainerReferenceParam;
  export type Conversation = ConversationsAPI.Conversation;
  export type ConversationDeletedResource = ConversationsAPI.ConversationDeletedResource;
  export type CustomGrammarFormatParam = ConversationsAPI.CustomGrammarFormatParam;
  export type CustomTextFormatParam = ConversationsAPI.CustomTextFormatParam;
  export type CustomToolCall = ConversationsAPI.CustomToolCall;
  export type CustomToolCallOutput = ConversationsAPI.CustomToolCallOutput;
  export type CustomToolParam = ConversationsAPI.CustomToolParam;
  export type CustomToolParamFormat = ConversationsAPI.CustomToolParamFormat;
  export type DirectToolCallCallerParam = ConversationsAPI.DirectToolCallCallerParam;
  export type EasyInputMessage = ConversationsAPI.EasyInputMessage;
  export type EmptyModelParam = ConversationsAPI.EmptyModelParam;
  export type FileCitationAnnotation = ConversationsAPI.FileCitationAnnotation;
  export type FilePathAnnotation = ConversationsAPI.FilePathAnnotation;
  export type FileSearchResult = ConversationsAPI.FileSearchResult;
  export type FileSearchTool = ConversationsAPI.FileSearchTool;
  export type FileSearchToolCall = ConversationsAPI.FileSearchToolCall;
  export type Filters = ConversationsAPI.Filters;
  export type FunctionCallItemStatus = ConversationsAPI.FunctionCallItemStatus;
  export type FunctionShellActionParam = ConversationsAPI.FunctionShellActionParam;
  export type FunctionShellCallItemParam = ConversationsAPI.FunctionShellCallItemParam;
  export type FunctionShellCallItemParamEnvironment = ConversationsAPI.FunctionShellCallItemParamEnvironment;
  export type FunctionShellCallItemStatus = ConversationsAPI.FunctionShellCallItemStatus;
  export type FunctionShellCallOutputContentParam = ConversationsAPI.FunctionShellCallOutputContentParam;
  export type FunctionShellCallOutputExitOutcomeParam = ConversationsAPI.FunctionShellCallOutputExitOutcomeParam;
  export type FunctionShellCallOutputItemParam = ConversationsAPI.FunctionShellCallOutputItemParam;
  export type FunctionShellCallOutputOutcomeParam = ConversationsAPI.FunctionShellCallOutputOutcomeParam;
  export type FunctionShellCallOutputTimeoutOutcomeParam = ConversationsAPI.FunctionShellCallOutputTimeoutOutcomeParam;
  export type FunctionShellToolParam = ConversationsAPI.FunctionShellToolParam;
  export type FunctionShellToolParamEnvironment = ConversationsAPI.FunctionShellToolParamEnvironment;
  export type FunctionTool = ConversationsAPI.FunctionTool;
  export type FunctionToolCallInput = ConversationsAPI.FunctionToolCallInput;
  export type FunctionToolCallOutputInput = ConversationsAPI.FunctionToolCallOutputInput;
  export type FunctionToolParam = ConversationsAPI.FunctionToolParam;
  export type GrammarSyntax1 = ConversationsAPI.GrammarSyntax1;
  export type HybridSearchOptions = ConversationsAPI.HybridSearchOptions;
  export type ImageDetail = ConversationsAPI.ImageDetail;
  export type ImageGenActionEnum = ConversationsAPI.ImageGenActionEnum;
  export type ImageGenTool = ConversationsAPI.ImageGenTool;
  export type ImageGenToolInputImageMask = ConversationsAPI.ImageGenToolInputImageMask;
  export type ImageGenerationCall = ConversationsAPI.ImageGenerationCall;
  export type InlineSkillParam = ConversationsAPI.InlineSkillParam;
  export type InlineSkillSourceParam = ConversationsAPI.InlineSkillSourceParam;
  export type InputContent = ConversationsAPI.InputContent;
  export type InputFidelity = ConversationsAPI.InputFidelity;
  export type InputFileContent = ConversationsAPI.InputFileContent;
  export type InputImageContent = ConversationsAPI.InputImageContent;
  export type InputItem = ConversationsAPI.InputItem;
  export type InputMessage = ConversationsAPI.InputMessage;
  export type InputTextContent = ConversationsAPI.InputTextContent;
  export type ItemReference = ConversationsAPI.ItemReference;
  export type ItemStatus = ConversationsAPI.ItemStatus;
  export type LocalEnvironmentParam = ConversationsAPI.LocalEnvironmentParam;
  export type LocalShellCall = ConversationsAPI.LocalShellCall;
  export type LocalShellCallOutput = ConversationsAPI.LocalShellCallOutput;
  export type LocalShellExecAction = ConversationsAPI.LocalShellExecAction;
  export type LocalShellToolParam = ConversationsAPI.LocalShellToolParam;
  export type LocalSkillParam = ConversationsAPI.LocalSkillParam;
  export type LogProb = ConversationsAPI.LogProb;
  export type MCPTool = ConversationsAPI.MCPTool;
  export type MCPToolFilter = ConversationsAPI.MCPToolFilter;
  export type MCPToolRequireApproval = ConversationsAPI.MCPToolRequireApproval;
  export type McpApprovalRequest = ConversationsAPI.McpApprovalRequest;
  export type McpApprovalResponseInput = ConversationsAPI.McpApprovalResponseInput;
  export type McpCall = ConversationsAPI.McpCall;
  export type McpCallError = ConversationsAPI.McpCallError;
  export type McpListTools = ConversationsAPI.McpListTools;
  export type McpToolDefinition = ConversationsAPI.McpToolDefinition;
  export type Message = ConversationsAPI.Message;
  export type MessagePhase = ConversationsAPI.MessagePhase;
  export type MessageStatus = ConversationsAPI.MessageStatus;
  export type Metadata = ConversationsAPI.Metadata;
  export type NamespaceToolParam = ConversationsAPI.NamespaceToolParam;
  export type NamespaceToolParamToolsItem = ConversationsAPI.NamespaceToolParamToolsItem;
  export type OutputMessage = ConversationsAPI.OutputMessage;
  export type OutputMessageContent = ConversationsAPI.OutputMessageContent;
  export type OutputTextContent = ConversationsAPI.OutputTextContent;
  export type ProgramItemParam = ConversationsAPI.ProgramItemParam;
  export type ProgramOutputItemParam = ConversationsAPI.ProgramOutputItemParam;
  export type ProgramOutputItemStatus = ConversationsAPI.ProgramOutputItemStatus;
  export type ProgramToolCallCallerParam = ConversationsAPI.ProgramToolCallCallerParam;
  export type ProgrammaticToolCallingParam = ConversationsAPI.ProgrammaticToolCallingParam;
  export type PromptCacheBreakpoint = ConversationsAPI.PromptCacheBreakpoint;
  export type RankerVersionType = ConversationsAPI.RankerVersionType;
  export type RankingOptions = ConversationsAPI.RankingOptions;
  export type ReasoningEffort = ConversationsAPI.ReasoningEffort;
  export type ReasoningItem = ConversationsAPI.ReasoningItem;
  export type ReasoningTextContent = ConversationsAPI.ReasoningTextContent;
  export type RefusalContent = ConversationsAPI.RefusalContent;
  export type SearchContentType = ConversationsAPI.SearchContentType;
  export type SearchContextSize = ConversationsAPI.SearchContextSize;
  export type SkillReferenceParam = ConversationsAPI.SkillReferenceParam;
  export type SummaryTextContent = ConversationsAPI.SummaryTextContent;
  export type TextContent = ConversationsAPI.TextContent;
  export type TextResponseFormat = ConversationsAPI.TextResponseFormat;
  export type TextResponseFormatJsonSchema = ConversationsAPI.TextResponseFormatJsonSchema;
  export type TextResponseFormatText = ConversationsAPI.TextResponseFormatText;
  export type Tool = ConversationsAPI.Tool;
  export type ToolCallCaller = ConversationsAPI.ToolCallCaller;
  export type ToolCallCallerParam = ConversationsAPI.ToolCallCallerParam;
  export type ToolSearchCallItemParam = ConversationsAPI.ToolSearchCallItemParam;
  export type ToolSearchExecutionType = ConversationsAPI.ToolSearchExecutionType;
  export type ToolSearchOutputItemParam = ConversationsAPI.ToolSearchOutputItemParam;
  export type ToolSearchToolParam = ConversationsAPI.ToolSearchToolParam;
  export type TopLogProb = ConversationsAPI.TopLogProb;
  export type UrlCitationAnnotation = ConversationsAPI.UrlCitationAnnotation;
  export type WebSearchAction = ConversationsAPI.WebSearchAction;
  export type WebSearchApproximateLocation = ConversationsAPI.WebSearchApproximateLocation;
  export type WebSearchFindAction = ConversationsAPI.WebSearchFindAction;
  export type WebSearchOpenPageAction = ConversationsAPI.WebSearchOpenPageAction;
  export type WebSearchPreviewTool = ConversationsAPI.WebSearchPreviewTool;
  export type WebSearchSearchAction = ConversationsAPI.WebSearchSearchAction;
  export type WebSearchSource = ConversationsAPI.WebSearchSource;
  export type WebSearchTool = ConversationsAPI.WebSearchTool;
  export type WebSearchToolCall = ConversationsAPI.WebSearchToolCall;
  export type WebSearchToolFilters = ConversationsAPI.WebSearchToolFilters;
  export type ConversationCreateParams = ConversationsAPI.ConversationCreateParams;
  export type ConversationUpdateParams = ConversationsAPI.ConversationUpdateParams;

  export type Error = Shared.Error;
  export type ErrorResponse = Shared.ErrorResponse;
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
