"""The Python target's view-models: what its templates receive, and nothing else.

Each template receives one of these typed, frozen view-models (`contract` lists which) and
only prints it: every field is Python source text or a decision already made (by `views`,
`method_views` and `view_tests`). They are the public contract of template overrides
(`templates/python/CONTRACT.md`): adding a field is a minor change of the contract,
renaming or removing one a major one.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...ir import HeaderOption
from .conftest_views import ConftestView
from .auth_views import AuthView
from .style import LINE_LENGTH
from .view_tests import TestFileView


@dataclass(frozen=True, slots=True)
class ArgumentView:
    """One method argument: its Python name, wire name, annotation and docs, and `value`:
    the expression the method sends (the name, or `styled(name, style, explode)`)."""

    name: str
    wire: str
    wire_literal: str
    annotation: str
    default: str
    doc: tuple[str, ...]  # its description, wrapped, escaped lines
    value: str = ""
    empty_error: str = ""  # a path argument's `ValueError(...)` if empty, laid out after `raise ` 12 columns in
    declaration: str = ""  # `name: annotation = default` as black prints it as a parameter 8 columns in
    entry: str = (
        ""  # `value` laid out after `wire_literal: ` in a request's query, header or cookie dict (20 columns in)
    )


@dataclass(frozen=True, slots=True)
class PageUse:
    """How a list method builds its page: page classes and the item type."""

    sync_class: str
    async_class: str
    item: str
    model_expr: str
    returns: tuple[str, str] = ("", "")  # `Sync<page>[item]`, `AsyncPaginator[item, Async<page>[item]]` after `) -> `
    pages: tuple[str, str] = ("", "")  # `Sync<page>[item]`, `Async<page>[item]` laid out after `page=`, 12 columns in


@dataclass(frozen=True, slots=True)
class StreamUse:
    """How a method offers server-sent events: the flag argument and the stream types.

    The method is rendered as three overloads (flag false or omitted: `returns`; flag
    true: the stream; flag a `bool`: either) and one implementation.
    """

    flag: str
    event: str
    sync_class: str  # `Stream[ResponseStreamEvent]`
    async_class: str
    # `from ...types.responses.response_stream_event import ResponseStreamEvent`, printed in the
    # method's body: the event types load at the first streamed call, not with the resource
    # (none when the resource module imports them anyway: its methods return them too).
    event_imports: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MethodView:
    """One resource method, rendered once for the sync and once for the async class.

    `multipart` sends the body as `multipart/form-data`; `headers` are arguments sent
    as request headers, `cookies` arguments sent in the `Cookie` header; `stream` is set
    when the caller may ask for server-sent events.
    `whole_body` names the argument sent as the whole body (else `body` are its fields);
    `content_type` and `field_styles` tell the runtime how to write a body that is not JSON.
    """

    name: str
    http: str
    doc: tuple[str, ...]  # the docstring's text, escaped lines, the first one its first line of text
    positional: tuple[ArgumentView, ...]
    keyword: tuple[ArgumentView, ...]
    path_checks: tuple[ArgumentView, ...]
    path_expr: str  # the request call's path argument, laid out as black prints it (its later lines as at 12 columns)
    body: tuple[ArgumentView, ...]
    query: tuple[ArgumentView, ...]
    headers: tuple[ArgumentView, ...]
    multipart: bool
    returns: str
    cast_to: str
    cast_result: bool
    page: PageUse | None
    stream: StreamUse | None
    cookies: tuple[ArgumentView, ...] = ()
    whole_body: str = ""  # the argument that is the whole body, when one is
    content_type: str = ""  # the literal of a media type that is not JSON or multipart, else ""
    field_styles: str = ""  # a dict literal of `(style, explode)` by wire name, for form fields written otherwise
    security: str = ""  # the operation's own requirement as a literal; '': the client's
    docstring: tuple[str, ...] = ()  # the docstring as the official SDK lays it out: source lines, quotes included


@dataclass(frozen=True, slots=True)
class ChildView:
    """A sub-resource reached as an attribute of its parent resource."""

    attr: str
    module: str
    sync_class: str
    async_class: str
    sync_raw_class: str
    async_raw_class: str
    sync_streaming_class: str
    async_streaming_class: str
    description: str


@dataclass(frozen=True, slots=True)
class ResourceView:
    """One resource module: its classes, methods, sub-resources and imports.

    `sync_bases`/`async_bases` are the base class lists, a hand-written mixin from
    `lib/` first when the SDK config names one for this resource.
    """

    path: str
    names: ChildView
    doc: tuple[str, ...]  # the classes' docstring text, escaped lines
    imports: tuple[str, ...]
    methods: tuple[MethodView, ...]
    children: tuple[ChildView, ...]
    sync_bases: str = "SyncAPIResource"
    async_bases: str = "AsyncAPIResource"
    docstring: tuple[str, ...] = ()  # the classes' docstring laid out: source lines, quotes included


@dataclass(frozen=True, slots=True)
class ResourcePackageView:
    """`resources/<name>/__init__.py`: re-exports of a resource package."""

    path: str
    exports: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class PageView:
    """One page scheme as sync and async page classes."""

    name: str
    items_field: str
    cursor_param: str
    cursor_field: str
    has_more_field: str
    from_last_item: bool
    style: str = "cursor"  # how the next page is found (`targets.pages.style`)
    doc: str = ""  # the classes' docstring
    fields: tuple[str, ...] = ()  # the classes' field declarations (`data: List[_T]`)
    items_attr: str = ""  # the attribute holding the items
    has_more_attr: str = ""  # the attribute of the has-more flag, or ''
    cursor_attr: str = ""  # the attribute of the next cursor or next URL, or ''
    total_expr: str = "None"  # the total item count, as an expression (`self.total`, or `None`)
    size_param: str = ""  # the page size parameter (offset and page-number pages), or ''
    reshape: str = ""  # the call reshaping the body before the page is built, or ''
    numbered: str = "False"  # `True` for page numbers, `False` for offsets (`next_counted`)
    test_script: str = "()"  # `targets.pages.page_script` as a Python tuple: (base, query, replies, targets)
    test_row: str = (
        ""  # `(package_pagination.Sync<name>, ...Async<name>, test_script)` laid out as black prints it in a list
    )


@dataclass(frozen=True, slots=True)
class ClientView:
    """The client module, `__init__`, package metadata and runtime templates."""

    import_name: str
    distribution: str
    version: str
    requires_python: str  # the floor, e.g. `>=3.10`
    license_toml: str  # `license = "MIT"`, or '' when the package has none
    title: str  # escaped for docstrings and Markdown
    summary_toml: str  # a TOML string literal
    client_class: str
    async_client_class: str
    error_base: str
    default_base_url: str
    api_key_env: str
    base_url_env: str
    header_prefix: str | None  # None: the SDK sends no telemetry headers
    array_format: str
    header_options: tuple[HeaderOption, ...]  # descriptions escaped for docstrings
    resources: tuple[ChildView, ...]
    pages: tuple[PageView, ...]
    page_typing: str  # what `pagination.py` imports from typing
    spec_name: str
    example: str
    auth: AuthView
    page_runtime: str = ""  # what `pagination.py` imports from `_pagination`
    page_field: bool = False  # whether `pagination.py` imports `pydantic.Field` (aliased fields)
    line_length: int = LINE_LENGTH  # black's line length, in the package's `pyproject.toml`
    conftest: ConftestView = ConftestView()  # the generated tests' fixtures and test method signatures


@dataclass(frozen=True, slots=True)
class ParamsClassView:
    """One TypedDict of a method's keyword arguments, keyed by their Python names.

    `functional` is set when a key is not a usable identifier, so the class must be
    spelled `Name = TypedDict("Name", {...}, total=False)`.
    """

    name: str
    fields: tuple[tuple[str, str, str], ...]  # (argument name, its string literal, annotation)
    doc: tuple[str, ...]  # the docstring's text, escaped lines
    functional: bool
    docstring: tuple[str, ...] = ()  # the docstring laid out: source lines, quotes included
    field_docs: tuple[tuple[str, ...], ...] = ()  # each field's docstring, as `docstring` (empty: none)


@dataclass(frozen=True, slots=True)
class MethodParamsView:
    """The module of one method's keyword arguments TypedDict (`types/conversations/item_list_params.py`)."""

    path: str  # relative to the distribution's root
    header: str
    imports: tuple[str, ...]
    cls: ParamsClassView


@dataclass(frozen=True, slots=True)
class TypesInitView:
    """The lazy `__init__.py` of one folder of `types/`: each name it re-exports and the
    module (relative to the folder) that defines it."""

    path: str  # relative to the distribution's root
    header: str
    what: str  # what the folder holds, for its docstring
    exports: tuple[tuple[str, str], ...]  # (name, `.conversation`), sorted by name
    guarded_imports: tuple[str, ...]  # each export's import for type checkers, as black prints it


@dataclass(frozen=True, slots=True)
class PackageViews:
    """Every view the Python target renders."""

    client: ClientView
    resources: tuple[ResourceView, ...]
    packages: tuple[ResourcePackageView, ...]
    tests: tuple[TestFileView, ...]
    method_params: tuple[MethodParamsView, ...]
    type_packages: tuple[TypesInitView, ...]
