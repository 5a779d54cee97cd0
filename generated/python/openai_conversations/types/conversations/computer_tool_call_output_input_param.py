# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .computer_safety_check_param import ComputerSafetyCheckParam
from .computer_screenshot_image_param import ComputerScreenshotImageParam
from .item_status_param import ItemStatusParam

__all__ = ["ComputerToolCallOutputInputParam"]


class ComputerToolCallOutputInputParam(TypedDict):
    """The output of a computer tool call, sent back to the model."""

    call_id: str
    """The ID of the computer tool call that produced the output."""

    output: ComputerScreenshotImageParam
    """The screenshot produced by the action."""

    type: Literal["computer_call_output"]
    """The item type, always `computer_call_output`."""

    id: NotRequired[Optional[str]]
    """The ID of the computer tool call output."""

    acknowledged_safety_checks: NotRequired[Optional[List[ComputerSafetyCheckParam]]]
    """The safety checks reported by the API that the developer has acknowledged."""

    status: NotRequired[Optional[ItemStatusParam]]
    """The status of the item."""
