# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import TypeAlias, Union

from .additional_tools_item_param_param import AdditionalToolsItemParamParam
from .apply_patch_tool_call_item_param_param import ApplyPatchToolCallItemParamParam
from .apply_patch_tool_call_output_item_param_param import ApplyPatchToolCallOutputItemParamParam
from .code_interpreter_tool_call_param import CodeInterpreterToolCallParam
from .compaction_summary_item_param_param import CompactionSummaryItemParamParam
from .compaction_trigger_item_param_param import CompactionTriggerItemParamParam
from .computer_tool_call_output_input_param import ComputerToolCallOutputInputParam
from .computer_tool_call_param import ComputerToolCallParam
from .configuration_update_item_param_param import ConfigurationUpdateItemParamParam
from .custom_tool_call_output_param import CustomToolCallOutputParam
from .custom_tool_call_param import CustomToolCallParam
from .easy_input_message_param import EasyInputMessageParam
from .file_search_tool_call_param import FileSearchToolCallParam
from .function_shell_call_item_param_param import FunctionShellCallItemParamParam
from .function_shell_call_output_item_param_param import FunctionShellCallOutputItemParamParam
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
from .output_message_param import OutputMessageParam
from .program_item_param_param import ProgramItemParamParam
from .program_output_item_param_param import ProgramOutputItemParamParam
from .reasoning_item_param import ReasoningItemParam
from .tool_search_call_item_param_param import ToolSearchCallItemParamParam
from .tool_search_output_item_param_param import ToolSearchOutputItemParamParam
from .web_search_tool_call_param import WebSearchToolCallParam

__all__ = ["InputItemParam"]


InputItemParam: TypeAlias = Union[
    EasyInputMessageParam,
    InputMessageParam,
    OutputMessageParam,
    FileSearchToolCallParam,
    ComputerToolCallParam,
    ComputerToolCallOutputInputParam,
    WebSearchToolCallParam,
    FunctionToolCallInputParam,
    FunctionToolCallOutputInputParam,
    ToolSearchCallItemParamParam,
    "ToolSearchOutputItemParamParam",
    AdditionalToolsItemParamParam,
    ConfigurationUpdateItemParamParam,
    ReasoningItemParam,
    CompactionSummaryItemParamParam,
    ImageGenerationCallParam,
    CodeInterpreterToolCallParam,
    LocalShellCallParam,
    LocalShellCallOutputParam,
    FunctionShellCallItemParamParam,
    FunctionShellCallOutputItemParamParam,
    ApplyPatchToolCallItemParamParam,
    ApplyPatchToolCallOutputItemParamParam,
    McpListToolsParam,
    McpApprovalRequestParam,
    McpApprovalResponseInputParam,
    McpCallParam,
    CustomToolCallOutputParam,
    CustomToolCallParam,
    CompactionTriggerItemParamParam,
    ItemReferenceParam,
    ProgramItemParamParam,
    ProgramOutputItemParamParam,
]
"""
An item to add to a conversation: a message (short or full form), a previous output or tool call, a tool call output, a configuration update, a compaction trigger, or a reference to an existing item. The forms and their order follow the `InputItem` and `Item` schemas of OpenAI's published specification.
"""
