"""The subcommands: parsed arguments -> files written or compared, lines printed, an exit code.

`generate` builds every target in memory before it writes any; `check` compares instead
of writing, and answers without generating when nothing it depends on changed since the
output was generated (the fingerprints in `core.fingerprint`). Diagnostics and outcome
lines go through a `Reporter` (text or JSON).
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from .. import registry
from ..core.cache import TextCache, default_root, digest
from ..core.diagnostics import Diagnostic, GenerationError, Severity, display_name
from ..core.fingerprint import hand_written_digest, inputs_digest, tree_digest, with_files
from ..core.progress import Progress
from ..core.write import FileChange, compare_tree, write_tree
from ..targets.backend import HandWritten
from ..targets.contract import contract_page
from .report import Reporter
from .runs import Run, config_path, plan, spec_path

if TYPE_CHECKING:  # the pipeline is imported when a command needs it: `check` may not
    from ..pipeline import Generated

EXIT_OK, EXIT_STALE, EXIT_INVALID = 0, 1, 2
DIFF_LINES = 400
# The flags of `check` that `generate` takes too, for the command that refreshes what was checked.
_SHARED_FLAGS = ("config", "spec", "target", "out", "templates")


def init(args: argparse.Namespace, reporter: Reporter) -> int:
    """Write a starter config for `--spec`."""
    from .init import write_starter

    reporter.report(write_starter(args.spec, args.config, force=args.force))
    reporter.say(f"sdkgen: wrote {display_name(args.config)} from {display_name(args.spec)}; next: sdkgen generate")
    return reporter.finish(EXIT_OK)


def generate(args: argparse.Namespace, reporter: Reporter) -> int:
    """Generate every target in memory first, so that a failure in one writes none."""
    started = time.perf_counter()
    runs = plan(args)
    results = _generated(runs, args, reporter)
    outcomes = []
    for run, result in zip(runs, results):
        changed, unchanged = write_tree(result.files, run.out)
        _remember_current(run, args, result.sources)
        outcomes.append({"target": run.target, "out": str(run.out), "written": changed, "unchanged": unchanged})
        reporter.say(
            f"sdkgen: {run.target}: {result.operations} operations, {result.models} models; "
            f"{changed} files written, {unchanged} unchanged in {display_name(run.out)} "
            f"({time.perf_counter() - started:.1f}s)"
        )
    return reporter.finish(EXIT_OK, targets=outcomes)


def check(args: argparse.Namespace, reporter: Reporter) -> int:
    """Each target's output against what generation gives; the targets whose inputs are
    unchanged since they were generated are not generated again."""
    stale: list[Run] = []
    for run in plan(args):
        if _known_current(run, args):
            reporter.say(f"sdkgen: {display_name(run.out)} is up to date (inputs unchanged since it was generated)")
        else:
            stale.append(run)
    outdated: list[dict[str, object]] = []
    for run, result in zip(stale, _generated(stale, args, reporter) if stale else []):
        changes = compare_tree(result.files, run.out)
        if not changes:
            _remember_current(run, args, result.sources)
            reporter.say(f"sdkgen: {display_name(run.out)} is up to date ({len(result.files)} files)")
            continue
        outdated.append({"target": run.target, "out": str(run.out), "files": [c.path for c in changes]})
        reporter.say(
            f"sdkgen: {len(changes)} file(s) out of date in {display_name(run.out)}; "
            f"run `{_regenerate(args)}` to refresh",
            detail=_diffs(changes),
        )
    return reporter.finish(EXIT_STALE if outdated else EXIT_OK, stale=outdated)


def validate(args: argparse.Namespace, reporter: Reporter) -> int:
    """Validate `--spec` (else the config's spec)."""
    from ..pipeline import validate_spec

    spec = args.spec or spec_path(args, registry.read_config(config_path(args)))
    findings = validate_spec(spec, lenient=args.lenient)
    _warnings(findings, args.strict, reporter)
    reporter.say(f"sdkgen: {display_name(spec)} is valid ({len(findings)} warning(s))")
    return reporter.finish(EXIT_OK)


def diff(args: argparse.Namespace, reporter: Reporter) -> int:
    """The API surface's changes between two specs (each a file or a git revision, `REV:PATH`),
    and the bump they call for; as JSON, the whole diff under `diff` (`ApiDiff.to_dict`)."""
    from ..pipeline import diff_specs

    result = diff_specs(args.old, args.new, config_path(args), lenient=args.lenient)
    reporter.report(result.diagnostics)
    if reporter.format == "json":
        reporter.say(result.summary())
        return reporter.finish(result.exit_code, diff=result.to_dict())
    reporter.say(result.render().rstrip("\n"))
    return reporter.finish(result.exit_code)


def contract(args: argparse.Namespace, reporter: Reporter) -> int:
    """Print a target's template contract (`--where`: the directory of its built-in templates)."""
    target = registry.TARGETS[args.target]
    print(target.templates if args.where else contract_page(target.templates, target.contract))
    return EXIT_OK


def _regenerate(args: argparse.Namespace) -> str:
    """The `sdkgen generate` command that refreshes what `check` was asked about."""
    words = ["sdkgen generate"]
    for flag in _SHARED_FLAGS:
        value = getattr(args, flag)
        if value is not None:
            words.append(f"--{flag} {shlex.quote(str(value))}")
    return " ".join([*words, *(["--lenient"] if args.lenient else [])])


def _generated(runs: list[Run], args: argparse.Namespace, reporter: Reporter) -> list[Generated]:
    """Generate the targets of `runs` (one spec and config) in one pipeline; report the warnings."""
    from ..pipeline import generate_targets

    first = runs[0]
    progress = Progress(enabled=not args.quiet and args.format == "text" and sys.stderr.isatty())
    try:
        results = generate_targets(
            first.spec,
            first.config,
            targets=[run.target for run in runs],
            lenient=args.lenient,
            overrides={run.target: run.templates for run in runs if run.templates is not None},
            cache_root=None if args.no_cache else default_root(),
            progress=progress.stage,
        )
    finally:
        progress.done()
    ordered = [results[run.target] for run in runs]
    _warnings([d for result in ordered for d in result.diagnostics], args.strict, reporter)
    missing = [d for run, result in zip(runs, ordered) for d in _missing_hand_written(run.out, result.hand_written)]
    if missing:
        raise GenerationError(tuple(missing))
    return ordered


def _missing_hand_written(out: Path, expected: tuple[HandWritten, ...]) -> list[Diagnostic]:
    """An error for each hand-written file the generated code imports that `out` lacks,
    or that does not define the names it must."""
    found = []
    for each in expected:
        path = out / each.path
        text = path.read_text(encoding="utf-8", errors="replace") if path.is_file() else None
        absent = [n for n in each.names if text is None or not re.search(rf"^class {re.escape(n)}\b", text, re.M)]
        if text is None:
            message = f"the hand-written module {display_name(path)} does not exist"
        elif absent:
            message = f"{display_name(path)} does not define {', '.join(absent)}"
        else:
            continue
        hint = f"write it (class {', '.join(each.names)}), or remove it from the config"
        found.append(Diagnostic(Severity.ERROR, message, each.location, hint))
    return found


def _warnings(diagnostics: list[Diagnostic] | tuple[Diagnostic, ...], strict: bool, reporter: Reporter) -> None:
    if strict and diagnostics:
        failed = Diagnostic(Severity.ERROR, f"{len(diagnostics)} warning(s) with --strict", diagnostics[0].location)
        raise GenerationError((*diagnostics, failed))
    reporter.report(diagnostics)


def _diffs(changes: list[FileChange]) -> str:
    """Each changed file's unified diff, capped at `DIFF_LINES` lines in all."""
    printed, out = 0, []
    for change in changes:
        lines = change.diff.splitlines()
        shown = lines[: max(0, DIFF_LINES - printed)]
        out += [f"{change.status}: {change.path}", *shown]
        if len(shown) < len(lines):
            out.append(f"... ({len(lines) - len(shown)} more diff lines)")
        printed += len(shown)
    return "\n".join(out)


def _fingerprints(run: Run, args: argparse.Namespace) -> tuple[TextCache, str, str]:
    """(cache, digest of every input, digest of the output tree) for the check fast path."""
    target = registry.TARGETS[run.target]
    folders = [target.templates, *([run.templates] if run.templates is not None else [])]
    options = [f"target={run.target}", f"lenient={args.lenient}", f"strict={args.strict}", f"overrides={run.templates}"]
    inputs = inputs_digest([run.spec, run.config], folders, options)
    output = f"{tree_digest(run.out)} {hand_written_digest(run.out)}"
    return TextCache(default_root(), "check"), inputs, output


def _known_current(run: Run, args: argparse.Namespace) -> bool:
    """Whether the inputs (the spec, the files its `$ref`s named last time, the config, the
    templates, ...) are unchanged since they generated the output tree as it is now."""
    if args.no_cache or not run.out.is_dir():
        return False
    cache, inputs, output = _fingerprints(run, args)
    recorded = cache.get(digest("sources", inputs))
    sources = [Path(name) for name in json.loads(recorded)] if recorded is not None else None
    if sources is None or not all(path.is_file() for path in sources):
        return False
    return cache.get(with_files(inputs, sources)) == output


def _remember_current(run: Run, args: argparse.Namespace, sources: tuple[str, ...]) -> None:
    """Record that the output tree, as it is now, is what these inputs generate (`sources`:
    the files besides the spec that its `$ref`s named)."""
    if not args.no_cache:
        cache, inputs, output = _fingerprints(run, args)
        cache.put(digest("sources", inputs), json.dumps(list(sources)))
        cache.put(with_files(inputs, [Path(name) for name in sources]), output)
