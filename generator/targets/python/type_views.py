"""The `types/` package of the Python target: `ir.Api` + the model modules + the config's
type groups -> the layout of `types/` (`type_layout`), the text of each type module, and
the view of each folder's lazy `__init__.py`.

Which resources use a type is read from the IR: the types each resource's methods spell
(arguments going out, responses, page items and stream events coming back), as the
resource module itself spells them (`TypeSpeller`). The modules' text comes from cutting
datamodel-code-generator's one module per side (`type_split`).
"""

from __future__ import annotations

from collections.abc import Mapping

from ... import ir
from .models import ModelModule
from .imports import import_lines
from .names import PARAM_SUFFIX
from .type_layout import SHARED, SHARED_PARAMS, Folder, TypeLayout, lay_out, relative_module, resource_folder
from .type_split import SplitModule, module_text, split_module
from .types import TypeSpeller
from .view_models import TypesInitView

__all__ = ["TypeSources", "init_views", "resource_folders", "type_files", "type_groups", "type_layout"]


class TypeSources:
    """The two model modules cut into their definitions."""

    def __init__(self, models: ModelModule, params: ModelModule) -> None:
        self.models = split_module(models.text)
        self.params = split_module(params.text)
        self.param_names = frozenset(params.names)
        self.model_names = frozenset(models.names)


def resource_folders(api: ir.Api) -> dict[tuple[str, ...], Folder]:
    """The folder of each resource's types, by resource path."""
    return {r.path: resource_folder(r.path, bool(r.children)) for r in ir.depth_first(api.resources)}


def type_groups(api: ir.Api) -> dict[str, Folder]:
    """The folders the config chooses (`ir.Api.type_groups`), for a type and its `<Name>Param`:
    its resource's folder, or `types/shared/` and `types/shared_params/`."""
    folders = resource_folders(api)
    groups: dict[str, Folder] = {}
    for name, group in api.type_groups:
        shared = group == SHARED
        groups[name] = SHARED if shared else folders[group]
        groups[name + PARAM_SUFFIX] = SHARED_PARAMS if shared else folders[group]
    return groups


def type_layout(api: ir.Api, sources: TypeSources, groups: Mapping[str, Folder]) -> TypeLayout:
    """Where every model and request type of `sources` goes (see `type_layout.lay_out`)."""
    users: dict[str, set[tuple[str, ...]]] = {}
    request_users: dict[str, set[tuple[str, ...]]] = {}
    for resource in ir.depth_first(api.resources):
        speller = TypeSpeller(sources.model_names, sources.param_names)
        for op in resource.operations:
            for param in op.arguments:
                speller.request(param.type)
            for ref in (op.page_item, op.response.type, op.response.stream):
                if ref is not None:
                    speller.response(ref)
        for name in speller.used_models:
            users.setdefault(name, set()).add(resource.path)
        for name in speller.used_params:
            request_users.setdefault(name, set()).add(resource.path)
    models, params = sources.models.definitions, sources.params.definitions
    return lay_out(models, params, users, resource_folders(api), groups, request_users)


def type_files(layout: TypeLayout, sources: TypeSources, header: str, package: str) -> dict[str, str]:
    """`{path: text}` of every model and request type module (method params excluded)."""
    sides = {False: sources.models, True: sources.params}
    by_name = {side: {d.name: d for d in split.definitions} for side, split in sides.items()}
    files: dict[str, str] = {}
    for module in layout.modules:
        path = "/".join((package, "types", *module.folder, f"{module.stem}.py"))
        if module.alias_of:
            files[path] = _alias_text(header, module.folder, module.alias_of, module.names[0])
            continue
        own = by_name[module.request]
        if module.names[0] not in own:
            continue  # a method's arguments TypedDict: rendered from its own view
        split: SplitModule = sides[module.request]
        definitions = [own[n] for n in module.names]
        local = {
            name: relative_module(module.folder, layout.module(name, request=module.request))
            for d in definitions
            for name in d.uses
            if name in own and name not in module.names
        }
        files[path] = module_text(header, split, definitions, depth=len(module.folder) + 1, local=local)
    return files


def init_views(layout: TypeLayout, header: str, package: str) -> tuple[TypesInitView, ...]:
    """The lazy `__init__.py` of each folder of `types/`: the root re-exports every type of
    the package, each other folder the types of its own modules (as openai-python's do)."""
    views = []
    for folder in layout.folders():
        exported: dict[str, str] = {}
        for module in layout.modules:
            if module.alias_of or (folder and module.folder != folder):
                continue  # a model and a request type of one name: the model is re-exported
            for name in module.names:
                exported.setdefault(name, relative_module(folder, module.dotted))
        path = "/".join((package, "types", *folder, "__init__.py"))
        what = "Every type of the API" if not folder else f"The types of `{'.'.join(folder)}`"
        exports = tuple(sorted(exported.items()))
        guarded = tuple(
            line for name, module in exports for line in import_lines(module, [f"{name} as {name}"], indent="    ")
        )
        views.append(TypesInitView(path, header, what, exports, guarded))
    return tuple(views)


def _alias_text(header: str, folder: Folder, owner: str, name: str) -> str:
    """A module re-exporting `name` from the module of its cycle."""
    source = relative_module(folder, owner)
    return f'{header}\n\nfrom {source} import {name} as {name}\n\n__all__ = ["{name}"]\n'
