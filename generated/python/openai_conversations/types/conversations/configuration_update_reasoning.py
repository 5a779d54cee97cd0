# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Optional

from ..._models import BaseModel
from .reasoning_effort import ReasoningEffort

__all__ = ["ConfigurationUpdateReasoning"]


class ConfigurationUpdateReasoning(BaseModel):
    """The reasoning configuration applied by a configuration update."""

    effort: Optional[ReasoningEffort] = None
    """
    The reasoning effort used for subsequent responses until another configuration
    update replaces it.
    """
