"""Rendering the Python package: view-models + model modules -> `{relative path: text}`.

Pure; writes nothing. `templates/python/` mirrors the output tree: `package/` becomes the
import package, `tests/` the package's tests, top-level files the distribution's root.
The per-resource templates are rendered once per resource (and per resource package and
test module), `types/__init__.py` once per folder of `types/`, a method's arguments module
once per method; every other template once, and every runtime file copied verbatim with a
header line (`targets.render.render_once`). The type modules come cut from
datamodel-code-generator's output (`type_views.type_files`).
"""

from __future__ import annotations

from ..backend import Templates
from ..render import Rendered, environment, is_output, render_once, render_template, template_sources
from .view_models import PackageViews

RUNTIME_HEADER = "# Runtime file copied verbatim by sdkgen. Do not edit."
_PER_RESOURCE = {
    "package/resources/resource.py.jinja",
    "package/resources/resource_package.py.jinja",
    "tests/api_resources/test_resource.py.jinja",
    "package/types/__init__.py.jinja",
    "package/types/method_params.py.jinja",
}
# What the Python templates and the type modules print is black's layout (the views lay
# out every line whose length depends on the spec, `layout`; datamodel-code-generator's own
# formatter lays out the models): `format_files` formats only the statements that are not
# `trusted`. A file from a template the user's override directory replaces, or from any
# template once it replaces a partial, is formatted whole. Tests hold every spec they
# generate to `black --check`.
_PARTIALS = "partials"


def render_package(views: PackageViews, type_files: dict[str, str], templates: Templates) -> Rendered:
    """Render every template and copy every runtime file of the Python target.

    A file of the override directory replaces the built-in file of the same relative path
    (a template, a partial or a runtime file), and a new file is added to the output.
    """
    env = environment(templates.layers)
    package = views.client.import_name
    files, verbatim = render_once(
        env,
        templates.layers,
        _PER_RESOURCE,
        {"client": views.client, "views": views},
        target=lambda name: _target(name, package),
        runtime_header=(".py", RUNTIME_HEADER),
    )
    made = {
        _target(name, package)[: -len(".jinja")]: name
        for name in template_sources(templates.layers)
        if name.endswith(".jinja") and name not in _PER_RESOURCE and is_output(name)
    }
    for resource in views.resources:
        text = render_template(env, "package/resources/resource.py.jinja", client=views.client, resource=resource)
        files.add(f"{package}/{resource.path}", text, f"the resource class {resource.names.sync_class}")
        made[f"{package}/{resource.path}"] = "package/resources/resource.py.jinja"
    for init in views.packages:
        text = render_template(env, "package/resources/resource_package.py.jinja", client=views.client, package=init)
        files.add(f"{package}/{init.path}", text, f"the resource package {init.path}")
        made[f"{package}/{init.path}"] = "package/resources/resource_package.py.jinja"
    for test in views.tests:
        text = render_template(env, "tests/api_resources/test_resource.py.jinja", client=views.client, test=test)
        files.add(test.path, text, f"the tests of {test.path}")
        made[test.path] = "tests/api_resources/test_resource.py.jinja"
    folders = {test.path.rsplit("/", 1)[0] for test in views.tests}
    for folder in sorted(folders):
        while folder.count("/") > 1 and f"{folder}/__init__.py" not in files.files:
            files.add(f"{folder}/__init__.py", "", "a test package")
            folder = folder.rsplit("/", 1)[0]
    for types in views.type_packages:
        text = render_template(env, "package/types/__init__.py.jinja", client=views.client, package=types)
        files.add(types.path, text, f"the types package {types.path}")
        made[types.path] = "package/types/__init__.py.jinja"
    for params in views.method_params:
        text = render_template(env, "package/types/method_params.py.jinja", client=views.client, params=params)
        files.add(params.path, text, f"the arguments of {params.cls.name}")
        made[params.path] = "package/types/method_params.py.jinja"
    for path, text in sorted(type_files.items()):
        files.add(path, text, f"the type module {path}")
    preformatted = {path for path, name in made.items() if _builtin(templates, name)} | set(type_files)
    return Rendered(files.files, verbatim, frozenset(preformatted))


def _builtin(templates: Templates, name: str) -> bool:
    """Whether template `name` prints as the built-in one does: no override replaces it or
    a partial (a partial may be included by any template)."""
    overrides = templates.overrides
    if overrides is None:
        return True
    return not (overrides / name).exists() and not any(p.is_file() for p in (overrides / _PARTIALS).rglob("*"))


def _target(name: str, package: str) -> str:
    """Where a template's output goes: `package/...` inside the import package."""
    if name.startswith("package/"):
        return f"{package}/{name[len('package/'):]}"
    return name
