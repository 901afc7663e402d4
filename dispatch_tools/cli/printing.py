"""How the commands print: JSON on standard output, notes on standard error."""

from __future__ import annotations

import json
import sys
from ..i18n import N_, _


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


STAGES = {"ingest": N_("reading"), "repair": N_("repair"), "parse": N_("parsing"),
          "generate": N_("writing")}


def stage_name(stage: str) -> str:
    """The name of a pipeline stage as the user reads it."""
    return _(STAGES[stage]) if stage in STAGES else stage


def note(source: str, text: str) -> None:
    print(_("%(source)s: note: %(text)s") % {"source": source, "text": text}, file=sys.stderr)


def notes(source: str, notices) -> None:
    """Every notice (a :class:`~dispatch_tools.model.Notice` or a text) as a note on ``source``."""
    for notice in notices:
        note(source, getattr(notice, "message", notice))
