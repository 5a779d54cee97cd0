"""Language-neutral naming: spec text -> lower-case words, as the IR stores names.

The IR keeps resource and method names as lower-case words joined by underscores
(`fine_tuning`, `create_and_run`); each target spells them its own way. The English
helpers here (`singular`) are what inference needs to relate a resource to its items.
"""

from __future__ import annotations

import re


def words(text: str) -> str:
    """`text` as lower-case words joined by underscores (`fine-tuning` -> `fine_tuning`)."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    return "_".join(w for w in re.split(r"[^A-Za-z0-9]+", text) if w).lower()


def singular(text: str) -> str:
    """A rough English singular for resource names (`conversations` -> `conversation`)."""
    if text.endswith("ies"):
        return text[:-3] + "y"
    if text.endswith(("sses", "ches", "shes", "xes")):
        return text[:-2]
    if text.endswith("s") and not text.endswith(("ss", "us", "is")):
        return text[:-1]
    return text


def without_noun(name: str, noun: str) -> str:
    """`name` without the words of `noun` in singular or plural form.

    `create_thread_and_run` without `threads` is `create_and_run`; a name that would be
    left empty is returned unchanged.
    """
    forms = {noun, singular(noun)}
    kept = [w for w in name.split("_") if w not in forms]
    return "_".join(kept) if kept else name
