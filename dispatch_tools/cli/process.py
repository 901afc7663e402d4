"""``dispatch process FILE -o OUTDIR``: every output in one go, with a short summary."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import InputError
from ..model import day_first
from .arguments import (add_ingest_options, add_output_arguments, add_reminder_option, add_reply_options,
                        options_from, profile_from)
from .printing import notes
from ..i18n import _


def add(sub) -> None:
    p = sub.add_parser("process", help=_("read a dispatch and write everything: parsed JSON, "
                                       "checklist, calendar, annex form, reply draft, processing slip"))
    add_output_arguments(p, _("output folder (created when missing)"))
    add_reply_options(p)
    add_reminder_option(p)
    add_ingest_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..generate.files import STALE_SECONDS, remove_temporaries
    from ..generate.outputs import PROCESS
    from ..generate.summary import summarise
    from ..pipeline import process

    profile = profile_from(args)
    outdir = Path(args.output)
    if outdir.exists() and not outdir.is_dir():
        raise InputError(_("the output must be a folder"), path=outdir,
                         hint=_("Give a folder name with -o (it is created when missing)"))
    if outdir.is_dir():  # what a run killed while writing left; not another running one's
        remove_temporaries(outdir, older_than=STALE_SECONDS)
    doc, done = process(args.file, outdir, profile, options=options_from(args), form=args.form,
                        date=args.date, force=args.force, reminder=args.remind_days)
    notes(args.file, doc.notices)
    notes(args.file, done.notices)
    notes(args.file, doc.fields.review.values())  # the fields a person must check ("cần xem lại")
    s = summarise(doc.fields)
    print(_("%(file)s: %(type)s %(number)s of %(date)s from %(issuer)s")
          % {"file": args.file, "type": s.doc_type or _("document"),
             "number": s.number or _("(no number)"), "date": day_first(s.date) or _("(no date)"),
             "issuer": s.issuer or _("(issuer not found)")})
    rows = [(_("subject"), s.subject or _("(none)")), (_("tasks"), str(len(s.checklist))),
            (_("deadlines"), ", ".join(d.strftime("%d/%m/%Y") for d in s.deadlines) if s.deadlines
             else _("none"))]
    rows += [(_(output.label), str(done.outputs[output.key])) for output in PROCESS]
    width = max(len(label) for label, _value in rows) + 2
    for label, value in rows:
        print(f"  {label + ':':<{width}}{value}")
    return 0
