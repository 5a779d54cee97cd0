"""Views of one resource method: `ir.Operation` -> `MethodView`, every Python spelling decided.

Input: an operation and the module's `TypeSpeller` (which records what the module must
import), and the generated model module's public names. Output: the method's name, its
positional and keyword arguments (annotations, defaults, docs), where each argument
travels, the path expression, the return annotation and the class the response is built
as, its page or stream when it has one, and its docstring. Decided here, once: the last
path parameter is positional; an optional argument is `X | Omit = omit`; a response whose
type is a model class (or raw bytes) is built as that class, any other type through
`cast(Any, ...)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ... import ir
from ...ir.parameters import needs_style
from .models import ModelModule
from .layout import Group, Item, Node, declaration, flat, lay_out, literal_node
from .names import identifier
from .text import python_literal
from .docstrings import argument_entry, docstring_lines, literal_lines, text_lines, wrapped_lines
from .types import TypeSpeller
from .view_models import ArgumentView, MethodView, PageUse, StreamUse
from .auth_views import security_literal
from .view_tests import operation_arguments


@dataclass(frozen=True, slots=True)
class Returns:
    """What a method returns: its annotation, the class the response is built as (`cast_to`,
    a `cast(Any, ...)` expression when `cast`), and its page when it lists one (its items
    built through `cast(Any, ...)` when `page_cast`)."""

    annotation: str
    cast_to: str
    cast: bool
    page: PageUse | None = None
    page_cast: bool = False


@dataclass(frozen=True, slots=True)
class Method:
    """A method's view, and whether its body calls `cast(Any, ...)` (its module imports it)."""

    view: MethodView
    casts: bool


def method_view(op: ir.Operation, speller: TypeSpeller, models: ModelModule) -> Method:
    """The view of `op` as a method of its resource's classes."""
    path_args = op.located(ir.ParamLocation.PATH)
    names = operation_arguments(op)
    returns = _returns(op, speller, models)
    args = {p.arg: argument_view(p, names[p.arg], speller, returns.cast) for p in op.arguments}
    positional = tuple(args[p.arg] for p in path_args[-1:])
    keyword = tuple(args[p.arg] for p in op.arguments if not path_args or p is not path_args[-1])
    body = op.located(ir.ParamLocation.BODY)
    doc = _method_doc(op, [*positional, *keyword])
    view = MethodView(
        name=identifier(op.name),
        http=op.method,
        doc=text_lines(doc),
        positional=positional,
        keyword=keyword,
        path_checks=tuple(args[p.arg] for p in path_args),
        path_expr=_in_request(_path_expr(op, args, 16 if returns.cast else 12), returns.cast),
        body=tuple(args[p.arg] for p in op.located(ir.ParamLocation.BODY)),
        query=tuple(args[p.arg] for p in op.located(ir.ParamLocation.QUERY)),
        headers=tuple(args[p.arg] for p in op.located(ir.ParamLocation.HEADER)),
        multipart=op.body is not None and op.body.multipart,
        returns=returns.annotation,
        cast_to=returns.cast_to,
        cast_result=returns.cast,
        page=returns.page,
        stream=_stream_use(op, names, speller),
        cookies=tuple(args[p.arg] for p in op.located(ir.ParamLocation.COOKIE)),
        whole_body=args[body[0].arg].name if op.body and op.body.whole and body else "",
        content_type=python_literal(op.body.content_type) if op.body and body and _typed(op.body) else "",
        field_styles=_in_request(_field_styles(op.body, 16 if returns.cast else 12), returns.cast) if body else "",
        security="" if op.security is None else security_literal(op.security),
        docstring=literal_lines(doc),
    )
    return Method(view, returns.cast or returns.page_cast)


def _in_request(text: str, cast: bool) -> str:
    """An argument of the request call laid out at its column (16 under `cast`, else 12), its
    later lines as at 12: the template indents the whole call by 4 more under `cast`."""
    if not cast:
        return text
    first, *rest = text.split("\n")
    return "\n".join([first, *(line[4:] for line in rest)])


_TYPED = (ir.BodyKind.FORM, ir.BodyKind.TEXT, ir.BodyKind.BINARY)  # bodies the runtime writes by media type


def _typed(body: ir.RequestBody) -> bool:
    """Whether the runtime is told the body's media type: any but JSON and multipart, and
    JSON under a media type of its own (`application/merge-patch+json`)."""
    return body.kind in _TYPED or (body.kind is ir.BodyKind.JSON and body.content_type != "application/json")


def _field_styles(body: ir.RequestBody | None, indent: int) -> str:
    """How the form fields the spec does not leave at `form` style, exploded, are written."""
    if body is None or body.kind is not ir.BodyKind.FORM:
        return ""
    styles = {
        e.name: ("json", True) if e.as_json else (e.style, e.explode)
        for e in body.encodings
        if e.as_json or (e.style, e.explode) != ("form", True)
    }
    return _after("field_styles=", literal_node(styles), ",", indent) if styles else ""


def argument_view(param: ir.Parameter, name: str, speller: TypeSpeller, cast: bool = False) -> ArgumentView:
    """One argument: an optional one is `X | Omit`, defaulting to `omit`; a query, header
    or cookie value whose style the runtime must know is sent `styled(...)`. `cast`: the
    method's request call is printed inside `cast(...)` (its query entries 4 columns deeper)."""
    annotation = speller.request(param.type)
    default = ""
    if not param.required:
        annotation, default = f"{annotation} | Omit", "omit"
    value: Node = name
    if needs_style(param) and param.location is not ir.ParamLocation.PATH:
        styles = (Item("", name), Item("", python_literal(param.style)), Item("", repr(param.explode)))
        value = Group("styled", "(", styles, ")", False)
    query = param.location is ir.ParamLocation.QUERY
    entry = _in_request(
        _after(f"{python_literal(param.name)}: ", value, ",", 24 if cast and query else 20), cast and query
    )
    doc = wrapped_lines(param.description)
    error = ""
    if param.location is ir.ParamLocation.PATH:
        message = f'f"Expected a non-empty value for `{name}` but received {{{name}!r}}"'
        error = _after("raise ", Group("ValueError", "(", (Item("", message),), ")", False), "", 12)
    declared = declaration(name, annotation, default, 8)
    literal = python_literal(param.name)
    return ArgumentView(name, param.name, literal, annotation, default, doc, flat(value), error, declared, entry)


def _returns(op: ir.Operation, speller: TypeSpeller, models: ModelModule) -> Returns:
    if op.page is not None and op.page_item is not None:
        item = speller.response(op.page_item)
        cast = _is_alias(op.page_item, models)
        pages = f"Sync{op.page.name}", f"Async{op.page.name}"
        async_page = Group(pages[1], "[", (Item("", item),), "]", False)
        paginator = Group("AsyncPaginator", "[", (Item("", item), Item("", async_page)), "]", False)
        returns = _after(") -> ", Group(pages[0], "[", (Item("", item),), "]", False), ":", 4), _after(
            ") -> ", paginator, ":", 4
        )
        laid = tuple(_after("page=", Group(page, "[", (Item("", item),), "]", False), ",", 12) for page in pages)
        use = PageUse(*pages, item, f"cast(Any, {item})" if cast else item, returns, (laid[0], laid[1]))
        return Returns(f"Sync{op.page.name}[{item}]", "", False, use, cast)
    if op.response.type is None:
        return Returns("None", "type(None)", False)
    spelled = speller.response(op.response.type)
    cast = not (_is_class(op.response.type, models) or op.response.type.kind is ir.TypeKind.BINARY)
    return Returns(spelled, f"cast(Any, {spelled})" if cast else spelled, cast)


def _is_class(type_: ir.TypeRef, models: ModelModule) -> bool:
    """A named schema whose model is a class (not a type alias)."""
    return type_.kind is ir.TypeKind.REF and type_.name in models.names and type_.name not in models.aliases


def _is_alias(type_: ir.TypeRef, models: ModelModule) -> bool:
    """A named schema whose model is a type alias (a union, a literal set, ...)."""
    return type_.kind is ir.TypeKind.REF and type_.name in models.aliases


def _stream_use(op: ir.Operation, names: dict[str, str], speller: TypeSpeller) -> StreamUse | None:
    if op.response.stream is None:
        return None
    # Spelled apart: the event types are imported in the method's body (`StreamUse.event_import`).
    events = TypeSpeller(speller.models, speller.params, speller.literals)
    event = events.response(op.response.stream)
    speller.typing |= events.typing
    speller.stream_models |= events.used_models
    flag = next(p for p in op.located(ir.ParamLocation.BODY) if p.name == op.response.stream_flag)
    return StreamUse(names[flag.arg], event, f"Stream[{event}]", f"AsyncStream[{event}]")


def _path_expr(op: ir.Operation, args: dict[str, ArgumentView], indent: int) -> str:
    """The request path; constant query parameters of the spec's path key ride along. Laid
    out as black prints it as an argument `indent` columns in."""
    path = op.request_path
    path_args = op.located(ir.ParamLocation.PATH)
    if not path_args:
        return python_literal(path)
    for param in path_args:
        path = path.replace("{" + param.name + "}", "{" + args[param.arg].name + "}")
    values = tuple(Item(f"{args[p.arg].name}=", _path_value(p, args[p.arg].name)) for p in path_args)
    call = Group("path_template", "(", (Item("", python_literal(path)), *values), ")", False)
    return _after("", call, ",", indent)


def _after(prefix: str, node: Node, suffix: str, indent: int) -> str:
    """`node` laid out as black prints it between `prefix` and `suffix` at `indent`, without them."""
    text = lay_out(prefix, node, suffix, indent)
    return text[len(prefix) : len(text) - len(suffix)]


def _path_value(param: ir.Parameter, name: str) -> str:
    """A path argument as `path_template` takes it: spelled in its style when that matters."""
    if not needs_style(param):
        return name
    return f"path_param({python_literal(param.name)}, {name}, {python_literal(param.style)}, {param.explode!r})"


def _method_doc(op: ir.Operation, args: list[ArgumentView]) -> tuple[str, ...]:
    """The method's docstring lines, as `docstrings.docstring_lines` gives them: the text (on
    the line after the opening quotes unless it has a summary line), then `Args:`, as the
    official SDK writes them."""
    text = "\n\n".join(t for t in (op.summary, op.description) if t) or f"{op.method.upper()} {op.path}"
    lines = list(docstring_lines(text))
    if len(lines) == 1:
        lines.insert(0, "")
    if op.deprecated:
        lines += ["", "Deprecated: the API may remove this operation."]
    lines += ["", "Args:"]
    for arg in args:
        if arg.doc:
            lines += [f"  {line}" if line else "" for line in argument_entry(arg.name, arg.doc)] + [""]
    lines += [
        "  extra_headers: Send extra headers",
        "",
        "  extra_query: Add additional query parameters to the request",
        "",
        "  extra_body: Add additional JSON properties to the request",
        "",
        "  timeout: Override the client-level default timeout for this request, in seconds",
    ]
    return tuple(lines)
