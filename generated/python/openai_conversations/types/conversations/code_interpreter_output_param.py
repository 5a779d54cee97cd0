# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import TypeAlias, Union

from .code_interpreter_output_image_param import CodeInterpreterOutputImageParam
from .code_interpreter_output_logs_param import CodeInterpreterOutputLogsParam

__all__ = ["CodeInterpreterOutputParam"]


CodeInterpreterOutputParam: TypeAlias = Union[CodeInterpreterOutputLogsParam, CodeInterpreterOutputImageParam]
"""
An output of the code interpreter, either logs or an image.
"""
