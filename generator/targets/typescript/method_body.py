"""One resource method in TypeScript: its signature, its body, and its arguments' interface.

Input: an `ir.Operation`, the name of its arguments interface and the module's type
speller. Output (`MethodPlan.view()`): a `MethodView` and, through `params`, `runtime`
and `pages`, what the module must declare and import. Decided here, once: which argument
is positional (the last path parameter), what the arguments object is called (`body`
when it holds only body fields, `query` when only query fields, else `params`), which
fields are taken out of it by name (path and header fields, and query fields beside a
body), the request options handed to the runtime, and the return type.
"""

from __future__ import annotations

from dataclasses import dataclass

from ... import ir
from ...ir.parameters import argument_word, needs_style
from .auth_views import security_literal
from .model_views import FieldView, field_view
from .names import camel, local_name, path_argument, safe_identifier
from .text import WIDTH, is_identifier_name, jsdoc_lines, property_key, string_literal, wrapped
from .types import TypeSpeller


@dataclass(frozen=True, slots=True)
class ParamsView:
    """The interface of a method's arguments object."""

    name: str
    doc: tuple[str, ...]
    fields: tuple[FieldView, ...]


@dataclass(frozen=True, slots=True)
class MethodView:
    """One resource method. `overloads` are extra signatures (for a method that streams
    when asked to), each as lines; `signature` the implementation's lines up to its `{`;
    `statements` the lines of its body (relative to the body's indentation)."""

    name: str
    doc: tuple[str, ...]
    overloads: tuple[tuple[str, ...], ...]
    signature: tuple[str, ...]
    statements: tuple[str, ...]


_P = ir.ParamLocation
OPTIONS = "options?: RequestOptions"
# An entry of a request options object: text (`...options`), or `key: { items }`.
Entry = str | tuple[str, list[str]]
_TYPED = (ir.BodyKind.FORM, ir.BodyKind.TEXT, ir.BodyKind.BINARY)  # bodies the runtime writes by media type


def _style(encoding: ir.FieldEncoding) -> str:
    """A field's `FieldStyle` tuple: `['deepObject', true]`; JSON text is `['json', true]`."""
    if encoding.as_json:
        return "['json', true]"
    return f"[{string_literal(encoding.style)}, {'true' if encoding.explode else 'false'}]"


class MethodPlan:
    def __init__(self, op: ir.Operation, path: tuple[str, ...], params_name: str, speller: TypeSpeller) -> None:
        self.op = op
        self.speller = speller
        self.runtime: set[str] = set()
        self.pages: set[str] = set()
        path_args = op.located(_P.PATH)
        self.positional = path_args[-1] if path_args else None
        self.positional_name = path_argument(self.positional.name) if self.positional else ""
        self.fields = [p for p in op.arguments if p is not self.positional]
        self.required = any(p.required for p in self.fields)  # else the arguments object may be left out
        locations = {p.location for p in self.fields}
        renamed = any(_renamed_body(p) for p in self.fields)  # taken out of the body by name
        self.whole = op.body is not None and op.body.whole  # one `body` field is the whole body
        only_body = locations == {_P.BODY} and not renamed and not self.whole
        self.arg = "body" if only_body else "query" if locations == {_P.QUERY} else "params"
        self.params = (
            ParamsView(
                params_name,
                jsdoc_lines(f"The arguments of `{'.'.join(path)}.{camel(op.name)}`."),
                tuple(
                    field_view(
                        ir.ModelField(field_key(p), p.type, p.required, p.description, False, p.pointer), speller
                    )
                    for p in self.fields
                ),
            )
            if self.fields
            else None
        )
        self.locals = self._locals()

    def _locals(self) -> dict[str, str]:
        """The local variable each field taken out of the arguments object by name gets."""
        taken = {self.positional_name, self.arg, self.rest}
        names: dict[str, str] = {}
        for param in self.destructured:
            names[param.arg] = local_name(field_key(param), taken)
            taken.add(names[param.arg])
        return names

    @property
    def has_body(self) -> bool:
        return any(p.location is _P.BODY for p in self.fields)

    @property
    def picks_query(self) -> bool:
        """Whether the query is built field by field: beside a body, or when a field is
        renamed or must be sent in its style."""
        queried = [p for p in self.fields if p.location is _P.QUERY]
        return self.has_body or any(needs_style(p) or field_key(p) != p.name for p in queried)

    @property
    def rest(self) -> str:
        """What is left of the arguments object once the named fields are out: the body, or the query."""
        if self.has_body:
            return "" if self.whole else "body"
        return "query" if any(p.location is _P.QUERY for p in self.fields) and not self.picks_query else ""

    @property
    def destructured(self) -> list[ir.Parameter]:
        """The fields taken out by name: all but the body's and query's own (a body field
        whose key is not its wire name is taken out too, and sent under its wire name)."""
        taken_out = {_P.PATH, _P.HEADER, _P.COOKIE} | ({_P.QUERY} if self.picks_query else set())
        taken_out |= {_P.BODY} if self.whole else set()
        return [p for p in self.fields if p.location in taken_out or _renamed_body(p)]

    @property
    def query_slot(self) -> bool:
        """Whether the method's only argument object is an optional query, which request
        options may stand in for (`items.list(id, { headers })`), as in the official Node SDK."""
        return self.arg == "query" and self.params is not None and not self.required and self.op.response.stream is None

    def view(self) -> MethodView:
        returns = self.returns()
        overloads = self.stream_overloads() or self.query_overloads(returns)
        if self.op.response.stream is not None and overloads:
            returns = self.stream_returns(union=False)
        params_type = self.params.name if self.params else ""
        if self.query_slot:
            params_type = f"{params_type} | OptionsInQuery<keyof {params_type}>"
        return MethodView(
            camel(self.op.name),
            self.doc(),
            overloads,
            self.signature(params_type, f"): {returns} {{"),
            self.statements(),
        )

    def signature(self, params_type: str, tail: str, *, overload: bool = False) -> tuple[str, ...]:
        """The method's name and parameters, then `tail` (the return type, and `{` or `;`).
        An optional arguments object defaults to `{}`, or in an `overload` is marked `?`."""
        parts = [f"{self.positional_name}: {self.speller.request(self.positional.type)}"] if self.positional else []
        if self.params is not None:
            if self.required:
                parts.append(f"{self.arg}: {params_type}")
            elif overload:
                parts.append(f"{self.arg}?: {params_type} | null")
            else:
                parts.append(f"{self.arg}: {params_type} | null | undefined = {{}}")
        return wrapped(f"{camel(self.op.name)}(", [*parts, OPTIONS], tail, "  ")

    def query_overloads(self, returns: str) -> tuple[tuple[str, ...], ...]:
        """`(query, options)`, and `(options)` where the query would be."""
        if not self.query_slot:
            return ()
        assert self.params is not None
        self.runtime |= {"splitQuery", "QueryArgument", "OptionsInQuery"}
        name = self.params.name
        positional = (
            [f"{self.positional_name}: {self.speller.request(self.positional.type)}"] if self.positional else []
        )
        method = camel(self.op.name)
        return (
            self.signature(f"QueryArgument<{name}>", f"): {returns};", overload=True),
            wrapped(f"{method}(", [*positional, f"options?: OptionsInQuery<keyof {name}>"], f"): {returns};", "  "),
        )

    def doc(self) -> tuple[str, ...]:
        text = "\n\n".join(t for t in (self.op.summary, self.op.description) if t)
        lines = jsdoc_lines(text or f"{self.op.method.upper()} {self.op.path}")
        if self.op.deprecated:
            lines = (*lines, "", "@deprecated")
        return lines

    def returns(self) -> str:
        op = self.op
        if op.page is not None and op.page_item is not None:
            item = self.speller.response(op.page_item)
            self.pages.add(op.page.name)
            return f"PagePromise<{op.page.name}<{item}>, {item}>"
        return f"APIPromise<{self.result()}>"

    def result(self) -> str:
        """The type an `APIPromise` of this method resolves to (without a stream)."""
        self.runtime.add("APIPromise")
        return "void" if self.op.response.type is None else self.speller.response(self.op.response.type)

    def stream_returns(self, *, union: bool) -> str:
        assert self.op.response.stream is not None
        plain = self.result()
        stream = f"Stream<{self.speller.response(self.op.response.stream)}>"
        return f"APIPromise<{plain} | {stream}>" if union else f"APIPromise<{plain}> | APIPromise<{stream}>"

    def stream_overloads(self) -> tuple[tuple[str, ...], ...]:
        """`(flag false or absent): plain`, `(flag true): stream`, `(flag a boolean): either`."""
        if self.op.response.stream is None or self.params is None:
            return ()
        self.runtime.add("Stream")
        base = self.params.name
        plain = self.returns()
        stream = f"APIPromise<Stream<{self.speller.response(self.op.response.stream)}>>"
        flag = property_key(self.op.response.stream_flag)
        return (
            self.signature(f"{base} & {{ {flag}?: false | null }}", f"): {plain};", overload=True),
            self.signature(f"{base} & {{ {flag}: true }}", f"): {stream};", overload=True),
            self.signature(base, f"): {self.stream_returns(union=True)};", overload=True),
        )

    def statements(self) -> tuple[str, ...]:
        lines: list[str] = []
        if self.query_slot:
            lines += self._split_query()
        if self.destructured:
            keys = [field_key(p) for p in self.destructured]
            names = [
                name if name == key else f"{property_key(key)}: {name}" for key, name in zip(keys, self.locals.values())
            ]
            names += [f"...{self.rest}"] if self.rest else []
            source = self.arg if self.required else f"{self.arg} ?? {{}}"
            lines += wrapped("const { ", names, f" }} = {source};", "    ")
        lines += self._call()
        return tuple(lines)

    def _split_query(self) -> tuple[str, ...]:
        """`[query, options] = splitQuery<Params>(query, [keys], options);` (request options
        given in the query's place become the options)."""
        assert self.params is not None
        keys = [string_literal(field_key(p)) for p in self.fields]
        head = f"[{self.arg}, options] = splitQuery<{self.params.name}>("
        lines = wrapped(head, [self.arg, f"[{', '.join(keys)}]", "options"], ");", "    ")
        if all(len(line) <= WIDTH - 4 for line in lines):
            return lines
        return (head.rstrip(), f"  {self.arg},", "  [", *(f"    {key}," for key in keys), "  ],", "  options,", ");")

    def _call(self) -> tuple[str, ...]:
        path = self.path_expr()
        entries = self.request_options()
        options = "options" if entries == ["...options"] else "{ " + ", ".join(map(_entry_text, entries)) + " }"
        if self.op.page is not None:
            item = self.speller.response(self.op.page_item) if self.op.page_item else "unknown"
            head, args, tail = "return this._client.getAPIList(", [path, f"{self.op.page.name}<{item}>"], ");"
        else:
            cast = ""
            if self.op.response.stream is not None and self.params is not None:
                cast = f" as {self.stream_returns(union=False)}"
            head, args, tail = f"return this._client.{self.op.method}(", [path], f"){cast};"
        lines = wrapped(head, [*args, options], tail, "    ")
        if options == "options" or all(len(line) <= WIDTH - 4 for line in lines):
            return lines
        # Too long even one argument a line: the options object one entry a line.
        expanded = [line for entry in entries for line in _entry_lines(entry, "    ")]
        return (head.rstrip(), *(f"  {arg}," for arg in args), "  {", *expanded, "  },", tail.lstrip())

    def path_expr(self) -> str:
        """The path as a `path` template (or a string literal when it has no parameters)."""
        path = self.op.request_path
        path_args = self.op.located(_P.PATH)
        if not path_args:
            return string_literal(path)
        self.runtime.add("path")
        text = path.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")
        for param in path_args:
            name = self.positional_name if param is self.positional else self.locals[param.arg]
            if needs_style(param):
                self.runtime.add("pathParam")
                name = f"pathParam({string_literal(param.name)}, {name}, '{param.style}', {_bool(param.explode)})"
            text = text.replace("{" + param.name + "}", "${" + name + "}")
        return f"path`{text}`"

    def request_options(self) -> list[Entry]:
        """The entries of the request options object (`["...options"]`: the caller's as they are)."""
        entries: list[Entry] = []
        queried = [p for p in self.fields if p.location is _P.QUERY]
        if self.picks_query and queried:
            entries.append(("query", self._picked_items(queried)))
        if self.has_body and self.whole:
            entries.append(self._picked(list(self.op.located(_P.BODY))))
        elif self.has_body:
            renamed = [p for p in self.fields if _renamed_body(p)]
            entries.append(("body", ["...body", *self._picked_items(renamed)]) if renamed else "body")
        elif self.rest == "query" or (self.arg == "query" and not self.destructured):
            entries.append("query")
        entries.append("...options")
        headers = self._headers()
        if headers:
            self.runtime.add("buildHeaders")
            entries.append(f"headers: buildHeaders([{{ {headers} }}, options?.headers])")
        if self.op.body is not None and self.op.body.multipart:
            entries.append("__multipart: true")
        entries += self._encoding()
        if self.op.security is not None:
            entries.append(f"__security: {security_literal(self.op.security)}")
        if self._binary():
            entries.append("__binaryResponse: true")
        if self.op.response.stream is not None and self.params is not None:
            entries.append(f"stream: {self._flag()} ?? false")
        return entries

    def _encoding(self) -> list[Entry]:
        """`__contentType` for a body that is not a JSON object, or JSON under a media type of
        its own, and `__fieldStyles` for the fields of a form the spec does not leave at `form`
        style, exploded."""
        body = self.op.body
        custom_json = body is not None and body.kind is ir.BodyKind.JSON and body.content_type != "application/json"
        if body is None or not self.has_body or not (self.whole or custom_json or body.kind in _TYPED):
            return []
        entries: list[Entry] = [f"__contentType: {string_literal(body.content_type)}"]
        styles = [
            f"{property_key(e.name)}: {_style(e)}"
            for e in body.encodings
            if body.kind is ir.BodyKind.FORM and (e.as_json or (e.style, e.explode) != ("form", True))
        ]
        return entries + ([("__fieldStyles", styles)] if styles else [])

    def _picked(self, params: list[ir.Parameter]) -> str:
        return ", ".join(self._picked_items(params))

    def _picked_items(self, params: list[ir.Parameter]) -> list[str]:
        """`wire: value` for each of `params` (shorthand where the local is the wire name)."""
        found = []
        for p in params:
            value = self.locals[p.arg]
            if needs_style(p):
                self.runtime.add("styled")
                value = f"styled({value}, '{p.style}', {_bool(p.explode)})"
            found.append(value if value == p.name else f"{property_key(p.name)}: {value}")
        return found

    def _headers(self) -> str:
        found = []
        for p in self.fields:
            if p.location is _P.HEADER and needs_style(p):
                self.runtime.add("headerParam")
                found.append(f"{string_literal(p.name)}: headerParam({self.locals[p.arg]}, {_bool(p.explode)})")
            elif p.location is _P.HEADER:
                found.append(f"{string_literal(p.name)}: {self.locals[p.arg]}?.toString()")
        cookies = [p for p in self.fields if p.location is _P.COOKIE]
        if cookies:
            self.runtime.add("cookieHeader")
            found.append(f"Cookie: cookieHeader({{ {self._picked(cookies)} }})")
        if self._binary():
            found.insert(0, "Accept: 'application/binary'")
        return ", ".join(found)

    def _binary(self) -> bool:
        return self.op.response.type is not None and self.op.response.type.kind is ir.TypeKind.BINARY

    def _flag(self) -> str:
        """The stream flag's value: from the body left after destructuring, else from the
        arguments object (which may be null when every argument is optional)."""
        flag = next(
            field_key(p) for p in self.fields if p.location is _P.BODY and p.name == self.op.response.stream_flag
        )
        holder = "body" if self.destructured else self.arg
        nullable = not self.destructured and not self.required
        access = f".{flag}" if property_key(flag) == flag else f"[{string_literal(flag)}]"
        return f"{holder}{'?' if nullable else ''}{access}"


def field_key(param: ir.Parameter) -> str:
    """The key of `param` in the arguments object: its wire name when that is an identifier
    and the IR kept it as the argument's name (`include`, `StartTime`), else the argument's
    name (`start_time_before` for `StartTime<`, `body_username` beside a `username`)."""
    if is_identifier_name(param.name) and param.arg in (param.name, argument_word(param.name)):
        return param.name
    return safe_identifier(param.arg)


def _renamed_body(param: ir.Parameter) -> bool:
    return param.location is _P.BODY and field_key(param) != param.name


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _entry_text(entry: Entry) -> str:
    return entry if isinstance(entry, str) else f"{entry[0]}: {{ {', '.join(entry[1])} }}"


def _entry_lines(entry: Entry, indent: str) -> list[str]:
    """An options entry on its own line, or (`key: { items }` too long) one item a line."""
    text = _entry_text(entry)
    if isinstance(entry, str) or len(indent) + len(text) + 5 <= WIDTH:
        return [f"{indent}{text},"]
    return [f"{indent}{entry[0]}: {{", *(f"{indent}  {item}," for item in entry[1]), f"{indent}}},"]
