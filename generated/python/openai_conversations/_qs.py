# Runtime file copied verbatim by sdkgen. Do not edit.
"""Query-string encoding: nested objects as ``a[b]=``, arrays per ``ArrayFormat``.

``stringify({"include": ["a", "b"], "limit": 2}, array_format="brackets")`` gives
``include%5B%5D=a&include%5B%5D=b&limit=2``. ``None``, ``omit`` and ``not_given``
values are dropped (so are empty lists); booleans become ``true``/``false``. A value
wrapped in ``styled(...)`` is sent in its parameter's own style (``_styles``).
"""

from __future__ import annotations

from typing import Callable, Dict, List, Mapping, Sequence, Tuple
from urllib.parse import urlencode

from ._types import ArrayFormat, NotGiven, Omit
from ._styles import Styled, text, style_pairs

__all__ = ["stringify", "stringify_items"]

Pair = Tuple[str, str]
_Emit = Callable[[str, Sequence[object], ArrayFormat, List[Pair]], None]


def stringify(params: Mapping[str, object], *, array_format: ArrayFormat = "repeat") -> str:
    """Encode ``params`` into a query string (without the leading ``?``)."""
    return urlencode(stringify_items(params, array_format=array_format))


def stringify_items(params: Mapping[str, object], *, array_format: ArrayFormat = "repeat") -> List[Pair]:
    """Flatten ``params`` into ``(key, value)`` pairs, in the order given."""
    out: List[Pair] = []
    for key, value in params.items():
        _emit(key, value, array_format, out)
    return out


def _emit(key: str, value: object, array_format: ArrayFormat, out: List[Pair]) -> None:
    if value is None or isinstance(value, (Omit, NotGiven)):
        return
    if isinstance(value, Styled):
        out.extend(style_pairs(key, value))
    elif isinstance(value, Mapping):
        for subkey, subvalue in value.items():
            _emit(f"{key}[{subkey}]", subvalue, array_format, out)
    elif isinstance(value, (list, tuple)):
        emitter = _ARRAY_EMITTERS.get(array_format)
        if emitter is None:
            raise NotImplementedError(
                f"Unknown array_format value: {array_format}, choose from {', '.join(_ARRAY_EMITTERS)}"
            )
        emitter(key, value, array_format, out)
    else:
        out.append((key, text(value)))


def _emit_repeat(key: str, value: Sequence[object], array_format: ArrayFormat, out: List[Pair]) -> None:
    for item in value:
        _emit(key, item, array_format, out)


def _emit_brackets(key: str, value: Sequence[object], array_format: ArrayFormat, out: List[Pair]) -> None:
    _emit_repeat(key + "[]", value, array_format, out)


def _emit_indices(key: str, value: Sequence[object], array_format: ArrayFormat, out: List[Pair]) -> None:
    for index, item in enumerate(value):
        _emit(f"{key}[{index}]", item, array_format, out)


def _emit_comma(key: str, value: Sequence[object], array_format: ArrayFormat, out: List[Pair]) -> None:
    items = [text(item) for item in value if item is not None]
    out.append((key, ",".join(items)))


_ARRAY_EMITTERS: Dict[str, _Emit] = {
    "repeat": _emit_repeat,
    "brackets": _emit_brackets,
    "indices": _emit_indices,
    "comma": _emit_comma,
}
