# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

from typing_extensions import NotRequired

__all__ = ["ComputerScreenshotImageParam"]


class ComputerScreenshotImageParam(TypedDict):
    """A computer screenshot image used with the computer use tool."""

    type: Literal["computer_screenshot"]
    """The output type, always `computer_screenshot`."""

    file_id: NotRequired[str]
    """The ID of an uploaded file that contains the screenshot."""

    image_url: NotRequired[str]
    """The URL of the screenshot image."""
