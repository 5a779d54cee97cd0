# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .computer_coordinate import ComputerCoordinate

__all__ = ["ComputerAction"]


class ComputerAction(BaseModel):
    """A computer use action.

    Which of the optional fields are present depends on `type`: `click` (button, x, y, keys), `double_click` (x, y, keys), `drag` (path, keys), `keypress` (keys), `move` (x, y, keys), `screenshot`, `scroll` (x, y, scroll_x, scroll_y, keys), `type` (text) and `wait`.
    """

    type: Literal["click", "double_click", "drag", "keypress", "move", "screenshot", "scroll", "type", "wait"]
    """The kind of action."""

    button: Optional[Literal["left", "right", "wheel", "back", "forward"]] = None
    """The mouse button pressed (`click`)."""

    keys: Optional[List[str]] = None
    """The keys to press (`keypress`) or held during the action."""

    path: Optional[List[ComputerCoordinate]] = None
    """The path of a `drag` action, as a list of coordinates."""

    scroll_x: Optional[int] = None
    """The horizontal scroll distance (`scroll`)."""

    scroll_y: Optional[int] = None
    """The vertical scroll distance (`scroll`)."""

    text: Optional[str] = None
    """The text to type (`type`)."""

    x: Optional[int] = None
    """The x-coordinate of the action."""

    y: Optional[int] = None
    """The y-coordinate of the action."""
