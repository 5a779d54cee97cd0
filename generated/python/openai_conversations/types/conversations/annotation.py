# File generated from conversations.yaml by sdkgen. Do not edit.

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Field
from typing_extensions import TypeAliasType

from .container_file_citation_annotation import ContainerFileCitationAnnotation
from .file_citation_annotation import FileCitationAnnotation
from .file_path_annotation import FilePathAnnotation
from .url_citation_annotation import UrlCitationAnnotation

__all__ = ["Annotation"]


Annotation = TypeAliasType(
    "Annotation",
    Annotated[
        Union[FileCitationAnnotation, UrlCitationAnnotation, ContainerFileCitationAnnotation, FilePathAnnotation],
        Field(discriminator="type"),
    ],
)
"""
An annotation on a span of output text, discriminated by its `type`.
"""
