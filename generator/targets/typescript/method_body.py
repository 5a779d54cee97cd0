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
from .auth_views import security_literal
from .model_views import FieldView, field_view
from .names import camel, local_name, path_argument
from .text import jsdoc_lines, property_key, string_literal, wrapped
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
        self.arg = "body" if locations == {_P.BODY} else "query" if locations == {_P.QUERY} else "params"
        self.params = (
            ParamsView(
                params_name,
                jsdoc_lines(f"The arguments of `{'.'.join(path)}.{camel(op.name)}`."),
                tuple(
                    field_view(ir.ModelField(p.name, p.type, p.required, p.description, False, p.pointer), speller)
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
            names[param.name] = local_name(param.name, taken)
            taken.add(names[param.name])
        return names

    @property
    def has_body(self) -> bool:
        return any(p.location is _P.BODY for p in self.fields)

    @property
    def rest(self) -> str:
        """What is left of the arguments object once the named fields are out: the body, or the query."""
        if self.has_body:
            return "body"
        return "query" if any(p.location is _P.QUERY for p in self.fields) else ""

    @property
    def destructured(self) -> list[ir.Parameter]:
        taken_out = {_P.PATH, _P.HEADER} | ({_P.QUERY} if self.has_body else set())
        return [p for p in self.fields if p.location in taken_out]

    def view(self) -> MethodView:
        returns = self.returns()
        overloads = self.stream_overloads()
        if overloads:
            returns = self.stream_returns(union=False)
        params_type = self.params.name if self.params else ""
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
        if self.destructured:
            names = [name if name == wire else f"{property_key(wire)}: {name}" for wire, name in self.locals.items()]
            names += [f"...{self.rest}"] if self.rest else []
            source = self.arg if self.required else f"{self.arg} ?? {{}}"
            lines += wrapped("const { ", names, f" }} = {source};", "    ")
        lines += self._call()
        return tuple(lines)

    def _call(self) -> tuple[str, ...]:
        path = self.path_expr()
        options = self.request_options()
        if self.op.page is not None:
            item = self.speller.response(self.op.page_item) if self.op.page_item else "unknown"
            args = [path, f"{self.op.page.name}<{item}>", options]
            return wrapped("return this._client.getAPIList(", args, ");", "    ")
        cast = ""
        if self.op.response.stream is not None and self.params is not None:
            cast = f" as {self.stream_returns(union=False)}"
        return wrapped(f"return this._client.{self.op.method}(", [path, options], f"){cast};", "    ")

    def path_expr(self) -> str:
        """The path as a `path` template (or a string literal when it has no parameters)."""
        path = self.op.request_path
        path_args = self.op.located(_P.PATH)
        if not path_args:
            return string_literal(path)
        self.runtime.add("path")
        text = path.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")
        for param in path_args:
            name = self.positional_name if param is self.positional else self.locals[param.name]
            text = text.replace("{" + param.name + "}", "${" + name + "}")
        return f"path`{text}`"

    def request_options(self) -> str:
        entries = []
        if self.has_body:
            queried = [p for p in self.fields if p.location is _P.QUERY]
            if queried:
                entries.append(f"query: {{ {self._picked(queried)} }}")
            entries.append("body")
        elif self.rest == "query" or (self.arg == "query" and not self.destructured):
            entries.append("query")
        entries.append("...options")
        headers = self._headers()
        if headers:
            self.runtime.add("buildHeaders")
            entries.append(f"headers: buildHeaders([{{ {headers} }}, options?.headers])")
        if self.op.body is not None and self.op.body.multipart:
            entries.append("__multipart: true")
        if self.op.security is not None:
            entries.append(f"__security: {security_literal(self.op.security)}")
        if self._binary():
            entries.append("__binaryResponse: true")
        if self.op.response.stream is not None and self.params is not None:
            entries.append(f"stream: {self._flag()} ?? false")
        if entries == ["...options"]:
            return "options"
        return "{ " + ", ".join(entries) + " }"

    def _picked(self, params: list[ir.Parameter]) -> str:
        return ", ".join(
            self.locals[p.name] if self.locals[p.name] == p.name else f"{property_key(p.name)}: {self.locals[p.name]}"
            for p in params
        )

    def _headers(self) -> str:
        found = [
            f"{string_literal(p.name)}: {self.locals[p.name]}?.toString()"
            for p in self.fields
            if p.location is _P.HEADER
        ]
        if self._binary():
            found.insert(0, "Accept: 'application/binary'")
        return ", ".join(found)

    def _binary(self) -> bool:
        return self.op.response.type is not None and self.op.response.type.kind is ir.TypeKind.BINARY

    def _flag(self) -> str:
        """The stream flag's value: from the body left after destructuring, else from the
        arguments object (which may be null when every argument is optional)."""
        flag = self.op.response.stream_flag
        holder = "body" if self.destructured else self.arg
        nullable = not self.destructured and not self.required
        access = f".{flag}" if property_key(flag) == flag else f"[{string_literal(flag)}]"
        return f"{holder}{'?' if nullable else ''}{access}"
