// File generated from conversations.yaml by sdkgen. Do not edit.

import { APIResource } from '../../core/resource.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request-options.js';
import { path } from '../../core/path.js';
import {
  Items,
  type AdditionalTools,
  type Annotation,
  type ApplyPatchCall,
  type ApplyPatchCallOutput,
  type ApplyPatchOperation,
  type Compaction,
  type ComputerScreenshotContent,
  type ComputerToolCallOutput,
  type ConfigurationUpdate,
  type ConfigurationUpdateReasoning,
  type ConfigurationUpdateText,
  type ContainerFileCitationAnnotation,
  type ConversationItem,
  type ConversationItemList,
  type FileCitationAnnotation,
  type FilePathAnnotation,
  type FunctionToolCall,
  type FunctionToolCallOutput,
  type ItemCreateParams,
  type ItemDeleteParams,
  type ItemListParams,
  type ItemRetrieveParams,
  type LogProb,
  type McpApprovalResponse,
  type Message,
  type MessageContent,
  type OutputTextContent,
  type Program,
  type ProgramOutput,
  type ReasoningEffort,
  type RefusalContent,
  type ResponseIncludable,
  type ShellAction,
  type ShellCall,
  type ShellCallOutcome,
  type ShellCallOutput,
  type ShellCallOutputContent,
  type ShellEnvironment,
  type TextContent,
  type TextResponseFormat,
  type TextResponseFormatJsonSchema,
  type TextResponseFormatText,
  type ToolDefinition,
  type ToolSearchCall,
  type ToolSearchExecution,
  type ToolSearchOutput,
  type TopLogProb,
  type UrlCitationAnnotation,
} from './items.js';

/**
 * Create, retrieve, update and delete conversations and the items they contain.
 */
export class Conversations extends APIResource {
  /**
   * Create, retrieve, update and delete conversations and the items they contain.
   */
  items: Items = new Items(this._client);

  /**
   * Create a conversation
   *
   * Creates a new conversation, optionally seeded with up to 20 initial items and with metadata.
   */
  create(
    body: ConversationCreateParams | null | undefined = {},
    options?: RequestOptions,
  ): APIPromise<Conversation> {
    return this._client.post('/conversations', { body, ...options });
  }

  /**
   * Retrieve a conversation
   *
   * Retrieves a conversation by its ID.
   */
  retrieve(conversationID: string, options?: RequestOptions): APIPromise<Conversation> {
    return this._client.get(path`/conversations/${conversationID}`, options);
  }

  /**
   * Update a conversation
   *
   * Replaces the metadata of a conversation. Items are not affected.
   */
  update(
    conversationID: string,
    body: ConversationUpdateParams,
    options?: RequestOptions,
  ): APIPromise<Conversation> {
    return this._client.post(path`/conversations/${conversationID}`, { body, ...options });
  }

  /**
   * Delete a conversation
   *
   * Deletes a conversation. Items in the conversation are not deleted.
   */
  delete(conversationID: string, options?: RequestOptions): APIPromise<ConversationDeletedResource> {
    return this._client.delete(path`/conversations/${conversationID}`, options);
  }
}

/**
 * An output of the code interpreter, either logs or an image.
 */
export type CodeInterpreterOutput = CodeInterpreterOutputLogs | CodeInterpreterOutputImage;

/**
 * An image output by the code interpreter.
 */
export interface CodeInterpreterOutputImage {
  /**
   * The output type, always `image`.
   */
  type: 'image';
  /**
   * The URL of the image.
   */
  url: string;
}

/**
 * Logs output by the code interpreter.
 */
export interface CodeInterpreterOutputLogs {
  /**
   * The output type, always `logs`.
   */
  type: 'logs';
  /**
   * The logs output by the code interpreter.
   */
  logs: string;
}

/**
 * A code interpreter tool call that runs Python code.
 */
export interface CodeInterpreterToolCall {
  /**
   * The unique ID of the code interpreter tool call.
   */
  id: string;
  /**
   * The item type, always `code_interpreter_call`.
   */
  type: 'code_interpreter_call';
  /**
   * The status of the code interpreter tool call.
   */
  status: 'in_progress' | 'completed' | 'incomplete' | 'interpreting' | 'failed';
  /**
   * The ID of the container used to run the code.
   */
  container_id: string;
  /**
   * The code to run, or null if not available.
   */
  code: string | null;
  /**
   * The logs and images produced; present when `code_interpreter_call.outputs` is included.
   */
  outputs: Array<CodeInterpreterOutput> | null;
}

/**
 * A computer use action. Which of the optional fields are present depends on `type`: `click` (button, x, y, keys), `double_click` (x, y, keys), `drag` (path, keys), `keypress` (keys), `move` (x, y, keys), `screenshot`, `scroll` (x, y, scroll_x, scroll_y, keys), `type` (text) and `wait`.
 */
export interface ComputerAction {
  /**
   * The kind of action.
   */
  type: 'click' | 'double_click' | 'drag' | 'keypress' | 'move' | 'screenshot' | 'scroll' | 'type' | 'wait';
  /**
   * The mouse button pressed (`click`).
   */
  button?: 'left' | 'right' | 'wheel' | 'back' | 'forward';
  /**
   * The x-coordinate of the action.
   */
  x?: number;
  /**
   * The y-coordinate of the action.
   */
  y?: number;
  /**
   * The keys to press (`keypress`) or held during the action.
   */
  keys?: Array<string> | null;
  /**
   * The path of a `drag` action, as a list of coordinates.
   */
  path?: Array<ComputerCoordinate>;
  /**
   * The horizontal scroll distance (`scroll`).
   */
  scroll_x?: number;
  /**
   * The vertical scroll distance (`scroll`).
   */
  scroll_y?: number;
  /**
   * The text to type (`type`).
   */
  text?: string;
}

/**
 * An x/y screen coordinate.
 */
export interface ComputerCoordinate {
  /**
   * The x-coordinate.
   */
  x: number;
  /**
   * The y-coordinate.
   */
  y: number;
}

/**
 * A safety check raised for a computer call.
 */
export interface ComputerSafetyCheck {
  /**
   * The ID of the safety check.
   */
  id: string;
  /**
   * The type of the safety check.
   */
  code?: string | null;
  /**
   * Details about the safety check.
   */
  message?: string | null;
}

/**
 * A computer screenshot image used with the computer use tool.
 */
export interface ComputerScreenshotImage {
  /**
   * The output type, always `computer_screenshot`.
   */
  type: 'computer_screenshot';
  /**
   * The URL of the screenshot image.
   */
  image_url?: string;
  /**
   * The ID of an uploaded file that contains the screenshot.
   */
  file_id?: string;
}

/**
 * A call by the model to the computer use tool.
 */
export interface ComputerToolCall {
  /**
   * The unique ID of the computer call.
   */
  id: string;
  /**
   * The item type, always `computer_call`.
   */
  type: 'computer_call';
  /**
   * The identifier used when responding to the call with output.
   */
  call_id: string;
  /**
   * The action to perform.
   */
  action?: ComputerAction;
  /**
   * A batch of actions to perform, in order.
   */
  actions?: Array<ComputerAction>;
  /**
   * The safety checks pending for the computer call.
   */
  pending_safety_checks: Array<ComputerSafetyCheck>;
  /**
   * The status of the item.
   */
  status: ItemStatus;
}

/**
 * The output of a computer tool call, sent back to the model.
 */
export interface ComputerToolCallOutputInput {
  /**
   * The ID of the computer tool call output.
   */
  id?: string | null;
  /**
   * The item type, always `computer_call_output`.
   */
  type: 'computer_call_output';
  /**
   * The ID of the computer tool call that produced the output.
   */
  call_id: string;
  /**
   * The screenshot produced by the action.
   */
  output: ComputerScreenshotImage;
  /**
   * The safety checks reported by the API that the developer has acknowledged.
   */
  acknowledged_safety_checks?: Array<ComputerSafetyCheck> | null;
  /**
   * The status of the item.
   */
  status?: ItemStatus | null;
}

/**
 * A conversation, a durable container of items usable as context by the Responses API.
 */
export interface Conversation {
  /**
   * The unique ID of the conversation.
   */
  id: string;
  /**
   * The object type, always `conversation`.
   */
  object: 'conversation';
  /**
   * The time at which the conversation was created, in seconds since the Unix epoch.
   */
  created_at: number;
  /**
   * Key-value pairs attached to the conversation (up to 16; keys up to 64 characters, values up to 512 characters).
   */
  metadata: Metadata | null;
}

/**
 * Confirmation returned when a conversation is deleted.
 */
export interface ConversationDeletedResource {
  /**
   * The ID of the deleted conversation.
   */
  id: string;
  /**
   * The object type, always `conversation.deleted`.
   */
  object: 'conversation.deleted';
  /**
   * Whether the conversation was deleted.
   */
  deleted: boolean;
}

/**
 * A call by the model to a custom tool.
 */
export interface CustomToolCall {
  /**
   * The unique ID of the custom tool call.
   */
  id?: string;
  /**
   * The item type, always `custom_tool_call`.
   */
  type: 'custom_tool_call';
  /**
   * The ID used to match this call with its output.
   */
  call_id: string;
  /**
   * The name of the custom tool being called.
   */
  name: string;
  /**
   * The namespace of the custom tool being called.
   */
  namespace?: string;
  /**
   * The input for the custom tool, generated by the model.
   */
  input: string;
  /**
   * The execution context that produced this tool call.
   */
  caller?: ToolCallCaller | null;
}

/**
 * The output of a custom tool call, produced by your code.
 */
export interface CustomToolCallOutput {
  /**
   * The unique ID of the custom tool call output.
   */
  id?: string;
  /**
   * The item type, always `custom_tool_call_output`.
   */
  type: 'custom_tool_call_output';
  /**
   * The ID of the custom tool call this output answers.
   */
  call_id: string;
  /**
   * The output of the custom tool call, as a string or a list of content parts.
   */
  output: string | Array<InputContent>;
  /**
   * The execution context that produced the tool call.
   */
  caller?: ToolCallCaller | null;
}

/**
 * A message input in short form. Instructions given with the `developer` or `system` role take precedence over the `user` role; `assistant` messages are presumed to come from the model in earlier turns.
 */
export interface EasyInputMessage {
  /**
   * The item type, always `message`.
   */
  type?: 'message';
  /**
   * The role of the message author.
   */
  role: 'user' | 'assistant' | 'system' | 'developer';
  /**
   * The content of the message, as text or a list of content parts.
   */
  content: string | Array<InputContent>;
  /**
   * For assistant messages, whether this is intermediate commentary or the final answer.
   */
  phase?: MessagePhase | null;
}

/**
 * A chunk of a file returned by a file search.
 */
export interface FileSearchResult {
  /**
   * The ID of the file.
   */
  file_id?: string;
  /**
   * The name of the file.
   */
  filename?: string;
  /**
   * The text retrieved from the file.
   */
  text?: string;
  /**
   * The relevance score of the result, between 0 and 1.
   */
  score?: number;
  /**
   * Up to 16 key-value attributes attached to the file; values are strings (up to 512 characters), numbers or booleans.
   */
  attributes?: { [key: string]: string | number | boolean } | null;
}

/**
 * A file search tool call and, if included, its results.
 */
export interface FileSearchToolCall {
  /**
   * The unique ID of the file search tool call.
   */
  id: string;
  /**
   * The item type, always `file_search_call`.
   */
  type: 'file_search_call';
  /**
   * The status of the file search tool call.
   */
  status: 'in_progress' | 'searching' | 'completed' | 'incomplete' | 'failed';
  /**
   * The queries used to search for files.
   */
  queries: Array<string>;
  /**
   * The search results; only present when `file_search_call.results` is included.
   */
  results?: Array<FileSearchResult> | null;
}

/**
 * A function tool call passed as input; `id` and `status` are optional.
 */
export interface FunctionToolCallInput {
  /**
   * The unique ID of the function tool call.
   */
  id?: string;
  /**
   * The item type, always `function_call`.
   */
  type: 'function_call';
  /**
   * The ID generated by the model, used to match the call with its output.
   */
  call_id: string;
  /**
   * The name of the function to run.
   */
  name: string;
  /**
   * The namespace of the function to run.
   */
  namespace?: string;
  /**
   * A JSON string of the arguments to pass to the function.
   */
  arguments: string;
  /**
   * The status of the item.
   */
  status?: ItemStatus;
  /**
   * The execution context that produced this tool call.
   */
  caller?: ToolCallCaller | null;
}

/**
 * The output of a function tool call, sent back to the model.
 */
export interface FunctionToolCallOutputInput {
  /**
   * The unique ID of the function tool call output.
   */
  id?: string | null;
  /**
   * The item type, always `function_call_output`.
   */
  type: 'function_call_output';
  /**
   * The ID of the function tool call this output answers.
   */
  call_id?: string | null;
  /**
   * The name of the tool that produced the output.
   */
  name?: string | null;
  /**
   * The namespace of the tool that produced the output.
   */
  namespace?: string | null;
  /**
   * The output of the function call, as a string or a list of content parts.
   */
  output: string | Array<InputContent>;
  /**
   * The status of the item.
   */
  status?: ItemStatus | null;
  /**
   * The execution context that produced the tool call.
   */
  caller?: ToolCallCaller | null;
}

/**
 * The detail level at which an image is sent to the model.
 */
export type ImageDetail = 'low' | 'high' | 'auto' | 'original';

/**
 * An image generation request made by the model.
 */
export interface ImageGenerationCall {
  /**
   * The unique ID of the image generation call.
   */
  id: string;
  /**
   * The item type, always `image_generation_call`.
   */
  type: 'image_generation_call';
  /**
   * The status of the image generation call.
   */
  status: 'in_progress' | 'completed' | 'generating' | 'failed';
  /**
   * The generated image, base64-encoded.
   */
  result: string | null;
}

/**
 * A text, image or file input part, discriminated by its `type`.
 */
export type InputContent = InputTextContent | InputImageContent | InputFileContent;

/**
 * A file input to the model, given by file ID, URL or inline data.
 */
export interface InputFileContent {
  /**
   * The content type, always `input_file`.
   */
  type: 'input_file';
  /**
   * The ID of an uploaded file.
   */
  file_id?: string | null;
  /**
   * The name of the file.
   */
  filename?: string;
  /**
   * The base64-encoded content of the file.
   */
  file_data?: string;
  /**
   * The URL of the file.
   */
  file_url?: string;
  /**
   * The rendering detail level of the file. Defaults to `auto`.
   */
  detail?: 'auto' | 'low' | 'high';
  /**
   * Marks the end of a reusable prompt prefix at this part.
   */
  prompt_cache_breakpoint?: PromptCacheBreakpoint | null;
}

/**
 * An image input to the model, given by URL, data URL or file ID.
 */
export interface InputImageContent {
  /**
   * The content type, always `input_image`.
   */
  type: 'input_image';
  /**
   * A fully qualified URL or a base64-encoded data URL of the image.
   */
  image_url?: string | null;
  /**
   * The ID of an uploaded file containing the image.
   */
  file_id?: string | null;
  /**
   * The detail level of the image. Defaults to `auto`.
   */
  detail?: ImageDetail;
  /**
   * Marks the end of a reusable prompt prefix at this part.
   */
  prompt_cache_breakpoint?: PromptCacheBreakpoint | null;
}

/**
 * An item to add to a conversation: a message (short or full form), a previous output or tool call, a tool call output, or a reference to an existing item.
 */
export type InputItem =
  | EasyInputMessage
  | InputMessage
  | FileSearchToolCall
  | WebSearchToolCall
  | ImageGenerationCall
  | ComputerToolCall
  | ComputerToolCallOutputInput
  | FunctionToolCallInput
  | FunctionToolCallOutputInput
  | ReasoningItem
  | CodeInterpreterToolCall
  | LocalShellCall
  | LocalShellCallOutput
  | McpListTools
  | McpApprovalRequest
  | McpApprovalResponseInput
  | McpCall
  | CustomToolCall
  | CustomToolCallOutput
  | ItemReference;

/**
 * A message input in full form, with a list of content parts.
 */
export interface InputMessage {
  /**
   * The item type, always `message`.
   */
  type?: 'message';
  /**
   * The role of the message author.
   */
  role: 'user' | 'system' | 'developer';
  /**
   * A list of text, image or file input parts.
   */
  content: Array<InputContent>;
  /**
   * The status of the message. Populated when items are returned via the API.
   */
  status?: MessageStatus;
}

/**
 * A text input to the model.
 */
export interface InputTextContent {
  /**
   * The content type, always `input_text`.
   */
  type: 'input_text';
  /**
   * The text input.
   */
  text: string;
  /**
   * Marks the end of a reusable prompt prefix at this part.
   */
  prompt_cache_breakpoint?: PromptCacheBreakpoint | null;
}

/**
 * A reference to an existing item by ID.
 */
export interface ItemReference {
  /**
   * The item type, always `item_reference` when present.
   */
  type?: 'item_reference' | null;
  /**
   * The ID of the item to reference.
   */
  id: string;
}

/**
 * The status of a tool call or other item.
 */
export type ItemStatus = 'in_progress' | 'completed' | 'incomplete';

/**
 * A call to run a command on the local shell.
 */
export interface LocalShellCall {
  /**
   * The unique ID of the local shell call.
   */
  id: string;
  /**
   * The item type, always `local_shell_call`.
   */
  type: 'local_shell_call';
  /**
   * The ID generated by the model, used to match the call with its output.
   */
  call_id: string;
  /**
   * The command to execute.
   */
  action: LocalShellExecAction;
  /**
   * The status of the local shell call.
   */
  status: ItemStatus;
}

/**
 * The output of a local shell call.
 */
export interface LocalShellCallOutput {
  /**
   * The unique ID of the local shell call output.
   */
  id: string;
  /**
   * The item type, always `local_shell_call_output`.
   */
  type: 'local_shell_call_output';
  /**
   * A JSON string of the output of the local shell call.
   */
  output: string;
  /**
   * The status of the item.
   */
  status?: ItemStatus | null;
}

/**
 * A command to execute on the local shell.
 */
export interface LocalShellExecAction {
  /**
   * The action type, always `exec`.
   */
  type: 'exec';
  /**
   * The command to run, as a list of arguments.
   */
  command: Array<string>;
  /**
   * Environment variables to set for the command.
   */
  env: { [key: string]: string };
  /**
   * Optional timeout for the command, in milliseconds.
   */
  timeout_ms?: number | null;
  /**
   * Optional working directory to run the command in.
   */
  working_directory?: string | null;
  /**
   * Optional user to run the command as.
   */
  user?: string | null;
}

/**
 * A request for human approval of an MCP tool invocation.
 */
export interface McpApprovalRequest {
  /**
   * The unique ID of the approval request.
   */
  id: string;
  /**
   * The item type, always `mcp_approval_request`.
   */
  type: 'mcp_approval_request';
  /**
   * The label of the MCP server making the request.
   */
  server_label: string;
  /**
   * The name of the tool to run.
   */
  name: string;
  /**
   * A JSON string of the arguments for the tool.
   */
  arguments: string;
}

/**
 * A response to an MCP approval request, sent as input.
 */
export interface McpApprovalResponseInput {
  /**
   * The unique ID of the approval response.
   */
  id?: string | null;
  /**
   * The item type, always `mcp_approval_response`.
   */
  type: 'mcp_approval_response';
  /**
   * The ID of the approval request being answered.
   */
  approval_request_id: string;
  /**
   * Whether the request is approved.
   */
  approve: boolean;
  /**
   * An optional reason for the decision.
   */
  reason?: string | null;
}

/**
 * An invocation of a tool on an MCP server.
 */
export interface McpCall {
  /**
   * The unique ID of the tool call.
   */
  id: string;
  /**
   * The item type, always `mcp_call`.
   */
  type: 'mcp_call';
  /**
   * The label of the MCP server running the tool.
   */
  server_label: string;
  /**
   * The name of the tool that was run.
   */
  name: string;
  /**
   * A JSON string of the arguments passed to the tool.
   */
  arguments: string;
  /**
   * The output of the tool call.
   */
  output?: string | null;
  /**
   * The error of the tool call, if any.
   */
  error?: McpCallError | null;
  /**
   * The status of the tool call.
   */
  status?: 'in_progress' | 'completed' | 'incomplete' | 'calling' | 'failed';
  /**
   * The ID of the approval request for this call; answer it with an `mcp_approval_response` item.
   */
  approval_request_id?: string | null;
}

/**
 * An error raised by an MCP tool call.
 */
export interface McpCallError {
  /**
   * The kind of error.
   */
  type: 'mcp_protocol_error' | 'mcp_tool_execution_error' | 'http_error';
  /**
   * The error code (`mcp_protocol_error` and `http_error`).
   */
  code?: number;
  /**
   * The error message (`mcp_protocol_error` and `http_error`).
   */
  message?: string;
  /**
   * The error content returned by the tool (`mcp_tool_execution_error`).
   */
  content?: unknown;
}

/**
 * The list of tools available on an MCP server.
 */
export interface McpListTools {
  /**
   * The unique ID of the list.
   */
  id: string;
  /**
   * The item type, always `mcp_list_tools`.
   */
  type: 'mcp_list_tools';
  /**
   * The label of the MCP server.
   */
  server_label: string;
  /**
   * The tools available on the server.
   */
  tools: Array<McpToolDefinition>;
  /**
   * The error message if the server could not list its tools.
   */
  error?: string | null;
}

/**
 * A tool available on an MCP server.
 */
export interface McpToolDefinition {
  /**
   * The name of the tool.
   */
  name: string;
  /**
   * The description of the tool.
   */
  description?: string | null;
  /**
   * The JSON schema of the tool's input.
   */
  input_schema: { [key: string]: unknown };
  /**
   * Additional annotations about the tool.
   */
  annotations?: { [key: string]: unknown } | null;
}

/**
 * Labels an assistant message as intermediate commentary (`commentary`) or the final answer (`final_answer`). Preserve and resend it on assistant messages in follow-up requests. Not used for user messages.
 */
export type MessagePhase = 'commentary' | 'final_answer';

/**
 * The status of a message.
 */
export type MessageStatus = 'in_progress' | 'completed' | 'incomplete';

/**
 * Set of up to 16 key-value pairs that can be attached to an object, useful for storing additional structured information and for querying objects. Keys are strings of at most 64 characters; values are strings of at most 512 characters.
 */
export type Metadata = { [key: string]: string };

/**
 * Marks the exact end of a reusable prompt prefix; it inherits its TTL from the request's prompt cache options.
 */
export interface PromptCacheBreakpoint {
  /**
   * The breakpoint mode, always `explicit`.
   */
  mode: 'explicit';
}

/**
 * The chain of thought used by a reasoning model while generating a response.
 */
export interface ReasoningItem {
  /**
   * The unique ID of the reasoning item.
   */
  id: string;
  /**
   * The item type, always `reasoning`.
   */
  type: 'reasoning';
  /**
   * Reasoning summary content.
   */
  summary: Array<SummaryTextContent>;
  /**
   * Reasoning text content.
   */
  content?: Array<ReasoningTextContent>;
  /**
   * The encrypted reasoning content; present when `reasoning.encrypted_content` is included.
   */
  encrypted_content?: string | null;
  /**
   * The status of the item.
   */
  status?: ItemStatus;
}

/**
 * Reasoning text from the model.
 */
export interface ReasoningTextContent {
  /**
   * The content type, always `reasoning_text`.
   */
  type: 'reasoning_text';
  /**
   * The reasoning text.
   */
  text: string;
}

/**
 * A summary of the model's reasoning.
 */
export interface SummaryTextContent {
  /**
   * The content type, always `summary_text`.
   */
  type: 'summary_text';
  /**
   * A summary of the reasoning output so far.
   */
  text: string;
}

/**
 * The execution context that produced a tool call.
 */
export interface ToolCallCaller {
  /**
   * The caller type, `direct` for the model itself or `program` for a program item.
   */
  type: 'direct' | 'program';
  /**
   * For `program` callers, the call ID of the program item that produced the tool call.
   */
  caller_id?: string;
}

/**
 * An action taken during a web search call (search, open_page or find_in_page).
 */
export type WebSearchAction = WebSearchSearchAction | WebSearchOpenPageAction | WebSearchFindAction;

/**
 * Searching for a pattern within a loaded page.
 */
export interface WebSearchFindAction {
  /**
   * The action type, always `find_in_page`.
   */
  type: 'find_in_page';
  /**
   * The URL of the page searched.
   */
  url: string;
  /**
   * The pattern or text searched for within the page.
   */
  pattern: string;
}

/**
 * Opening a specific URL from the search results.
 */
export interface WebSearchOpenPageAction {
  /**
   * The action type, always `open_page`.
   */
  type: 'open_page';
  /**
   * The URL opened by the model.
   */
  url?: string | null;
}

/**
 * A web search query.
 */
export interface WebSearchSearchAction {
  /**
   * The action type, always `search`.
   */
  type: 'search';
  /**
   * The search query (deprecated; use `queries`).
   *
   * @deprecated
   */
  query?: string;
  /**
   * The search queries.
   */
  queries?: Array<string>;
  /**
   * The sources used in the search; only present when `web_search_call.action.sources` is included.
   */
  sources?: Array<WebSearchSource>;
}

/**
 * A source used in a web search.
 */
export interface WebSearchSource {
  /**
   * The source type, always `url`.
   */
  type: 'url';
  /**
   * The URL of the source.
   */
  url: string;
}

/**
 * A web search tool call.
 */
export interface WebSearchToolCall {
  /**
   * The unique ID of the web search tool call.
   */
  id: string;
  /**
   * The item type, always `web_search_call`.
   */
  type: 'web_search_call';
  /**
   * The status of the web search tool call.
   */
  status: 'in_progress' | 'searching' | 'completed' | 'failed';
  /**
   * The specific action taken in this web search call.
   */
  action: WebSearchAction;
}

/**
 * The arguments of `conversations.create`.
 */
export interface ConversationCreateParams {
  /**
   * Initial items to include in the conversation context. Up to 20 items may be added at a time.
   */
  items?: Array<InputItem> | null;
  /**
   * Up to 16 key-value pairs to attach (keys up to 64 characters, values up to 512 characters).
   */
  metadata?: Metadata | null;
}

/**
 * The arguments of `conversations.update`.
 */
export interface ConversationUpdateParams {
  /**
   * New metadata (up to 16 pairs; keys up to 64, values up to 512 characters), replacing any existing metadata.
   */
  metadata: Metadata | null;
}

Conversations.Items = Items;

export declare namespace Conversations {
  export {
    type CodeInterpreterOutput as CodeInterpreterOutput,
    type CodeInterpreterOutputImage as CodeInterpreterOutputImage,
    type CodeInterpreterOutputLogs as CodeInterpreterOutputLogs,
    type CodeInterpreterToolCall as CodeInterpreterToolCall,
    type ComputerAction as ComputerAction,
    type ComputerCoordinate as ComputerCoordinate,
    type ComputerSafetyCheck as ComputerSafetyCheck,
    type ComputerScreenshotImage as ComputerScreenshotImage,
    type ComputerToolCall as ComputerToolCall,
    type ComputerToolCallOutputInput as ComputerToolCallOutputInput,
    type Conversation as Conversation,
    type ConversationDeletedResource as ConversationDeletedResource,
    type CustomToolCall as CustomToolCall,
    type CustomToolCallOutput as CustomToolCallOutput,
    type EasyInputMessage as EasyInputMessage,
    type FileSearchResult as FileSearchResult,
    type FileSearchToolCall as FileSearchToolCall,
    type FunctionToolCallInput as FunctionToolCallInput,
    type FunctionToolCallOutputInput as FunctionToolCallOutputInput,
    type ImageDetail as ImageDetail,
    type ImageGenerationCall as ImageGenerationCall,
    type InputContent as InputContent,
    type InputFileContent as InputFileContent,
    type InputImageContent as InputImageContent,
    type InputItem as InputItem,
    type InputMessage as InputMessage,
    type InputTextContent as InputTextContent,
    type ItemReference as ItemReference,
    type ItemStatus as ItemStatus,
    type LocalShellCall as LocalShellCall,
    type LocalShellCallOutput as LocalShellCallOutput,
    type LocalShellExecAction as LocalShellExecAction,
    type McpApprovalRequest as McpApprovalRequest,
    type McpApprovalResponseInput as McpApprovalResponseInput,
    type McpCall as McpCall,
    type McpCallError as McpCallError,
    type McpListTools as McpListTools,
    type McpToolDefinition as McpToolDefinition,
    type MessagePhase as MessagePhase,
    type MessageStatus as MessageStatus,
    type Metadata as Metadata,
    type PromptCacheBreakpoint as PromptCacheBreakpoint,
    type ReasoningItem as ReasoningItem,
    type ReasoningTextContent as ReasoningTextContent,
    type SummaryTextContent as SummaryTextContent,
    type ToolCallCaller as ToolCallCaller,
    type WebSearchAction as WebSearchAction,
    type WebSearchFindAction as WebSearchFindAction,
    type WebSearchOpenPageAction as WebSearchOpenPageAction,
    type WebSearchSearchAction as WebSearchSearchAction,
    type WebSearchSource as WebSearchSource,
    type WebSearchToolCall as WebSearchToolCall,
    type ConversationCreateParams as ConversationCreateParams,
    type ConversationUpdateParams as ConversationUpdateParams,
  };

  export {
    Items as Items,
    type AdditionalTools as AdditionalTools,
    type Annotation as Annotation,
    type ApplyPatchCall as ApplyPatchCall,
    type ApplyPatchCallOutput as ApplyPatchCallOutput,
    type ApplyPatchOperation as ApplyPatchOperation,
    type Compaction as Compaction,
    type ComputerScreenshotContent as ComputerScreenshotContent,
    type ComputerToolCallOutput as ComputerToolCallOutput,
    type ConfigurationUpdate as ConfigurationUpdate,
    type ConfigurationUpdateReasoning as ConfigurationUpdateReasoning,
    type ConfigurationUpdateText as ConfigurationUpdateText,
    type ContainerFileCitationAnnotation as ContainerFileCitationAnnotation,
    type ConversationItem as ConversationItem,
    type ConversationItemList as ConversationItemList,
    type FileCitationAnnotation as FileCitationAnnotation,
    type FilePathAnnotation as FilePathAnnotation,
    type FunctionToolCall as FunctionToolCall,
    type FunctionToolCallOutput as FunctionToolCallOutput,
    type LogProb as LogProb,
    type McpApprovalResponse as McpApprovalResponse,
    type Message as Message,
    type MessageContent as MessageContent,
    type OutputTextContent as OutputTextContent,
    type Program as Program,
    type ProgramOutput as ProgramOutput,
    type ReasoningEffort as ReasoningEffort,
    type RefusalContent as RefusalContent,
    type ResponseIncludable as ResponseIncludable,
    type ShellAction as ShellAction,
    type ShellCall as ShellCall,
    type ShellCallOutcome as ShellCallOutcome,
    type ShellCallOutput as ShellCallOutput,
    type ShellCallOutputContent as ShellCallOutputContent,
    type ShellEnvironment as ShellEnvironment,
    type TextContent as TextContent,
    type TextResponseFormat as TextResponseFormat,
    type TextResponseFormatJsonSchema as TextResponseFormatJsonSchema,
    type TextResponseFormatText as TextResponseFormatText,
    type ToolDefinition as ToolDefinition,
    type ToolSearchCall as ToolSearchCall,
    type ToolSearchExecution as ToolSearchExecution,
    type ToolSearchOutput as ToolSearchOutput,
    type TopLogProb as TopLogProb,
    type UrlCitationAnnotation as UrlCitationAnnotation,
    type ItemListParams as ItemListParams,
    type ItemCreateParams as ItemCreateParams,
    type ItemRetrieveParams as ItemRetrieveParams,
    type ItemDeleteParams as ItemDeleteParams,
  };
}
