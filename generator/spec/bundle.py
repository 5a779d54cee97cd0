"""Bundle: a loaded root document whose `$ref`s name other local files -> one `LoadedDocument`.

Input: the root `LoadedDocument` and the path of its file. Output: a document with no
reference to another file, every node still located in the file it came from
(`LoadedDocument.mounts`), and the files it read (`LoadedDocument.files`). A document
without such references is returned as it is.

A reference `other.yaml#/Pet`, `./schemas/pet.yaml`, `../common.json#/components/schemas/X`
names a file relative to the file that holds it (and `#/X` inside another file, that file).
Where the reference is a schema's, its target becomes a component schema, named by the
pointer's last token (else by the file's name), clear of every other component's name
(`CommonError`, then `Error2`, ... when taken); a component that is nothing but such a
reference is replaced by its target, under its own name. Any other object (a path item,
a parameter, a response, ...) is copied where it is referenced, its sibling keys kept.

Safety: nothing but a file is ever read: a URL (any `scheme:`) is an error, never fetched;
a file must sit in the root file's directory or below it (symbolic links resolved), so
`../` may climb only as far as that; each file has the size, depth and alias limits of
`load`, and the whole bundle the node limit of one file. Reference cycles end: each
target is read once, and a copy that would hold itself is an error. A missing file,
pointer or anything refused is an error at the reference (its file, line and column).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from ..core.diagnostics import Diagnostic, GenerationError, Severity, display_name
from .load import MAX_NODES, LoadedDocument, escape_pointer_token, load_document
from .references import Context, holders, references, rewrite
from .validate import resolve_ref

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_SCHEMAS = "/components/schemas/"
_LESS = "is a reference copied into itself many times over? Name the object as a component once"


@dataclass(frozen=True, slots=True)
class _Target:
    """What a reference names: a file (resolved) and a JSON pointer in it."""

    file: Path
    pointer: str


@dataclass(frozen=True, slots=True)
class _Part:
    """A part of a file being copied into the bundle: where it is there and where it goes."""

    document: LoadedDocument
    file: Path
    source: str  # its pointer in its file
    bundled: str  # its pointer in the bundle

    def where(self, pointer: str) -> str:
        """The pointer in the file of a node at `pointer` in the bundle."""
        return self.source + pointer[len(self.bundled) :]


def has_external_refs(data: Mapping[str, Any]) -> bool:
    """Whether any reference of `data` names another document."""
    return any(not ref.startswith("#") for p, node in holders(data) for _, ref in references(p, node))


def bundle(root: LoadedDocument, file: Path | None) -> LoadedDocument:
    """`root` (read from `file`; None when it was read from elsewhere, so no other file can
    be read beside it) with every reference to another file followed; `GenerationError`
    with located diagnostics when one cannot be."""
    if not has_external_refs(root.data):
        return root
    return _Bundler(root, file).run()


def bundle_source(document: LoadedDocument, file: Path) -> bytes:
    """The content a bundled document was read from: its file's, then each other file's
    (with its name), as a cache key of the bundle."""
    parts = [file.read_bytes()]
    for name in document.files:
        parts += [b"\0" + name.encode("utf-8", "surrogateescape") + b"\0", Path(name).read_bytes()]
    return b"".join(parts)


class _Bundler:
    """Follows the references of one root document into the files they name."""

    def __init__(self, root: LoadedDocument, file: Path | None) -> None:
        self.root = root
        self.file = file.resolve() if file is not None else Path(root.path)
        self.base = self.file.parent if file is not None else None
        self.documents: dict[Path, LoadedDocument] = {}
        schemas = (root.data.get("components") or {}).get("schemas") or {}
        self.taken: set[str] = set(schemas) if isinstance(schemas, Mapping) else set()
        self.names: dict[_Target, str] = {}
        self.queue: list[_Target] = []
        self.schemas: dict[str, Any] = {}
        self.mounts: dict[str, tuple[LoadedDocument, str]] = {}
        self.copying: list[_Target] = []
        self.nodes = len(root.positions)
        self.diagnostics: list[Diagnostic] = []

    def run(self) -> LoadedDocument:
        root = _Part(self.root, self.file, "", "")
        self._claim_components(root)
        data = self._copy(root, self.root.data, Context.OBJECT)
        while self.queue and not self.diagnostics:
            target = self.queue.pop(0)
            self._add_schema(target, self.names[target])
        if self.diagnostics:
            raise GenerationError(tuple(self.diagnostics))
        if self.schemas:
            components = dict(data.get("components") or {})
            components["schemas"] = {**(components.get("schemas") or {}), **self.schemas}
            data = {**data, "components": components}
        files = tuple(sorted(str(path) for path in self.documents))
        return replace(self.root, data=data, mounts=self.mounts, files=files)

    def _claim_components(self, root: _Part) -> None:
        """A component schema that is nothing but a reference to another file takes its
        target's place, under its own name."""
        schemas = (self.root.data.get("components") or {}).get("schemas") or {}
        for name, schema in schemas.items() if isinstance(schemas, Mapping) else ():
            ref = schema.get("$ref") if isinstance(schema, Mapping) and len(schema) == 1 else None
            if isinstance(ref, str) and not ref.startswith("#"):
                where = f"{_SCHEMAS}{escape_pointer_token(name)}/$ref"
                target = self._target(root, where, ref)
                if target is None or self._resolve(target, root, where) is None:
                    continue
                if target.file != self.file and target not in self.names:
                    self.names[target] = name
                    self.queue.append(target)

    def _copy(self, part: _Part, node: Any, context: Context) -> Any:
        def visit(pointer: str, holder: dict[str, Any], kind: Context) -> Any:
            self.nodes += 1
            if self.nodes >= MAX_NODES:
                if self.nodes == MAX_NODES:
                    self._error(part, pointer, f"the bundled document grows over {MAX_NODES} nodes", _LESS)
                return holder
            if kind in (Context.SCHEMA, Context.LEAF) and "propertyName" in holder:
                holder["mapping"] = self._mapping(part, pointer, holder.get("mapping"))
            for key in ("$ref", "$dynamicRef"):
                ref = holder.get(key)
                local = isinstance(ref, str) and ref.startswith("#")
                if not isinstance(ref, str) or (local and (part.file == self.file or key == "$dynamicRef")):
                    continue  # a `$dynamicRef` to an anchor of its own file stays as it is
                target = self._target(part, f"{pointer}/{key}", ref)
                if target is None:
                    continue
                if kind is Context.SCHEMA:
                    holder[key] = self._schema_ref(part, f"{pointer}/{key}", target) or ref
                elif key == "$ref":
                    return self._copied(part, pointer, holder, target, kind)
            return holder

        return rewrite(node, visit, part.bundled, context)

    def _mapping(self, part: _Part, pointer: str, mapping: Any) -> Any:
        """A discriminator's mapping, each target in another file named as a component."""
        if not isinstance(mapping, Mapping):
            return mapping
        out = dict(mapping)
        for tag, ref in mapping.items():
            bare = not isinstance(ref, str) or ("/" not in ref and "#" not in ref)  # a component's name
            if bare or (ref.startswith("#") and part.file == self.file):
                continue
            where = f"{pointer}/mapping/{escape_pointer_token(str(tag))}"
            target = self._target(part, where, ref)
            out[tag] = (target and self._schema_ref(part, where, target)) or ref
        return out

    def _schema_ref(self, part: _Part, pointer: str, target: _Target) -> str | None:
        """The local reference to the component schema `target` becomes (named on first sight);
        None, with an error, when the reference at `pointer` names nothing."""
        if target.file == self.file:
            return "#" + target.pointer
        name = self.names.get(target)
        if name is None:
            if self._resolve(target, part, pointer) is None:
                return None
            name = self.names[target] = self._name(target)
            self.queue.append(target)
        return f"#{_SCHEMAS}{escape_pointer_token(name)}"

    def _name(self, target: _Target) -> str:
        """A component name for `target`, free of every other: the pointer's last token, else
        the file's name; then prefixed with the file's name; then numbered."""
        token = target.pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
        stem = "".join(word[:1].upper() + word[1:] for word in re.split(r"[^A-Za-z0-9]+", target.file.stem))
        base = token if token and not token.isdigit() else f"{stem}{token}"
        candidates = [base, f"{stem}{base}"] if base != stem else [base]
        name = next((c for c in candidates if c not in self.taken), "")
        number = 2
        while not name:
            name = f"{base}{number}" if f"{base}{number}" not in self.taken else ""
            number += 1
        self.taken.add(name)
        return name

    def _add_schema(self, target: _Target, name: str) -> None:
        document = self._document(target.file)
        assert document is not None  # read when the target was named
        content = resolve_ref(document.data, "#" + target.pointer)
        pointer = f"{_SCHEMAS}{escape_pointer_token(name)}"
        self.schemas[name] = self._copy(_Part(document, target.file, target.pointer, pointer), content, Context.SCHEMA)
        self.mounts[pointer] = (document, target.pointer)

    def _copied(self, part: _Part, pointer: str, holder: dict[str, Any], target: _Target, kind: Context) -> Any:
        """The object `target` names, copied in place of the reference `holder` at `pointer`."""
        if target.file == self.file:
            return {**holder, "$ref": "#" + target.pointer}
        if target in self.copying:
            chain = " -> ".join(_show(t) for t in (*self.copying[self.copying.index(target) :], target))
            self._error(part, f"{pointer}/$ref", f"reference cycle across files: {chain}", "break the cycle")
            return holder
        found = self._resolve(target, part, f"{pointer}/$ref")
        if found is None:
            return holder
        document, content = found
        self.copying.append(target)
        copy = self._copy(_Part(document, target.file, target.pointer, pointer), content, kind)
        self.copying.pop()
        self.mounts[pointer] = (document, target.pointer)
        siblings = {key: value for key, value in holder.items() if key != "$ref"}
        return {**copy, **siblings} if isinstance(copy, Mapping) else copy

    def _target(self, part: _Part, pointer: str, ref: str) -> _Target | None:
        """The file and pointer `ref` (at `pointer`) names; None, with an error, when it may not be read."""
        path, _, fragment = ref.partition("#")
        fragment = unquote(fragment)
        if _SCHEME.match(path):
            hint = "URLs are never fetched: save the document beside the spec and name it by a relative path"
            self._error(part, pointer, f"reference to a URL: {ref}", hint)
            return None
        if fragment and not fragment.startswith("/"):
            self._error(part, pointer, f"reference by anchor: {ref}", "name the target by a JSON pointer: #/...")
            return None
        if not path:
            return _Target(part.file, fragment)
        if self.base is None:
            hint = "a spec read from a git revision is read alone; compare the files on disk"
            self._error(part, pointer, f"reference to another file: {ref}", hint)
            return None
        relative = unquote(path)
        file = (part.file.parent / relative).resolve()
        if Path(relative).is_absolute() or not file.is_relative_to(self.base):
            hint = f"a referenced file must sit in the spec's directory ({display_name(self.base)}) or below it"
            self._error(part, pointer, f"reference outside the spec's directory: {ref}", hint)
            return None
        if not file.is_file():
            self._error(part, pointer, f"the file {relative} (of {ref}) does not exist", "fix the reference")
            return None
        return _Target(file, fragment)

    def _resolve(self, target: _Target, part: _Part, pointer: str) -> tuple[LoadedDocument, Any] | None:
        """The document `target` is in and its node there; None, with an error, when it has none."""
        document = self._document(target.file)
        if document is None:
            return None
        try:
            return document, resolve_ref(document.data, "#" + target.pointer)
        except KeyError:
            message = f"{display_name(target.file)} has nothing at #{target.pointer}"
            self._error(part, pointer, message, "define the target or fix the reference")
            return None

    def _document(self, file: Path) -> LoadedDocument | None:
        if file == self.file:
            return self.root
        if file not in self.documents:
            try:
                document = load_document(file, display=display_name(file))
            except GenerationError as err:
                self.diagnostics.extend(err.diagnostics)
                return None
            self.nodes += len(document.positions)
            self.documents[file] = document
        return self.documents[file]

    def _error(self, part: _Part, pointer: str, message: str, hint: str) -> None:
        where = part.document.locate(part.where(pointer))
        self.diagnostics.append(Diagnostic(Severity.ERROR, message, where, hint))


def _show(target: _Target) -> str:
    return f"{display_name(target.file)}#{target.pointer}"


def load_bundled(path: Path, *, display: str) -> LoadedDocument:
    """The spec file at `path` loaded (`load_document`) and bundled with the files it references."""
    return bundle(load_document(path, display=display), path)
