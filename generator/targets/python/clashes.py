"""Names the Python package cannot give: `ir.Api` -> located problems.

A resource named like a public attribute of the generated client (`with_options`, a header
option), or a method named like an attribute of its resource (`with_raw_response`, one of
its sub-resources): each is a problem with the JSON pointer of the spec node it comes from
and a hint, found before anything is rendered.
"""

from __future__ import annotations

from ... import ir
from .names import identifier

# Public attributes of the generated clients and resources that a resource or method
# name must not shadow (header options are added from the IR's client settings).
CLIENT_ATTRIBUTES = frozenset(
    {"api_key", "auth_headers", "base_url", "close", "copy", "default_headers", "default_query", "delete", "get"}
    | {"get_api_list", "is_closed", "max_retries", "patch", "post", "put", "request", "timeout", "user_agent"}
    | {"with_options", "with_raw_response", "with_streaming_response"}
)
RESOURCE_ATTRIBUTES = frozenset({"with_raw_response", "with_streaming_response"})


def name_clashes(api: ir.Api) -> list[tuple[str, str, str]]:
    """(pointer, message, hint) for each resource or method name a generated class already uses."""
    options = {o.param for o in api.client.header_options}
    credentials = {identifier(c.name) for c in api.client.security.credentials()}
    options |= credentials
    reserved = CLIENT_ATTRIBUTES | options
    found = []
    for resource in api.resources:
        if identifier(resource.name) in reserved:
            found.append(
                (
                    next((op.pointer for r in ir.depth_first((resource,)) for op in r.operations), ""),
                    f"the resource `{resource.name}` would hide the client attribute of that name",
                    (
                        "name the credential option in the SDK config: auth: {Scheme: {option: ...}}"
                        if identifier(resource.name) in credentials
                        else (
                            "rename the header option in the SDK config"
                            if identifier(resource.name) in options
                            else "move its operations to another resource with `operations:` overrides in the SDK config"
                        )
                    ),
                )
            )
    for resource in ir.depth_first(api.resources):
        children = {identifier(c.name) for c in resource.children}
        for op in resource.operations:
            name = identifier(op.name)
            if name in RESOURCE_ATTRIBUTES or name in children:
                found.append(
                    (
                        op.pointer,
                        f"the method `{'.'.join(resource.path)}.{name}` would hide an attribute",
                        "rename it with an `operations:` override in the SDK config",
                    )
                )
    return found
