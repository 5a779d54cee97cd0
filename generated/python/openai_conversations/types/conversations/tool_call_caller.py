# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ToolCallCaller"]


class ToolCallCaller(BaseModel):
    """The execution context that produced a tool call."""

    type: Literal["direct", "program"]
    """The caller type, `direct` for the model itself or `program` for a program item."""

    caller_id: Optional[str] = None
    """
    For `program` callers, the call ID of the program item that produced the tool
    call.
    """
