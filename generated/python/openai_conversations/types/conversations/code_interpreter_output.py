# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Field
from typing_extensions import TypeAliasType

from .code_interpreter_output_image import CodeInterpreterOutputImage
from .code_interpreter_output_logs import CodeInterpreterOutputLogs

__all__ = ["CodeInterpreterOutput"]


CodeInterpreterOutput = TypeAliasType(
    "CodeInterpreterOutput",
    Annotated[Union[CodeInterpreterOutputLogs, CodeInterpreterOutputImage], Field(discriminator="type")],
)
"""
An output of the code interpreter, either logs or an image.
"""
