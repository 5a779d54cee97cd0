# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .item_status import ItemStatus
from .shell_call_output_content import ShellCallOutputContent
from .tool_call_caller import ToolCallCaller

__all__ = ["ShellCallOutput"]


class ShellCallOutput(BaseModel):
    """The output of a shell tool call."""

    id: str
    """The unique ID of the shell call output."""

    call_id: str
    """The ID of the shell call this output answers."""

    max_output_length: Optional[int]
    """
    The maximum output length requested by the model, passed back with the raw
    output.
    """

    output: List[ShellCallOutputContent]
    """The captured output of each command."""

    status: ItemStatus
    """The status of the shell call output."""

    type: Literal["shell_call_output"]
    """The item type, always `shell_call_output`."""

    caller: Optional[ToolCallCaller] = None
    """The execution context that produced the tool call."""

    created_by: Optional[str] = None
    """The identifier of the actor that created the item."""
