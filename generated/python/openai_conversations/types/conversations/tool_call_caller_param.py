# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

from typing_extensions import NotRequired

__all__ = ["ToolCallCallerParam"]


class ToolCallCallerParam(TypedDict):
    """The execution context that produced a tool call."""

    type: Literal["direct", "program"]
    """The caller type, `direct` for the model itself or `program` for a program item."""

    caller_id: NotRequired[str]
    """
    For `program` callers, the call ID of the program item that produced the tool
    call.
    """
