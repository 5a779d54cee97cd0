"""The generator's folders are its architecture: imports flow one way, and nowhere in a circle.

Read from the source (ast), every import of ours, at module level or inside a function:

- `core` imports nothing of ours;
- `spec` imports only `core`;
- `ir` imports only `spec` and `core`;
- the shared target machinery (`targets/*.py`) imports only `ir` and `core`;
- a target (`targets/<name>/`) imports `ir`, `core` and the shared machinery, never another
  target and never `spec`; the one exception is the datamodel-code-generator adapter,
  which hands JSON Schema to a schema-driven tool and walks it with `spec.schema_tree`;
- `surface` imports `ir`, `spec` and `core`, never a target;
- the top (`pipeline`, `registry`, and the `cli` package) imports anything;

and no module imports itself back through others. The checker runs on the real tree, and
on a copy with violations planted, which it must find.
"""

from __future__ import annotations

import ast
import shutil
from collections.abc import Iterator
from pathlib import Path

from generator.core.graph import strongly_connected

from conftest import ROOT

GENERATOR = ROOT / "generator"
ALLOWED = {
    "core": {"core"},
    "spec": {"spec", "core"},
    "ir": {"ir", "spec", "core"},
    "targets": {"targets", "ir", "core"},
    "target": {"targets", "ir", "core"},  # and the target itself
    "surface": {"surface", "ir", "spec", "core"},
}
TOP_PACKAGES = ("generator.cli.",)  # the command line: a package of the top layer
# (importing module, imported module): the documented exceptions.
EXCEPTIONS = {("generator.targets.python.models", "generator.spec.schema_tree")}


def modules(root: Path) -> dict[str, Path]:
    """Every module of the package at `root`, by dotted name (`generator.ir.build`)."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = [root.name, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imports(name: str, path: Path, known: dict[str, Path]) -> Iterator[tuple[str, int]]:
    """The modules of ours that module `name` imports, with the line of each import."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from ((alias.name, node.lineno) for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            for alias in node.names:
                if f"{base}.{alias.name}" in known:
                    yield f"{base}.{alias.name}", node.lineno
                elif base in known:
                    yield base, node.lineno


def layer(name: str) -> tuple[str, str]:
    """The layer of a module, and for a target's module the target's name."""
    parts = name.split(".")[1:]
    if not parts or parts[0] not in ALLOWED:
        return "top", ""
    if parts[0] == "targets" and len(parts) > 2:
        return "target", parts[1]
    if parts[0] == "targets" and len(parts) == 2 and (GENERATOR / "targets" / parts[1]).is_dir():
        return "target", parts[1]
    return parts[0], ""


def violations(root: Path) -> list[str]:
    """Every import that breaks a layer rule, and every import cycle, as readable lines."""
    known = modules(root)
    graph: dict[str, set[str]] = {}
    found = []
    for name, path in known.items():
        graph[name] = set()
        kind, own = layer(name)
        for imported, line in imports(name, path, known):
            graph[name].add(imported)
            other, other_target = layer(imported)
            if kind == "top" or (name, imported) in EXCEPTIONS:
                continue
            allowed = other in ALLOWED[kind] or (kind == other == "target" and own == other_target)
            if not allowed:
                where = f"{path.relative_to(root.parent)}:{line}"
                found.append(f"{where}: {kind} {name} imports {other} {imported}")
    found += [f"import cycle: {' -> '.join(cycle)}" for cycle in cycles(graph)]
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    edges = {node: sorted(targets) for node, targets in graph.items()}
    return [sorted(c) for c in strongly_connected(sorted(graph), edges) if len(c) > 1]


def test_the_generator_keeps_its_import_rules() -> None:
    assert violations(GENERATOR) == []


def test_every_module_belongs_to_a_layer_and_says_what_it_does() -> None:
    for name, path in modules(GENERATOR).items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert ast.get_docstring(tree), f"{path} has no docstring naming its input and output"
        if layer(name)[0] == "top":  # the top: modules of generator/ itself, and the cli package
            assert name.count(".") <= 1 or name.startswith(TOP_PACKAGES), f"{name} sits in no stage folder"


def test_modules_keep_to_their_size_budget() -> None:
    sizes = {path: len(path.read_text(encoding="utf-8").splitlines()) for path in modules(GENERATOR).values()}
    assert {str(p.relative_to(ROOT)): n for p, n in sizes.items() if n > 420} == {}


def test_planted_violations_are_found(tmp_path: Path) -> None:
    copy = tmp_path / "generator"
    shutil.copytree(GENERATOR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    plants = {
        "targets/python/views.py": "from ..typescript.names import camel\n",  # a target importing a target
        "targets/typescript/views.py": "from ...spec.load import load_document\n",  # a target importing spec
        "ir/build.py": "from ..targets.render import TEMPLATES\n",  # ir importing a target layer
        "core/cache.py": "def late() -> None:\n    from ..ir import nodes\n",  # core importing ir, in a function
        "targets/render.py": "from .python import TARGET\n",  # shared machinery importing a target
        "surface/compare.py": "import generator.pipeline\n",  # surface importing the top
        "spec/load.py": "from .config import load_config\n",  # a cycle: config imports load
    }
    for relative, text in plants.items():
        path = copy / relative
        path.write_text(path.read_text(encoding="utf-8") + "\n" + text, encoding="utf-8")
    found = violations(copy)
    expected = [
        "targets/python/views.py",
        "targets/typescript/views.py",
        "ir/build.py",
        "core/cache.py",
        "targets/render.py",
        "surface/compare.py",
    ]
    for relative in expected:
        assert any(line.startswith(f"generator/{relative}:") for line in found), (relative, found)
    assert any(line.startswith("import cycle:") and "generator.spec.load" in line for line in found), found
    planted = tuple(f"generator/{relative}:" for relative in expected)
    assert all(line.startswith(("import cycle:", *planted)) for line in found), found
