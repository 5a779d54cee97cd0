# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Field
from typing_extensions import TypeAliasType

from .additional_tools import AdditionalTools
from .apply_patch_call import ApplyPatchCall
from .apply_patch_call_output import ApplyPatchCallOutput
from .code_interpreter_tool_call import CodeInterpreterToolCall
from .compaction import Compaction
from .computer_tool_call import ComputerToolCall
from .computer_tool_call_output import ComputerToolCallOutput
from .configuration_update import ConfigurationUpdate
from .custom_tool_call import CustomToolCall
from .custom_tool_call_output import CustomToolCallOutput
from .file_search_tool_call import FileSearchToolCall
from .function_tool_call import FunctionToolCall
from .function_tool_call_output import FunctionToolCallOutput
from .image_generation_call import ImageGenerationCall
from .local_shell_call import LocalShellCall
from .local_shell_call_output import LocalShellCallOutput
from .mcp_approval_request import McpApprovalRequest
from .mcp_approval_response import McpApprovalResponse
from .mcp_call import McpCall
from .mcp_list_tools import McpListTools
from .message import Message
from .program import Program
from .program_output import ProgramOutput
from .reasoning_item import ReasoningItem
from .shell_call import ShellCall
from .shell_call_output import ShellCallOutput
from .tool_search_call import ToolSearchCall
from .tool_search_output import ToolSearchOutput
from .web_search_tool_call import WebSearchToolCall

__all__ = ["ConversationItem"]


ConversationItem = TypeAliasType(
    "ConversationItem",
    Annotated[
        Union[
            Message,
            FunctionToolCall,
            FunctionToolCallOutput,
            FileSearchToolCall,
            WebSearchToolCall,
            ImageGenerationCall,
            ComputerToolCall,
            ComputerToolCallOutput,
            ToolSearchCall,
            ToolSearchOutput,
            AdditionalTools,
            ConfigurationUpdate,
            ReasoningItem,
            Program,
            ProgramOutput,
            Compaction,
            CodeInterpreterToolCall,
            LocalShellCall,
            LocalShellCallOutput,
            ShellCall,
            ShellCallOutput,
            ApplyPatchCall,
            ApplyPatchCallOutput,
            McpListTools,
            McpApprovalRequest,
            McpApprovalResponse,
            McpCall,
            CustomToolCall,
            CustomToolCallOutput,
        ],
        Field(discriminator="type"),
    ],
)
"""
A single item within a conversation, discriminated by its `type`.
"""
