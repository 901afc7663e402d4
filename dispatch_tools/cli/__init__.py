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

from .. import __version__
from ..errors import DispatchError
from . import (annex, batch, checklist, ingest, init_profile, process, read, register, reply, restore,
               serve, slip, task, view)

COMMANDS = [ingest, restore, read, view, init_profile, checklist, annex, reply, slip, process, batch,
            task, register, serve]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dispatch",
        description="Read Vietnamese official dispatches (công văn) and write what a clerk needs next.",
    )
    parser.add_argument("--version", action="version", version=f"dispatch_tools {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="show tracebacks and details")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for command in COMMANDS:
        command.add(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
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
