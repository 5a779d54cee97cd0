# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, TypedDict

__all__ = ["RefusalContentParam"]


class RefusalContentParam(TypedDict):
    """A refusal from the model."""

    refusal: str
    """The refusal explanation."""

    type: Literal["refusal"]
    """The content type, always `refusal`."""
