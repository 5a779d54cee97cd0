# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

from .computer_environment_param import ComputerEnvironmentParam

__all__ = ["ComputerUsePreviewToolParam"]


class ComputerUsePreviewToolParam(TypedDict):
    """A tool that controls a virtual computer.

    Learn more about the [computer tool](https://platform.openai.com/docs/guides/tools-computer-use).
    """

    display_height: int
    """The height of the computer display."""

    display_width: int
    """The width of the computer display."""

    environment: ComputerEnvironmentParam
    """The type of computer environment to control."""

    type: Literal["computer_use_preview"]
    """The type of the computer use tool. Always `computer_use_preview`."""
