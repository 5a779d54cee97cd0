"""The version bump `sdkgen diff` names: semver's (breaking: major, additive: minor, only
descriptions: patch, nothing: none), one step smaller below 1.0, and always the part of the
version it actually increments."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from generator.surface import Bump, next_version, version_bump

from .test_diff import Edit, diff, thing


def nothing(doc: dict[str, Any]) -> None:
    """No change at all."""


def describe(doc: dict[str, Any]) -> None:
    """Only a description: nothing a caller or reader can see."""
    thing(doc)["description"] = "A thing, described anew."


def add(doc: dict[str, Any]) -> None:
    """An optional response field: additive."""
    thing(doc)["properties"]["size"] = {"type": "integer"}


def remove(doc: dict[str, Any]) -> None:
    """A removed method: breaking."""
    doc["paths"]["/things/{thing_id}"].pop("delete")


EDITS: dict[str, Edit] = {"nothing": nothing, "describe": describe, "add": add, "remove": remove}


@pytest.mark.parametrize(
    ("edit", "bump", "version", "label", "after"),
    [
        ("nothing", Bump.NONE, "1.2.3", "no version bump", "1.2.3"),
        ("describe", Bump.PATCH, "1.2.3", "a patch version bump (1.2.3 -> 1.2.4)", "1.2.4"),
        ("add", Bump.MINOR, "1.2.3", "a minor version bump (1.2.3 -> 1.3.0)", "1.3.0"),
        ("remove", Bump.MAJOR, "1.2.3", "a major version bump (1.2.3 -> 2.0.0)", "2.0.0"),
        # Below 1.0: y counts breaking releases, z everything else.
        ("nothing", Bump.NONE, "0.1.0", "no version bump", "0.1.0"),
        ("describe", Bump.PATCH, "0.1.0", "a patch version bump (0.1.0 -> 0.1.1)", "0.1.1"),
        ("add", Bump.MINOR, "0.1.0", "a patch version bump (0.1.0 -> 0.1.1)", "0.1.1"),
        ("remove", Bump.MAJOR, "0.1.0", "a minor version bump (0.1.0 -> 0.2.0)", "0.2.0"),
        # No version known: what the changes call for, and nothing to bump.
        ("nothing", Bump.NONE, "", "no version bump", ""),
        ("describe", Bump.PATCH, "", "a patch version bump", ""),
        ("add", Bump.MINOR, "", "a minor version bump", ""),
        ("remove", Bump.MAJOR, "", "a major version bump", ""),
    ],
)
def test_each_change_is_labelled_with_the_bump_it_applies(
    tmp_path: Path, edit: str, bump: Bump, version: str, label: str, after: str
) -> None:
    result = replace(diff(tmp_path, EDITS[edit]), version=version)
    assert result.bump is bump
    assert result.summary().endswith(f": {label}"), result.summary()
    assert result.render().endswith(f": {label}\n")
    assert result.next_version() == after


def test_the_config_version_below_1_labels_an_addition_a_patch(tmp_path: Path) -> None:
    """The reported bug: at the config's 0.1.0 an addition was called a minor bump while
    the version went to 0.1.1."""
    result = diff(tmp_path, add)
    assert result.version == "0.1.0"
    assert result.summary() == "0 breaking, 1 addition, 0 other changes: a patch version bump (0.1.0 -> 0.1.1)"


@pytest.mark.parametrize("version", ["0.1.0", "0.4.7", "1.0.0", "1.2.3", "3.9.12"])
@pytest.mark.parametrize("bump", list(Bump))
def test_the_label_names_the_part_of_the_version_that_changes(version: str, bump: Bump) -> None:
    after = next_version(version, bump)
    old, new = ([int(n) for n in v.split(".")] for v in (version, after))
    changed = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), None)
    applied = version_bump(version, bump)
    assert applied is (Bump.NONE if changed is None else [Bump.MAJOR, Bump.MINOR, Bump.PATCH][changed])


@pytest.mark.parametrize(
    ("version", "bump", "applied"),
    [
        ("0.1.0", Bump.MAJOR, Bump.MINOR),
        ("0.1.0", Bump.MINOR, Bump.PATCH),
        ("0.1.0", Bump.PATCH, Bump.PATCH),
        ("0.1.0", Bump.NONE, Bump.NONE),
        ("1.0.0", Bump.MAJOR, Bump.MAJOR),
        ("1.0.0", Bump.MINOR, Bump.MINOR),
        ("1.0.0", Bump.PATCH, Bump.PATCH),
        ("", Bump.MAJOR, Bump.MAJOR),
    ],
)
def test_version_bump(version: str, bump: Bump, applied: Bump) -> None:
    assert version_bump(version, bump) is applied
