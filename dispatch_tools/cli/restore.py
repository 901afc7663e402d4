"""``dispatch restore [FILE|-] [--diff]``: the repaired text, or the changes with ``--diff``.

The text is repaired and written piece by piece (:func:`dispatch_tools.repair.restore_stream`),
and a text file or standard input is read as it is repaired, so that memory stays the same
whatever the size of the input. Standard input is read as a text file is.
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ..errors import EmptyInput, LimitExceeded, NotText, OutputError
from ..options import Options
from ..i18n import _, ngettext, number

HEAD = 4096  # bytes the kind of an input is told from
BLOCK = 2**20
_LINE_END = re.compile("\n")


def add(sub) -> None:
    p = sub.add_parser("restore", help=_("repair a text: encodings, OCR damage, lost diacritics"))
    p.add_argument("file", nargs="?", default="-",
                   help=_("the dispatch (text, PDF, image, DOCX) or - for standard input (default)"))
    p.add_argument("--diff", action="store_true",
                   help=_("list the changes (line:column, kind, confidence, before -> after)"))
    p.add_argument("--threshold", type=float, default=0.6,
                   help=_("with --diff, mark changes less sure than this with ? (default 0.6)"))
    p.add_argument("--max-mb", type=int, help=_("refuse inputs larger than this (default 200 MB)"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..repair import restore_stream

    options = Options(repair=False, max_chars=None)
    if args.max_mb:
        options.max_bytes = args.max_mb * 2**20
    out = _Changes(args.threshold) if args.diff else _Text()
    with _raw_text(args.file, options) as chunks:
        for piece, result in restore_stream(chunks):
            out.add(piece, result)
    out.finish()
    return 0


@contextmanager
def _raw_text(value: str, options: Options) -> Iterator[Iterator[str]]:
    """The text to repair, as read, in chunks: standard input or a text file as it is read,
    any other file through ingest without repair."""
    from ..ingest import ingest, open_input
    from ..ingest.detect import sniff
    from ..ingest.text_stream import text_chunks
    from ..repair.pieces import slices

    if value == "-":
        with _spooled_stdin(options) as (fh, size):
            yield _not_blank(text_chunks(fh, size)[2], value)
        return
    path = Path(value)
    fh, size = open_input(path, options)
    with fh:
        kind = sniff(path, fh.read(HEAD))
        fh.seek(0)
        if kind == "text":
            yield _not_blank(text_chunks(fh, size)[2], value)
            return
    yield slices(ingest(path, options).raw_text)


def _not_blank(chunks: Iterator[str], name: str) -> Iterator[str]:
    """The chunks of a text; at their end, an error when they held nothing but blanks."""
    blank = True
    for chunk in chunks:
        blank = blank and chunk.isspace()
        yield chunk
    if blank:
        raise EmptyInput(name)


@contextmanager
def _spooled_stdin(options: Options) -> Iterator[tuple[BinaryIO, int]]:
    """Standard input copied to an unnamed temporary file (gone however the process ends), so
    that it is read as a file is; refused when it is over the size limit or not text."""
    from ..ingest.detect import data_kind

    spool, size = _spool(options)
    with spool:
        head = spool.read(HEAD)
        spool.seek(0)
        if not head.strip() and size <= HEAD:
            raise EmptyInput("-")
        kind = data_kind(head)
        if kind != "text":
            raise NotText(kind)
        yield spool, size


def _spool(options: Options) -> tuple[BinaryIO, int]:
    def failed(exc: OSError) -> OutputError:
        return OutputError(_("standard input cannot be kept in a temporary file (%(error)s)")
                           % {"error": exc.strerror or exc},
                           path=tempfile.gettempdir(),
                           hint=_("Set TMPDIR to a folder with free space, or give a file instead of -"))

    try:
        spool = tempfile.TemporaryFile(prefix="dispatch-restore-")
    except OSError as exc:
        raise failed(exc) from exc
    try:
        size = 0
        while block := sys.stdin.buffer.read(BLOCK):
            size += len(block)
            if size > options.max_bytes:
                raise LimitExceeded(_("standard input is over the limit of %(limit)s MB")
                                    % {"limit": number(options.max_bytes // 2**20)},
                                    path="-", hint=_("Raise the limit with --max-mb"))
            try:
                spool.write(block)
            except OSError as exc:
                raise failed(exc) from exc
        spool.seek(0)
    except BaseException:
        spool.close()
        raise
    return spool, size


class _Text:
    """``dispatch restore``: the repaired text, written as each piece is repaired."""

    def __init__(self) -> None:
        self.last = ""

    def add(self, piece: str, result) -> None:
        if result.text:
            sys.stdout.write(result.text)
            sys.stdout.flush()
            self.last = result.text[-1]

    def finish(self) -> None:
        if self.last != "\n":
            sys.stdout.write("\n")


def _kinds() -> dict[str, str]:
    """What a change mended, as the reader's language names it."""
    return {"diacritics": _("diacritics"), "ocr": _("OCR damage"), "encoding": _("encoding"),
            "unicode": _("Unicode")}


class _Changes:
    """``dispatch restore --diff``: every change with its line and column in the whole text."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.kinds = _kinds()
        self.count = 0
        self.line = 1  # line and column where the next piece starts
        self.column = 1
        self.encoding = None

    def add(self, piece: str, result) -> None:
        if result.encoding and result.encoding != self.encoding:
            print("# " + _("legacy encoding: %(encoding)s") % {"encoding": result.encoding})
            self.encoding = result.encoding
        starts = [0] + [m.end() for m in _LINE_END.finditer(piece)] if result.changes else []
        for ch in result.changes:
            index = bisect.bisect_right(starts, ch.start) - 1
            line = self.line + index
            col = ch.start - starts[index] + (self.column if index == 0 else 1)
            mark = "?" if ch.confidence < self.threshold else " "
            kind = self.kinds.get(ch.kind, ch.kind)
            print(f"{line}:{col}\t{kind:<10}\t{ch.confidence:.2f}{mark}\t{ch.original} -> {ch.replacement}")
        self.count += len(result.changes)
        breaks = piece.count("\n")
        self.line += breaks
        self.column = len(piece) - piece.rfind("\n") if breaks else self.column + len(piece)

    def finish(self) -> None:
        print("# " + ngettext("%(count)d change", "%(count)d changes", self.count) % {"count": self.count},
              file=sys.stderr)
