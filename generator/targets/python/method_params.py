"""Each method's keyword arguments as a TypedDict in a module of its own: the resources'
operations + the type layout -> `MethodParamsView`s (`types/conversations/item_list_params.py`
holding `ItemListParams`), and the layout with their modules added.

A method with keyword arguments gets one (`naming.params_type_names`: `ItemListParams` for
`conversations.items.list`), in its resource's folder of `types/` (`type_layout`), importing
the request types its fields name from their own modules.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from ... import ir
from ..naming import params_type_names
from .imports import ImportBlock, Section
from .method_views import Method
from .names import pascal
from .docstrings import docstring_lines, literal_lines
from .type_layout import Folder, TypeLayout, relative_module, with_modules
from .types import TypeSpeller
from .view_models import MethodParamsView, ParamsClassView

__all__ = ["MethodParams", "params_class_names"]


def params_class_names(methods: list[tuple[tuple[str, ...], str]], taken: frozenset[str] = frozenset()) -> list[str]:
    """`ItemListParams` for `conversations.items.list` (see `naming.params_type_names`)."""
    return params_type_names(methods, pascal, taken)


@dataclass
class MethodParams:
    """Collects the methods' arguments TypedDicts while the resources are walked."""

    make_speller: Callable[[], TypeSpeller]
    found: list[tuple[tuple[str, ...], str, Folder, TypeSpeller, ParamsClassView]] = field(default_factory=list)

    def record(self, resource: ir.Resource, op: ir.Operation, method: Method, folder: Folder) -> None:
        """The TypedDict of `method`'s keyword arguments, when it has any."""
        keyword = method.view.keyword
        if not keyword:
            return
        speller = self.make_speller()
        params = dict(zip((a.name for a in (*method.view.positional, *keyword)), _signature_order(op)))
        fields = []
        docs: list[tuple[str, ...]] = []
        for arg in keyword:
            annotation = speller.request(params[arg.name].type)
            spelled = f"Required[{annotation}]" if params[arg.name].required else annotation
            fields.append((arg.name, repr(arg.name), spelled))
            docs.append(literal_lines(docstring_lines(params[arg.name].description)))
        doc = docstring_lines(f"Arguments of `{'.'.join(resource.path)}.{op.name}`.")
        # keyed by the method's own argument names, always identifiers: never functional
        self.found.append(
            (
                resource.path,
                op.name,
                folder,
                speller,
                ParamsClassView("", tuple(fields), doc, False, literal_lines(doc), tuple(docs)),
            )
        )

    def views(
        self, layout: TypeLayout, taken: frozenset[str], header: str, package: str, groups: Mapping[str, Folder]
    ) -> tuple[tuple[MethodParamsView, ...], TypeLayout]:
        """Each method's arguments module, and `layout` with them placed."""
        names = params_class_names([(path, name) for path, name, *_ in self.found], taken)
        layout = with_modules(layout, [(n, groups.get(n, f[2])) for n, f in zip(names, self.found)])
        views = []
        for name, (_, _, _, speller, cls) in zip(names, self.found):
            dotted = layout.module_of[name]
            folder = tuple(dotted.split(".")[:-1])
            imports = _imports(speller, cls, folder, layout)
            path = f"{package}/types/{dotted.replace('.', '/')}.py"
            views.append(MethodParamsView(path, header, imports, replace(cls, name=name)))
        return tuple(views), layout


def _imports(speller: TypeSpeller, cls: ParamsClassView, folder: Folder, layout: TypeLayout) -> tuple[str, ...]:
    imports = ImportBlock()
    imports.add("typing", *speller.typing, section=Section.STANDARD)
    # From typing_extensions, as the official SDKs import them: `Required` is not in
    # `typing` before Python 3.11, and the package supports 3.10.
    required = any(annotation.startswith("Required[") for _, _, annotation in cls.fields)
    imports.add("typing_extensions", *(("Required",) if required else ()), "TypedDict", section=Section.THIRD_PARTY)
    if speller.runtime:
        imports.add("." * (len(folder) + 2) + "_types", *speller.runtime)
    for name in sorted(speller.used_models):
        imports.add(relative_module(folder, layout.module(name, request=False)), name)
    for name in sorted(speller.used_params):
        imports.add(relative_module(folder, layout.module(name, request=True)), name)
    return imports.lines()


def _signature_order(op: ir.Operation) -> Sequence[ir.Parameter]:
    """`op`'s arguments in the order of the method's signature: the positional one first."""
    path_args = op.located(ir.ParamLocation.PATH)
    return [*path_args[-1:], *(p for p in op.arguments if not path_args or p is not path_args[-1])]
