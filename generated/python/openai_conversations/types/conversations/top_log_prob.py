# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List

from ..._models import BaseModel

__all__ = ["TopLogProb"]


class TopLogProb(BaseModel):
    """A candidate token and its log probability."""

    bytes: List[int]
    """The UTF-8 bytes of the token."""

    logprob: float
    """The log probability of the token."""

    token: str
    """The token."""
