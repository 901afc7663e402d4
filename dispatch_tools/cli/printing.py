"""How the commands print: JSON on standard output, notes on standard error."""

from __future__ import annotations

import json
import sys


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def note(source: str, text: str) -> None:
    print(f"{source}: note: {text}", file=sys.stderr)


def notes(source: str, notices) -> None:
    """Every notice (a :class:`~dispatch_tools.model.Notice` or a text) as a note on ``source``."""
    for notice in notices:
        note(source, getattr(notice, "message", notice))
