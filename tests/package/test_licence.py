"""The licence both packages declare: the spec's `info.license` (its SPDX identifier, or a
name known as one), else nothing: never a licence the spec does not give."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.pipeline import generate_files

from conftest import TEST_SPECS


@pytest.mark.parametrize(
    ("license_", "expected"),
    [
        ({"name": "Apache 2.0", "identifier": "Apache-2.0"}, "Apache-2.0"),
        ({"name": "BSD 3-Clause", "identifier": "BSD-3-Clause"}, "BSD-3-Clause"),
        ({"name": "Proprietary, see the terms of service"}, None),
        (None, None),
    ],
)
def test_both_packages_declare_the_specs_licence_or_none(tmp_path: Path, license_: Any, expected: str | None) -> None:
    spec = yaml.safe_load((TEST_SPECS / "auth_none.yaml").read_text())
    spec["openapi"] = "3.1.0"  # `license.identifier` is OpenAPI 3.1
    if license_:
        spec["info"]["license"] = license_
    (tmp_path / "api.yaml").write_text(yaml.safe_dump(spec))
    (tmp_path / "sdkgen.yaml").write_text("spec: api.yaml\n")
    package = json.loads(
        generate_files(tmp_path / "api.yaml", tmp_path / "sdkgen.yaml", target="typescript").files["package.json"]
    )
    pyproject = tomllib.loads(
        generate_files(tmp_path / "api.yaml", tmp_path / "sdkgen.yaml", target="python").files["pyproject.toml"]
    )
    assert package.get("license") == expected
    assert pyproject["project"].get("license") == expected
