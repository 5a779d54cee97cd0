"""Formatting (Python target): chunked formatting gives black's output for the whole file, byte for byte,
and a warm cache re-formats only the chunks that changed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import black
import pytest

from black.parsing import InvalidInput

import generator.targets.python.format as fmt
from generator.ir.build import build_ir
from generator.core.cache import TextCache
from generator.pipeline import read_config
from generator.core.diagnostics import GenerationError
from generator.spec.load import load_document
from generator.targets.python.models import request_params, response_models
from generator.targets.python.imports import import_lines
from generator.targets.python.style import LINE_LENGTH

from conftest import CONFIG, ROOT, SPEC, json_schemas

EVERY_CUT = {"min_lines": 1, "odds": 1}  # cut at every candidate: the strictest test of safety
SPLIT = fmt.split_module


def whole(text: str) -> str:
    """black on the whole file, as the format stage's contract defines it."""
    return black.format_str(text, mode=fmt.black_mode())


def chunked(text: str, **cuts: int) -> str | None:
    """The chunks of `text` formatted one by one and joined; None if black rejects a chunk."""
    outputs = []
    for chunk in fmt.split_module(text, **cuts):
        try:
            outputs.append(whole(chunk))
        except InvalidInput:
            return None
    return fmt.join_chunks(outputs)


@pytest.fixture(scope="module")
def fresh_models() -> dict[str, str]:
    """Unformatted model modules, as datamodel-code-generator writes them for our spec."""
    document = load_document(SPEC)
    api = build_ir(document, read_config(CONFIG)).api
    schemas = json_schemas(document.data)
    models = response_models(schemas, api.response_schemas, import_name="x", header="# h", spec_name="s")
    params = request_params(schemas, api.request_schemas, header="# h", spec_name="s")
    return {"models.py": models.text, "params.py": params.text}


@pytest.mark.parametrize("name", ["models.py", "params.py"])
def test_real_model_modules_format_the_same_cut_everywhere(fresh_models: dict[str, str], name: str) -> None:
    text = fresh_models[name]
    assert len(fmt.split_module(text, **EVERY_CUT)) > 20
    assert chunked(text, **EVERY_CUT) == whole(text)


KITCHEN_SINK = '''#!/usr/bin/env python
# a header comment
"""The module docstring."""
from __future__ import annotations
import typing
from typing import TYPE_CHECKING, Protocol, overload
if TYPE_CHECKING:
    from collections.abc import Iterator
class RightAfterImports( object ):
    x : int=1
    """An attribute docstring."""
class NoBlankBefore: pass

@decorator
class Decorated: ...

@decorator( 'arg' )

class BlankAfterDecorator: ...

# a comment about the next class
class Commented:
    y = 'a'

# a comment, then a blank line

class AfterCommentAndBlank:
    pass

class TrailingComment:
    z = 1
    # a trailing comment in the body

class AfterTrailingComment: ...
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x

def stub(): ...
class RightAfterStub: ...

def stub_then_blank(): ...

class AfterStubAndBlank: ...

class P(Protocol):
    def method(self) -> int: ...

class AfterProtocolStub:
    pass
if TYPE_CHECKING:
    class Conditional: ...
else:
    Conditional = object

class AfterIfElse:
    """Only a docstring."""

Alias = typing.Union[ int,str ]
"""The alias docstring."""

class AfterAlias( AfterIfElse ):
    pass

AfterAlias.model_rebuild( )
async def coroutine( ):
    pass




class ManyBlanksBefore:
    def method( self ): return {'a':1}

@overload
def g(x: int) -> int: ...

@overload
def g(x: str) -> str: ...

def g(x): return x

try:
    import fast
except ImportError:
    fast = None

class AfterTry:
    pass
X: typing.TypeAlias = 'int'

def last(): return 1
'''

SMALL_MODULES = {
    "kitchen sink": KITCHEN_SINK,
    "docstring then class": '"""Docstring."""\n\nclass A: pass\n\nclass B: pass\n',
    "docstring then decorated class": "'''Docstring.'''\n\n\n@dataclass\nclass A: pass\n\ndef b(): pass\n",
    "comment then class": "# comment\n\nclass A: pass\n\nclass B: pass\n",
    "imports then class": "import os\n\nclass A: pass\n\n\n\nclass B(A): x=os.sep\n",
    "class then comment at depth 0": "class A: pass\n\n# comment\n\n\nclass B: pass\n\nclass C: pass\n# end\n",
    "class docstring last": 'class A:\n    """Doc."""\n\nclass B:\n    """Doc."""\n\nB.model_rebuild()\n',
    "nested classes": "class A:\n    class B: pass\n\n    class C: pass\n\nclass D:\n\n    x = 1\n",
    "if else defs": "if x:\n    def f(): pass\n\nelse:\n    def f(): pass\n\ndef g(): pass\n",
}


@pytest.mark.parametrize("name", sorted(SMALL_MODULES))
def test_every_cut_of_tricky_modules_gives_the_whole_file_output(name: str) -> None:
    text = SMALL_MODULES[name]
    chunks = fmt.split_module(text, **EVERY_CUT)
    assert "".join(chunks) == text and len(chunks) > 1
    assert chunked(text, **EVERY_CUT) == whole(text)


@pytest.mark.parametrize(
    "line, cut",
    [
        ("class A: pass", True),
        ("def a(): pass", True),
        ("async def a(): pass", True),
        ("@decorator", False),
        ("    class Nested: pass", False),
        ("x = 1", False),
        ("# comment", False),
    ],
)
def test_cut_candidates(line: str, cut: bool) -> None:
    text = f"class Z: pass\n\n{line}\n"
    assert (len(fmt.split_module(text, **EVERY_CUT)) == 2) is cut


@pytest.mark.parametrize("above", ["# comment\n\n", "    # comment\n\n", "@decorator\n\n", "def stub(): ...\n"])
def test_no_cut_after_a_comment_or_decorator_or_without_a_blank_line(above: str) -> None:
    chunks = fmt.split_module(f"class Z: pass\n\n{above}class A: pass\n", **EVERY_CUT)
    assert not any(chunk.startswith("class A") for chunk in chunks)


@pytest.mark.parametrize("marker", ["# fmt: off", "# fmt: skip", "# yapf: disable", "\f", "\r"])
def test_files_black_reads_across_statements_are_not_cut(marker: str) -> None:
    text = f"class A: pass\n\n{marker}\n\nclass B: pass\n\nclass C: pass\n"
    assert fmt.split_module(text, **EVERY_CUT) == [text]


def synthetic(count: int, *, fields: int = 2) -> list[str]:
    """Unformatted classes of `fields` fields each, the shape of generated models."""
    body = "".join(f"    field_{n} : Optional[ str ]=None\n    '''Field {n}.'''\n" for n in range(fields))
    return [f"class Model{i}( BaseModel ):\n{body}" for i in range(count)]


def module(classes: list[str]) -> str:
    return "from typing import Optional\n\n\n" + "\n\n".join(classes)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text black formats from now on, with small chunks (in this process)."""
    calls: list[str] = []
    original: Callable[[str], fmt.Outcome] = fmt._format_one

    def record(text: str) -> fmt.Outcome:
        calls.append(text)
        return original(text)

    monkeypatch.setattr(fmt, "_format_one", record)
    monkeypatch.setattr(fmt, "_PARALLEL_FROM", 10**9)
    monkeypatch.setattr(fmt, "split_module", functools.partial(SPLIT, min_lines=20, odds=4))
    return calls


def test_a_one_class_change_reformats_one_chunk(tmp_path: Path, counted: list[str]) -> None:
    classes = synthetic(60)
    before = module(classes)
    cache = TextCache(tmp_path, "black")
    assert fmt.format_files({"m.py": before}, cache=cache)["m.py"] == whole(before)
    chunks = len(counted)
    assert chunks > 5 and len(fmt.split_module(before)) == chunks
    counted.clear()
    classes[30] = classes[30].replace("Field 1.", "Field one, changed.")
    after = module(classes)
    assert fmt.format_files({"m.py": after}, cache=cache)["m.py"] == whole(after)
    assert len(counted) == 1 and "Field one, changed." in counted[0]
    counted.clear()
    assert fmt.format_files({"m.py": after}, cache=cache)["m.py"] == whole(after)
    assert counted == []


def test_a_class_inserted_at_the_top_shifts_few_chunks(tmp_path: Path, counted: list[str]) -> None:
    classes = synthetic(60)
    cache = TextCache(tmp_path, "black")
    fmt.format_files({"m.py": module(classes)}, cache=cache)
    counted.clear()
    after = module(["class Inserted(BaseModel):\n    x: int\n", *classes])
    assert fmt.format_files({"m.py": after}, cache=cache)["m.py"] == whole(after)
    assert 1 <= len(counted) <= 2 < len(fmt.split_module(after))


STRING_TRAP = '''class A: pass

TEXT = """
class InsideAString:
    pass

class AlsoInsideAString:
    pass
"""

class B: pass
'''


def test_a_cut_inside_a_string_falls_back_to_the_whole_file(
    counted: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert chunked(STRING_TRAP, **EVERY_CUT) is None  # the cut is wrong, and black says so
    monkeypatch.setattr(fmt, "split_module", functools.partial(SPLIT, min_lines=1, odds=1))
    assert fmt.format_files({"m.py": STRING_TRAP})["m.py"] == whole(STRING_TRAP)
    assert counted[-1] == STRING_TRAP


def test_a_file_that_does_not_parse_is_reported_as_black_reports_it(counted: list[str]) -> None:
    broken = module(synthetic(40)) + "\n\nclass Broken(:\n    pass\n"
    assert len(fmt.split_module(broken)) > 1
    with pytest.raises(InvalidInput) as expected:
        whole(broken)
    with pytest.raises(GenerationError) as raised:
        fmt.format_files({"pkg/m.py": broken})
    (problem,) = raised.value.diagnostics
    assert str(expected.value) in problem.message and problem.location.file == "pkg/m.py"
    assert counted[-1] == broken  # the line numbers in the message are the whole file's


def test_workers_give_the_same_output(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmt, "_PARALLEL_FROM", 1)
    files = {"a.py": module(synthetic(120)), "b.py": module(synthetic(60)), "c.txt": "x  =  1\n"}
    formatted = fmt.format_files(files)
    assert formatted == {"a.py": whole(files["a.py"]), "b.py": whole(files["b.py"]), "c.txt": "x  =  1\n"}


def test_chunks_are_content_defined_and_sized() -> None:
    text = module(synthetic(2000))
    chunks = fmt.split_module(text)
    sizes = [chunk.count("\n") for chunk in chunks]
    assert "".join(chunks) == text and chunks == fmt.split_module(text)
    assert all(size >= fmt.CHUNK_MIN_LINES for size in sizes[:-1])
    assert max(sizes) <= fmt.CHUNK_MAX_LINES + 20
    assert fmt.CHUNK_MIN_LINES < sum(sizes) / len(sizes) < fmt.CHUNK_MAX_LINES


@pytest.mark.parametrize("path", sorted((ROOT / "templates" / "python" / "package").glob("*.py")), ids=lambda p: p.name)
def test_runtime_files_are_kept_as_black_formats_them_at_the_line_length(path: Path) -> None:
    """They are copied verbatim, unformatted (`format_files(skip=...)`), into every package."""
    text = path.read_text(encoding="utf-8")
    assert whole(text) == text, f"reformat with: .venv/bin/python -m black -l {LINE_LENGTH} -t py311 {path}"


def test_a_preformatted_file_is_kept_unless_a_line_is_too_long(counted: list[str]) -> None:
    printed = 'from .a import (\n    A as A,\n)\n\nTABLE = {\n    "A": ".a",\n}\n'
    assert whole(printed) == printed
    assert fmt.format_files({"p/__init__.py": printed}, preformatted=frozenset({"p/__init__.py"})) == {
        "p/__init__.py": printed
    }
    assert counted == []  # black never ran: the template printed the file as black does
    long = printed + f"X = {'1 + ' * LINE_LENGTH}1\n"
    kept = fmt.format_files({"p/__init__.py": long}, preformatted=frozenset({"p/__init__.py"}))
    assert kept["p/__init__.py"] == whole(long) != long and counted == [long]


def test_an_import_line_prints_as_black_prints_it() -> None:
    name = "A" * 60
    lines = import_lines(".module_" + "x" * 40, [f"{name} as {name}"], indent="    ")
    text = "if True:\n" + "\n".join(lines) + "\n"
    assert len(lines) == 3 and whole(text) == text
    short = import_lines(".m", ["A as A"], indent="    ")
    assert short == ["    from .m import A as A"]


def test_only_the_statements_of_a_preformatted_file_with_a_long_line_are_formatted(counted: list[str]) -> None:
    fitting = [f'class Fits{i}(BaseModel):\n    """Fits."""\n\n    x: int\n' for i in range(3)]
    long = "class Long(BaseModel):\n    x: Literal[" + ", ".join(f'"value-{i}"' for i in range(30)) + "]\n"
    text = module([fitting[0], long, *fitting[1:]])
    assert whole(text) != text
    out = fmt.format_files({"t.py": text}, preformatted=frozenset({"t.py"}))["t.py"]
    assert out == whole(text)
    assert len(counted) == 1 and counted[0].startswith("class Long")  # the other statements were kept


@pytest.mark.parametrize("names", [(), ("Pet",), ("Pet", "A" * 70)])
def test_a_types_package_prints_as_black_prints_it(names: tuple[str, ...]) -> None:
    """The `types/__init__.py` template is trusted to print black's layout (`format.trusted`),
    with no export (an empty folder), one, and one whose import must be split."""
    from generator.targets.python.view_models import TypesInitView
    from generator.targets.render import environment, render_template

    exports = tuple((name, f".{name.lower()}") for name in names)
    guarded = tuple(line for n, m in exports for line in import_lines(m, [f"{n} as {n}"], indent="    "))
    view = TypesInitView("pkg/types/__init__.py", "# header", "Every type of the API", exports, guarded)
    env = environment((ROOT / "templates" / "python",))
    text = render_template(env, "package/types/__init__.py.jinja", client=None, package=view)
    assert whole(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "X = 1  \n",  # trailing whitespace: black strips it
        "X = 'it\\'s'\n",  # an escape: black swaps the quotes
        'X = "it\\\'s"\n',  # an escape black finds needless
        "X = 'a\\\\b'\n",  # single quotes around an escape: black prefers double
        'X = "\\xAB"\n',  # black writes hexadecimal digits in lowercase
        'X = "\\N{dash}"\n',  # and character names in uppercase
        "X = 1 + \\\n    2\n",  # a continued line: black joins it
        'class A:\n    """"Quoted" first"""\n',  # a docstring opening on a quote: black adds a space
        'class A:\n    """ Leading space."""\n',  # black strips it
        'class A:\n    """Trailing space. """\n',
        "X = f(\n    a\n)\n",  # a split without a magic trailing comma: black joins it
        "X = {\n}\n",
        f"X = [{', '.join(['1'] * 60)}]\n",  # past the line length
    ],
)
def test_text_black_would_change_is_not_trusted(text: str) -> None:
    assert whole(text) != text
    assert not fmt.trusted(text)


@pytest.mark.parametrize(
    "text",
    [
        "X = f(\n    a,\n)\n",
        'class A:\n    """The currency, e.g. "usd" """\n\n    x: int\n',
        'class A:\n    """\n    Several lines,\n    of text.\n    """\n',
        'X = {\n    "a": 1,\n    "b": [\n        2,\n    ],\n}\n',
        'X = "Expected\\\\ a\\\\ non\\\\-empty value"\n',  # escapes black leaves as they are
        'X = b"\\x00\\xab", "\\N{DASH}", "a\\\\"\n',
        f'class A:\n    """\n    Summary.\n\n    See [{"the guide" * 20}](https://example.com).\n    """\n',  # text black never wraps
    ],
)
def test_text_as_black_prints_it_is_trusted(text: str) -> None:
    assert whole(text) == text
    assert fmt.trusted(text)


def test_unprintable_characters_are_not_trusted() -> None:
    assert not fmt.trusted('X = "a\tb"\n') and not fmt.trusted('X = "a\x0cb"\n')
