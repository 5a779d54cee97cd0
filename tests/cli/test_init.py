"""`sdkgen init`: a starter config derived from the spec, which generation then takes as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.cli.init import starter_text
from generator.core.diagnostics import GenerationError, Location
from generator.pipeline import read_config

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Swagger Petstore - OpenAPI 3.0", "version": "1.0", "license": {"name": "Apache 2.0"}},
    "servers": [{"url": "https://{env}.pets.example.com/v1", "variables": {"env": {"default": "api"}}}],
    "paths": {},
    "components": {
        "securitySchemes": {
            "bearer": {"type": "http", "scheme": "bearer"},
            "basic": {"type": "http", "scheme": "basic"},
        }
    },
}


def starter(tmp_path: Path, spec: dict[str, object]) -> tuple[dict[str, object], str]:
    (tmp_path / "api").mkdir(exist_ok=True)
    text, _ = starter_text(spec, tmp_path / "api" / "pets.yaml", tmp_path / "sdkgen.yaml", lambda p: Location("x", p))
    (tmp_path / "sdkgen.yaml").write_text(text)
    return yaml.safe_load(text), text


def test_every_value_comes_from_the_spec_and_reads_back(tmp_path: Path) -> None:
    data, text = starter(tmp_path, SPEC)
    assert data["spec"] == "api/pets.yaml" and data["target"] == ["python", "typescript"]
    assert data["output"] == {"python": "generated/python", "typescript": "generated/typescript"}
    assert data["default_base_url"] == "https://api.pets.example.com/v1"
    assert (data["api_key_env"], data["license"]) == ("SWAGGER_PETSTORE_API_KEY", "Apache-2.0")
    assert data["log_env"] == "SWAGGER_PETSTORE_LOG" and "idempotency_header" not in data
    assert data["python"] == {
        "distribution": "swagger-petstore",
        "import_name": "swagger_petstore",
        "version": "1.0",
        "client_class": "SwaggerPetstore",
        "async_client_class": "AsyncSwaggerPetstore",
        "error_base": "SwaggerPetstoreError",
        "requires_python": ">=3.10",
    }
    assert data["typescript"]["version"] == "1.0.0"
    assert "auth" not in data  # no operation requires a scheme
    with_paths = {**SPEC, "paths": {"/pets": {"get": {"security": [{"basic": []}, {"bearer": []}], "responses": {}}}}}
    data, text = starter(tmp_path, with_paths)
    assert data["auth"] == {
        "bearer": {"option": "api_key", "env": "SWAGGER_PETSTORE_API_KEY"},
        "basic": {
            "username": {"option": "username", "env": "SWAGGER_PETSTORE_USERNAME"},
            "password": {"option": "password", "env": "SWAGGER_PETSTORE_PASSWORD"},
        },
    }
    assert "  basic:  # Authorization: Basic base64(username:password)\n" in text
    assert "header_prefix" not in data  # telemetry stays off unless asked for
    config = read_config(tmp_path / "sdkgen.yaml")
    assert config.spec == tmp_path / "api" / "pets.yaml" and config.license == "Apache-2.0"


def test_hostile_titles_are_quoted_and_read_back(tmp_path: Path) -> None:
    title = 'yes: "no" # {x}\n# injected: true\x07'
    spec = {**SPEC, "info": {"title": title, "version": "1"}, "servers": [{"url": "/"}]}
    spec["components"] = {"securitySchemes": {"a\nb: 1": {"type": "http", "scheme": "basic\nc: 2"}}}
    spec["paths"] = {"/x": {"get": {"security": [{"a\nb: 1": []}], "responses": {}}}}
    data, text = starter(tmp_path, spec)
    assert (
        data["name"] == 'yes: "no" # {x} # injected: true' and data["python"]["import_name"] == "yes_no_x_injected_true"
    )
    assert "injected" not in data and "b" not in data and "c" not in data
    assert data["default_base_url"] == "http://localhost" and "license: " not in text.replace("# license", "")
    read_config(tmp_path / "sdkgen.yaml")


def test_init_never_overwrites(tmp_path: Path) -> None:
    from generator.cli.init import write_starter

    (tmp_path / "api.yaml").write_text(yaml.safe_dump(SPEC))
    (tmp_path / "sdkgen.yaml").write_text("# mine\n")
    with pytest.raises(GenerationError):
        write_starter(tmp_path / "api.yaml", tmp_path / "sdkgen.yaml")
    assert (tmp_path / "sdkgen.yaml").read_text() == "# mine\n"
    write_starter(tmp_path / "api.yaml", tmp_path / "sdkgen.yaml", force=True)
    assert "# mine" not in (tmp_path / "sdkgen.yaml").read_text()


def test_a_spec_with_odd_components_still_gets_a_starter(tmp_path: Path) -> None:
    data, text = starter(tmp_path, {**SPEC, "components": "x", "info": {"title": "Пример", "version": "x"}})
    assert data["python"]["import_name"] == "pets" and "No operation requires credentials" in text
