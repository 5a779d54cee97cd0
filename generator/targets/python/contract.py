"""The template contract of the Python target: each template's view-models.

See `targets.contract` for what a contract is and how overrides are checked against it.
"""

from __future__ import annotations

from ...ir import HeaderOption
from ..contract import Contract
from .auth_views import AuthView, CredentialView
from .view_models import (
    ArgumentView,
    ChildView,
    ClientView,
    MethodView,
    OperationParamsView,
    PackageViews,
    PageUse,
    PageView,
    ParamsClassView,
    ResourcePackageView,
    ResourceView,
    StreamUse,
)
from .view_tests import PathCaseView, TestCallView, TestFileView

CONTRACT = Contract(
    target="python",
    version="1.3",
    view_models=(
        ClientView,
        PackageViews,
        ResourceView,
        ChildView,
        MethodView,
        ArgumentView,
        PageUse,
        StreamUse,
        PageView,
        ResourcePackageView,
        OperationParamsView,
        ParamsClassView,
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
