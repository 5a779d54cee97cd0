# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, TypedDict

from typing_extensions import NotRequired

from .input_content_param import InputContentParam
from .message_status_param import MessageStatusParam

__all__ = ["InputMessageParam"]


class InputMessageParam(TypedDict):
    """A message input in full form, with a list of content parts."""

    content: List[InputContentParam]
    """A list of text, image or file input parts."""

    role: Literal["user", "system", "developer"]
    """The role of the message author."""

    status: NotRequired[MessageStatusParam]
    """The status of the message. Populated when items are returned via the API."""

    type: NotRequired[Literal["message"]]
    """The item type, always `message`."""
