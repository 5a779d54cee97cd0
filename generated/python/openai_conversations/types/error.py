# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Optional

from .._models import BaseModel

__all__ = ["Error"]


class Error(BaseModel):
    """Details of an API error."""

    code: Optional[str]
    """A machine-readable error code, if any."""

    message: str
    """A human-readable description of the error."""

    param: Optional[str]
    """The request parameter that caused the error, if any."""

    type: str
    """The category of the error."""
