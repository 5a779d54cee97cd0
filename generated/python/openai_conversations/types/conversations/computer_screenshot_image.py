# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional

from ..._models import BaseModel

__all__ = ["ComputerScreenshotImage"]


class ComputerScreenshotImage(BaseModel):
    """A computer screenshot image used with the computer use tool."""

    type: Literal["computer_screenshot"]
    """The output type, always `computer_screenshot`."""

    file_id: Optional[str] = None
    """The ID of an uploaded file that contains the screenshot."""

    image_url: Optional[str] = None
    """The URL of the screenshot image."""
