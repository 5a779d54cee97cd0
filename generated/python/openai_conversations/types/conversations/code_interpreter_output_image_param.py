# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

__all__ = ["CodeInterpreterOutputImageParam"]


class CodeInterpreterOutputImageParam(TypedDict):
    """An image output by the code interpreter."""

    type: Literal["image"]
    """The output type, always `image`."""

    url: str
    """The URL of the image."""
