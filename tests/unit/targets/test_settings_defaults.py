"""Each target's package names and version, when its config section leaves them to the spec."""

from __future__ import annotations

import pytest

from generator import ir
from generator.targets.python.settings import PythonSection, resolve as resolve_python
from generator.targets.typescript.settings import TypeScriptSection, resolve as resolve_typescript

CLIENT = ir.Client("https://x.example.com", "PETS_API_KEY", "PETS_BASE_URL", None, "brackets", ())


def api(version: str, name: str = "swagger_petstore", license_: str | None = "MIT") -> ir.Api:
    return ir.Api("Swagger Petstore", version, "", CLIENT, (), (), (), (), (), name=name, license=license_)


def test_python_names_come_from_the_api_name() -> None:
    settings = resolve_python(PythonSection(), api("1.0.0"))
    assert (settings.distribution, settings.import_name) == ("swagger-petstore", "swagger_petstore")
    assert (settings.client_class, settings.async_client_class, settings.error_base) == (
        "SwaggerPetstore",
        "AsyncSwaggerPetstore",
        "SwaggerPetstoreError",
    )
    assert (settings.version, settings.requires_python, settings.license) == ("1.0.0", ">=3.10", "MIT")
    given = resolve_python(PythonSection(client_class="Pets", version="2.0", requires_python=">=3.12"), api("1"))
    assert (given.client_class, given.async_client_class, given.error_base) == ("Pets", "AsyncPets", "PetsError")
    assert (given.version, given.requires_python, given.import_name) == ("2.0", ">=3.12", "swagger_petstore")


def test_typescript_names_come_from_the_api_name() -> None:
    settings = resolve_typescript(TypeScriptSection(), api("1.0.0", license_=None))
    assert (settings.package, settings.client_class, settings.error_base) == (
        "swagger-petstore",
        "SwaggerPetstore",
        "SwaggerPetstoreError",
    )
    assert (settings.version, settings.license) == ("1.0.0", None)


@pytest.mark.parametrize(
    ("spec_version", "python", "typescript"),
    [
        ("1.0.0", "1.0.0", "1.0.0"),
        ("2.3", "2.3", "2.3.0"),
        ("1.0.27-SNAPSHOT", "1.0.27", "1.0.27-SNAPSHOT"),
        ("2023-08-16", "0.1.0", "0.1.0"),
        ("v2", "0.1.0", "0.1.0"),
        ("", "0.1.0", "0.1.0"),
    ],
)
def test_the_version_comes_from_info_version_when_it_is_one(spec_version: str, python: str, typescript: str) -> None:
    assert resolve_python(PythonSection(), api(spec_version)).version == python
    assert resolve_typescript(TypeScriptSection(), api(spec_version)).version == typescript


@pytest.mark.parametrize(("name", "module"), [("email", "email_api"), ("class", "class_api"), ("stripe", "stripe")])
def test_the_import_name_is_no_keyword_and_shadows_no_standard_module(name: str, module: str) -> None:
    settings = resolve_python(PythonSection(), api("1.0.0", name=name))
    assert settings.import_name == module and settings.distribution == name
