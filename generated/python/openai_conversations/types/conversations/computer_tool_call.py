# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .computer_action import ComputerAction
from .computer_safety_check import ComputerSafetyCheck
from .item_status import ItemStatus

__all__ = ["ComputerToolCall"]


class ComputerToolCall(BaseModel):
    """A call by the model to the computer use tool."""

    id: str
    """The unique ID of the computer call."""

    call_id: str
    """The identifier used when responding to the call with output."""

    pending_safety_checks: List[ComputerSafetyCheck]
    """The safety checks pending for the computer call."""

    status: ItemStatus
    """The status of the item."""

    type: Literal["computer_call"]
    """The item type, always `computer_call`."""

    action: Optional[ComputerAction] = None
    """The action to perform."""

    actions: Optional[List[ComputerAction]] = None
    """A batch of actions to perform, in order."""
