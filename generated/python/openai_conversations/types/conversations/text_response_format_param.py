# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import TypeAlias, Union

from .text_response_format_json_schema_param import TextResponseFormatJsonSchemaParam
from .text_response_format_text_param import TextResponseFormatTextParam

__all__ = ["TextResponseFormatParam"]


TextResponseFormatParam: TypeAlias = Union[TextResponseFormatTextParam, TextResponseFormatJsonSchemaParam]
"""
The format of text output, discriminated by its `type`.
"""
