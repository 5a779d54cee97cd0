"""The intermediate representation: the contract between the spec and every target.

Built once by `build_ir` from a validated spec and the SDK config, never mutated. It is
language-neutral: names are kept as they appear on the wire or as lower-case words joined
by underscores (`retrieve`, `fine_tuning`), types are `TypeRef` trees, and each target's
views turn them into its own spellings. Every node records the JSON pointer it came from.
The nodes of credentials live in `security_nodes`, and are re-exported here.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from urllib.parse import urlencode

from .security_nodes import AuthKind as AuthKind, AuthPlace as AuthPlace, ClientSecurity as ClientSecurity
from .security_nodes import Credential as Credential, Security as Security, SecurityScheme as SecurityScheme

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
    COOKIE = "cookie"  # sent in the `Cookie` header


@dataclass(frozen=True, slots=True)
class Parameter:
    """One argument of an operation: a path, query, header or cookie parameter, or a body field.

    `name` is the wire name, never changed. `required` means the caller must pass it; a
    required parameter may still accept null (its type is then a UNION with NULL).
    `example` is a JSON value to use in generated tests, derived from the schema.
    `argument` is the argument's name as lower-case words joined by `_`, unique within the
    operation (`StartTime<` -> `start_time_before`; a body field named like a parameter
    -> `body_<name>`); targets spell it. `style` and `explode` say how the value is
    serialised (OpenAPI `style`, defaults applied: `form`, `spaceDelimited`,
    `pipeDelimited`, `deepObject` in a query, `simple`, `label`, `matrix` in a path,
    `simple` in a header, `form` in a cookie); `style` is empty for a body field and for a
    query parameter the spec says nothing about when the client has an `array_format`.
    `allow_reserved`: the spec lets reserved characters through a query value unencoded.
    """

    name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    description: str
    pointer: str
    example: JsonValue | list[object] | dict[str, object] = None
    argument: str = ""
    style: str = ""
    explode: bool = False
    allow_reserved: bool = False

    @property
    def arg(self) -> str:
        """The argument name (`argument`, or the wire name for a node built without one)."""
        return self.argument or self.name


MULTIPART = "multipart/form-data"
FORM = "application/x-www-form-urlencoded"


def is_json_media(media: str) -> bool:
    """`application/json` and its relatives (`application/problem+json`), parameters aside."""
    return media.split(";")[0].strip().lower().endswith(("/json", "+json"))


class BodyKind(enum.Enum):
    """How a request body travels, decided by its media type."""

    JSON = "json"  # a JSON document
    MULTIPART = "multipart"  # `multipart/form-data`: fields and file parts
    FORM = "form"  # `application/x-www-form-urlencoded`: name=value pairs
    TEXT = "text"  # `text/*`: a string, sent as UTF-8
    BINARY = "binary"  # any other media type: raw bytes (a file) sent as they are


@dataclass(frozen=True, slots=True)
class FieldEncoding:
    """How one top-level field of a form or multipart body is written (OpenAPI `encoding`).

    `style` is `form`, `spaceDelimited`, `pipeDelimited` or `deepObject`; `explode` whether
    an array repeats its name (and an object spreads its properties); `content_type` the
    media type of the field's value when the spec names one (`application/json`: the value
    travels as JSON text), else "".
    """

    name: str
    style: str = "form"
    explode: bool = True
    content_type: str = ""

    @property
    def as_json(self) -> bool:
        """Whether the field's value travels as JSON text (its `content_type` is JSON)."""
        return is_json_media(self.content_type)


@dataclass(frozen=True, slots=True)
class RequestBody:
    """A request body: its media type, and how the operation's BODY arguments make it.

    `content_type` is the media type sent (`kind` tells how it travels). Unless `whole`,
    each top-level property of an object body is an argument (JSON, form or multipart); in
    a multipart body, arguments of a BINARY type travel as file parts and the others as
    form fields. When `whole`, the one BODY argument (named `body`) is the whole body: a
    union, an array, a primitive or a map as JSON, a string as text, bytes as they are.
    `encodings` are the fields of a form or multipart body the spec's `encoding` describes.
    """

    content_type: str
    required: bool
    pointer: str
    whole: bool = False
    encodings: tuple[FieldEncoding, ...] = ()

    @property
    def multipart(self) -> bool:
        """Whether the body travels as `multipart/form-data`."""
        return self.content_type == MULTIPART

    @property
    def kind(self) -> BodyKind:
        """How the body travels, from its media type."""
        media = self.content_type.split(";")[0].strip().lower()
        if media == MULTIPART:
            return BodyKind.MULTIPART
        if media == FORM:
            return BodyKind.FORM
        if is_json_media(media):
            return BodyKind.JSON
        return BodyKind.TEXT if media.startswith("text/") else BodyKind.BINARY


class PageKind(enum.Enum):
    """How the next page of a list is requested."""

    CURSOR_LAST_ID = "cursor_last_id"  # next cursor is the response's `last_id`
    CURSOR_ITEM_ID = "cursor_item_id"  # next cursor is the last item's `id`
    CURSOR = "cursor"  # next cursor is the response's `cursor_field` (`next_cursor`, `nextPageToken`)
    NEXT_URL = "next_url"  # the response's `cursor_field` is the next page's URL (or host-relative URI)
    OFFSET = "offset"  # `cursor_param` is an item offset, advanced by the items received
    PAGE_NUMBER = "page_number"  # `cursor_param` is a page number (from 1), advanced by one
    LINK_HEADER = "link_header"  # the next page's URL is the RFC 8288 `Link` header's `rel="next"`


@dataclass(frozen=True, slots=True)
class PageScheme:
    """A pagination scheme detected from a list operation's parameters and response.

    The response is an object holding the page's items in `items_field` (or, when
    `items_field` is empty, an array of the items itself); the next page repeats the
    request with `cursor_param` set from the cursor source (see `kind`), or follows the URL
    the response gives (`NEXT_URL`, `LINK_HEADER`: `cursor_param` is empty).
    `has_more_field`, when the response has one, ends the iteration when false. For
    `OFFSET` and `PAGE_NUMBER`, `size_param` (when the operation has one) is the page size:
    a page shorter than the size asked for is the last; `total_field` (when the response
    has one) is the number of items in the whole list, reached on the last page. An empty
    page always ends the iteration.
    """

    name: str
    kind: PageKind
    items_field: str
    cursor_param: str
    cursor_field: str
    has_more_field: str
    size_param: str = ""
    total_field: str = ""


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
    `comma`: the config's, else `repeat` as OpenAPI's default `form` style sends them; it
    applies to parameters whose spec says nothing and to extra query values), and the
    client options sent as headers, and its credentials (`security`; the API key's variable
    stays in `api_key_env` for what names it outside the client)."""

    default_base_url: str
    api_key_env: str
    base_url_env: str
    header_prefix: str | None  # None: no telemetry headers
    array_format: str
    header_options: tuple[HeaderOption, ...]
    security: ClientSecurity = field(default_factory=lambda: ClientSecurity())
    log_env: str = ""  # the environment variable of the log level ('' in a hand-built IR: none)
    idempotency_header: str | None = None  # where requests other than GETs send an idempotency key; None: nowhere


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
    # Where the config puts schemas' types (`types: {Schema: {group: ...}}`): (type name, a
    # resource path or ("shared",)); the others are placed by each target's layout rule.
    type_groups: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def operations(self) -> tuple[Operation, ...]:
        """Every operation, depth-first through the resource tree."""
        found: list[Operation] = []
        stack = list(reversed(self.resources))
        while stack:
            resource = stack.pop()
            found.extend(resource.operations)
            stack.extend(reversed(resource.children))
        return tuple(found)
