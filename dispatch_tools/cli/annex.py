"""``dispatch annex FILE -o OUT.docx``: the dispatch's annex form, pre-filled with your unit."""

from __future__ import annotations

import argparse

from .arguments import add_ingest_options, add_output_arguments
from .one_file import write_one_file
from ..i18n import _


def add(sub) -> None:
    p = sub.add_parser("annex", help=_("write the dispatch's annex form, pre-filled (.docx, .xlsx)"))
    add_output_arguments(p, _("output file: .docx or .xlsx"))
    add_ingest_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..generate.annex import write_annex

    return write_one_file(args, lambda fields, profile: write_annex(fields, profile, args.output, force=args.force))
