# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional, TypedDict

from typing_extensions import NotRequired

__all__ = ["WebSearchApproximateLocationParam"]


class WebSearchApproximateLocationParam(TypedDict):
    """The approximate location of the user."""

    city: NotRequired[Optional[str]]
    country: NotRequired[Optional[str]]
    region: NotRequired[Optional[str]]
    timezone: NotRequired[Optional[str]]
    type: NotRequired[Literal["approximate"]]
    """The type of location approximation. Always `approximate`."""
