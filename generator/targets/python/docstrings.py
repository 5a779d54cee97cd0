"""Docstrings: spec text (Markdown) -> docstring lines wrapped as the official SDK wraps them.

The official `openai` package prints a description that fits in fewer than `DOC_WIDTH`
characters on one line (`\"\"\"The ID of the item.\"\"\"`). A longer one starts with its first
sentence as a summary line, then a blank line, then the rest, when that sentence ends
inside the description's first line and is short enough for a line of its own, or when
the first line is a paragraph of its own; otherwise the text starts on the line after the
opening quotes. Text is wrapped to `DOC_WIDTH` columns (not counting indentation):
paragraphs are refilled, list items keep their marker and a hanging indent (and get a
blank line before the list), fenced and indented code, tables and headings are kept line
for line. A Markdown link or a code span is never broken, so a long URL makes a long line.

Spec text is data: the lines come back escaped (`text.escape_line`), so no description
can end a docstring early, and the result is the same for the same text on every run.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from .style import DOC_WIDTH
from .text import LINE_BREAKS, escape_line

# One unbreakable word: runs of Markdown links, code spans and other non-space characters.
_WORD = re.compile(r"(?:\[[^\]\n]*\]\([^)\s]*\)|`[^`\n]*`|[^\s\[`]|[\[`])+")
_ITEM = re.compile(r"^( *)([-*+]|\d{1,9}[.)])( +)(?=\S)")
_FENCE = re.compile(r"^ *(```|~~~)")
_VERBATIM = re.compile(r"^ *(\||#{1,6} )")  # table rows and headings
_SENTENCE_END = (".", "!", "?")


@dataclass(frozen=True, slots=True)
class _Block:
    """One Markdown block: a paragraph (`marker` ''), a list item, or lines kept as they are."""

    lines: tuple[str, ...]
    marker: str = ""  # `- ` or `1. ` for a list item
    depth: int = 0  # the item's nesting, in columns of its parents' markers
    verbatim: bool = False


@functools.lru_cache(maxsize=4096)  # large specs repeat descriptions (`metadata`, `model`, ...)
def docstring_lines(text: str, *, width: int = DOC_WIDTH) -> tuple[str, ...]:
    """The escaped lines of a docstring for `text`, to print between triple quotes.

    One line: the docstring is `\"\"\"line\"\"\"`. More than one: the first is the summary
    printed after the opening quotes, or '' when the text starts on the next line; the
    closing quotes go on a line of their own.
    """
    blocks = _blocks(_clean(text))
    if not blocks:
        return ()
    if len(blocks) == 1 and not blocks[0].verbatim:
        whole = _render(blocks, width + len(text))
        if len(whole) == 1 and len(whole[0]) < width:
            return _one_line(whole[0])
    summary, blocks = _summary(blocks, width)
    body = _render(blocks, width)
    head = (summary, "") if summary else ("",)
    return tuple(escape_line(line) for line in (*head, *body))


@functools.lru_cache(maxsize=4096)
def class_docstring_lines(text: str, *, width: int = DOC_WIDTH) -> tuple[str, ...]:
    """The escaped lines of a class's docstring: as `docstring_lines`, but the text keeps its
    own line breaks after the summary, as the official SDK prints a class's description."""
    lines = _clean(text)
    if not lines:
        return ()
    if len(lines) == 1 and len(lines[0]) < width:
        return _one_line(lines[0])
    head: tuple[str, ...] = ("",)
    words = _WORD.findall(lines[0])
    end = _sentence_end(words)
    if len(lines) > 1 and not lines[1] and len(lines[0]) <= width:
        head, lines = (lines[0], ""), lines[2:]
    elif end and len(" ".join(words[:end])) <= width:
        head, lines = (" ".join(words[:end]), ""), [" ".join(words[end:]), *lines[1:]]
    return tuple(escape_line(line) for line in (*head, *lines))


def literal_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The source lines of a docstring with the escaped `lines` (as `docstring_lines` gives
    them), opening and closing quotes included, to print at the docstring's indentation."""
    if not lines:
        return ()
    if len(lines) == 1:
        return (f'"""{lines[0]}"""',)
    return (f'"""{lines[0]}', *lines[1:], '"""')


def text_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    """Docstring `lines` (as `docstring_lines` gives them) without the empty first line that
    puts the text on the line after the opening quotes: the text's own lines."""
    return lines[1:] if len(lines) > 1 and not lines[0] else lines


def docstring(text: str, indent: str, *, width: int = DOC_WIDTH, lines: tuple[str, ...] | None = None) -> str:
    """The whole docstring literal for `text` (or for its escaped `lines`), its continuation
    lines indented by `indent` (blank lines are left empty), or '' for empty text."""
    source = literal_lines(docstring_lines(text, width=width) if lines is None else lines)
    return "\n".join(f"{indent}{line}" if line and index else line for index, line in enumerate(source))


def argument_entry(name: str, lines: tuple[str, ...]) -> tuple[str, ...]:
    """One entry of a method docstring's `Args:` section, as the official SDK writes it, from
    the argument's `wrapped_lines`: `name: text`, later lines indented by four more columns;
    a text of several paragraphs, or a list, starts on the line after `name:`."""
    if not lines:
        return ()
    if "" in lines or _ITEM.match(lines[0]):
        return (f"{name}:", *(f"    {line}" if line else "" for line in lines))
    return (f"{name}: {lines[0]}", *(f"    {line}" for line in lines[1:]))


def wrapped_lines(text: str, *, width: int = DOC_WIDTH) -> tuple[str, ...]:
    """`text` wrapped as a docstring's body (no summary line), escaped."""
    return tuple(escape_line(line) for line in wrap(text, width=width))


def _one_line(text: str) -> tuple[str]:
    """A docstring of one line; a space keeps a closing quote off the triple quotes, as black does."""
    line = escape_line(text)
    return (f"{line} " if line.endswith('"') else line,)


def _sentence_end(words: list[str]) -> int:
    """How many of `words` make the first sentence, when more words follow it; else 0."""
    return next((count for count, word in enumerate(words[:-1], 1) if word.endswith(_SENTENCE_END)), 0)


def wrap(text: str, *, width: int = DOC_WIDTH) -> tuple[str, ...]:
    """`text` wrapped as a docstring's body (no summary line), unescaped."""
    return tuple(_render(_blocks(_clean(text)), width))


def _clean(text: str) -> list[str]:
    """`text` as lines, as `inspect.cleandoc` cleans a docstring: line breaks unified, tabs
    expanded, trailing spaces, blank edges and the common indentation of the lines after the
    first removed, the first line's own indentation too."""
    lines = [line.rstrip().expandtabs(4) for line in LINE_BREAKS.split(text)]
    if lines:
        lines[0] = lines[0].lstrip()
    indents = [len(line) - len(line.lstrip(" ")) for line in lines[1:] if line]
    common = min(indents, default=0)
    lines = lines[:1] + [line[common:] for line in lines[1:]]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _blocks(lines: list[str]) -> list[_Block]:
    """`lines` cut into Markdown blocks: fenced code, tables, headings and indented code kept
    as they are, list items (nested by their markers' columns), and paragraphs."""
    blocks: list[_Block] = []
    index = 0
    item_indents: list[int] = []  # the marker columns of the open list items, outermost first
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        fence = _FENCE.match(line)
        if fence:
            end = next((i for i in range(index + 1, len(lines)) if lines[i].lstrip().startswith(fence.group(1))), None)
            stop = len(lines) if end is None else end + 1
            blocks.append(_verbatim(lines[index:stop]))
            index = stop
            continue
        if _VERBATIM.match(line) or (
            line.startswith("    ") and not item_indents and (not blocks or _gap(lines, index))
        ):
            stop = _run_end(lines, index, lambda s: bool(s.strip()) and not _FENCE.match(s))
            blocks.append(_verbatim(lines[index:stop]))
            index = stop
            continue
        item = _ITEM.match(line)
        if item:
            column = len(item.group(1))
            while item_indents and item_indents[-1] >= column:
                item_indents.pop()
            depth = len(item_indents)
            item_indents.append(column)
            marker = item.group(2) + " "
            stop = _run_end(lines, index + 1, _continues)
            text = [line[item.end() :], *lines[index + 1 : stop]]
            blocks.append(_Block(tuple(t.strip() for t in text), marker, depth))
            index = stop
            continue
        item_indents.clear()  # a paragraph after a blank line ends the list
        stop = _run_end(lines, index + 1, _continues)
        blocks.append(_Block(tuple(t.strip() for t in lines[index:stop])))
        index = stop
    return blocks


def _gap(lines: list[str], index: int) -> bool:
    """Whether a blank line comes before `lines[index]`."""
    return index > 0 and not lines[index - 1].strip()


def _continues(line: str) -> bool:
    """Whether `line` goes on the paragraph or item above it."""
    return bool(line.strip()) and not (_ITEM.match(line) or _FENCE.match(line) or _VERBATIM.match(line))


def _run_end(lines: list[str], start: int, keep: Callable[[str], bool]) -> int:
    """The index of the first line from `start` on that `keep` refuses (or the end)."""
    index = start
    while index < len(lines) and keep(lines[index]):
        index += 1
    return index


def _verbatim(lines: list[str]) -> _Block:
    indent = min(len(line) - len(line.lstrip(" ")) for line in lines if line.strip())
    return _Block(tuple(line[indent:] for line in lines), verbatim=True)


def _summary(blocks: list[_Block], width: int) -> tuple[str, list[_Block]]:
    """The summary line and the blocks left after it; '' when the text has no summary."""
    first = blocks[0]
    if first.marker or first.verbatim:
        return "", blocks
    words = _WORD.findall(first.lines[0])
    if len(first.lines) == 1 and len(blocks) > 1 and len(first.lines[0]) <= width:
        return " ".join(words), blocks[1:]
    end = _sentence_end(words)
    if not end or len(" ".join(words[:end])) > width:
        return "", blocks
    return " ".join(words[:end]), [_Block((" ".join(words[end:]), *first.lines[1:])), *blocks[1:]]


def _render(blocks: list[_Block], width: int) -> list[str]:
    lines: list[str] = []
    previous: _Block | None = None
    for block in blocks:
        if previous is not None and not (block.marker and previous.marker):
            lines.append("")
        indent = "  " * block.depth
        if block.verbatim:
            lines += [f"{indent}{line}".rstrip() for line in block.lines]
        else:
            hang = indent + " " * len(block.marker)
            filled = _fill(_WORD.findall(" ".join(block.lines)), width - len(hang))
            lines += [(indent + block.marker if i == 0 else hang) + line for i, line in enumerate(filled)]
        previous = block
    return lines


def _fill(words: list[str], width: int) -> list[str]:
    """`words` greedily filled into lines of at most `width` (a longer word gets a line)."""
    lines: list[str] = []
    line = ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines
