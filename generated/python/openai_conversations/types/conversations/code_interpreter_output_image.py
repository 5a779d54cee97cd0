# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal

from ..._models import BaseModel

__all__ = ["CodeInterpreterOutputImage"]


class CodeInterpreterOutputImage(BaseModel):
    """An image output by the code interpreter."""

    type: Literal["image"]
    """The output type, always `image`."""

    url: str
    """The URL of the image."""
