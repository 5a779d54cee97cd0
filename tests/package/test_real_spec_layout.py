"""The modules generated for Twilio's spec come out of their templates as black prints them:
its long names make the lines whose layout depends on them (paths, page annotations,
imports, test values) split as black splits them."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shared_spec
from unit.targets.python.test_black_stable import assert_stable, checked, initialized, printed


def test_twilio_modules_are_black_stable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec, config = initialized(tmp_path, monkeypatch, shared_spec("real/twilio_api_v2010.json"))
    assert_stable(checked(printed(monkeypatch, spec, config)))
