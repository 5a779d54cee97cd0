# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal

from ..._models import BaseModel

__all__ = ["RefusalContent"]


class RefusalContent(BaseModel):
    """A refusal from the model."""

    refusal: str
    """The refusal explanation."""

    type: Literal["refusal"]
    """The content type, always `refusal`."""
