"""From the command line and the SDK config to what to run: arguments -> `Run` per target.

The config is `--config`, else the one found from the working directory up
(`spec.discover`). The spec, each target's output directory and template overrides come
from the flags, else from the config: `--spec` over `spec:`, `--out` over `output:`,
`--templates` over `templates:`. `--out` and `--templates` name one target's directory,
so with several targets they need `--target`. An output directory that holds the
project (the working directory, the config, the spec or a template override) is refused:
generation replaces the whole directory. Nothing here falls back to this repository or
to the installed package.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from ..core.diagnostics import Diagnostic, GenerationError, Location, Severity, display_name
from ..registry import read_config
from ..spec.config import SdkConfig
from ..spec.discover import require_config


@dataclass(frozen=True, slots=True)
class Run:
    """One target to generate or check: the inputs and where the output goes."""

    target: str
    spec: Path
    config: Path
    out: Path
    templates: Path | None


def config_path(args: argparse.Namespace) -> Path:
    """`--config`, else the config found from the working directory up."""
    path: Path | None = args.config
    if path is not None and not path.is_file():
        message = f"--config {path} does not exist" if not path.exists() else f"--config {path} is not a file"
        raise GenerationError((_error(message, str(path)),))
    return path or require_config(Path.cwd())


def spec_path(args: argparse.Namespace, config: SdkConfig) -> Path:
    """`--spec`, else the config's `spec:` (an error at its line when it names no file)."""
    if args.spec is not None:
        return Path(args.spec)
    if config.spec is None:
        raise GenerationError((_error("no spec given", config.path, "pass --spec FILE, or name it in the config"),))
    if not config.spec.is_file():
        where = config.spec_location or Location(config.path)
        message = f"spec: {display_name(config.spec)} is not a file"
        raise GenerationError((Diagnostic(Severity.ERROR, message, where, "fix the path (relative to the config)"),))
    return config.spec


def plan(args: argparse.Namespace) -> list[Run]:
    """A `Run` per target: `--target`, else each one the config's `target:` names."""
    path = config_path(args)
    config = read_config(path)
    spec = spec_path(args, config)
    targets = (args.target,) if args.target is not None else config.targets
    for flag, value in (("--out", args.out), ("--templates", args.templates)):
        if value is not None and len(targets) > 1:
            message = f"{flag} names one target's directory, but the config's target: lists {', '.join(targets)}"
            raise GenerationError((_error(message, config.path, "name one with --target"),))
    if args.templates is not None and not args.templates.is_dir():
        raise GenerationError((_error(f"--templates {args.templates} is not a directory", str(args.templates)),))
    runs = [
        Run(t, spec, path, args.out or config.outputs[t], args.templates or config.templates.get(t)) for t in targets
    ]
    for run in runs:
        _check_output(run)
    return runs


def _check_output(run: Run) -> None:
    """Refuse an output directory that holds the project: writing replaces all of it."""
    out = run.out.resolve()
    held = [Path.cwd(), run.config, run.spec, *([run.templates] if run.templates else [])]
    inside = next((p for p in held if p.resolve() == out or out in p.resolve().parents), None)
    if inside is not None:
        message = f"the output directory {display_name(run.out)} of {run.target} holds {display_name(inside)}"
        hint = "generation replaces the whole directory: give the target a directory of its own (output: or --out)"
        raise GenerationError((_error(message, display_name(run.out), hint),))


def _error(message: str, file: str, hint: str = "") -> Diagnostic:
    return Diagnostic(Severity.ERROR, message, Location(file), hint)
