# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import TypeAlias, Union

from .apply_patch_tool_param_param import ApplyPatchToolParamParam
from .code_interpreter_tool_param import CodeInterpreterToolParam
from .computer_tool_param import ComputerToolParam
from .computer_use_preview_tool_param import ComputerUsePreviewToolParam
from .custom_tool_param_param import CustomToolParamParam
from .file_search_tool_param import FileSearchToolParam
from .function_shell_tool_param_param import FunctionShellToolParamParam
from .function_tool_param import FunctionToolParam
from .image_gen_tool_param import ImageGenToolParam
from .local_shell_tool_param_param import LocalShellToolParamParam
from .mcp_tool_param import MCPToolParam
from .namespace_tool_param_param import NamespaceToolParamParam
from .programmatic_tool_calling_param_param import ProgrammaticToolCallingParamParam
from .tool_search_tool_param_param import ToolSearchToolParamParam
from .web_search_preview_tool_param import WebSearchPreviewToolParam
from .web_search_tool_param import WebSearchToolParam

__all__ = ["ToolParam"]


ToolParam: TypeAlias = Union[
    FunctionToolParam,
    FileSearchToolParam,
    ComputerToolParam,
    ComputerUsePreviewToolParam,
    WebSearchToolParam,
    MCPToolParam,
    CodeInterpreterToolParam,
    ProgrammaticToolCallingParamParam,
    ImageGenToolParam,
    LocalShellToolParamParam,
    FunctionShellToolParamParam,
    CustomToolParamParam,
    NamespaceToolParamParam,
    ToolSearchToolParamParam,
    WebSearchPreviewToolParam,
    ApplyPatchToolParamParam,
]
"""
A tool that can be used to generate a response.

"""
