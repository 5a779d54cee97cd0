# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import TypeAlias, Union

from .custom_grammar_format_param_param import CustomGrammarFormatParamParam
from .custom_text_format_param_param import CustomTextFormatParamParam

__all__ = ["CustomToolParamFormatParam"]


CustomToolParamFormatParam: TypeAlias = Union[CustomTextFormatParamParam, CustomGrammarFormatParamParam]
"""
The input format for the custom tool. Default is unconstrained text.
"""
