"""The intermediate representation: the contract between the spec and every target.

Built once by `build_ir` from a validated spec and the SDK config, never mutated. It is
language-neutral: names are kept as they appear on the wire or as lower-case words joined
by underscores (`retrieve`, `fine_tuning`), types are `TypeRef` trees, and each target's
views turn them into its own spellings. Every node records the JSON pointer it came from.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from urllib.parse import urlencode

JsonValue = str | int | float | bool | None


class TypeKind(enum.Enum):
    """The shape of a value, independent of any language."""

    STRING = "string"
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    NULL = "null"
    ANY = "any"
    ARRAY = "array"
    MAP = "map"
    LITERAL = "literal"
    REF = "ref"
    UNION = "union"
    BINARY = "binary"  # raw bytes: a file to upload, or a downloaded body


@dataclass(frozen=True, slots=True)
class TypeRef:
    """A type: a primitive, a literal set, a named schema, or a combination of these.

    `name` is the component schema key for REF; `item` the element type of ARRAY and the
    value type of MAP; `variants` the members of UNION (NULL among them means nullable);
    `values` the allowed values of LITERAL (an enum or a const).
    """

    kind: TypeKind
    name: str = ""
    item: TypeRef | None = None
    variants: tuple[TypeRef, ...] = ()
    values: tuple[JsonValue, ...] = ()


class ParamLocation(enum.Enum):
    """Where an argument travels in the request."""

    PATH = "path"
    QUERY = "query"
    HEADER = "header"
    BODY = "body"


@dataclass(frozen=True, slots=True)
class Parameter:
    """One argument of an operation: a path, query or header parameter, or a body field.

    `required` means the caller must pass it; a required parameter may still accept null
    (its type is then a UNION with NULL). `example` is a JSON value to use in generated
    tests, derived from the schema.
    """

    name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    description: str
    pointer: str
    example: JsonValue | list[object] | dict[str, object] = None


MULTIPART = "multipart/form-data"


@dataclass(frozen=True, slots=True)
class RequestBody:
    """A request body whose top-level properties become arguments.

    `content_type` is `application/json` or `multipart/form-data`; in a multipart body,
    arguments of a BINARY type travel as file parts and the others as form fields.
    """

    content_type: str
    required: bool
    pointer: str

    @property
    def multipart(self) -> bool:
        """Whether the body travels as `multipart/form-data` (else as JSON)."""
        return self.content_type == MULTIPART


class PageKind(enum.Enum):
    """How the next page of a list is requested."""

    CURSOR_LAST_ID = "cursor_last_id"  # next cursor is the response's `last_id`
    CURSOR_ITEM_ID = "cursor_item_id"  # next cursor is the last item's `id`


@dataclass(frozen=True, slots=True)
class PageScheme:
    """A pagination scheme detected from a list operation's parameters and response.

    The response is an object holding the page's items in `items_field`; the next page
    repeats the request with `cursor_param` set from the cursor source (see `kind`);
    `has_more_field`, when the response has one, ends the iteration when false.
    """

    name: str
    kind: PageKind
    items_field: str
    cursor_param: str
    cursor_field: str
    has_more_field: str


@dataclass(frozen=True, slots=True)
class Response:
    """The success response: its status, media type and body type (None when empty).

    `type` is BINARY for a body returned as raw bytes (a file, audio, an archive).
    `example` is a JSON value fitting the body, built from the component schema named
    `example_schema` (the first variant, for a union), for generated tests. When the
    caller can ask for a `text/event-stream` instead, by setting the boolean body field
    `stream_flag` to true, `stream` is the type of each event, and `stream_example` an
    event for generated tests, built from the component schema `stream_example_schema`.
    """

    status: str
    content_type: str
    type: TypeRef | None
    example: object = None
    example_schema: str = ""
    stream: TypeRef | None = None
    stream_flag: str = ""
    stream_example: object = None
    stream_example_schema: str = ""


@dataclass(frozen=True, slots=True)
class Operation:
    """The intermediate representation of an operation that will become a method.

    `name` is the method name as lower-case words (`create`, `list`, `cancel`);
    `arguments` are in presentation order: path parameters in URL order, then required
    arguments, then optional ones, each group sorted by name. `page` is set when the
    operation returns one page of a paginated list, with `page_item` the item type.
    """

    operation_id: str
    method: str
    path: str
    name: str
    summary: str
    description: str
    deprecated: bool
    arguments: tuple[Parameter, ...]
    body: RequestBody | None
    response: Response
    page: PageScheme | None
    page_item: TypeRef | None
    pointer: str
    query_constants: tuple[tuple[str, str], ...] = ()
    page_item_example_schema: str = ""
    security: Security | None = None  # None: the client's default (`ClientSecurity.default`)

    def located(self, location: ParamLocation) -> tuple[Parameter, ...]:
        """The arguments that travel in `location`, in presentation order."""
        return tuple(p for p in self.arguments if p.location is location)

    @property
    def request_path(self) -> str:
        """The path template with the constant query of the spec's path key (`?beta=true`)."""
        return self.path + (f"?{urlencode(self.query_constants)}" if self.query_constants else "")


@dataclass(frozen=True, slots=True)
class Resource:
    """A group of operations under one path prefix (`conversations`, `conversations.items`).

    `path` is the chain of resource names from the client down to this one.
    """

    name: str
    path: tuple[str, ...]
    description: str
    operations: tuple[Operation, ...]
    children: tuple[Resource, ...] = field(default=())


def depth_first(resources: tuple[Resource, ...]) -> list[Resource]:
    """Every resource of `resources` and below them, parents before their children."""
    found: list[Resource] = []
    for resource in resources:
        found += [resource, *depth_first(resource.children)]
    return found


class ModelKind(enum.Enum):
    """What a named schema becomes in a target language."""

    OBJECT = "object"  # a record type with named fields
    UNION = "union"  # one of several types (`variants`), tagged when `discriminator` is set
    ALIAS = "alias"  # another name for a type (a literal set, a primitive, an array, a map)


@dataclass(frozen=True, slots=True)
class ModelField:
    """One property of an OBJECT model: wire name, type, whether the object always has it."""

    name: str
    type: TypeRef
    required: bool
    description: str
    deprecated: bool
    pointer: str


@dataclass(frozen=True, slots=True)
class Model:
    """The intermediate representation of one component schema that will become a type.

    `fields` (OBJECT) in the schema's property order, `allOf` parts merged in order;
    `extra` the value type of additional properties an OBJECT allows (None when the schema
    forbids them or says nothing); `type` the aliased type (ALIAS) or the union (UNION, a
    TypeRef of kind UNION, NULL among its variants meaning nullable); `discriminator` the
    tag property of a tagged UNION, `mapping` its (tag value, member schema name) pairs.
    """

    name: str
    kind: ModelKind
    description: str
    pointer: str
    fields: tuple[ModelField, ...] = ()
    extra: TypeRef | None = None
    type: TypeRef | None = None
    discriminator: str = ""
    mapping: tuple[tuple[str, str], ...] = ()
    deprecated: bool = False
    nullable: bool = False  # an OBJECT whose schema also allows null (`type: [object, null]`)


@dataclass(frozen=True, slots=True)
class HeaderOption:
    """A client option sent as a header when set (e.g. `organization`).

    When the caller does not give it, the client reads it from the environment variable `env`.
    """

    param: str
    header: str
    env: str
    description: str


@dataclass(frozen=True, slots=True)
class Client:
    """How a client reaches the API: its default base URL, the environment variables of
    the API key and the base URL, the prefix of the SDK's own telemetry headers (None: the
    SDK sends none), how arrays travel in a query string (`brackets`, `repeat` or
    `comma`), the client options sent as headers, and its credentials (`security`; the
    API key's variable stays in `api_key_env` for what names it outside the client)."""

    default_base_url: str
    api_key_env: str
    base_url_env: str
    header_prefix: str | None  # None: no telemetry headers
    array_format: str
    header_options: tuple[HeaderOption, ...]
    security: ClientSecurity = field(default_factory=lambda: ClientSecurity())


@dataclass(frozen=True, slots=True)
class Api:
    """The whole API: metadata, the client's settings, the resource tree, page schemes,
    the models and schema usage: everything a target generates from.

    `response_schemas` are the component schemas that become models: those reachable
    from responses, and those no operation uses (stream, webhook and socket payloads);
    `request_schemas` those reachable from request arguments. Both sorted. `models`
    describes each of them (sorted by name).
    """

    title: str
    version: str
    description: str
    client: Client
    resources: tuple[Resource, ...]
    page_schemes: tuple[PageScheme, ...]
    response_schemas: tuple[str, ...]
    request_schemas: tuple[str, ...]
    models: tuple[Model, ...]
    name: str = "api"  # what package and class names are made of: lower-case words joined by `_`
    license: str | None = None  # an SPDX identifier; None: the spec and config name none

    def operations(self) -> tuple[Operation, ...]:
        """Every operation, depth-first through the resource tree."""
        found: list[Operation] = []
        stack = list(reversed(self.resources))
        while stack:
            resource = stack.pop()
            found.extend(resource.operations)
            stack.extend(reversed(resource.children))
        return tuple(found)


class AuthKind(enum.Enum):
    """How a security scheme's credentials travel."""

    BEARER = "bearer"  # `Authorization: Bearer <token>`: http bearer, oauth2, openIdConnect
    BASIC = "basic"  # `Authorization: Basic base64(<username>:<password>)`
    API_KEY = "api_key"  # the key as it is, in a header, a query parameter or a cookie


class AuthPlace(enum.Enum):
    """Where an `apiKey` scheme's key is sent (bearer and basic use the `Authorization` header)."""

    HEADER = "header"
    QUERY = "query"
    COOKIE = "cookie"


@dataclass(frozen=True, slots=True)
class Credential:
    """One client option holding a secret: its name as lower-case words (`api_key`,
    `username`), the environment variable it defaults from, and what it is."""

    name: str
    env: str
    description: str


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    """A scheme of `components.securitySchemes` some operation requires: its name in the
    spec, how it is sent (under `wire_name`: `Authorization`, or the apiKey's own name), and
    the client options it takes (one; `username` and `password` for basic)."""

    key: str
    kind: AuthKind
    place: AuthPlace
    wire_name: str
    credentials: tuple[Credential, ...]
    spec_type: str  # `http`, `apiKey`, `oauth2` or `openIdConnect`, as the spec says
    pointer: str


Security = tuple[tuple[str, ...], ...]
"""Security requirements: alternatives (any one will do), each the names of the schemes
that must all be sent together. `()` among them: the operation may be called without
credentials; `()` as a whole: no credentials are ever sent."""


@dataclass(frozen=True, slots=True)
class ClientSecurity:
    """The client's credentials: the schemes operations use, the requirement of operations
    that name none of their own (`security` at the top of the spec), and the credentials
    the client needs at construction (those of the one requirement every operation has)."""

    schemes: tuple[SecurityScheme, ...] = ()
    default: Security = ()
    required: tuple[str, ...] = ()  # credential names

    def credentials(self) -> tuple[Credential, ...]:
        """Every credential, in scheme order."""
        return tuple(c for s in self.schemes for c in s.credentials)
