"""``dispatch reply FILE -o OUT.docx [--as cong-van]``: a draft report or reply công văn."""

from __future__ import annotations

import argparse

from .arguments import (add_ingest_options, add_output_arguments, add_reply_options, document_from,
                        profile_from)
from .printing import notes


def add(sub) -> None:
    p = sub.add_parser("reply", help="write a draft reply in the official format (.docx)")
    add_output_arguments(p, "output file (.docx)")
    add_reply_options(p)
    add_ingest_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..generate.reply import write_reply

    profile = profile_from(args)
    doc = document_from(args)
    notes(args.file, doc.notices)
    notes(args.file, write_reply(doc.fields, profile, args.output, form=args.form, date=args.date,
                                 force=args.force))
    print(f"wrote {args.output}")
    return 0
