# File generated from conversations.yaml by sdkgen. Do not edit.

from .._models import BaseModel
from .error import Error

__all__ = ["ErrorResponse"]


class ErrorResponse(BaseModel):
    """The body of an error response."""

    error: Error
    """The error details."""
