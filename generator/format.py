"""Stage 7, format: `{path: text}` -> the same files, Python ones formatted by black.

black runs in process, pinned by the project, at its default settings (line length 88),
so the output passes `black --check`. A file black cannot parse is a generator bug or a
hostile template; it becomes a diagnostic naming the file.
"""

from __future__ import annotations

import black
from black.mode import Mode, TargetVersion

from .diagnostics import Diagnostic, GenerationError, Location, Severity

_MODE = Mode(target_versions={TargetVersion.PY311})


def format_files(files: dict[str, str], *, skip: frozenset[str] = frozenset()) -> dict[str, str]:
    """Format every `.py`/`.pyi` file not in `skip`; others pass through unchanged.

    `skip` names verbatim runtime files: they are kept black-formatted in `templates/`
    (a test checks it), so formatting them again would only cost time.
    """
    formatted: dict[str, str] = {}
    problems = []
    for path, text in files.items():
        if path in skip or not path.endswith((".py", ".pyi")):
            formatted[path] = text
            continue
        try:
            formatted[path] = black.format_str(text, mode=_MODE)
        except Exception as err:  # black raises InvalidInput and friends
            problems.append(Diagnostic(Severity.ERROR, f"generated code does not parse: {err}",
                                       Location(path), "a template or the model generator produced invalid Python"))
    if problems:
        raise GenerationError(tuple(problems))
    return formatted
