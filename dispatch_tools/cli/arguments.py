"""Arguments several commands share, and how they become the library's values."""

from __future__ import annotations

import argparse
import datetime as dt

from ..options import Options
from .printing import note
from ..i18n import N_, _

FILE_HELP = N_("the dispatch (PDF, image, DOCX, text), or its parsed JSON "
             "(from `dispatch read --json` or `dispatch process`)")
PROFILE_HELP = N_("your unit's profile (TOML; see `dispatch init-profile`); default: $DISPATCH_PROFILE, "
                "./dispatch-profile.toml, else placeholders")


def add_ingest_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group(_("reading the input"))
    g.add_argument("--mode", choices=["auto", "text", "ocr"],
                   help=_("auto: use a PDF's text layer when it is good, else OCR (default); "
                        "text: always use the text layer; ocr: always OCR"))
    g.add_argument("--lang", help=_("Tesseract language(s), default vie"))
    g.add_argument("--dpi", type=int, help=_("resolution for rendering PDF pages to OCR (default 300)"))
    g.add_argument("--jobs", type=int, help=_("pages OCR'd in parallel (default: the number of cores)"))
    g.add_argument("--max-pages", type=int, help=_("refuse documents with more pages (default 200)"))
    g.add_argument("--max-pixels", type=int,
                   help=_("refuse page images with more pixels (default 80,000,000)"))
    g.add_argument("--max-mb", type=int, help=_("refuse input files larger than this (default 200 MB)"))
    g.add_argument("--page-timeout", type=float, help=_("give up OCR of a page after this many seconds "
                                                      "(default 120)"))
    g.add_argument("--no-preprocess", action="store_true",
                   help=_("give page images to Tesseract as they are (no deskew, ink removal, binarisation)"))
    reading = g.add_mutually_exclusive_group()
    reading.add_argument("--read-once", action="store_true",
                         help=_("do not read the words OCR is unsure of a second time with the line recogniser "
                                "(a little faster, fewer words right)"))
    reading.add_argument("--read-twice", action="store_true",
                         help=_("read every word OCR is unsure of a second time with the line recogniser, not only "
                                "the least sure (a few more words right, up to twice the time for a scanned page)"))


def options_from(args: argparse.Namespace) -> Options:
    """The library's options from the command line (what is not given keeps its default)."""
    opts = Options()
    for name in ("mode", "lang", "dpi", "jobs", "max_pages", "max_pixels", "page_timeout"):
        value = getattr(args, name, None)
        if value is not None:
            setattr(opts, name, value)
    if getattr(args, "max_mb", None):
        opts.max_bytes = args.max_mb * 1024 * 1024
    if getattr(args, "no_preprocess", False):
        opts.preprocess = False
    if getattr(args, "read_once", False):
        opts.second_lines = opts.second_all = False
    if getattr(args, "read_twice", False):
        opts.second_lines = opts.second_all = True
    if getattr(args, "no_repair", False):
        opts.repair = False
    return opts


def add_output_arguments(p: argparse.ArgumentParser, output_help: str) -> None:
    """FILE, -o, --profile and --force of the commands that write what a clerk needs."""
    p.add_argument("file", help=_(FILE_HELP))
    p.add_argument("-o", "--output", required=True, help=output_help)
    p.add_argument("--profile", help=_(PROFILE_HELP))
    p.add_argument("--force", action="store_true", help=_("overwrite existing output files"))


def add_register_option(p: argparse.ArgumentParser, what: str | None = None) -> None:
    p.add_argument("--register", metavar="PATH",
                   help=_("%(what)s: its SQLite file (default: register.sqlite3 in the data folder the "
                          "web app uses, $XDG_DATA_HOME/dispatch_tools or ~/.local/share/dispatch_tools)")
                   % {"what": what or _("the office's register")})


def existing_register(args: argparse.Namespace):
    """The register file ``--register`` names (else the default one); it must exist already."""
    from pathlib import Path

    from ..errors import InputError
    from ..register import default_path

    path = Path(args.register) if args.register else default_path()
    if not path.is_file():
        raise InputError(_("there is no register of incoming dispatches here"), path=path,
                         hint=_("The register is made when dispatch batch runs or a dispatch is "
                                "uploaded to dispatch serve; choose another one with --register"))
    return path


def add_reminder_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--remind-days", type=non_negative, metavar="N",
                   help=_("the calendar (ICS) reminds N working days before each deadline "
                          "(default 2, fewer when the dispatch leaves less time; 0: no reminder)"))


def non_negative(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(_("“%(value)s” is not a valid number of days (a whole number, "
                                           "0 or more)") % {"value": value})
    return number


def add_reply_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as", dest="form", choices=["bao-cao", "cong-van"], default="bao-cao",
                   help=_("a report (BÁO CÁO, default) or a reply công văn"))
    p.add_argument("--date", type=iso_date,
                   help=_("date of the reply, YYYY-MM-DD (default: day and month left blank)"))


def iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(_("%(value)r is not a date YYYY-MM-DD") % {"value": value}) from exc


def profile_from(args: argparse.Namespace):
    """The unit profile named by ``--profile`` (or found by default); says when it is a placeholder."""
    from ..generate.profile import resolve_profile

    profile, notice = resolve_profile(args.profile)
    if notice:
        note("dispatch", notice)
    return profile


def document_from(args: argparse.Namespace):
    """The parsed dispatch FILE: read by the pipeline, or loaded from its parsed JSON."""
    from ..pipeline import load

    return load(args.file, options_from(args))
