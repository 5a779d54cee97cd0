"""What a client is called and where it connects, when the SDK config leaves it to the spec."""

from __future__ import annotations

from typing import Any

import pytest

from generator.core.diagnostics import Location
from generator.ir.identity import api_name, identity, server_url, spec_license
from generator.spec.config import SdkConfig


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Swagger Petstore", "swagger_petstore"),
        ("Swagger Petstore - OpenAPI 3.0", "swagger_petstore"),
        ("Stripe API", "stripe"),
        ("Twilio - Api", "twilio"),
        ("USPTO Data Set API", "uspto_data_set"),
        ("OpenAI Conversations API", "openai_conversations"),
        ("API", "api"),
        ("1Password Connect", "api_1password_connect"),
        ("Café Überweisungen", "cafe_uberweisungen"),
        ("Пример", "fallback"),
        ("", "fallback"),
    ],
)
def test_the_name_comes_from_the_title_without_generic_words(title: str, name: str) -> None:
    assert api_name(title, fallback="fallback") == name


@pytest.mark.parametrize(
    ("license_", "expected"),
    [
        ({"name": "MIT", "identifier": "MIT"}, "MIT"),
        ({"name": "MIT"}, "MIT"),
        ({"name": "Apache 2.0", "url": "https://www.apache.org/licenses/LICENSE-2.0.html"}, "Apache-2.0"),
        ({"name": "Proprietary, all rights reserved"}, None),
        ({"name": "Proprietary"}, None),
        ({"name": "bsd 3-clause"}, "BSD-3-Clause"),
        (None, None),
    ],
)
def test_the_licence_is_an_spdx_identifier_or_none(license_: Any, expected: str | None) -> None:
    assert spec_license({"license": license_} if license_ else {}) == expected


@pytest.mark.parametrize(
    ("servers", "url", "problem"),
    [
        ([{"url": "https://api.stripe.com/"}], "https://api.stripe.com", ""),
        ([{"url": "https://api.openai.com/v1"}], "https://api.openai.com/v1", ""),
        (
            [{"url": "{scheme}://developer.uspto.gov/ds-api", "variables": {"scheme": {"default": "https"}}}],
            "https://developer.uspto.gov/ds-api",
            "",
        ),
        ([{"url": "/api/v3"}], "http://localhost/api/v3", "the server URL '/api/v3' is relative"),
        (None, "http://localhost", "the spec names no server"),
        ([{"url": "https://{region}.example.com"}], "http://localhost", "cannot be a client's default"),
        ([{"url": 'https://x.com/"; rm'}], "http://localhost", "cannot be a client's default"),
    ],
)
def test_the_base_url_comes_from_the_first_server(servers: Any, url: str, problem: str) -> None:
    found, why = server_url({"servers": servers} if servers else {})
    assert found == url and problem in why and bool(problem) == bool(why)


def test_the_config_wins_and_env_names_follow_the_name() -> None:
    spec = {"info": {"title": "Swagger Petstore", "license": {"name": "MIT"}}, "servers": [{"url": "/v1"}]}
    locate = lambda pointer: Location("spec.yaml", pointer, 1, 1)  # noqa: E731
    derived = identity(spec, SdkConfig(path="sdkgen.yaml"), locate)
    assert derived.name == "swagger_petstore" and derived.license == "MIT"
    assert (derived.client.api_key_env, derived.client.base_url_env) == (
        "SWAGGER_PETSTORE_API_KEY",
        "SWAGGER_PETSTORE_BASE_URL",
    )
    assert derived.client.default_base_url == "http://localhost/v1" and derived.client.header_prefix is None
    (warning,) = derived.diagnostics
    assert warning.location.pointer == "/servers/0/url" and "set default_base_url" in warning.hint
    config = SdkConfig(path="sdkgen.yaml", name="Pets", default_base_url="https://pets.example.com", license="0BSD")
    given = identity(spec, config, locate)
    assert (given.name, given.license, given.client.default_base_url) == ("pets", "0BSD", "https://pets.example.com")
    assert given.client.api_key_env == "PETS_API_KEY" and given.diagnostics == ()
    assert (derived.client.log_env, given.client.log_env) == ("SWAGGER_PETSTORE_LOG", "PETS_LOG")
    assert derived.client.idempotency_header is None
    named = SdkConfig(path="sdkgen.yaml", log_env="MY_LOG", idempotency_header="Idempotency-Key")
    assert (identity(spec, named, locate).client.log_env, identity(spec, named, locate).client.idempotency_header) == (
        "MY_LOG",
        "Idempotency-Key",
    )
