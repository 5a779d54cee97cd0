# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import TypeAlias, Union

from .input_file_content_param import InputFileContentParam
from .input_image_content_param import InputImageContentParam
from .input_text_content_param import InputTextContentParam

__all__ = ["InputContentParam"]


InputContentParam: TypeAlias = Union[InputTextContentParam, InputImageContentParam, InputFileContentParam]
"""
A text, image or file input part, discriminated by its `type`.
"""
