# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import List, Literal, TypedDict

from typing_extensions import NotRequired

from .annotation_param import AnnotationParam
from .log_prob_param import LogProbParam

__all__ = ["OutputTextContentParam"]


class OutputTextContentParam(TypedDict):
    """A text output from the model."""

    annotations: List[AnnotationParam]
    """The citations and file paths annotating the text."""

    text: str
    """The text output."""

    type: Literal["output_text"]
    """The content type, always `output_text`."""

    logprobs: NotRequired[List[LogProbParam]]
    """
    The log probabilities of the output tokens; present when
    `message.output_text.logprobs` is included.
    """
