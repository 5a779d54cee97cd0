"""Every name declared once: the generated TypeScript modules `{path: text}` -> each name a
module declares, imports or re-exports twice, located.

tsc rejects most such duplicates, but only where it runs; this pass finds them in the
whole rendered output, after every naming rule has been applied, before anything is
written. It reads the shapes the templates print: top-level declarations at the start of
a line, and `import`/`export { ... } from` lists. A `declare namespace` is not a binding
of its own: it merges with the class of its name (the namespaces that re-export types).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

__all__ = ["redeclared"]

_DECLARATION = re.compile(
    r"^(?:export\s+)?(?:declare\s+)?(?:abstract\s+)?(?:class|interface|type|const|let|function|enum)\s+"
    r"([A-Za-z_$][\w$]*)",
    re.MULTILINE,
)
_LIST = re.compile(r"^(import|export)\s+(?:type\s+)?\{([^}]*)\}\s*from", re.MULTILINE)
_NAMESPACE = re.compile(r"^import\s+(?:type\s+)?\*\s+as\s+([A-Za-z_$][\w$]*)", re.MULTILINE)
_DEFAULT = re.compile(r"^import\s+(?:type\s+)?([A-Za-z_$][\w$]*)\s+from", re.MULTILINE)


def redeclared(files: Mapping[str, str]) -> list[tuple[str, int, str]]:
    """(path, line, name) for each name a module binds (or exports) a second time."""
    found = []
    for path, text in sorted(files.items()):
        if not path.endswith(".ts"):
            continue
        for kind in ("local", "export"):
            seen: set[str] = set()
            for offset, name in sorted(_names(text, kind)):
                if name in seen:
                    found.append((path, text.count("\n", 0, offset) + 1, name))
                seen.add(name)
    return found


def _names(text: str, kind: str) -> Iterator[tuple[int, str]]:
    """The names bound in the module (`local`), or the names it re-exports (`export`)."""
    if kind == "local":
        for pattern in (_DECLARATION, _NAMESPACE, _DEFAULT):
            yield from ((m.start(), m.group(1)) for m in pattern.finditer(text))
    for match in _LIST.finditer(text):
        if (match.group(1) == "import") != (kind == "local"):
            continue
        for item in match.group(2).split(","):
            parts = item.replace("type ", " ").split()
            if parts:
                yield match.start(), parts[-1]  # `A as B` binds and exports B
