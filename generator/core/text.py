"""Text for a one-line comment in any generated language.

The spec's file name appears in every generated file's first line; a file name can hold
anything but `/` and NUL, so it is made safe first: no line break can end the comment
(line breaks become spaces), and control characters are spelled as `\\xNN` escapes.
"""

from __future__ import annotations

import re

_LINE_BREAKS = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x85|\x0b|\x0c")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def comment_text(text: str) -> str:
    """`text` fit for a one-line comment: no line break (or control character) can end the comment."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", _LINE_BREAKS.sub(" ", text))
