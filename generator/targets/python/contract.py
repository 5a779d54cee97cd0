"""The template contract of the Python target: each template's view-models.

See `targets.contract` for what a contract is and how overrides are checked against it.
"""

from __future__ import annotations

from ...ir import HeaderOption
from ..contract import Contract
from .auth_views import AuthView, CredentialView
from .conftest_views import ConftestView
from .view_models import (
    ArgumentView,
    ChildView,
    ClientView,
    MethodView,
    MethodParamsView,
    PackageViews,
    PageUse,
    PageView,
    ParamsClassView,
    ResourcePackageView,
    ResourceView,
    StreamUse,
    TypesInitView,
)
from .view_tests import PathCaseView, TestCallView, TestFileView

CONTRACT = Contract(
    target="python",
    version="1.4",
    view_models=(
        ClientView,
        ConftestView,
        PackageViews,
        ResourceView,
        ChildView,
        MethodView,
        ArgumentView,
        PageUse,
        StreamUse,
        PageView,
        ResourcePackageView,
        MethodParamsView,
        ParamsClassView,
        TypesInitView,
        HeaderOption,
        AuthView,
        CredentialView,
        TestFileView,
        TestCallView,
        PathCaseView,
    ),
    contexts={
        "package/resources/resource.py.jinja": (("client", ClientView), ("resource", ResourceView)),
        "package/resources/resource_package.py.jinja": (("client", ClientView), ("package", ResourcePackageView)),
        "tests/api_resources/test_resource.py.jinja": (("client", ClientView), ("test", TestFileView)),
        "package/types/__init__.py.jinja": (("client", ClientView), ("package", TypesInitView)),
        "package/types/method_params.py.jinja": (("client", ClientView), ("params", MethodParamsView)),
        "partials/method_docstring.jinja": (
            ("client", ClientView),
            ("resource", ResourceView),
            ("method", MethodView),
            ("aio", bool),
        ),
        "partials/resource_methods.jinja": (("client", ClientView), ("resource", ResourceView), ("aio", bool)),
    },
    default_context=(("client", ClientView), ("views", PackageViews)),
)
