"""Style: the layout constants of generated Python, in one place.

Read by the format stage (black's mode), the model generator's options, the import
printer, the docstring wrapper, and the generated package's own `pyproject.toml`
(`[tool.black]`), so they agree with each other and with the official SDK.
"""

from __future__ import annotations

# The line length of every generated Python file, the official `openai` package's.
LINE_LENGTH = 120
# The width docstring text is wrapped to, not counting its indentation (the official package's).
DOC_WIDTH = 80
