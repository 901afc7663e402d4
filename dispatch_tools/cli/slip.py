"""``dispatch slip FILE -o OUT.docx``: the processing slip (phiếu giải quyết văn bản đến) alone."""

from __future__ import annotations

import argparse

from .arguments import add_ingest_options, add_output_arguments, add_register_option
from .one_file import write_one_file
from ..i18n import _


def add(sub) -> None:
    p = sub.add_parser("slip", help=_("write the processing slip (phiếu giải quyết văn bản đến, DOCX)"))
    add_output_arguments(p, _("output file (.docx)"))
    add_register_option(p, _("where to look up the arrival number when the file is registered"))
    add_ingest_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..batch.manifest import file_hash
    from ..generate.outputs import arrival_of_stamp
    from ..generate.slip import write_slip
    from ..register import default_path
    from ..register.listing import arrival_of_file

    def write(fields, profile):
        arrival = arrival_of_file(args.register or default_path(), file_hash(args.file)) \
            or arrival_of_stamp(fields)
        return write_slip(fields, profile, args.output, force=args.force, arrival_no=arrival.get("no"),
                          arrival_date=arrival.get("date"), arrival_time=arrival.get("time"))

    return write_one_file(args, write)
