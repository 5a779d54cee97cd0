# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional, TypedDict

from typing_extensions import NotRequired

from .computer_coordinate_param import ComputerCoordinateParam

__all__ = ["ComputerActionParam"]


class ComputerActionParam(TypedDict):
    """A computer use action.

    Which of the optional fields are present depends on `type`: `click` (button, x, y, keys), `double_click` (x, y, keys), `drag` (path, keys), `keypress` (keys), `move` (x, y, keys), `screenshot`, `scroll` (x, y, scroll_x, scroll_y, keys), `type` (text) and `wait`.
    """

    type: Literal["click", "double_click", "drag", "keypress", "move", "screenshot", "scroll", "type", "wait"]
    """The kind of action."""

    button: NotRequired[Literal["left", "right", "wheel", "back", "forward"]]
    """The mouse button pressed (`click`)."""

    keys: NotRequired[Optional[List[str]]]
    """The keys to press (`keypress`) or held during the action."""

    path: NotRequired[List[ComputerCoordinateParam]]
    """The path of a `drag` action, as a list of coordinates."""

    scroll_x: NotRequired[int]
    """The horizontal scroll distance (`scroll`)."""

    scroll_y: NotRequired[int]
    """The vertical scroll distance (`scroll`)."""

    text: NotRequired[str]
    """The text to type (`type`)."""

    x: NotRequired[int]
    """The x-coordinate of the action."""

    y: NotRequired[int]
    """The y-coordinate of the action."""
