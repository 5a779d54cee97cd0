# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, TypeAlias, TypedDict, Union
from typing_extensions import NotRequired


class CodeInterpreterOutputImageParam(TypedDict):
    """An image output by the code interpreter."""

    type: Literal["image"]
    """The output type, always `image`."""

    url: str
    """The URL of the image."""


class CodeInterpreterOutputLogsParam(TypedDict):
    """Logs output by the code interpreter."""

    type: Literal["logs"]
    """The output type, always `logs`."""

    logs: str
    """The logs output by the code interpreter."""


class ComputerCoordinateParam(TypedDict):
    """An x/y screen coordinate."""

    x: int
    """The x-coordinate."""

    y: int
    """The y-coordinate."""


class ComputerSafetyCheckParam(TypedDict):
    """A safety check raised for a computer call."""

    id: str
    """The ID of the safety check."""

    code: NotRequired[Optional[str]]
    """The type of the safety check."""

    message: NotRequired[Optional[str]]
    """Details about the safety check."""


class ComputerScreenshotImageParam(TypedDict):
    """A computer screenshot image used with the computer use tool."""

    type: Literal["computer_screenshot"]
    """The output type, always `computer_screenshot`."""

    image_url: NotRequired[str]
    """The URL of the screenshot image."""

    file_id: NotRequired[str]
    """The ID of an uploaded file that contains the screenshot."""


class FileSearchResultParam(TypedDict):
    """A chunk of a file returned by a file search."""

    file_id: NotRequired[str]
    """The ID of the file."""

    filename: NotRequired[str]
    """The name of the file."""

    text: NotRequired[str]
    """The text retrieved from the file."""

    score: NotRequired[float]
    """The relevance score of the result, between 0 and 1."""

    attributes: NotRequired[Optional[Dict[str, Union[str, float, bool]]]]
    """
    Up to 16 key-value attributes attached to the file; values are strings (up to
    512 characters), numbers or booleans.
    """


class FileSearchToolCallParam(TypedDict):
    """A file search tool call and, if included, its results."""

    id: str
    """The unique ID of the file search tool call."""

    type: Literal["file_search_call"]
    """The item type, always `file_search_call`."""

    status: Literal["in_progress", "searching", "completed", "incomplete", "failed"]
    """The status of the file search tool call."""

    queries: List[str]
    """The queries used to search for files."""

    results: NotRequired[Optional[List[FileSearchResultParam]]]
    """The search results; only present when `file_search_call.results` is included."""


ImageDetailParam: TypeAlias = Literal["low", "high", "auto", "original"]
"""
The detail level at which an image is sent to the model.
"""


class ImageGenerationCallParam(TypedDict):
    """An image generation request made by the model."""

    id: str
    """The unique ID of the image generation call."""

    type: Literal["image_generation_call"]
    """The item type, always `image_generation_call`."""

    status: Literal["in_progress", "completed", "generating", "failed"]
    """The status of the image generation call."""

    result: Optional[str]
    """The generated image, base64-encoded."""


class ItemReferenceParam(TypedDict):
    """A reference to an existing item by ID."""

    type: NotRequired[Optional[Literal["item_reference"]]]
    """The item type, always `item_reference` when present."""

    id: str
    """The ID of the item to reference."""


ItemStatusParam: TypeAlias = Literal["in_progress", "completed", "incomplete"]
"""
The status of a tool call or other item.
"""


class LocalShellCallOutputParam(TypedDict):
    """The output of a local shell call."""

    id: str
    """The unique ID of the local shell call output."""

    type: Literal["local_shell_call_output"]
    """The item type, always `local_shell_call_output`."""

    output: str
    """A JSON string of the output of the local shell call."""

    status: NotRequired[Optional[ItemStatusParam]]
    """The status of the item."""


class LocalShellExecActionParam(TypedDict):
    """A command to execute on the local shell."""

    type: Literal["exec"]
    """The action type, always `exec`."""

    command: List[str]
    """The command to run, as a list of arguments."""

    env: Dict[str, str]
    """Environment variables to set for the command."""

    timeout_ms: NotRequired[Optional[int]]
    """Optional timeout for the command, in milliseconds."""

    working_directory: NotRequired[Optional[str]]
    """Optional working directory to run the command in."""

    user: NotRequired[Optional[str]]
    """Optional user to run the command as."""


class McpApprovalRequestParam(TypedDict):
    """A request for human approval of an MCP tool invocation."""

    id: str
    """The unique ID of the approval request."""

    type: Literal["mcp_approval_request"]
    """The item type, always `mcp_approval_request`."""

    server_label: str
    """The label of the MCP server making the request."""

    name: str
    """The name of the tool to run."""

    arguments: str
    """A JSON string of the arguments for the tool."""


class McpApprovalResponseInputParam(TypedDict):
    """A response to an MCP approval request, sent as input."""

    id: NotRequired[Optional[str]]
    """The unique ID of the approval response."""

    type: Literal["mcp_approval_response"]
    """The item type, always `mcp_approval_response`."""

    approval_request_id: str
    """The ID of the approval request being answered."""

    approve: bool
    """Whether the request is approved."""

    reason: NotRequired[Optional[str]]
    """An optional reason for the decision."""


class McpCallErrorParam(TypedDict):
    """An error raised by an MCP tool call."""

    type: Literal["mcp_protocol_error", "mcp_tool_execution_error", "http_error"]
    """The kind of error."""

    code: NotRequired[int]
    """The error code (`mcp_protocol_error` and `http_error`)."""

    message: NotRequired[str]
    """The error message (`mcp_protocol_error` and `http_error`)."""

    content: NotRequired[Any]
    """The error content returned by the tool (`mcp_tool_execution_error`)."""


class McpToolDefinitionParam(TypedDict):
    """A tool available on an MCP server."""

    name: str
    """The name of the tool."""

    description: NotRequired[Optional[str]]
    """The description of the tool."""

    input_schema: Dict[str, Any]
    """The JSON schema of the tool's input."""

    annotations: NotRequired[Optional[Dict[str, Any]]]
    """Additional annotations about the tool."""


MessagePhaseParam: TypeAlias = Literal["commentary", "final_answer"]
"""
Labels an assistant message as intermediate commentary (`commentary`) or the final answer (`final_answer`). Preserve and resend it on assistant messages in follow-up requests. Not used for user messages.
"""


MessageStatusParam: TypeAlias = Literal["in_progress", "completed", "incomplete"]
"""
The status of a message.
"""


MetadataParam: TypeAlias = Dict[str, str]
"""
Set of up to 16 key-value pairs that can be attached to an object, useful for storing additional structured information and for querying objects. Keys are strings of at most 64 characters; values are strings of at most 512 characters.
"""


class PromptCacheBreakpointParam(TypedDict):
    """
    Marks the exact end of a reusable prompt prefix; it inherits its TTL from the request's prompt cache options.
    """

    mode: Literal["explicit"]
    """The breakpoint mode, always `explicit`."""


class ReasoningTextContentParam(TypedDict):
    """Reasoning text from the model."""

    type: Literal["reasoning_text"]
    """The content type, always `reasoning_text`."""

    text: str
    """The reasoning text."""


ResponseIncludableParam: TypeAlias = Literal[
    "file_search_call.results",
    "web_search_call.results",
    "web_search_call.action.sources",
    "message.input_image.image_url",
    "computer_call_output.output.image_url",
    "code_interpreter_call.outputs",
    "reasoning.encrypted_content",
    "message.output_text.logprobs",
]
"""
Additional output data that can be included in returned items:
- `file_search_call.results`: the search results of file search tool calls.
- `web_search_call.results`: the search results of web search tool calls.
- `web_search_call.action.sources`: the sources of web search tool calls.
- `message.input_image.image_url`: image URLs from input messages.
- `computer_call_output.output.image_url`: image URLs from computer call outputs.
- `code_interpreter_call.outputs`: the outputs of code interpreter tool calls.
- `reasoning.encrypted_content`: an encrypted version of reasoning tokens, so reasoning items can be reused statelessly.
- `message.output_text.logprobs`: log probabilities of assistant output text.
"""


class SummaryTextContentParam(TypedDict):
    """A summary of the model's reasoning."""

    type: Literal["summary_text"]
    """The content type, always `summary_text`."""

    text: str
    """A summary of the reasoning output so far."""


class ToolCallCallerParam(TypedDict):
    """The execution context that produced a tool call."""

    type: Literal["direct", "program"]
    """The caller type, `direct` for the model itself or `program` for a program item."""

    caller_id: NotRequired[str]
    """
    For `program` callers, the call ID of the program item that produced the tool
    call.
    """


class WebSearchFindActionParam(TypedDict):
    """Searching for a pattern within a loaded page."""

    type: Literal["find_in_page"]
    """The action type, always `find_in_page`."""

    url: str
    """The URL of the page searched."""

    pattern: str
    """The pattern or text searched for within the page."""


class WebSearchOpenPageActionParam(TypedDict):
    """Opening a specific URL from the search results."""

    type: Literal["open_page"]
    """The action type, always `open_page`."""

    url: NotRequired[Optional[str]]
    """The URL opened by the model."""


class WebSearchSourceParam(TypedDict):
    """A source used in a web search."""

    type: Literal["url"]
    """The source type, always `url`."""

    url: str
    """The URL of the source."""


CodeInterpreterOutputParam: TypeAlias = Union[CodeInterpreterOutputLogsParam, CodeInterpreterOutputImageParam]
"""
An output of the code interpreter, either logs or an image.
"""


class CodeInterpreterToolCallParam(TypedDict):
    """A code interpreter tool call that runs Python code."""

    id: str
    """The unique ID of the code interpreter tool call."""

    type: Literal["code_interpreter_call"]
    """The item type, always `code_interpreter_call`."""

    status: Literal["in_progress", "completed", "incomplete", "interpreting", "failed"]
    """The status of the code interpreter tool call."""

    container_id: str
    """The ID of the container used to run the code."""

    code: Optional[str]
    """The code to run, or null if not available."""

    outputs: Optional[List[CodeInterpreterOutputParam]]
    """
    The logs and images produced; present when `code_interpreter_call.outputs` is
    included.
    """


class ComputerActionParam(TypedDict):
    """A computer use action.

    Which of the optional fields are present depends on `type`: `click` (button, x, y, keys), `double_click` (x, y, keys), `drag` (path, keys), `keypress` (keys), `move` (x, y, keys), `screenshot`, `scroll` (x, y, scroll_x, scroll_y, keys), `type` (text) and `wait`.
    """

    type: Literal["click", "double_click", "drag", "keypress", "move", "screenshot", "scroll", "type", "wait"]
    """The kind of action."""

    button: NotRequired[Literal["left", "right", "wheel", "back", "forward"]]
    """The mouse button pressed (`click`)."""

    x: NotRequired[int]
    """The x-coordinate of the action."""

    y: NotRequired[int]
    """The y-coordinate of the action."""

    keys: NotRequired[Optional[List[str]]]
    """The keys to press (`keypress`) or held during the action."""

    path: NotRequired[List[ComputerCoordinateParam]]
    """The path of a `drag` action, as a list of coordinates."""

    scroll_x: NotRequired[int]
    """The horizontal scroll distance (`scroll`)."""

    scroll_y: NotRequired[int]
    """The vertical scroll distance (`scroll`)."""

    text: NotRequired[str]
    """The text to type (`type`)."""


class ComputerToolCallParam(TypedDict):
    """A call by the model to the computer use tool."""

    id: str
    """The unique ID of the computer call."""

    type: Literal["computer_call"]
    """The item type, always `computer_call`."""

    call_id: str
    """The identifier used when responding to the call with output."""

    action: NotRequired[ComputerActionParam]
    """The action to perform."""

    actions: NotRequired[List[ComputerActionParam]]
    """A batch of actions to perform, in order."""

    pending_safety_checks: List[ComputerSafetyCheckParam]
    """The safety checks pending for the computer call."""

    status: ItemStatusParam
    """The status of the item."""


class ComputerToolCallOutputInputParam(TypedDict):
    """The output of a computer tool call, sent back to the model."""

    id: NotRequired[Optional[str]]
    """The ID of the computer tool call output."""

    type: Literal["computer_call_output"]
    """The item type, always `computer_call_output`."""

    call_id: str
    """The ID of the computer tool call that produced the output."""

    output: ComputerScreenshotImageParam
    """The screenshot produced by the action."""

    acknowledged_safety_checks: NotRequired[Optional[List[ComputerSafetyCheckParam]]]
    """The safety checks reported by the API that the developer has acknowledged."""

    status: NotRequired[Optional[ItemStatusParam]]
    """The status of the item."""


class CustomToolCallParam(TypedDict):
    """A call by the model to a custom tool."""

    id: NotRequired[str]
    """The unique ID of the custom tool call."""

    type: Literal["custom_tool_call"]
    """The item type, always `custom_tool_call`."""

    call_id: str
    """The ID used to match this call with its output."""

    name: str
    """The name of the custom tool being called."""

    namespace: NotRequired[str]
    """The namespace of the custom tool being called."""

    input: str
    """The input for the custom tool, generated by the model."""

    caller: NotRequired[Optional[ToolCallCallerParam]]
    """The execution context that produced this tool call."""


class FunctionToolCallInputParam(TypedDict):
    """A function tool call passed as input; `id` and `status` are optional."""

    id: NotRequired[str]
    """The unique ID of the function tool call."""

    type: Literal["function_call"]
    """The item type, always `function_call`."""

    call_id: str
    """The ID generated by the model, used to match the call with its output."""

    name: str
    """The name of the function to run."""

    namespace: NotRequired[str]
    """The namespace of the function to run."""

    arguments: str
    """A JSON string of the arguments to pass to the function."""

    status: NotRequired[ItemStatusParam]
    """The status of the item."""

    caller: NotRequired[Optional[ToolCallCallerParam]]
    """The execution context that produced this tool call."""


class InputFileContentParam(TypedDict):
    """A file input to the model, given by file ID, URL or inline data."""

    type: Literal["input_file"]
    """The content type, always `input_file`."""

    file_id: NotRequired[Optional[str]]
    """The ID of an uploaded file."""

    filename: NotRequired[str]
    """The name of the file."""

    file_data: NotRequired[str]
    """The base64-encoded content of the file."""

    file_url: NotRequired[str]
    """The URL of the file."""

    detail: NotRequired[Literal["auto", "low", "high"]]
    """The rendering detail level of the file. Defaults to `auto`."""

    prompt_cache_breakpoint: NotRequired[Optional[PromptCacheBreakpointParam]]
    """Marks the end of a reusable prompt prefix at this part."""


class InputImageContentParam(TypedDict):
    """An image input to the model, given by URL, data URL or file ID."""

    type: Literal["input_image"]
    """The content type, always `input_image`."""

    image_url: NotRequired[Optional[str]]
    """A fully qualified URL or a base64-encoded data URL of the image."""

    file_id: NotRequired[Optional[str]]
    """The ID of an uploaded file containing the image."""

    detail: NotRequired[ImageDetailParam]
    """The detail level of the image. Defaults to `auto`."""

    prompt_cache_breakpoint: NotRequired[Optional[PromptCacheBreakpointParam]]
    """Marks the end of a reusable prompt prefix at this part."""


class InputTextContentParam(TypedDict):
    """A text input to the model."""

    type: Literal["input_text"]
    """The content type, always `input_text`."""

    text: str
    """The text input."""

    prompt_cache_breakpoint: NotRequired[Optional[PromptCacheBreakpointParam]]
    """Marks the end of a reusable prompt prefix at this part."""


class LocalShellCallParam(TypedDict):
    """A call to run a command on the local shell."""

    id: str
    """The unique ID of the local shell call."""

    type: Literal["local_shell_call"]
    """The item type, always `local_shell_call`."""

    call_id: str
    """The ID generated by the model, used to match the call with its output."""

    action: LocalShellExecActionParam
    """The command to execute."""

    status: ItemStatusParam
    """The status of the local shell call."""


class McpCallParam(TypedDict):
    """An invocation of a tool on an MCP server."""

    id: str
    """The unique ID of the tool call."""

    type: Literal["mcp_call"]
    """The item type, always `mcp_call`."""

    server_label: str
    """The label of the MCP server running the tool."""

    name: str
    """The name of the tool that was run."""

    arguments: str
    """A JSON string of the arguments passed to the tool."""

    output: NotRequired[Optional[str]]
    """The output of the tool call."""

    error: NotRequired[Optional[McpCallErrorParam]]
    """The error of the tool call, if any."""

    status: NotRequired[Literal["in_progress", "completed", "incomplete", "calling", "failed"]]
    """The status of the tool call."""

    approval_request_id: NotRequired[Optional[str]]
    """
    The ID of the approval request for this call; answer it with an
    `mcp_approval_response` item.
    """


class McpListToolsParam(TypedDict):
    """The list of tools available on an MCP server."""

    id: str
    """The unique ID of the list."""

    type: Literal["mcp_list_tools"]
    """The item type, always `mcp_list_tools`."""

    server_label: str
    """The label of the MCP server."""

    tools: List[McpToolDefinitionParam]
    """The tools available on the server."""

    error: NotRequired[Optional[str]]
    """The error message if the server could not list its tools."""


class ReasoningItemParam(TypedDict):
    """The chain of thought used by a reasoning model while generating a response."""

    id: str
    """The unique ID of the reasoning item."""

    type: Literal["reasoning"]
    """The item type, always `reasoning`."""

    summary: List[SummaryTextContentParam]
    """Reasoning summary content."""

    content: NotRequired[List[ReasoningTextContentParam]]
    """Reasoning text content."""

    encrypted_content: NotRequired[Optional[str]]
    """
    The encrypted reasoning content; present when `reasoning.encrypted_content` is
    included.
    """

    status: NotRequired[ItemStatusParam]
    """The status of the item."""


class WebSearchSearchActionParam(TypedDict):
    """A web search query."""

    type: Literal["search"]
    """The action type, always `search`."""

    query: NotRequired[str]
    """The search query (deprecated; use `queries`)."""

    queries: NotRequired[List[str]]
    """The search queries."""

    sources: NotRequired[List[WebSearchSourceParam]]
    """
    The sources used in the search; only present when
    `web_search_call.action.sources` is included.
    """


InputContentParam: TypeAlias = Union[InputTextContentParam, InputImageContentParam, InputFileContentParam]
"""
A text, image or file input part, discriminated by its `type`.
"""


class InputMessageParam(TypedDict):
    """A message input in full form, with a list of content parts."""

    type: NotRequired[Literal["message"]]
    """The item type, always `message`."""

    role: Literal["user", "system", "developer"]
    """The role of the message author."""

    content: List[InputContentParam]
    """A list of text, image or file input parts."""

    status: NotRequired[MessageStatusParam]
    """The status of the message. Populated when items are returned via the API."""


WebSearchActionParam: TypeAlias = Union[
    WebSearchSearchActionParam, WebSearchOpenPageActionParam, WebSearchFindActionParam
]
"""
An action taken during a web search call (search, open_page or find_in_page).
"""


class WebSearchToolCallParam(TypedDict):
    """A web search tool call."""

    id: str
    """The unique ID of the web search tool call."""

    type: Literal["web_search_call"]
    """The item type, always `web_search_call`."""

    status: Literal["in_progress", "searching", "completed", "failed"]
    """The status of the web search tool call."""

    action: WebSearchActionParam
    """The specific action taken in this web search call."""


class CustomToolCallOutputParam(TypedDict):
    """The output of a custom tool call, produced by your code."""

    id: NotRequired[str]
    """The unique ID of the custom tool call output."""

    type: Literal["custom_tool_call_output"]
    """The item type, always `custom_tool_call_output`."""

    call_id: str
    """The ID of the custom tool call this output answers."""

    output: Union[str, List[InputContentParam]]
    """The output of the custom tool call, as a string or a list of content parts."""

    caller: NotRequired[Optional[ToolCallCallerParam]]
    """The execution context that produced the tool call."""


class EasyInputMessageParam(TypedDict):
    """A message input in short form.

    Instructions given with the `developer` or `system` role take precedence over the `user` role; `assistant` messages are presumed to come from the model in earlier turns.
    """

    type: NotRequired[Literal["message"]]
    """The item type, always `message`."""

    role: Literal["user", "assistant", "system", "developer"]
    """The role of the message author."""

    content: Union[str, List[InputContentParam]]
    """The content of the message, as text or a list of content parts."""

    phase: NotRequired[Optional[MessagePhaseParam]]
    """
    For assistant messages, whether this is intermediate commentary or the final
    answer.
    """


class FunctionToolCallOutputInputParam(TypedDict):
    """The output of a function tool call, sent back to the model."""

    id: NotRequired[Optional[str]]
    """The unique ID of the function tool call output."""

    type: Literal["function_call_output"]
    """The item type, always `function_call_output`."""

    call_id: NotRequired[Optional[str]]
    """The ID of the function tool call this output answers."""

    name: NotRequired[Optional[str]]
    """The name of the tool that produced the output."""

    namespace: NotRequired[Optional[str]]
    """The namespace of the tool that produced the output."""

    output: Union[str, List[InputContentParam]]
    """The output of the function call, as a string or a list of content parts."""

    status: NotRequired[Optional[ItemStatusParam]]
    """The status of the item."""

    caller: NotRequired[Optional[ToolCallCallerParam]]
    """The execution context that produced the tool call."""


InputItemParam: TypeAlias = Union[
    EasyInputMessageParam,
    InputMessageParam,
    FileSearchToolCallParam,
    WebSearchToolCallParam,
    ImageGenerationCallParam,
    ComputerToolCallParam,
    ComputerToolCallOutputInputParam,
    FunctionToolCallInputParam,
    FunctionToolCallOutputInputParam,
    ReasoningItemParam,
    CodeInterpreterToolCallParam,
    LocalShellCallParam,
    LocalShellCallOutputParam,
    McpListToolsParam,
    McpApprovalRequestParam,
    McpApprovalResponseInputParam,
    McpCallParam,
    CustomToolCallParam,
    CustomToolCallOutputParam,
    ItemReferenceParam,
]
"""
An item to add to a conversation: a message (short or full form), a previous output or tool call, a tool call output, or a reference to an existing item.
"""
