"""Stage 7, format: `{path: text}` -> the same files, Python ones formatted by black.

black runs in process, pinned by the project, at its default settings (line length 88),
so the output passes `black --check`. Results are cached by content hash, and files not
in the cache are formatted on every core. A file black cannot parse is a generator bug
or a hostile template; it becomes a diagnostic naming the file.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import version

from .cache import TextCache, digest
from .diagnostics import Diagnostic, GenerationError, Location, Severity

_BLACK = f"black {version('black')}, line length 88, target py311"
_PARALLEL_FROM = 8  # fewer misses than this are not worth starting worker processes


def format_files(
    files: dict[str, str], *, skip: frozenset[str] = frozenset(), cache: TextCache | None = None
) -> dict[str, str]:
    """Format every `.py`/`.pyi` file not in `skip`; others pass through unchanged.

    `skip` names verbatim runtime files: they are kept black-formatted in `templates/`
    (a test checks it), so formatting them again would only cost time.
    """
    cache = cache or TextCache(None, "")
    formatted = dict(files)
    keys = {
        path: digest(_BLACK, text)
        for path, text in files.items()
        if path not in skip and path.endswith((".py", ".pyi"))
    }
    misses = []
    for path, key in keys.items():
        hit = cache.get(key)
        if hit is None:
            misses.append(path)
        else:
            formatted[path] = hit
    problems = []
    for path, text, error in _format_all([(p, files[p]) for p in misses]):
        if error:
            problems.append(
                Diagnostic(
                    Severity.ERROR,
                    f"generated code does not parse: {error}",
                    Location(path),
                    "a template or the model generator produced invalid Python",
                )
            )
            continue
        formatted[path] = text
        cache.put(keys[path], text)
    if problems:
        raise GenerationError(tuple(problems))
    return formatted


def _format_all(jobs: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    workers = min(len(jobs) // (_PARALLEL_FROM // 2), os.cpu_count() or 1)
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [_format_one(job) for job in jobs]
    jobs = sorted(jobs, key=lambda job: -len(job[1]))  # largest first balances the workers
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(_format_one, jobs))


def _format_one(job: tuple[str, str]) -> tuple[str, str, str]:
    import black  # imported on the first cache miss only: it costs a tenth of a second
    from black.mode import Mode, TargetVersion

    path, text = job
    try:
        return path, black.format_str(text, mode=Mode(target_versions={TargetVersion.PY311})), ""
    except Exception as err:  # black raises InvalidInput and friends
        return path, text, str(err)
