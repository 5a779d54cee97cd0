# File generated from conversations.yaml by sdkgen. Do not edit.

from typing import Annotated, Any, Dict, Literal, Optional

from pydantic import Field

from ..._models import BaseModel

__all__ = ["TextResponseFormatJsonSchema"]


class TextResponseFormatJsonSchema(BaseModel):
    """A JSON Schema response format, used to generate structured JSON output."""

    name: str
    """
    The name of the response format (a-z, A-Z, 0-9, underscores and dashes, up to 64
    characters).
    """

    schema_: Annotated[Dict[str, Any], Field(alias="schema")]
    """The schema of the output, as a JSON Schema object."""

    type: Literal["json_schema"]
    """The format type, always `json_schema`."""

    description: Optional[str] = None
    """
    What the response format is for, used by the model to decide how to respond in
    the format.
    """

    strict: Optional[bool] = None
    """Whether to enforce strict adherence to the schema.

    Only a subset of JSON Schema is supported when `true`.
    """
