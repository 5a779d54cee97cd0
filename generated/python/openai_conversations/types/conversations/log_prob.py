# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List

from ..._models import BaseModel
from .top_log_prob import TopLogProb

__all__ = ["LogProb"]


class LogProb(BaseModel):
    """The log probability of an output token, with the most likely alternatives."""

    bytes: List[int]
    """The UTF-8 bytes of the token."""

    logprob: float
    """The log probability of the token."""

    token: str
    """The token."""

    top_logprobs: List[TopLogProb]
    """The most likely tokens at this position."""
