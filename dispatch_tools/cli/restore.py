"""``dispatch restore [FILE|-] [--diff]``: the repaired text, or the changes with ``--diff``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import InputError


def add(sub) -> None:
    p = sub.add_parser("restore", help="repair a text: encodings, OCR damage, lost diacritics")
    p.add_argument("file", nargs="?", default="-",
                   help="the dispatch (text, PDF, image, DOCX) or - for standard input (default)")
    p.add_argument("--diff", action="store_true",
                   help="list the changes (line:column, kind, confidence, before -> after)")
    p.add_argument("--threshold", type=float, default=0.6,
                   help="with --diff, mark changes less sure than this with ? (default 0.6)")
    p.set_defaults(func=run)


def _document(value: str):
    """The text to repair, as read: standard input (any of the encodings repair knows), or a file
    through ingest without repair."""
    from ..model import Document
    from ..options import Options

    if value == "-":
        from ..repair.encoding import decode_bytes

        return Document.from_text(decode_bytes(sys.stdin.buffer.read())[0], "-")
    path = Path(value)
    if not path.is_file():
        raise InputError("file not found", path=path, hint="Check the path, or use - for stdin")
    from ..ingest import ingest

    return ingest(path, Options(repair=False))


def run(args: argparse.Namespace) -> int:
    from ..repair import restore

    doc = _document(args.file)
    result = restore(doc.raw_text)
    if not args.diff:
        sys.stdout.write(result.text if result.text.endswith("\n") else result.text + "\n")
        return 0
    if result.encoding:
        print(f"# legacy encoding: {result.encoding}")
    for ch in result.changes:
        line, col = doc.line_column(ch.start)
        mark = "?" if ch.confidence < args.threshold else " "
        print(f"{line}:{col}\t{ch.kind:<10}\t{ch.confidence:.2f}{mark}\t{ch.original} -> {ch.replacement}")
    print(f"# {len(result.changes)} changes", file=sys.stderr)
    return 0
