"""``dispatch checklist FILE -o OUT``: the task checklist, in the format of OUT's extension."""

from __future__ import annotations

import argparse

from .arguments import add_ingest_options, add_output_arguments, add_reminder_option
from .one_file import write_one_file
from ..i18n import _


def add(sub) -> None:
    p = sub.add_parser("checklist", help=_("write the task checklist (.md, .json, .xlsx, .docx, .ics)"))
    add_output_arguments(p, _("output file; the format comes from the extension: .md .json .xlsx .docx .ics"))
    add_reminder_option(p)
    add_ingest_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..generate.checklist import write_checklist

    # the profile is accepted for symmetry: the checklist does not name the unit
    return write_one_file(args, lambda fields, profile: write_checklist(
        fields, args.output, force=args.force, reminder=args.remind_days))
