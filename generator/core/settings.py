"""Settings read from a located document: a mapping -> checked values, every problem a located error.

Input: mappings of one document (the SDK config) and what locates a JSON pointer in its
file. Output: the values that passed their `Setting` rule (a pattern, and what a value
must be), and `problems`, one `Diagnostic` per unknown key, missing key or bad value,
each at its line. The SDK config's reader (`spec.config`) and each target's reader of its
own section (`targets/<target>/settings.py`) share it, so a mistake reads the same
wherever it is made, and a typo never silently falls back to a default.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from .diagnostics import Diagnostic, Locator, Severity

S = TypeVar("S")


@dataclass(frozen=True, slots=True)
class Setting:
    """A string setting: the pattern its value must match, and what that means in words."""

    pattern: str
    what: str
    required: bool = True


class SettingsReader:
    """Reads mappings of one located document, collecting every problem."""

    def __init__(self, locate: Locator) -> None:
        self.locate = locate
        self.problems: list[Diagnostic] = []

    def fail(self, pointer: str, message: str, hint: str = "") -> None:
        """Record an error at `pointer`."""
        self.problems.append(Diagnostic(Severity.ERROR, message, self.locate(pointer), hint))

    def mapping(self, data: Mapping[str, Any], pointer: str) -> Mapping[str, Any]:
        """The mapping under the last token of `pointer` in `data` ({} when absent; an error when no mapping)."""
        value = data.get(pointer.rsplit("/", 1)[1], {})
        if not isinstance(value, Mapping):
            self.fail(pointer, "expected a mapping")
            return {}
        return value

    def unknown_keys(self, data: Mapping[str, Any], pointer: str, known: set[str]) -> None:
        """An error for each key of `data` (at `pointer`) that is not in `known`."""
        for key in data:
            if key not in known:
                self.fail(
                    f"{pointer}/{key}", f"unknown config key {key!r}", f"known keys here: {', '.join(sorted(known))}"
                )

    def strings(self, data: Mapping[str, Any], pointer: str, settings: Mapping[str, Setting]) -> dict[str, str]:
        """The values of `settings` in `data` (at `pointer`) that match their rules."""
        values = {}
        for key, setting in settings.items():
            value = data.get(key)
            if value is None:
                if setting.required:
                    self.fail(pointer, f"missing config key {key!r} ({setting.what})")
                continue
            if not isinstance(value, str) or not re.fullmatch(setting.pattern, value):
                self.fail(f"{pointer}/{key}", f"{key} must be {setting.what}, got {value!r}")
                continue
            values[key] = value
        return values


SectionReader = Callable[[SettingsReader, Mapping[str, Any], str], S | None]
"""A target's reader of its own config section: (reader, section, the section's pointer) ->
the target's settings, or None when the section has problems (recorded on the reader)."""
