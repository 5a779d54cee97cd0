# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import TypeAlias, Union

from .custom_tool_param_param import CustomToolParamParam
from .function_tool_param_param import FunctionToolParamParam

__all__ = ["NamespaceToolParamToolsItemParam"]


NamespaceToolParamToolsItemParam: TypeAlias = Union[FunctionToolParamParam, CustomToolParamParam]
"""
A function or custom tool that belongs to a namespace.
"""
