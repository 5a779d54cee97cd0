# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import TypedDict

__all__ = ["HybridSearchOptionsParam"]


class HybridSearchOptionsParam(TypedDict):
    embedding_weight: float
    """The weight of the embedding in the reciprocal ranking fusion."""

    text_weight: float
    """The weight of the text in the reciprocal ranking fusion."""
