"""From the command line and the SDK config to what to run: arguments -> `Run` per target.

The config is `--config`, else the one found from the working directory up
(`spec.discover`). The spec, each target's output directory and template overrides come
from the flags, else from the config: `--spec` over `spec:`, `--out` over `output:`,
`--templates` over `templates:`. `--out` and `--templates` name one target's directory,
so with several targets they need `--target`. Nothing here falls back to this
repository or to the installed package.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from ..core.diagnostics import Diagnostic, GenerationError, Location, Severity
from ..pipeline import read_config
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
        raise GenerationError((Diagnostic(Severity.ERROR, message, Location(str(path))),))
    return path or require_config(Path.cwd())


def spec_path(args: argparse.Namespace, config: SdkConfig | None) -> Path:
    """`--spec`, else the config's `spec:`."""
    if args.spec is not None:
        return Path(args.spec)
    if config is not None and config.spec is not None:
        return config.spec
    where = Location(config.path) if config is not None else Location("sdkgen")
    raise GenerationError(
        (Diagnostic(Severity.ERROR, "no spec given", where, "pass --spec FILE, or name it in the config (spec: FILE)"),)
    )


def plan(args: argparse.Namespace) -> list[Run]:
    """A `Run` per target: `--target`, else each one the config's `target:` names."""
    path = config_path(args)
    config = read_config(path)
    spec = spec_path(args, config)
    targets = (args.target,) if args.target is not None else config.targets
    for flag, value in (("--out", args.out), ("--templates", args.templates)):
        if value is not None and len(targets) > 1:
            message = f"{flag} names one target's directory, but the config's target: lists {', '.join(targets)}"
            raise GenerationError(
                (Diagnostic(Severity.ERROR, message, Location(config.path), "name one with --target"),)
            )
    return [
        Run(t, spec, path, args.out or config.outputs[t], args.templates or config.templates.get(t)) for t in targets
    ]
