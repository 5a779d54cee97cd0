# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .computer_safety_check import ComputerSafetyCheck
from .computer_screenshot_image import ComputerScreenshotImage

__all__ = ["ComputerToolCallOutput"]


class ComputerToolCallOutput(BaseModel):
    """The output of a computer tool call, as stored in a conversation."""

    id: str
    """The unique ID of the computer call output."""

    call_id: str
    """The ID of the computer tool call that produced the output."""

    output: ComputerScreenshotImage
    """The screenshot produced by the action."""

    status: Literal["completed", "incomplete", "failed"]
    """The status of the computer call output."""

    type: Literal["computer_call_output"]
    """The item type, always `computer_call_output`."""

    acknowledged_safety_checks: Optional[List[ComputerSafetyCheck]] = None
    """The safety checks acknowledged by the developer."""

    created_by: Optional[str] = None
    """The identifier of the actor that created the item."""
