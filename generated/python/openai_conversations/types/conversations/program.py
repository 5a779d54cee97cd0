# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal

from ..._models import BaseModel

__all__ = ["Program"]


class Program(BaseModel):
    """
    A program run by programmatic tool calling, whose JavaScript source can call tools.
    """

    id: str
    """The unique ID of the program item."""

    call_id: str
    """
    The stable call ID of the program item; tool calls the program makes name it as
    their `caller_id`.
    """

    code: str
    """The JavaScript source executed by programmatic tool calling."""

    fingerprint: str
    """An opaque program replay fingerprint that must be round-tripped."""

    type: Literal["program"]
    """The item type, always `program`."""
