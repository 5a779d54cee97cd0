"""The template contract of the TypeScript target: each template's view-models.

See `targets.contract` for what a contract is and how overrides are checked against it.
"""

from __future__ import annotations

from ..contract import Contract
from .auth_views import AuthView, CredentialView
from .method_body import MethodView, ParamsView
from .model_views import DeclarationView, FieldView, ModelsView
from .view_tests import TestCallView, TestFileView
from .page_views import PageView
from .views import ChildView, ClientView, ExportView, HeaderOptionView, PackageViews, ResourceView

CONTRACT = Contract(
    target="typescript",
    version="1.3",
    view_models=(
        ClientView,
        PackageViews,
        ResourceView,
        ChildView,
        MethodView,
        ParamsView,
        PageView,
        HeaderOptionView,
        AuthView,
        CredentialView,
        ExportView,
        ModelsView,
        DeclarationView,
        FieldView,
        TestFileView,
        TestCallView,
    ),
    contexts={
        "src/resources/resource.ts.jinja": (("client", ClientView), ("resource", ResourceView)),
        "tests/api-resources/resource.test.ts.jinja": (("client", ClientView), ("test", TestFileView)),
        "partials/resource_method.jinja": (("client", ClientView), ("resource", ResourceView), ("method", MethodView)),
        "partials/resource_methods.jinja": (("client", ClientView), ("resource", ResourceView)),
        "partials/jsdoc.jinja": (("lines", tuple), ("indent", str)),
        "partials/field.jinja": (("field", FieldView),),
        "partials/declaration.jinja": (("declaration", DeclarationView),),
        "partials/test_reply.jinja": (("client", ClientView), ("test", TestFileView), ("call", TestCallView)),
        "partials/test_result.jinja": (("client", ClientView), ("test", TestFileView), ("call", TestCallView)),
    },
    default_context=(("client", ClientView), ("views", PackageViews), ("models", ModelsView)),
)
