# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

__all__ = ["CodeInterpreterOutputLogsParam"]


class CodeInterpreterOutputLogsParam(TypedDict):
    """Logs output by the code interpreter."""

    logs: str
    """The logs output by the code interpreter."""

    type: Literal["logs"]
    """The output type, always `logs`."""
