"""``dispatch reply FILE -o OUT.docx [--as cong-van]``: a draft report or reply công văn."""

from __future__ import annotations

import argparse

from .arguments import add_ingest_options, add_output_arguments, add_reply_options
from .one_file import write_one_file
from ..i18n import _


def add(sub) -> None:
    p = sub.add_parser("reply", help=_("write a draft reply in the official format (.docx)"))
    add_output_arguments(p, _("output file (.docx)"))
    add_reply_options(p)
    add_ingest_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..generate.reply import write_reply

    return write_one_file(args, lambda fields, profile: write_reply(
        fields, profile, args.output, form=args.form, date=args.date, force=args.force))
