# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Optional, TypedDict

from typing_extensions import NotRequired

__all__ = ["ComputerSafetyCheckParam"]


class ComputerSafetyCheckParam(TypedDict):
    """A safety check raised for a computer call."""

    id: str
    """The ID of the safety check."""

    code: NotRequired[Optional[str]]
    """The type of the safety check."""

    message: NotRequired[Optional[str]]
    """Details about the safety check."""
