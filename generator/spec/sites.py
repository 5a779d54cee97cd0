"""Where schemas sit in an OpenAPI document, and the name each position gives a schema.

Input: document data. Output: `Site`s, every schema root (component schemas, then each
operation's and webhook's parameters, request bodies and responses, and the components'
responses), with the base name its position gives (`CreateConversationResponse`) and how
the normalizing passes treat it (`Role`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from .load import escape_pointer_token
from .schema_tree import as_mapping
from .type_names import class_name
from .validate import HTTP_METHODS


class Role(enum.Enum):
    """How a schema site is treated: a component keeps its name, a body's root stays inline."""

    COMPONENT = "component"
    BODY = "body"  # request body root: the IR reads its properties as method arguments
    CLASS = "class"  # parameter or response root: hoisted when it is a class


@dataclass(frozen=True, slots=True)
class Site:
    path: tuple[str, ...]
    base: str
    role: Role
    owner: str | None

    @property
    def pointer(self) -> str:
        return "".join("/" + escape_pointer_token(token) for token in self.path)


def sites(data: Mapping[str, Any]) -> Iterator[Site]:
    """Every schema root of the document: component schemas, then operations' schemas.

    Parameters and request bodies kept in `components` (reached by `$ref`) are not walked.
    """
    components = as_mapping(data.get("components"))
    for key in as_mapping(components.get("schemas")):
        yield Site(("components", "schemas", key), class_name(key), Role.COMPONENT, key)
    for section in ("paths", "webhooks"):
        for key, item in as_mapping(data.get(section)).items():
            if isinstance(item, Mapping):
                yield from _parameter_sites((section, key), item.get("parameters"), class_name(key, "Params"))
                yield from _operation_sites((section, key), item)
    for key, response in as_mapping(components.get("responses")).items():
        yield from _response_sites(("components", "responses", key), response, class_name(key, "Response"))


def _operation_sites(path: tuple[str, ...], item: Mapping[str, Any]) -> Iterator[Site]:
    """An operation's parameters, body and responses, named after its operationId.

    The request body's root stays inline: its properties are the method's arguments (a
    webhook's is hoisted as `<Operation>Payload`: no method takes it, it is a model). The first
    2xx response is `<Operation>Response`, others add their status (`<Operation>NotFoundResponse`).
    """
    for method in HTTP_METHODS:
        operation = item.get(method)
        if not isinstance(operation, Mapping):
            continue
        given = operation.get("operationId")
        name = class_name(given if isinstance(given, str) and given else f"{method} {path[-1]}")
        where = (*path, method)
        yield from _parameter_sites(where, operation.get("parameters"), name + "Params")
        for media, _ in _contents(operation.get("requestBody")):
            body = (*where, "requestBody", "content", media, "schema")
            if path[0] == "webhooks":  # the payload a webhook receives: a model of its own
                yield Site(body, name + "Payload", Role.CLASS, None)
            else:
                yield Site(body, name + "Params", Role.BODY, None)
        responses = as_mapping(operation.get("responses"))
        success = next((s for s in sorted(str(s) for s in responses) if s.startswith("2")), None)
        for status, response in responses.items():
            words = () if str(status) == success else (_status_word(status),)
            base = class_name(name, *words, "Response")
            yield from _response_sites((*where, "responses", str(status)), response, base)


def _parameter_sites(path: tuple[str, ...], parameters: Any, base: str) -> Iterator[Site]:
    for index, parameter in enumerate(parameters if isinstance(parameters, list) else []):
        if isinstance(parameter, Mapping) and "schema" in parameter and "$ref" not in parameter:
            name = class_name(base, str(parameter.get("name", "")))
            yield Site((*path, "parameters", str(index), "schema"), name, Role.CLASS, None)


def _response_sites(path: tuple[str, ...], response: Any, base: str) -> Iterator[Site]:
    for media, _ in _contents(response):
        name = base if "event-stream" not in media else base.removesuffix("Response") + "StreamEvent"
        yield Site((*path, "content", media, "schema"), name, Role.CLASS, None)


def _contents(node: Any) -> Iterator[tuple[str, Mapping[str, Any]]]:
    if isinstance(node, Mapping) and "$ref" not in node and isinstance(node.get("content"), Mapping):
        for media, content in node["content"].items():
            if isinstance(content, Mapping) and "schema" in content:
                yield str(media), content


def _status_word(status: Any) -> str:
    try:
        return HTTPStatus(int(status)).phrase
    except ValueError:
        return str(status).replace("X", "x")
