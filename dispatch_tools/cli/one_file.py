"""What ``checklist``, ``annex`` and ``reply`` share: read the dispatch, write one file, say so."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from .arguments import document_from, profile_from
from .printing import notes
from ..i18n import _


def write_one_file(args: argparse.Namespace, write: Callable[..., list[str]]) -> int:
    """``write(fields, profile)`` writes ``args.output`` and returns its notices."""
    profile = profile_from(args)
    doc = document_from(args)
    notes(args.file, doc.notices)
    notes(args.file, write(doc.fields, profile))
    print(_("wrote %(file)s") % {"file": args.output})
    return 0
