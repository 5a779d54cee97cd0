# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Optional, TypedDict

from typing_extensions import NotRequired

__all__ = ["FunctionShellActionParamParam"]


class FunctionShellActionParamParam(TypedDict):
    """Commands and limits describing how to run the shell tool call."""

    commands: List[str]
    """Ordered shell commands for the execution environment to run."""

    max_output_length: NotRequired[Optional[int]]
    timeout_ms: NotRequired[Optional[int]]
