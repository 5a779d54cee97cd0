"""Docstrings (Python target): spec text wrapped and laid out as the official `openai` package does.

Each expected layout below is copied from openai-python 3.54.0 (`types/` and `resources/`),
given the spec text its docstring was made from.
"""

from __future__ import annotations

import ast
import textwrap

import black
import pytest

from generator.targets.python.docstrings import (
    argument_entry,
    class_docstring_lines,
    docstring,
    docstring_lines,
    literal_lines,
    text_lines,
    wrapped_lines,
)
from generator.targets.python.format import black_mode
from generator.targets.python.model_docstrings import rewrap_docstrings


def field(text: str) -> str:
    return "    " + docstring(text, "    ")


def test_a_short_description_is_one_line() -> None:
    assert field("The items to add to the conversation.") == '    """The items to add to the conversation."""'
    # 79 characters fit; 80 do not (the official package's threshold)
    assert docstring_lines("x" * 79) == ("x" * 79,)
    assert docstring_lines("x" * 80) == ("", "x" * 80)


def test_one_long_sentence_starts_on_the_next_line_and_wraps_at_80() -> None:
    text = "The time at which the conversation was created, measured in seconds since the Unix epoch."
    assert field(text) == (
        '    """\n'
        "    The time at which the conversation was created, measured in seconds since the\n"
        "    Unix epoch.\n"
        '    """'
    )


def test_a_first_sentence_ending_inside_the_first_line_becomes_the_summary() -> None:
    text = (
        "Set of 16 key-value pairs that can be attached to an object. This can be\n"
        "useful for storing additional information about the object in a\n"
        "structured format, and querying for objects via API or the dashboard.\n\n"
        "Keys are strings with a maximum length of 64 characters. Values are strings\n"
        "with a maximum length of 512 characters.\n"
    )
    assert field(text) == textwrap.indent(
        '"""Set of 16 key-value pairs that can be attached to an object.\n'
        "\n"
        "This can be useful for storing additional information about the object in a\n"
        "structured format, and querying for objects via API or the dashboard.\n"
        "\n"
        "Keys are strings with a maximum length of 64 characters. Values are strings with\n"
        "a maximum length of 512 characters.\n"
        '"""',
        "    ",
        lambda line: bool(line.strip()),
    )


def test_a_sentence_ending_the_first_line_is_no_summary() -> None:
    text = "Whether to run the model response in the background.\n[Learn more](https://example.com/docs/guides/background)."
    assert docstring_lines(text) == (
        "",
        "Whether to run the model response in the background.",
        "[Learn more](https://example.com/docs/guides/background).",
    )


def test_a_first_sentence_longer_than_a_line_is_no_summary() -> None:
    text = (
        "The maximum number of total calls to built-in tools that can be processed in a response. "
        "This maximum number applies across all built-in tool calls, not per individual tool."
    )
    assert docstring_lines(text)[0] == ""


def test_a_first_line_followed_by_a_list_is_the_summary_and_the_list_hangs() -> None:
    text = (
        "The order to return the input items in. Default is `desc`.\n"
        "- `asc`: Return the input items in ascending order, oldest first, which is what most callers want.\n"
        "- `desc`: Return the input items in descending order.\n"
    )
    assert docstring_lines(text) == (
        "The order to return the input items in. Default is `desc`.",
        "",
        "- `asc`: Return the input items in ascending order, oldest first, which is what",
        "  most callers want.",
        "- `desc`: Return the input items in descending order.",
    )


def test_links_and_code_spans_are_never_broken() -> None:
    url = "https://developers.openai.com/api/reference/resources/conversations/" + "a" * 80
    text = f"Additional fields to include in the response. See the `include` parameter for [listing items]({url}) for more."
    lines = docstring_lines(text)
    assert lines == (
        "Additional fields to include in the response.",
        "",
        "See the `include` parameter for",
        f"[listing items]({url})",
        "for more.",
    )
    assert docstring_lines("Use `a code span with spaces that must stay whole` " * 3)[1:] == (
        "Use `a code span with spaces that must stay whole` Use",
        "`a code span with spaces that must stay whole` Use",
        "`a code span with spaces that must stay whole`",
    )


def test_fenced_code_keeps_its_lines_and_gets_a_blank_line_before_it() -> None:
    text = 'A list of tools.\n\nFor example:\n```json\n[\n  { "type": "function" }\n]\n```\n'
    assert docstring_lines(text) == (
        "A list of tools.",
        "",
        "For example:",
        "",
        "```json",
        "[",
        '  { "type": "function" }',
        "]",
        "```",
    )


def test_a_class_docstring_keeps_its_line_breaks_after_the_summary() -> None:
    text = "Usage statistics for the Response. A \nRealtime API session keeps a conversation context\nand more.\n"
    assert class_docstring_lines(text) == (
        "Usage statistics for the Response.",
        "",
        "A",
        "Realtime API session keeps a conversation context",
        "and more.",
    )
    assert class_docstring_lines("Manage conversations.") == ("Manage conversations.",)


def test_argument_entries_hang_as_the_official_args_section() -> None:
    text = "The order in which to return items, `asc` (oldest first) or `desc` (newest first). Defaults to `desc`."
    assert argument_entry("order", wrapped_lines(text)) == (
        "order: The order in which to return items, `asc` (oldest first) or `desc` (newest",
        "    first). Defaults to `desc`.",
    )
    listed = "The intended purpose of the uploaded file. One of:\n\n- `assistants`: Used in the Assistants API\n"
    assert argument_entry("purpose", wrapped_lines(listed)) == (
        "purpose:",
        "    The intended purpose of the uploaded file. One of:",
        "",
        "    - `assistants`: Used in the Assistants API",
    )
    assert argument_entry("after", ()) == ()


def test_literal_and_text_lines() -> None:
    assert literal_lines(("One.",)) == ('"""One."""',)
    assert literal_lines(("", "Long.")) == ('"""', "Long.", '"""')
    assert literal_lines(()) == ()
    assert text_lines(("", "Long.")) == ("Long.",)
    assert text_lines(("Summary.", "", "Rest.")) == ("Summary.", "", "Rest.")


HOSTILE = [
    'x"""; import os; os.system("touch canary"); """ back\\slash',
    'ends with a quote"',
    'ends with an escaped quote\\"',
    "ends with a backslash \\",
    "\\" * 7,
    '"""',
    '""""""""',
    '"starts with a quote',
    "tab\there and a control \x01 char, and a form feed \x0c in the middle",
    "lines\rwith\r\nevery\u2028kind\u2029of\x85break",
    "non-ASCII: naïve café — 日本語のテキスト " * 6,
    "averyveryverylongwordwithoutanyspaces" * 6,
    "   \n\n   ",
    "Summary sentence. " + 'and a tail ending with quotes ""',
    "- a list item only",
    "```\nunclosed fence\n\\ \"\"\" '''",
    "    indented code\n    more",
]


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("kind", ["field", "class", "method"])
def test_hostile_text_gives_valid_black_stable_code_that_keeps_the_text(text: str, kind: str) -> None:
    if kind == "field":
        source = f"class A:\n    x: int\n    {docstring(text, '    ')}\n\n    y: int\n"
    elif kind == "class":
        body = docstring(text, "    ", lines=class_docstring_lines(text)) or "pass"
        source = f"class A:\n    {body}\n"
    else:
        entry = "\n".join(f"          {line}" if line else "" for line in argument_entry("x", wrapped_lines(text)))
        source = f'def f(x: int) -> None:\n    """\n    Does.\n\n    Args:\n{entry}\n    """\n'
    tree = ast.parse(source)
    assert black.format_str(source, mode=black_mode()) == black.format_str(
        black.format_str(source, mode=black_mode()), mode=black_mode()
    )
    strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    words = [w for w in text.replace("\\", " ").replace('"', " ").split() if w.isalnum()]
    assert all(any(w in s for s in strings) for w in words)


def test_model_docstrings_are_rewrapped_and_fields_kept_apart() -> None:
    text = (
        "class A(BaseModel):\n"
        '    """\n'
        "    A thing.\n"
        '    """\n'
        "\n"
        "    x: int\n"
        '    """\n'
        "    The time at which the conversation was created, measured in seconds since the Unix epoch.\n"
        '    """\n'
        "    y: str\n"
        '    """\n'
        "    The y.\n"
        '    """\n'
        '    z: str = "a"  # not documented\n'
    )
    assert rewrap_docstrings(text) == (
        "class A(BaseModel):\n"
        '    """A thing."""\n'
        "\n"
        "    x: int\n"
        '    """\n'
        "    The time at which the conversation was created, measured in seconds since the\n"
        "    Unix epoch.\n"
        '    """\n'
        "\n"
        "    y: str\n"
        '    """The y."""\n'
        "\n"
        '    z: str = "a"  # not documented\n'
    )
    assert rewrap_docstrings("X = 1\n") == "X = 1\n"


def test_model_docstrings_with_carriage_returns_and_non_ascii_are_found() -> None:
    text = 'class A:\n    x: int\n    """é\rb"""\n    y: int  # é\n    """ü"""\n'
    assert rewrap_docstrings(text) == 'class A:\n    x: int\n    """é b"""\n\n    y: int  # é\n    """ü"""\n'
