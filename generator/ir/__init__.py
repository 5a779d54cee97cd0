"""The intermediate representation, and the stage that builds it.

`nodes` is the IR itself (re-exported here, so `ir.Operation` names a node); `build`
turns a normalized spec and the SDK config into an `Api`, with `placement` (resource and
method names), `schemas` (schema reading), `models` (component schemas as `Model`s) and
`paging` (whether and how a list paginates); `homes` says which resource each model is
declared beside (read by the targets); `naming` holds the language-neutral word helpers. Imports only `spec` and `core`.
"""

from .nodes import (
    Api,
    AuthKind,
    AuthPlace,
    BodyKind,
    Client,
    ClientSecurity,
    Credential,
    FieldEncoding,
    HeaderOption,
    JsonValue,
    Model,
    ModelField,
    ModelKind,
    Operation,
    PageKind,
    PageScheme,
    ParamLocation,
    Parameter,
    RequestBody,
    Resource,
    Response,
    Security,
    SecurityScheme,
    TypeKind,
    TypeRef,
    depth_first,
)

__all__ = [
    "Api",
    "AuthKind",
    "AuthPlace",
    "BodyKind",
    "Client",
    "ClientSecurity",
    "Credential",
    "FieldEncoding",
    "HeaderOption",
    "JsonValue",
    "Model",
    "ModelField",
    "ModelKind",
    "Operation",
    "PageKind",
    "PageScheme",
    "ParamLocation",
    "Parameter",
    "RequestBody",
    "Resource",
    "Response",
    "Security",
    "SecurityScheme",
    "TypeKind",
    "TypeRef",
    "depth_first",
]
