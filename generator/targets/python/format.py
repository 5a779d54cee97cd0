"""Format: `{path: text}` -> the same files, Python ones formatted by black.

black runs in process, pinned by the project, at the line length of `style.LINE_LENGTH`
(the generated package's `pyproject.toml` configures black with it), so the output passes
`black --check`. A file black cannot parse is a generator bug or a
hostile template; it becomes a diagnostic naming the file.

Large modules (the models of a full spec run to tens of thousands of lines) are cut into
chunks before top-level `class`/`def` statements, each chunk is formatted on its own,
and the outputs are joined with two blank lines. black formats each top-level statement
without looking past it, and puts exactly two blank lines before a `class`/`def` at
column 0 unless the line above is a decorator, a comment (black attaches it to the
statement and may move the blank lines above it), or a `...` stub with no blank line in
between (overloads). So a cut is made only at such a statement that follows a blank
line, whose last non-blank line above is no comment or decorator; never before a
decorator (black puts one blank line, not two, between a module docstring and a
decorator); and never in a file with `# fmt:` directives, form feeds or carriage
returns, which black reads across statements. The result is byte-identical to
formatting the whole file (tests cut real and tricky modules at every candidate).

Cuts are content-defined: past a minimum size, a candidate ends a chunk when a hash of
its line says so, so inserting or editing one class moves at most the boundaries near
it. Results are cached by content hash, per whole file and per chunk, so a warm
regeneration after a small change formats one chunk; the chunks not in the cache are
shared out, largest first, between worker processes on every core. Candidates are found
by scanning lines, not by parsing, so a line inside a string or brackets can pass for
one; the chunk before it then ends inside that string or bracket and black rejects it.
A chunk black rejects makes the whole file be formatted in one piece, so errors and
output are always black's own.
"""

from __future__ import annotations

import multiprocessing
import os
import zlib
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import version
from typing import Any

from ...core.cache import TextCache, digest
from ...core.diagnostics import Diagnostic, GenerationError, Location, Severity
from .style import LINE_LENGTH
from .trust import trusted

_BLACK = f"black {version('black')}, line length {LINE_LENGTH}, target py311"
_PARALLEL_FROM = 1500  # fewer lines to format than this are not worth starting worker processes
CHUNK_MIN_LINES = 200  # a chunk ends at the first candidate past this size whose hash allows it
CHUNK_MAX_LINES = 1200  # ... and at the first candidate past this size whatever the hash
CHUNK_ODDS = 16  # one candidate in this many allows a cut: chunks average about 500 lines
_HEADS = ("class ", "def ", "async def ")  # the top-level statements a chunk may start with
_UNCUTTABLE = ("fmt:", "yapf:", "\r", "\f")  # directives and line breaks black reads across statements

Outcome = tuple[str, str]  # (formatted text, black's error or "")


def format_files(
    files: dict[str, str],
    *,
    skip: frozenset[str] = frozenset(),
    preformatted: frozenset[str] = frozenset(),
    cache: TextCache | None = None,
) -> dict[str, str]:
    """Format every `.py`/`.pyi` file not in `skip`; others pass through unchanged.

    `skip` names verbatim runtime files: they are kept black-formatted in `templates/`
    (a test checks it), so formatting them again would only cost time. `preformatted`
    names files a built-in template printed as black prints them (tests hold every such
    file to `black --check`); the top-level statements of one that are not `trusted` (a
    line past black's length, where black would have to split it, or text black rewrites)
    are formatted all the same.
    """
    cache = cache or TextCache(None, "")
    formatted = dict(files)
    misses = {}
    for path, text in files.items():
        if path in skip or not path.endswith((".py", ".pyi")) or (path in preformatted and trusted(text)):
            continue
        hit = cache.get(digest(_BLACK, text))
        if hit is None:
            misses[path] = text
        else:
            formatted[path] = hit
    problems = []
    for path, (text, error) in _format_misses(misses, cache, preformatted).items():
        if error:
            problems.append(
                Diagnostic(
                    Severity.ERROR,
                    f"generated code does not parse: {error}",
                    Location(path),
                    "a template or the model generator produced invalid Python",
                )
            )
        formatted[path] = text
    if problems:
        raise GenerationError(tuple(problems))
    return formatted


def split_module(
    text: str, *, min_lines: int = CHUNK_MIN_LINES, max_lines: int = CHUNK_MAX_LINES, odds: int = CHUNK_ODDS
) -> list[str]:
    """`text` cut into chunks (concatenated, they give `text` back) at safe, content-defined cuts.

    Each chunk but the first starts with a top-level class or def, and black's output for
    the whole of `text` is `join_chunks` of its outputs for the chunks.
    """
    if text.count("\n") < 2 * min_lines or any(marker in text for marker in _UNCUTTABLE):
        return [text]
    lines = text.split("\n")
    starts = [0, *_cuts(lines, min_lines, max_lines, odds), len(lines)]
    chunks = ["\n".join(lines[start:end]) + "\n" for start, end in zip(starts, starts[1:])]
    chunks[-1] = chunks[-1][:-1]  # the last line had no newline of its own
    return chunks


def join_chunks(outputs: list[str]) -> str | None:
    """black's outputs for the chunks of one module, joined as black joins them; None if
    they do not have the shape a safe cut gives (each one line-terminated, no blank edges)."""
    if len(outputs) == 1:
        return outputs[0]
    ragged = any(not out.endswith("\n") or out.endswith("\n\n") for out in outputs)
    if ragged or any(out[:1].isspace() for out in outputs[1:]):
        return None
    return "\n\n".join(outputs)


def _cuts(lines: list[str], min_lines: int, max_lines: int, odds: int) -> Iterator[int]:
    start = 0
    for index in _candidates(lines):
        size = index - start
        if size >= max_lines or (
            size >= min_lines and zlib.crc32(lines[index].encode("utf-8", "surrogatepass")) % odds == 0
        ):
            yield index
            start = index


def _candidates(lines: list[str]) -> Iterator[int]:
    """Indexes of lines that start a top-level class or def after a blank line,
    whose last non-blank line above is no comment or decorator. A line inside a string or
    brackets can look the same; the chunk before it then fails to parse (see module doc)."""
    previous = ""  # the last non-blank line
    blank = False
    for index, line in enumerate(lines):
        if not line.strip(" \t"):
            blank = True
            continue
        if blank and line.startswith(_HEADS) and previous and not previous.lstrip(" \t").startswith(("#", "@")):
            yield index
        previous, blank = line, False


def _format_misses(misses: dict[str, str], cache: TextCache, preformatted: frozenset[str]) -> dict[str, Outcome]:
    """The outcome for each file, formatting only the chunks not in `cache`, and caching
    whole files as well as chunks. A preformatted file is cut before each top-level
    statement that allows it, and only its chunks with a line past black's length are
    formatted: black's output for the others is themselves (without trailing blank lines)."""
    plans = {
        path: split_module(text, min_lines=1, odds=1) if path in preformatted else split_module(text)
        for path, text in misses.items()
    }
    kept = {chunk for path in preformatted & plans.keys() for chunk in plans[path] if trusted(chunk)}
    outputs = {chunk: (chunk.rstrip("\n") + "\n", "") for chunk in kept}
    outputs |= _format_cached((chunk for chunks in plans.values() for chunk in chunks if chunk not in kept), cache)
    results: dict[str, Outcome] = {}
    retry = []
    for path, chunks in plans.items():
        outcomes = [outputs[chunk] for chunk in chunks]
        joined = None if any(error for _, error in outcomes) else join_chunks([text for text, _ in outcomes])
        if len(chunks) == 1:
            results[path] = outcomes[0]
        elif joined is None:
            retry.append(path)  # black rejected a chunk: let it judge the whole file
        else:
            results[path] = joined, ""
            cache.put(digest(_BLACK, misses[path]), joined)
    whole = _format_texts([misses[path] for path in retry])
    for path in retry:
        results[path] = whole[misses[path]]
        if not results[path][1]:
            cache.put(digest(_BLACK, misses[path]), results[path][0])
    return results


def _format_cached(chunks: Iterable[str], cache: TextCache) -> dict[str, Outcome]:
    """Each distinct chunk's outcome, from `cache` or formatted (and then cached)."""
    keys = {chunk: digest(_BLACK, chunk) for chunk in chunks}
    outcomes: dict[str, Outcome] = {}
    for chunk, key in keys.items():
        hit = cache.get(key)
        if hit is not None:
            outcomes[chunk] = hit, ""
    fresh = _format_texts([chunk for chunk in keys if chunk not in outcomes])
    for chunk, (text, error) in fresh.items():
        if not error:
            cache.put(keys[chunk], text)
    return outcomes | fresh


def _format_texts(texts: list[str]) -> dict[str, Outcome]:
    """Each text's outcome; on every core when there is enough work, largest first."""
    workers = min(len(texts), os.cpu_count() or 1)
    lines = sum(text.count("\n") for text in texts)
    if workers < 2 or lines < _PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return {text: _format_one(text) for text in texts}
    ordered = sorted(texts, key=len, reverse=True)  # the longest first balances the workers
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        return dict(zip(ordered, pool.map(_format_one, ordered)))


def black_mode() -> Any:
    """black's mode for generated Python (black is imported on first use: it costs a tenth of a second)."""
    from black.mode import Mode, TargetVersion

    return Mode(target_versions={TargetVersion.PY311}, line_length=LINE_LENGTH)


def _format_one(text: str) -> Outcome:
    import black

    try:
        return black.format_str(text, mode=black_mode()), ""
    except Exception as err:  # black raises InvalidInput and friends
        return text, str(err)
