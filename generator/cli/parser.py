"""The command line's grammar: arguments -> an `argparse.Namespace` with the command to run.

`sdkgen init | generate | check | validate | diff | contract`, and `--version`. Each
subcommand's `run` default is its function in `commands`; `main` calls it.
"""

from __future__ import annotations

import argparse
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import NoReturn

from .. import registry
from . import commands


class UsageError(Exception):
    """A command line argparse cannot take: the message, and the usage of the (sub)command."""

    def __init__(self, message: str, usage: str) -> None:
        super().__init__(message)
        self.usage = usage


class _Parser(argparse.ArgumentParser):
    """Raises `UsageError` instead of exiting, so that `main` reports it as any other error
    (as JSON too, with `--format json`)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message, self.format_usage())


EPILOG = "exit codes: 0 ok, 1 stale output (check) or breaking changes (diff), 2 invalid input or usage"


def parser() -> argparse.ArgumentParser:
    """The `sdkgen` argument parser."""
    targets = tuple(registry.TARGETS)
    top = _Parser(
        prog="sdkgen",
        description="Generate typed SDKs (" + ", ".join(targets) + ") from an OpenAPI 3.0 or 3.1 spec.",
        epilog=EPILOG,
    )
    top.add_argument("--version", action="version", version=f"sdkgen {_version()}")
    sub = top.add_subparsers(required=True, metavar="COMMAND")

    init = sub.add_parser(
        "init",
        help="write a commented starter config (sdkgen.yaml) derived from a spec",
        description="write a starter SDK config from the spec: names, base URL, environment variables, licence",
        epilog=EPILOG,
    )
    init.set_defaults(run=commands.init)
    init.add_argument("--spec", type=Path, required=True, help="the OpenAPI document (YAML or JSON)")
    init.add_argument("--config", type=Path, default=Path("sdkgen.yaml"), help="where to write; default: sdkgen.yaml")
    init.add_argument("--force", action="store_true", help="replace an existing config")
    _output(init)

    for name, run, text in (
        ("generate", commands.generate, "generate each target's package into its output directory"),
        ("check", commands.check, "exit 1 with a diff when an output directory is not what generation gives"),
        ("validate", commands.validate, "validate the spec and print its diagnostics"),
    ):
        command = sub.add_parser(name, help=text, description=text, epilog=EPILOG)
        command.set_defaults(run=run)
        command.add_argument("--spec", type=Path, default=None, help="OpenAPI document; default: the config's spec:")
        command.add_argument(
            "--config", type=Path, default=None, help="SDK config; default: sdkgen.yaml here or in a parent directory"
        )
        command.add_argument(
            "--lenient", action="store_true", help="report the spec validator's findings as warnings and go on"
        )
        command.add_argument("--strict", action="store_true", help="treat warnings as errors")
        _output(command)
        if name == "validate":
            continue
        command.add_argument(
            "--no-cache",
            action="store_true",
            help="do not read or write the cache ($SDKGEN_CACHE_DIR, else ~/.cache/sdkgen)",
        )
        command.add_argument(
            "--target", choices=targets, default=None, help="one language; default: each the config's target: names"
        )
        command.add_argument("--out", type=Path, default=None, help="output directory of one target")
        command.add_argument(
            "--templates", type=Path, default=None, help="template overrides of one target (see sdkgen contract)"
        )
        command.add_argument("--quiet", action="store_true", help="no progress lines on a terminal")

    diff = sub.add_parser(
        "diff",
        help="list what changed in the API surface between two specs, and the version bump it calls for",
        description="list added, removed and changed methods, arguments and model fields; flag breaking changes. "
        "A spec is a file or a git revision and path (main:spec/api.yaml).",
        epilog="exit codes: 0 no breaking change, 1 breaking changes, 2 invalid input or usage",
    )
    diff.set_defaults(run=commands.diff)
    diff.add_argument("old", metavar="OLD_SPEC", help="a file, or REV:PATH in the current git repository")
    diff.add_argument("new", metavar="NEW_SPEC", help="a file, or REV:PATH in the current git repository")
    diff.add_argument("--config", type=Path, default=None, help="SDK config (names methods); default: as generate")
    diff.add_argument("--lenient", action="store_true", help="skip the spec validator (its findings are warnings)")
    _output(diff)

    contract = sub.add_parser(
        "contract",
        help="print a target's template contract (each template's view-model and every field)",
        description="print the template contract: each template's view-model and every field",
    )
    contract.set_defaults(run=commands.contract)
    contract.add_argument("--target", choices=targets, default=targets[0], help=f"default: {targets[0]}")
    contract.add_argument(
        "--where", action="store_true", help="print the directory of the built-in templates (to copy one from)"
    )
    return top


def _output(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--format", choices=("text", "json"), default="text", help="json: one JSON document on stdout, for CI"
    )
    command.add_argument("--verbose", action="store_true", help="list every warning (else one per kind, counted)")


def _version() -> str:
    try:
        return version("sdkgen")
    except PackageNotFoundError:  # run from a checkout that is not installed
        return "unknown"
