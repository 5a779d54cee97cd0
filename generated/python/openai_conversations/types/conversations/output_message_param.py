# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .message_phase_param import MessagePhaseParam
from .output_message_content_param import OutputMessageContentParam

__all__ = ["OutputMessageParam"]


class OutputMessageParam(TypedDict):
    """An output message from the model."""

    id: str
    """The unique ID of the output message."""

    content: List[OutputMessageContentParam]
    """The content of the output message."""

    role: Literal["assistant"]
    """The role of the output message. Always `assistant`."""

    status: Literal["in_progress", "completed", "incomplete"]
    """The status of the message input.

    One of `in_progress`, `completed`, or `incomplete`. Populated when input items
    are returned via API.
    """

    type: Literal["message"]
    """The type of the output message. Always `message`."""

    phase: NotRequired[Optional[MessagePhaseParam]]
