# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .message_content import MessageContent
from .message_phase import MessagePhase
from .message_status import MessageStatus

__all__ = ["Message"]


class Message(BaseModel):
    """A message to or from the model."""

    id: str
    """The unique ID of the message."""

    content: List[MessageContent]
    """The content parts of the message."""

    role: Literal["unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"]
    """The role of the message author."""

    status: MessageStatus
    """The status of the message."""

    type: Literal["message"]
    """The item type, always `message`."""

    phase: Optional[MessagePhase] = None
    """
    For assistant messages, whether this is intermediate commentary or the final
    answer.
    """
