"""CLI commands of the generate stage: init-profile, checklist, annex, reply, process."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from ..errors import InputError

FILE_HELP = ("the dispatch (PDF, image, DOCX, text), or its parsed JSON "
             "(from `dispatch read --json` or `dispatch process`)")


def _profile(args):
    from .profile import resolve_profile

    profile, notice = resolve_profile(args.profile)
    if notice:
        print(f"dispatch: note: {notice}", file=sys.stderr)
    return profile


def _doc(args):
    from ..cli import _options
    from ..pipeline import load

    return load(args.file, _options(args))


def _notes(source: str, notices) -> None:
    for notice in notices:
        text = getattr(notice, "message", notice)
        print(f"{source}: note: {text}", file=sys.stderr)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date YYYY-MM-DD") from exc


# --------------------------------------------------------------------------- commands


def cmd_init_profile(args) -> int:
    from .profile import write_example

    path = write_example(args.path, force=args.force)
    print(f"wrote {path}: fill in your unit, then pass --profile {path} "
          f"(or keep it as ./dispatch-profile.toml)")
    return 0


def cmd_checklist(args) -> int:
    from .checklist import write_checklist

    _profile(args)  # accepted for symmetry; the checklist does not name the unit
    doc = _doc(args)
    _notes(args.file, doc.notices)
    _notes(args.file, write_checklist(doc.fields, args.output, force=args.force))
    print(f"wrote {args.output}")
    return 0


def cmd_annex(args) -> int:
    from .annex import write_annex

    profile = _profile(args)
    doc = _doc(args)
    _notes(args.file, doc.notices)
    _notes(args.file, write_annex(doc.fields, profile, args.output, force=args.force))
    print(f"wrote {args.output}")
    return 0


def cmd_reply(args) -> int:
    from .reply import write_reply

    profile = _profile(args)
    doc = _doc(args)
    _notes(args.file, doc.notices)
    _notes(args.file, write_reply(doc.fields, profile, args.output, form=args.form,
                                  date=args.date, force=args.force))
    print(f"wrote {args.output}")
    return 0


def cmd_process(args) -> int:
    from ..cli import _options
    from ..pipeline import process
    from .summary import summarise

    profile = _profile(args)
    outdir = Path(args.output)
    if outdir.exists() and not outdir.is_dir():
        raise InputError("the output must be a folder", path=outdir,
                         hint="Give a folder name with -o (it is created when missing)")
    doc, done = process(args.file, outdir, profile, options=_options(args), form=args.form,
                        date=args.date, force=args.force)
    _notes(args.file, doc.notices)
    _notes(args.file, done.notices)
    s = summarise(doc.fields)
    print(f"{args.file}: {s.doc_type or 'văn bản'} {s.number or '(no number)'} "
          f"of {s.date or '(no date)'} from {s.issuer or '(issuer not found)'}")
    rows = [("subject", s.subject or "(none)"), ("tasks", str(len(s.checklist))),
            ("deadlines", ", ".join(d.strftime("%d/%m/%Y") for d in s.deadlines) if s.deadlines else "none")]
    labels = {"parsed": "parsed JSON", "checklist": "checklist", "checklist-md": "checklist",
              "calendar": "calendar", "annex": "annex form", "reply": "reply draft"}
    rows += [(labels[key], str(path)) for key, path in done.outputs.items()]
    for label, value in rows:
        label += ":"
        print(f"  {label:<14}{value}")
    return 0


# --------------------------------------------------------------------------- parser


def register(sub) -> None:
    from ..cli import _add_ingest_options

    def common(p, output_help: str) -> None:
        p.add_argument("file", help=FILE_HELP)
        p.add_argument("-o", "--output", required=True, help=output_help)
        p.add_argument("--profile", help="your unit's profile (TOML; see `dispatch init-profile`); "
                                         "default: $DISPATCH_PROFILE, ./dispatch-profile.toml, "
                                         "else placeholders")
        p.add_argument("--force", action="store_true", help="overwrite existing output files")

    p = sub.add_parser("init-profile", help="write a commented example profile of your unit (TOML)")
    p.add_argument("path", nargs="?", default="dispatch-profile.toml",
                   help="where to write it (default ./dispatch-profile.toml)")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(func=cmd_init_profile)

    p = sub.add_parser("checklist", help="write the task checklist (.md, .json, .xlsx, .docx, .ics)")
    common(p, "output file; the format comes from the extension: .md .json .xlsx .docx .ics")
    _add_ingest_options(p)
    p.set_defaults(func=cmd_checklist)

    p = sub.add_parser("annex", help="write the dispatch's annex form, pre-filled (.docx, .xlsx)")
    common(p, "output file: .docx or .xlsx")
    _add_ingest_options(p)
    p.set_defaults(func=cmd_annex)

    def reply_options(p) -> None:
        p.add_argument("--as", dest="form", choices=["bao-cao", "cong-van"], default="bao-cao",
                       help="a report (BÁO CÁO, default) or a reply công văn")
        p.add_argument("--date", type=_date,
                       help="date of the reply, YYYY-MM-DD (default: day and month left blank)")

    p = sub.add_parser("reply", help="write a draft reply in the official format (.docx)")
    common(p, "output file (.docx)")
    reply_options(p)
    _add_ingest_options(p)
    p.set_defaults(func=cmd_reply)

    p = sub.add_parser("process", help="read a dispatch and write everything: parsed JSON, "
                                       "checklist, calendar, annex form, reply draft")
    common(p, "output folder (created when missing)")
    reply_options(p)
    _add_ingest_options(p)
    p.set_defaults(func=cmd_process)
