# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Field
from typing_extensions import TypeAliasType

from .text_response_format_json_schema import TextResponseFormatJsonSchema
from .text_response_format_text import TextResponseFormatText

__all__ = ["TextResponseFormat"]


TextResponseFormat = TypeAliasType(
    "TextResponseFormat",
    Annotated[Union[TextResponseFormatText, TextResponseFormatJsonSchema], Field(discriminator="type")],
)
"""
The format of text output, discriminated by its `type`.
"""
