# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional

from ..._models import BaseModel
from .item_status import ItemStatus

__all__ = ["LocalShellCallOutput"]


class LocalShellCallOutput(BaseModel):
    """The output of a local shell call."""

    id: str
    """The unique ID of the local shell call output."""

    output: str
    """A JSON string of the output of the local shell call."""

    type: Literal["local_shell_call_output"]
    """The item type, always `local_shell_call_output`."""

    status: Optional[ItemStatus] = None
    """The status of the item."""
