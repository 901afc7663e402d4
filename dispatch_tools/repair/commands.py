"""``dispatch restore [FILE|-]``: print the repaired text, or the changes with ``--diff``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import InputError


def _read(value: str) -> str:
    if value == "-":
        data = sys.stdin.buffer.read()
        from .encoding import decode_bytes

        return decode_bytes(data)[0]
    path = Path(value)
    if not path.is_file():
        raise InputError("file not found", path=path, hint="Check the path, or use - for stdin")
    try:
        from ..ingest import ingest
    except ImportError:  # pragma: no cover - ingest not installed
        ingest = None
    from ..options import Options

    if ingest is not None:
        return ingest(path, Options(repair=False)).raw_text
    from .encoding import decode_bytes  # pragma: no cover

    return decode_bytes(path.read_bytes())[0]  # pragma: no cover


def cmd_restore(args: argparse.Namespace) -> int:
    from . import restore

    text = _read(args.file)
    result = restore(text)
    if not args.diff:
        sys.stdout.write(result.text if result.text.endswith("\n") else result.text + "\n")
        return 0
    if result.encoding:
        print(f"# legacy encoding: {result.encoding}")
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    import bisect

    for ch in result.changes:
        line = bisect.bisect_right(line_starts, ch.start)
        col = ch.start - line_starts[line - 1] + 1
        mark = "?" if ch.confidence < args.threshold else " "
        print(f"{line}:{col}\t{ch.kind:<10}\t{ch.confidence:.2f}{mark}\t{ch.original} -> {ch.replacement}")
    print(f"# {len(result.changes)} changes", file=sys.stderr)
    return 0


def register(sub) -> None:
    p = sub.add_parser("restore", help="repair a text: encodings, OCR damage, lost diacritics")
    p.add_argument("file", nargs="?", default="-",
                   help="the dispatch (text, PDF, image, DOCX) or - for standard input (default)")
    p.add_argument("--diff", action="store_true",
                   help="list the changes (line:column, kind, confidence, before -> after)")
    p.add_argument("--threshold", type=float, default=0.6,
                   help="with --diff, mark changes less sure than this with ? (default 0.6)")
    p.set_defaults(func=cmd_restore)
