# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import TypedDict

__all__ = ["ComputerCoordinateParam"]


class ComputerCoordinateParam(TypedDict):
    """An x/y screen coordinate."""

    x: int
    """The x-coordinate."""

    y: int
    """The y-coordinate."""
