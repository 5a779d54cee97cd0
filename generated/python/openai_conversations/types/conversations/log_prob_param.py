# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, TypedDict

from .top_log_prob_param import TopLogProbParam

__all__ = ["LogProbParam"]


class LogProbParam(TypedDict):
    """The log probability of an output token, with the most likely alternatives."""

    bytes: List[int]
    """The UTF-8 bytes of the token."""

    logprob: float
    """The log probability of the token."""

    token: str
    """The token."""

    top_logprobs: List[TopLogProbParam]
    """The most likely tokens at this position."""
