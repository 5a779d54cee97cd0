"""Shared fixtures: project paths, the real OpenAI specs beside the checkout, and a
session-wide fresh generation of the committed spec."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import Generated, generate_files

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "conversations.yaml"
CONFIG = ROOT / "spec" / "sdk.yaml"
GENERATED = ROOT / "generated" / "python"
SHARED_SPECS = ROOT.parent / "shared" / "specs"
REFRESH = "make generate"


@pytest.fixture(scope="session")
def fresh() -> Generated:
    """The committed spec generated in memory, once per test session."""
    return generate_files(SPEC, CONFIG, cache_root=None)


def shared_spec(name: str) -> Path:
    """A real spec from ../shared/specs, or a skip saying it is absent."""
    path = SHARED_SPECS / name
    if not path.exists():
        pytest.skip(f"{path} is absent: the real OpenAI specs exist only beside the project checkout")
    return path
