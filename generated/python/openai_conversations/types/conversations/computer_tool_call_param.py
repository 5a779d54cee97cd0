# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, TypedDict

from typing_extensions import NotRequired

from .computer_action_param import ComputerActionParam
from .computer_safety_check_param import ComputerSafetyCheckParam
from .item_status_param import ItemStatusParam

__all__ = ["ComputerToolCallParam"]


class ComputerToolCallParam(TypedDict):
    """A call by the model to the computer use tool."""

    id: str
    """The unique ID of the computer call."""

    call_id: str
    """The identifier used when responding to the call with output."""

    pending_safety_checks: List[ComputerSafetyCheckParam]
    """The safety checks pending for the computer call."""

    status: ItemStatusParam
    """The status of the item."""

    type: Literal["computer_call"]
    """The item type, always `computer_call`."""

    action: NotRequired[ComputerActionParam]
    """The action to perform."""

    actions: NotRequired[List[ComputerActionParam]]
    """A batch of actions to perform, in order."""
