"""The IR's authentication decisions: schemes -> credentials and their names, requirements
-> alternatives, what is required at construction, and what is reported."""

from __future__ import annotations

from typing import Any

from generator.core.diagnostics import Location, Severity
from generator.ir import nodes as ir
from generator.ir.security import SecurityPlan, plan_security
from generator.spec.config import AuthConfig, CredentialConfig, SdkConfig

HERE = Location("cfg.yaml", 3, 1, "/auth/x")


def plan(
    schemes: dict[str, Any], operations: dict[str, Any], top: Any = None, config: SdkConfig | None = None
) -> SecurityPlan:
    spec: dict[str, Any] = {"components": {"securitySchemes": schemes}}
    if top is not None:
        spec["security"] = top
    ops = [(f"/paths/~1{name}/get", op) for name, op in operations.items()]
    return plan_security(spec, config or SdkConfig(path="cfg"), ops, "DEMO", lambda p: Location("s.yaml", 1, 1, p))


def names(result: SecurityPlan) -> list[tuple[str, str]]:
    return [(c.name, c.env) for c in result.client.credentials()]


BEARER = {"type": "http", "scheme": "bearer"}
BASIC = {"type": "http", "scheme": "Basic"}


def test_one_bearer_scheme_everywhere_is_the_openai_shape() -> None:
    result = plan({"ApiKeyAuth": BEARER}, {"a": {}, "b": {}}, top=[{"ApiKeyAuth": []}])
    (scheme,) = result.client.schemes
    assert (scheme.kind, scheme.place, scheme.wire_name) == (ir.AuthKind.BEARER, ir.AuthPlace.HEADER, "Authorization")
    assert names(result) == [("api_key", "DEMO_API_KEY")]
    assert result.client.required == ("api_key",) and result.client.default == (("ApiKeyAuth",),)
    assert result.operations == {} and result.diagnostics == ()


def test_api_key_env_names_the_variable_of_the_api_key_option() -> None:
    config = SdkConfig(path="cfg", api_key_env="OPENAI_API_KEY")
    result = plan({"ApiKeyAuth": BEARER}, {"a": {}}, top=[{"ApiKeyAuth": []}], config=config)
    assert names(result) == [("api_key", "OPENAI_API_KEY")]


def test_two_bearer_schemes_are_named_after_their_schemes_as_openai_names_them() -> None:
    config = SdkConfig(path="cfg", api_key_env="OPENAI_API_KEY")
    ops = {"a": {}, "admin": {"security": [{"AdminApiKeyAuth": []}]}}
    schemes = {"ApiKeyAuth": BEARER, "AdminApiKeyAuth": BEARER}
    result = plan(schemes, ops, top=[{"ApiKeyAuth": []}], config=config)
    assert names(result) == [("api_key", "OPENAI_API_KEY"), ("admin_api_key", "DEMO_ADMIN_API_KEY")]
    assert result.client.required == ()  # not every operation needs the same one


def test_no_security_takes_no_credentials() -> None:
    result = plan({}, {"a": {}})
    assert result.client == ir.ClientSecurity() and result.operations == {}


def test_basic_takes_a_username_and_a_password_required_when_everything_needs_them() -> None:
    result = plan({"accountSid_authToken": BASIC}, {"a": {}}, top=[{"accountSid_authToken": []}])
    assert names(result) == [("username", "DEMO_USERNAME"), ("password", "DEMO_PASSWORD")]
    assert result.client.required == ("username", "password")
    assert result.client.schemes[0].kind is ir.AuthKind.BASIC


def test_api_keys_keep_their_place_and_wire_name_and_oauth_is_a_bearer_token() -> None:
    schemes = {
        "api_key": {"type": "apiKey", "in": "header", "name": "api_key"},
        "petstore_auth": {"type": "oauth2", "flows": {}},
        "oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://x"},
    }
    ops = {"a": {"security": [{"petstore_auth": ["read"]}]}, "b": {"security": [{"api_key": []}, {"oidc": []}]}}
    result = plan(schemes, ops)
    kinds = [(s.key, s.kind, s.place, s.wire_name) for s in result.client.schemes]
    assert kinds == [
        ("api_key", ir.AuthKind.API_KEY, ir.AuthPlace.HEADER, "api_key"),
        ("petstore_auth", ir.AuthKind.BEARER, ir.AuthPlace.HEADER, "Authorization"),
        ("oidc", ir.AuthKind.BEARER, ir.AuthPlace.HEADER, "Authorization"),
    ]
    # two schemes would both take `access_token`: each is named after its scheme instead
    assert [c.name for c in result.client.credentials()] == ["api_key", "petstore", "oidc"]
    assert result.client.required == ()  # the operations differ: checked per request
    assert result.operations == {
        "/paths/~1a/get": (("petstore_auth",),),
        "/paths/~1b/get": (("api_key",), ("oidc",)),
    }


def test_operation_security_overrides_and_empty_lists_are_public() -> None:
    schemes = {
        "k": {"type": "apiKey", "in": "query", "name": "key"},
        "h": {"type": "apiKey", "in": "cookie", "name": "c"},
    }
    ops = {
        "a": {},
        "public": {"security": []},
        "optional": {"security": [{}, {"k": []}]},
        "and": {"security": [{"k": [], "h": []}]},
    }
    result = plan(schemes, ops, top=[{"k": []}])
    assert result.client.default == (("k",),) and result.client.required == ()
    assert result.operations == {
        "/paths/~1public/get": (),
        "/paths/~1optional/get": ((), ("k",)),
        "/paths/~1and/get": (("k", "h"),),
    }


def test_unused_schemes_give_no_options() -> None:
    result = plan({"a": BEARER, "b": BASIC}, {"x": {}}, top=[{"b": []}])
    assert [s.key for s in result.client.schemes] == ["b"]


def test_unsupported_and_undeclared_schemes_are_reported_and_never_sent() -> None:
    schemes = {"digest": {"type": "http", "scheme": "digest"}, "tls": {"type": "mutualTLS"}}
    ops = {"a": {"security": [{"digest": []}, {"tls": []}, {"nowhere": []}]}, "b": {"security": [{"digest": []}]}}
    result = plan(schemes, ops)
    messages = [d.message for d in result.diagnostics]
    assert all(d.severity is Severity.WARNING for d in result.diagnostics)
    assert "security scheme 'digest' (http 'digest') is not supported" in messages[0]
    assert any("'nowhere', which components.securitySchemes does not declare" in m for m in messages)
    assert len(messages) == 3  # each unsupported scheme once
    assert result.client.schemes == ()


def test_the_config_names_options_and_variables() -> None:
    config = SdkConfig(
        path="cfg",
        auth=(
            AuthConfig(
                "basic",
                (CredentialConfig("username", "account_sid", "SID"), CredentialConfig("password", "auth_token", None)),
                HERE,
            ),
        ),
    )
    result = plan({"basic": BASIC}, {"a": {}}, top=[{"basic": []}], config=config)
    assert names(result) == [("account_sid", "SID"), ("auth_token", "DEMO_AUTH_TOKEN")]
    assert result.client.required == ("account_sid", "auth_token")


def test_config_mistakes_are_errors_at_their_line() -> None:
    wrong_shape = AuthConfig("basic", (CredentialConfig("token", "key", None),), HERE)
    unknown = AuthConfig("nope", (CredentialConfig("token", None, "X"),), HERE)
    config = SdkConfig(path="cfg", auth=(wrong_shape, unknown))
    result = plan({"basic": BASIC}, {"a": {}}, top=[{"basic": []}], config=config)
    errors = [(d.severity, d.message, d.location) for d in result.diagnostics]
    assert (Severity.ERROR, "auth names the security scheme 'nope', which no operation requires", HERE) in errors
    assert any("auth entry 'basic' does not fit its scheme" in m for _s, m, _l in errors)


def test_two_options_named_alike_in_the_config_are_an_error() -> None:
    config = SdkConfig(path="cfg", auth=(AuthConfig("a", (CredentialConfig("token", "key", None),), HERE),))
    schemes = {"a": BEARER, "b": {"type": "apiKey", "in": "header", "name": "X"}}
    result = plan(schemes, {"x": {"security": [{"a": []}]}, "y": {"security": [{"b": []}]}}, config=config)
    assert [c.name for c in result.client.credentials()] == ["key", "api_key"]
    result = plan(
        schemes,
        {"x": {"security": [{"a": []}]}, "y": {"security": [{"b": []}]}},
        config=SdkConfig(path="cfg", auth=(AuthConfig("a", (CredentialConfig("token", "api_key", None),), HERE),)),
    )
    assert any("both take the client option 'api_key'" in d.message for d in result.diagnostics)
