"""The command line: `sdkgen generate | check | validate | diff | contract`.

Exit codes: 0 success (for `check`: the output is current; for `diff`: nothing breaks); 1
`check` found stale files, or `diff` found breaking changes;
2 invalid input or usage (a broken spec or config, a bad option), with every diagnostic
printed to stderr as `file:line:col: severity: message [at pointer]`. Nothing is written
unless generation succeeded completely.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from . import registry
from .core.cache import TextCache, default_root
from .core.diagnostics import Diagnostic, GenerationError, Location, Severity, display_name
from .core.fingerprint import inputs_digest, tree_digest
from .core.progress import Progress
from .core.write import compare_tree, write_tree
from .pipeline import Generated, diff_specs, generate_targets, read_config, target_settings, validate_spec
from .targets.contract import contract_page

EXIT_OK, EXIT_STALE, EXIT_INVALID = 0, 1, 2
TARGETS = tuple(registry.TARGETS)
ROOT = Path(__file__).resolve().parent.parent
DIFF_LINES = 400


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code."""
    args = _parser().parse_args(argv)
    started = time.perf_counter()
    try:
        return int(args.run(args, started))
    except GenerationError as err:
        _print_diagnostics(err.diagnostics)
        count = sum(1 for d in err.diagnostics if d.severity is Severity.ERROR)
        outcome = "" if args.run in (_diff, _validate) else "; nothing was written"
        print(f"sdkgen: {count} error(s){outcome}", file=sys.stderr)
        return EXIT_INVALID


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sdkgen",
        description="Generate a typed Python or TypeScript SDK from an OpenAPI spec.",
        epilog="exit codes: 0 ok, 1 stale output (check), 2 invalid input or usage",
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    diff = commands.add_parser(
        "diff",
        help="list what changed in the API surface between two specs, and the version bump it calls for",
        description="list added, removed and changed methods, arguments and model fields; flag breaking changes",
        epilog="exit codes: 0 no breaking change, 1 breaking changes, 2 invalid input or usage",
    )
    diff.set_defaults(run=_diff)
    diff.add_argument("old", type=Path, metavar="OLD_SPEC")
    diff.add_argument("new", type=Path, metavar="NEW_SPEC")
    diff.add_argument("--config", type=Path, default=ROOT / "spec" / "sdk.yaml", help="SDK config (names methods)")
    diff.add_argument("--lenient", action="store_true", help="skip the spec validator (its findings are warnings)")
    contract = commands.add_parser(
        "contract",
        help="print the template contract (templates/<target>/CONTRACT.md)",
        description="print the template contract: each template's view-model and every field",
    )
    contract.set_defaults(run=_contract)
    contract.add_argument("--target", choices=TARGETS, default="python", help="whose templates; default: python")
    for name, run, text in (
        ("generate", _generate, "generate the SDK into the output directory"),
        ("check", _check, "exit 1 with a diff when the output directory is not what generation gives"),
        ("validate", _validate, "validate the spec and print its diagnostics"),
    ):
        command = commands.add_parser(
            name,
            help=text,
            description=text,
            epilog="exit codes: 0 ok, 1 stale output (check), 2 invalid input or usage",
        )
        command.set_defaults(run=run)
        command.add_argument(
            "--spec",
            type=Path,
            default=ROOT / "spec" / "conversations.yaml",
            help="OpenAPI document (YAML or JSON); default: spec/conversations.yaml",
        )
        command.add_argument(
            "--lenient", action="store_true", help="report the spec validator's findings as warnings and go on"
        )
        command.add_argument("--strict", action="store_true", help="treat warnings as errors")
        command.add_argument(
            "--no-cache",
            action="store_true",
            help="do not read or write the formatting/model cache ($SDKGEN_CACHE_DIR, else ~/.cache/sdkgen)",
        )
        if name != "validate":
            command.add_argument(
                "--config", type=Path, default=ROOT / "spec" / "sdk.yaml", help="SDK config; default: spec/sdk.yaml"
            )
            command.add_argument(
                "--target",
                choices=TARGETS,
                default=None,
                help="the language to generate; default: each one the config's `target:` names, else python",
            )
            command.add_argument(
                "--out", type=Path, default=None, help="output directory (of one target); default: generated/<target>/"
            )
            command.add_argument(
                "--templates",
                type=Path,
                default=None,
                help="a directory laid over the built-in templates file by file (see templates/python/CONTRACT.md)",
            )
            command.add_argument("--quiet", action="store_true", help="no progress lines on a terminal")
    return parser


def _per_target(args: argparse.Namespace) -> list[argparse.Namespace]:
    """`args` once per target to run: `--target`, else each target the config names, each
    with its output directory (`--out`, else `generated/<target>/`)."""
    if args.target is not None:
        targets: tuple[str, ...] = (args.target,)
    else:
        config = read_config(args.config)
        targets = config.targets
        if args.out is not None and len(targets) > 1:
            message = f"--out names one target's directory, but the config's target: lists {', '.join(targets)}"
            raise GenerationError(
                (Diagnostic(Severity.ERROR, message, Location(config.path), "name one with --target"),)
            )
    return [
        argparse.Namespace(**{**vars(args), "target": t, "out": args.out or ROOT / "generated" / t}) for t in targets
    ]


def _run_pipeline(runs: list[argparse.Namespace]) -> list[Generated]:
    """Generate the targets of `runs` (the same spec, config and options) in one pipeline."""
    first = runs[0]
    progress = Progress(enabled=not first.quiet and sys.stderr.isatty())
    try:
        results = generate_targets(
            first.spec,
            first.config,
            targets=[run.target for run in runs],
            lenient=first.lenient,
            overrides=first.templates,
            cache_root=_cache_root(first),
            progress=progress.stage,
        )
    finally:
        progress.done()
    return [results[run.target] for run in runs]


def _diff(args: argparse.Namespace, started: float) -> int:
    result = diff_specs(args.old, args.new, args.config, lenient=args.lenient)
    _print_diagnostics(result.diagnostics)
    print(result.render().rstrip("\n"))
    return result.exit_code


def _contract(args: argparse.Namespace, started: float) -> int:
    target = registry.TARGETS[args.target]
    print(contract_page(target.templates, target.contract))
    return EXIT_OK


def _generate(args: argparse.Namespace, started: float) -> int:
    """Generate every target in memory first, so that a failure in one writes none."""
    runs = _per_target(args)
    results = _run_pipeline(runs)
    _warnings(_merged(results), args.strict)
    for each, result in zip(runs, results):
        changed, unchanged = write_tree(result.files, each.out)
        _remember_current(each)
        print(
            f"sdkgen: {result.operations} operations, {result.models} models; "
            f"{changed} files written, {unchanged} unchanged in {each.out} "
            f"({time.perf_counter() - started:.1f}s)"
        )
    return EXIT_OK


def _check(args: argparse.Namespace, started: float) -> int:
    """Each target's output against what generation gives; the targets whose inputs are
    unchanged since they were generated are not generated again."""
    stale = []
    for each in _per_target(args):
        if _known_current(each):
            print(f"sdkgen: {each.out} is up to date (inputs unchanged since it was generated)")
        else:
            stale.append(each)
    if not stale:
        return EXIT_OK
    results = _run_pipeline(stale)
    _warnings(_merged(results), args.strict)
    return max(_compare(each, result) for each, result in zip(stale, results))


def _compare(args: argparse.Namespace, result: Generated) -> int:
    changes = compare_tree(result.files, args.out)
    if not changes:
        _remember_current(args)
        print(f"sdkgen: {args.out} is up to date ({len(result.files)} files)")
        return EXIT_OK
    printed = 0
    for change in changes:
        lines = change.diff.splitlines()
        shown = lines[: max(0, DIFF_LINES - printed)]
        print(f"{change.status}: {change.path}")
        print("\n".join(shown))
        if len(shown) < len(lines):
            print(f"... ({len(lines) - len(shown)} more diff lines)")
        printed += len(shown)
    print(f"sdkgen: {len(changes)} file(s) out of date in {args.out}; run `make generate` to refresh")
    return EXIT_STALE


def _validate(args: argparse.Namespace, started: float) -> int:
    findings = validate_spec(args.spec, lenient=args.lenient)
    _warnings(findings, args.strict)
    print(f"sdkgen: {args.spec} is valid ({len(findings)} warning(s))")
    return EXIT_OK


def _merged(results: list[Generated]) -> tuple[Diagnostic, ...]:
    """The warnings of every target, each once (the targets share those of the spec)."""
    return tuple(dict.fromkeys(d for result in results for d in result.diagnostics))


def _fingerprints(args: argparse.Namespace) -> tuple[TextCache, str, str]:
    """(cache, digest of every input, digest of the output tree) for the check fast path."""
    config = read_config(args.config)
    target, settings = target_settings(config, args.target)
    overrides = args.templates or config.templates
    folders = [target.templates, *([overrides] if overrides is not None else [])]
    options = [f"target={args.target}", f"lenient={args.lenient}", f"strict={args.strict}", f"overrides={overrides}"]
    inputs = inputs_digest([args.spec, args.config], folders, options)
    output = tree_digest(args.out, keep=[target.hand_written(settings)])
    return TextCache(_cache_root(args), "check"), inputs, output


def _known_current(args: argparse.Namespace) -> bool:
    if args.no_cache or not args.out.is_dir():
        return False
    cache, inputs, output = _fingerprints(args)
    return cache.get(inputs) == output


def _remember_current(args: argparse.Namespace) -> None:
    """Record that the output tree, as it is now, is what these inputs generate."""
    if not args.no_cache:
        cache, inputs, output = _fingerprints(args)
        cache.put(inputs, output)


def _cache_root(args: argparse.Namespace) -> Path | None:
    return None if args.no_cache else default_root()


def _warnings(diagnostics: Sequence[Diagnostic], strict: bool) -> None:
    if strict and diagnostics:
        raise GenerationError(
            (
                *diagnostics,
                Diagnostic(Severity.ERROR, f"{len(diagnostics)} warning(s) with --strict", diagnostics[0].location),
            )
        )
    _print_diagnostics(diagnostics)


def _print_diagnostics(diagnostics: Sequence[Diagnostic]) -> None:
    for diagnostic in diagnostics:
        print(diagnostic.render(), file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
