"""``dispatch ingest FILE [--layout] [--json]``: the text of a file in reading order."""

from __future__ import annotations

import argparse
import sys

from .arguments import add_ingest_options, options_from
from .printing import notes, print_json
from ..i18n import _


def add(sub) -> None:
    p = sub.add_parser("ingest", help=_("read a file (PDF, image, DOCX, text) and print its text"))
    p.add_argument("file", help=_("the dispatch: PDF, PNG/JPEG/TIFF, DOCX or text"))
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help=_("print the document model as JSON"))
    out.add_argument("--layout", action="store_true",
                     help=_("show pages, columns and where each line came from"))
    add_ingest_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..ingest import ingest
    from ..ingest.layout_view import render_layout

    doc = ingest(args.file, options_from(args))
    if args.json:
        print_json(doc.to_dict())
    elif args.layout:
        sys.stdout.write(render_layout(doc))
    else:
        sys.stdout.write(doc.raw_text.rstrip("\n") + "\n")
    notes(args.file, doc.notices)
    return 0
