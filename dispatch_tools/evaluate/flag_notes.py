"""Which message a review note carries: each ``_("…")`` message of the modules that flag fields,
as a pattern (its placeholders match anything), named by its module and first words. Notes are
matched in English (the evaluation sets the interface language so)."""

from __future__ import annotations

import ast
import re
from functools import lru_cache
from pathlib import Path

FOLDERS = ("parse", "ingest")
_PLACEHOLDER = re.compile(r"%\\\(\w+\\\)[-#0 +]*\d*(?:\\\.\d+)?[sdf]")


@lru_cache(maxsize=1)
def messages() -> tuple[tuple[str, re.Pattern], ...]:
    """(name, pattern) of every message, the longest first (a short one may be the start of another)."""
    root = Path(__file__).resolve().parents[1]
    found = {}
    for folder in FOLDERS:
        for path in sorted((root / folder).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_"
                        and node.args and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    text = node.args[0].value
                    name = f"{path.stem}: {' '.join(text.split()[:6])}"
                    found[name] = re.compile(_PLACEHOLDER.sub(".*?", re.escape(text)))
    return tuple(sorted(found.items(), key=lambda item: -len(item[1].pattern)))


def rule_of(note: str) -> str:
    """The name of the message a note carries, or ``other``."""
    return next((name for name, pattern in messages() if pattern.search(note)), "other")
