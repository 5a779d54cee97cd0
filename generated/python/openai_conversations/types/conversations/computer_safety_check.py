# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Optional

from ..._models import BaseModel

__all__ = ["ComputerSafetyCheck"]


class ComputerSafetyCheck(BaseModel):
    """A safety check raised for a computer call."""

    id: str
    """The ID of the safety check."""

    code: Optional[str] = None
    """The type of the safety check."""

    message: Optional[str] = None
    """Details about the safety check."""
