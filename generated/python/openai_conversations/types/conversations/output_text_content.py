# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .annotation import Annotation
from .log_prob import LogProb

__all__ = ["OutputTextContent"]


class OutputTextContent(BaseModel):
    """A text output from the model."""

    annotations: List[Annotation]
    """The citations and file paths annotating the text."""

    text: str
    """The text output."""

    type: Literal["output_text"]
    """The content type, always `output_text`."""

    logprobs: Optional[List[LogProb]] = None
    """
    The log probabilities of the output tokens; present when
    `message.output_text.logprobs` is included.
    """
