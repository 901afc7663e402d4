"""The ``dispatch`` command: argument checks, output and exit codes. All work is in the library.

Each sub-command is a small function ``cmd_<name>(args) -> int`` registered in :func:`build_parser`.
Errors raised by the library (:class:`~dispatch_tools.errors.DispatchError`) become a one-line
message on stderr and their exit code; a traceback is shown only with ``-v``.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback

from . import __version__
from .errors import DispatchError
from .options import Options


# --------------------------------------------------------------------------- helpers


def _options(args: argparse.Namespace) -> Options:
    opts = Options()
    for name in ("mode", "lang", "dpi", "jobs", "max_pages", "max_pixels", "page_timeout"):
        value = getattr(args, name, None)
        if value is not None:
            setattr(opts, name, value)
    if getattr(args, "max_mb", None):
        opts.max_bytes = args.max_mb * 1024 * 1024
    if getattr(args, "no_preprocess", False):
        opts.preprocess = False
    if getattr(args, "no_repair", False):
        opts.repair = False
    return opts


def _add_ingest_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("reading the input")
    g.add_argument("--mode", choices=["auto", "text", "ocr"],
                   help="auto: use a PDF's text layer when it is good, else OCR (default); "
                        "text: always use the text layer; ocr: always OCR")
    g.add_argument("--lang", help="Tesseract language(s), default vie")
    g.add_argument("--dpi", type=int, help="resolution for rendering PDF pages to OCR (default 300)")
    g.add_argument("--jobs", type=int, help="pages OCR'd in parallel (default: the number of cores)")
    g.add_argument("--max-pages", type=int, help="refuse documents with more pages (default 200)")
    g.add_argument("--max-pixels", type=int,
                   help="refuse page images with more pixels (default 80,000,000)")
    g.add_argument("--max-mb", type=int, help="refuse input files larger than this (default 200 MB)")
    g.add_argument("--page-timeout", type=float, help="give up OCR of a page after this many seconds "
                                                      "(default 120)")
    g.add_argument("--no-preprocess", action="store_true",
                   help="give page images to Tesseract as they are (no deskew, ink removal, binarisation)")


def _print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# --------------------------------------------------------------------------- commands


def cmd_ingest(args: argparse.Namespace) -> int:
    from .ingest import ingest
    from .ingest.layout_view import render_layout

    doc = ingest(args.file, _options(args))
    if args.json:
        _print_json(doc.to_dict())
    elif args.layout:
        sys.stdout.write(render_layout(doc))
    else:
        sys.stdout.write(doc.raw_text.rstrip("\n") + "\n")
    for notice in doc.notices:
        print(f"{args.file}: note: {notice.message}", file=sys.stderr)
    return 0


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dispatch",
        description="Read Vietnamese official dispatches (công văn) and write what a clerk needs next.",
    )
    parser.add_argument("--version", action="version", version=f"dispatch_tools {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="show tracebacks and details")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("ingest", help="read a file (PDF, image, DOCX, text) and print its text")
    p.add_argument("file", help="the dispatch: PDF, PNG/JPEG/TIFF, DOCX or text")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the document model as JSON")
    out.add_argument("--layout", action="store_true",
                     help="show pages, columns and where each line came from")
    _add_ingest_options(p)
    p.set_defaults(func=cmd_ingest)

    for register in _REGISTRY:
        register(sub)
    return parser


# Stages add their commands here: each entry is a function taking the sub-parsers object.
_REGISTRY: list = []


def _load_commands() -> None:
    from importlib import import_module

    for module in ("repair.commands", "parse.commands", "generate.commands", "batch.commands",
                   "web.commands"):
        try:
            mod = import_module(f"dispatch_tools.{module}")
        except ModuleNotFoundError as exc:  # a stage without commands (yet)
            if not f"dispatch_tools.{module}".startswith(exc.name or "?"):
                raise
            continue
        if mod.register not in _REGISTRY:
            _REGISTRY.append(mod.register)


def main(argv: list[str] | None = None) -> int:
    _load_commands()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args) or 0
    except DispatchError as exc:
        if args.verbose:
            traceback.print_exc()
        print(f"dispatch: error: {exc.render()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("dispatch: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: say so briefly unless -v
        if args.verbose:
            traceback.print_exc()
        print(f"dispatch: internal error: {type(exc).__name__}: {exc}. "
              "Run again with -v and report the traceback.", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
