# File generated from conversations.yaml by sdkgen. Do not edit.

from ..._models import BaseModel

__all__ = ["ComputerCoordinate"]


class ComputerCoordinate(BaseModel):
    """An x/y screen coordinate."""

    x: int
    """The x-coordinate."""

    y: int
    """The y-coordinate."""
