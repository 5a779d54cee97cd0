# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Literal, Optional, TypedDict

from typing_extensions import NotRequired

__all__ = ["ApproximateLocationParam"]


class ApproximateLocationParam(TypedDict):
    type: Literal["approximate"]
    """The type of location approximation. Always `approximate`."""

    city: NotRequired[Optional[str]]
    country: NotRequired[Optional[str]]
    region: NotRequired[Optional[str]]
    timezone: NotRequired[Optional[str]]
