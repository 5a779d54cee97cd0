# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, TypedDict

__all__ = ["TopLogProbParam"]


class TopLogProbParam(TypedDict):
    """A candidate token and its log probability."""

    bytes: List[int]
    """The UTF-8 bytes of the token."""

    logprob: float
    """The log probability of the token."""

    token: str
    """The token."""
