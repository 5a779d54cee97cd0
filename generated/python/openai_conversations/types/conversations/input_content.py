# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Field
from typing_extensions import TypeAliasType

from .input_file_content import InputFileContent
from .input_image_content import InputImageContent
from .input_text_content import InputTextContent

__all__ = ["InputContent"]


InputContent = TypeAliasType(
    "InputContent", Annotated[Union[InputTextContent, InputImageContent, InputFileContent], Field(discriminator="type")]
)
"""
A text, image or file input part, discriminated by its `type`.
"""
