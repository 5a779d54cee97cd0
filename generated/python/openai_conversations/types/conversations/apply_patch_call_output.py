# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional

from ..._models import BaseModel
from .tool_call_caller import ToolCallCaller

__all__ = ["ApplyPatchCallOutput"]


class ApplyPatchCallOutput(BaseModel):
    """The output of an apply patch call."""

    id: str
    """The unique ID of the apply patch call output."""

    call_id: str
    """The ID of the apply patch call this output answers."""

    status: Literal["completed", "failed"]
    """The outcome of the apply patch call."""

    type: Literal["apply_patch_call_output"]
    """The item type, always `apply_patch_call_output`."""

    caller: Optional[ToolCallCaller] = None
    """The execution context that produced the tool call."""

    created_by: Optional[str] = None
    """The ID of the entity that created this tool call output."""

    output: Optional[str] = None
    """Optional textual output of the apply patch tool."""
