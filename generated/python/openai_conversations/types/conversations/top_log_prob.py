# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List

from ..._models import BaseModel

__all__ = ["TopLogProb"]


class TopLogProb(BaseModel):
    """A candidate token and its log probability."""

    token: str
    """The token."""

    logprob: float
    """The log probability of the token."""

    bytes: List[int]
    """The UTF-8 bytes of the token."""
