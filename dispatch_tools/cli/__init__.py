"""The ``dispatch`` command: argument checks, output and exit codes. All work is in the library.

Each command is a module of this package: ``add(sub)`` declares its arguments, ``run(args)`` calls
the library and prints, returning the exit code. This package is the only place that parses
arguments and prints; no stage imports it. Errors raised by the library
(:class:`~dispatch_tools.errors.DispatchError`) become a one-line message on stderr and their
exit code; a traceback is shown only with ``-v``.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from .. import __version__
from ..errors import DispatchError
from ..i18n import LANGUAGES, _, set_language
from . import argparse_text
from . import (annex, batch, checklist, ingest, init_profile, process, read, register, reply, restore,
               serve, slip, task, view)

COMMANDS = [ingest, restore, read, view, init_profile, checklist, annex, reply, slip, process, batch,
            task, register, serve]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dispatch",
        description=_("Read Vietnamese official dispatches (công văn) and write what a clerk needs next."),
    )
    parser.add_argument("--version", action="version", version=f"dispatch_tools {__version__}",
                        help=_("show the version and exit"))
    parser.add_argument("-v", "--verbose", action="store_true", help=_("show tracebacks and details"))
    parser.add_argument("--ui-lang", choices=LANGUAGES,
                        help=_("language of messages: vi (default) or en; without it, English when "
                               "the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) is English"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for command in COMMANDS:
        command.add(sub)
    return parser


def ui_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """The ``--ui-lang`` given anywhere on the command line, and the other arguments. It is read
    before the parser is built so that the help and the errors are in that language too."""
    early = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    early.add_argument("--ui-lang", choices=LANGUAGES)
    known, rest = early.parse_known_args(argv)
    return known.ui_lang, rest


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        language, argv = ui_language(argv)
    except SystemExit as exc:  # a wrong --ui-lang value: argparse said so
        return exc.code
    set_language(language)
    argparse_text.install()
    try:
        return _run(argv)
    finally:
        set_language(None)


def _run(argv: list[str]) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        _refuse_extra(parser, args, extra)
    try:
        return args.func(args) or 0
    except DispatchError as exc:
        if args.verbose:
            traceback.print_exc()
        print(_("dispatch: error: %(message)s") % {"message": exc.render()}, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(_("dispatch: interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: say so briefly unless -v
        if args.verbose:
            traceback.print_exc()
        print(_("dispatch: internal error: %(error)s. Run again with -v and report the traceback.")
              % {"error": f"{type(exc).__name__}: {exc}"}, file=sys.stderr)
        return 1


def _refuse_extra(parser: argparse.ArgumentParser, args: argparse.Namespace, extra: list[str]) -> None:
    """Arguments no command takes: argparse's error (exit code 2), and when they are files, that
    the command reads one file and a folder of them goes to ``dispatch batch``."""
    message = _("unrecognized arguments: %(arguments)s") % {"arguments": " ".join(extra)}
    if args.command != "batch" and any(Path(item).exists() for item in extra):
        message += ". " + _("dispatch %(command)s reads one file; to read many, put them in a folder "
                            "and run dispatch batch FOLDER -o RESULTS") % {"command": args.command}
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    commands.choices.get(args.command, parser).error(message)  # with the command's own usage


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
