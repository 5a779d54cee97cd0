"""One model module's text (datamodel-code-generator's output) -> its definitions, each with
the names it uses, and the text of a module holding some of them.

datamodel-code-generator writes every model of an API into one module. The package lays
them out one module per type (`type_layout`), so the one module is cut here at its
top-level statements: a definition is a class, or an alias assignment with the docstring
after it, and uses the other definitions its code names (in annotations, bases, alias
values, or forward references written as strings). `module_text` prints a new module from
some definitions: the header line, only the imports its code uses (the runtime's
relative imports re-pointed from the module's folder), the imports of the types it uses
from other modules, and the definitions in their order.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .imports import ImportBlock, Section

__all__ = ["Definition", "SplitModule", "split_module", "module_text"]
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class Definition:
    """One top-level type of a model module: its name, source text and the names it uses
    (every identifier of its code, and every identifier inside its string constants)."""

    name: str
    text: str
    uses: frozenset[str]
    eager: bool = False  # its annotations may be evaluated as the class is made (`eager_annotations`)


@dataclass(frozen=True, slots=True)
class SplitModule:
    """A model module cut up: its imports as (module, level, names, each spelled as imported:
    `str as str_aliased`) and its definitions in order."""

    imports: tuple[tuple[str, int, tuple[str, ...]], ...]
    definitions: tuple[Definition, ...]


def split_module(text: str) -> SplitModule:
    """The imports and the definitions of `text`, a module of datamodel-code-generator."""
    tree = ast.parse(text)
    lines = _LINE_BREAK.split(text)  # as the parser counts lines (never at \f, \x1c, \u2028)
    imports: list[tuple[str, int, tuple[str, ...]]] = []
    definitions: list[tuple[str, int, int, set[str]]] = []
    eager: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            if node.module != "__future__":
                spelled = tuple(a.name if a.asname is None else f"{a.name} as {a.asname}" for a in node.names)
                imports.append((node.module or "", node.level, spelled))
            continue
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and definitions:
            owner, start, _, uses = definitions[-1]  # the docstring of the alias above it
            definitions[-1] = (owner, start, node.end_lineno or node.lineno, uses)
            continue
        name = _defined_name(node)
        if name is not None:
            start = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
            definitions.append((name, start, node.end_lineno or node.lineno, _uses(node)))
            if _eager(node, name, definitions[-1][3]):
                eager.add(name)
    return SplitModule(
        tuple(imports),
        tuple(
            Definition(name, "\n".join(lines[start - 1 : end]), frozenset(uses - {name}), name in eager)
            for name, start, end, uses in definitions
        ),
    )


def module_text(
    header: str,
    split: SplitModule,
    definitions: Sequence[Definition],
    *,
    depth: int,
    local: Mapping[str, str],
) -> str:
    """A module of `definitions`, `depth` folders below the package root (`types/` is 1);
    a module of one class that allows it evaluates its annotations eagerly (`Definition.eager`).

    `local` maps each name the definitions use from another module of `types/` to that
    module's relative spelling (`.conversation`, `..shared.metadata`)."""
    used = set().union(*(d.uses for d in definitions)) | {d.name for d in definitions}
    imports = ImportBlock()
    for module, level, names in split.imports:
        wanted = [n for n in names if n.rsplit(" as ", 1)[-1] in used]  # by the name bound
        if not wanted:
            continue
        if level:  # the package's runtime (`.._models`), seen from this module's folder
            imports.add("." * (depth + 1) + module, *wanted)
        else:
            section = Section.STANDARD if module == "typing" else Section.THIRD_PARTY
            imports.add(module, *wanted, section=section)
    for name in sorted(used & set(local)):
        imports.add(local[name], name)
    parts = [header, ""]
    if not (len(definitions) == 1 and definitions[0].eager):
        parts += ["from __future__ import annotations", ""]
    parts += [*imports.lines(), ""]
    exported = ", ".join(f'"{d.name}"' for d in definitions)  # identifiers: nothing to escape
    parts.append(f"__all__ = [{exported}]")
    for definition in definitions:
        parts += ["", "", definition.text]
    return "\n".join(parts) + "\n"


def _eager(node: ast.stmt, name: str, uses: set[str]) -> bool:
    """Whether a class may leave `from __future__ import annotations` out, alone in its module:
    it names no type of its own module (not itself), and no field shadows a name its
    annotations use (`date: Optional[date]` would read the field). pydantic then reads
    annotations the interpreter has evaluated, instead of evaluating each string itself,
    which is most of the cost of importing a model."""
    if not isinstance(node, ast.ClassDef) or name in uses:
        return False
    annotated = [s for s in node.body if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)]
    fields = {s.target.id for s in annotated if isinstance(s.target, ast.Name)}
    read = {n.id for s in annotated for n in ast.walk(s.annotation) if isinstance(n, ast.Name)}
    return not fields & read


def _defined_name(node: ast.stmt) -> str | None:
    if isinstance(node, ast.ClassDef):
        return node.name
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        return node.targets[0].id
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id
    return None


def _uses(node: ast.stmt) -> set[str]:
    """Every identifier of `node`'s code, and those inside its strings (forward references);
    docstrings and `Literal[...]` values are text, never references."""
    names: set[str] = set()
    strings: list[tuple[int, str]] = []  # (id of the constant, its text)
    text: set[int] = set()  # the ids of constants that are text
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            names.add(sub.id)
        elif isinstance(sub, ast.Constant):
            if isinstance(sub.value, str):
                strings.append((id(sub), sub.value))
        elif isinstance(sub, ast.Expr):
            text.add(id(sub.value))
        elif isinstance(sub, ast.Subscript) and isinstance(sub.value, ast.Name) and sub.value.id == "Literal":
            text.update(id(c) for c in ast.walk(sub.slice))
    for key, value in strings:
        if key not in text:
            names.update(_IDENTIFIER.findall(value))
    return names
