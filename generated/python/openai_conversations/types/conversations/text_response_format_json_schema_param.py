# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Any, Dict, Literal, Optional, TypedDict

from typing_extensions import NotRequired

__all__ = ["TextResponseFormatJsonSchemaParam"]


class TextResponseFormatJsonSchemaParam(TypedDict):
    """A JSON Schema response format, used to generate structured JSON output."""

    name: str
    """
    The name of the response format (a-z, A-Z, 0-9, underscores and dashes, up to 64
    characters).
    """

    schema: Dict[str, Any]
    """The schema of the output, as a JSON Schema object."""

    type: Literal["json_schema"]
    """The format type, always `json_schema`."""

    description: NotRequired[str]
    """
    What the response format is for, used by the model to decide how to respond in
    the format.
    """

    strict: NotRequired[Optional[bool]]
    """Whether to enforce strict adherence to the schema.

    Only a subset of JSON Schema is supported when `true`.
    """
