# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict

from .code_interpreter_output_param import CodeInterpreterOutputParam

__all__ = ["CodeInterpreterToolCallParam"]


class CodeInterpreterToolCallParam(TypedDict):
    """A code interpreter tool call that runs Python code."""

    id: str
    """The unique ID of the code interpreter tool call."""

    code: Optional[str]
    """The code to run, or null if not available."""

    container_id: str
    """The ID of the container used to run the code."""

    outputs: Optional[List[CodeInterpreterOutputParam]]
    """
    The logs and images produced; present when `code_interpreter_call.outputs` is
    included.
    """

    status: Literal["in_progress", "completed", "incomplete", "interpreting", "failed"]
    """The status of the code interpreter tool call."""

    type: Literal["code_interpreter_call"]
    """The item type, always `code_interpreter_call`."""
