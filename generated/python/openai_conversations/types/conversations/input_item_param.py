# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import TypeAlias, Union

from .code_interpreter_tool_call_param import CodeInterpreterToolCallParam
from .computer_tool_call_output_input_param import ComputerToolCallOutputInputParam
from .computer_tool_call_param import ComputerToolCallParam
from .custom_tool_call_output_param import CustomToolCallOutputParam
from .custom_tool_call_param import CustomToolCallParam
from .easy_input_message_param import EasyInputMessageParam
from .file_search_tool_call_param import FileSearchToolCallParam
from .function_tool_call_input_param import FunctionToolCallInputParam
from .function_tool_call_output_input_param import FunctionToolCallOutputInputParam
from .image_generation_call_param import ImageGenerationCallParam
from .input_message_param import InputMessageParam
from .item_reference_param import ItemReferenceParam
from .local_shell_call_output_param import LocalShellCallOutputParam
from .local_shell_call_param import LocalShellCallParam
from .mcp_approval_request_param import McpApprovalRequestParam
from .mcp_approval_response_input_param import McpApprovalResponseInputParam
from .mcp_call_param import McpCallParam
from .mcp_list_tools_param import McpListToolsParam
from .reasoning_item_param import ReasoningItemParam
from .web_search_tool_call_param import WebSearchToolCallParam

__all__ = ["InputItemParam"]


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
