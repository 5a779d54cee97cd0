# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .item_status_param import ItemStatusParam

__all__ = ["LocalShellCallOutputParam"]


class LocalShellCallOutputParam(TypedDict):
    """The output of a local shell call."""

    id: str
    """The unique ID of the local shell call output."""

    output: str
    """A JSON string of the output of the local shell call."""

    type: Literal["local_shell_call_output"]
    """The item type, always `local_shell_call_output`."""

    status: NotRequired[Optional[ItemStatusParam]]
    """The status of the item."""
