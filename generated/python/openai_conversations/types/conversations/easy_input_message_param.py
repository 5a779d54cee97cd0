# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict, Union

from typing_extensions import NotRequired

from .input_content_param import InputContentParam
from .message_phase_param import MessagePhaseParam

__all__ = ["EasyInputMessageParam"]


class EasyInputMessageParam(TypedDict):
    """A message input in short form.

    Instructions given with the `developer` or `system` role take precedence over the `user` role; `assistant` messages are presumed to come from the model in earlier turns.
    """

    content: Union[str, List[InputContentParam]]
    """The content of the message, as text or a list of content parts."""

    role: Literal["user", "assistant", "system", "developer"]
    """The role of the message author."""

    phase: NotRequired[Optional[MessagePhaseParam]]
    """
    For assistant messages, whether this is intermediate commentary or the final
    answer.
    """

    type: NotRequired[Literal["message"]]
    """The item type, always `message`."""
