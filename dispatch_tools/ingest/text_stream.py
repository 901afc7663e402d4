"""A plain-text file read as a stream of chunks, for text too large to hold (``dispatch restore``).

:func:`text_chunks` gives the same text as the document :mod:`.text` makes of the file (its
``raw_text``: NFC, line ends as ``\\n``, no spaces at line ends, a form feed as a line break,
no blank lines at the end), in chunks, holding a few megabytes at most whatever the file's size.
A file up to :data:`WHOLE` bytes is decoded at once exactly as :func:`.text.decode_counting`
does; a larger one is decoded block by block, after one pass over its bytes that decides the
encoding by the same rules (BOM, valid UTF-8, UTF-16 without BOM, UTF-8 with a few bad bytes).
Only the legacy 8-bit encodings (Windows-1258, TCVN3, VNI) of a large file are told from its
first :data:`BLOCK` bytes rather than the whole file.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ..repair.encoding import apply_edits, convert_words, decode_bytes
from ..vntext import nfc
from .text import decode_counting

WHOLE = 8 * 2**20  # bytes: a file up to this size is decoded at once
BLOCK = 2**20  # bytes read at a time (even: UTF-16 code units never straddle two reads)
CHUNK = 2**16  # characters of text given at a time
_BAD_BYTE = re.compile("[\udc80-\udcff]")
_TRAILING_FEEDS = re.compile("\f+$")
_FEEDS = re.compile("\f+")


def text_chunks(fh: BinaryIO, size: int) -> tuple[str, int, Iterator[str]]:
    """The text of the open file ``fh`` (``size`` bytes, read from its start) in chunks: the
    encoding, how many bytes of UTF-8 were not UTF-8, and the chunks (read as they are used)."""
    if size <= WHOLE:
        text, encoding, bad = decode_counting(fh.read())
        return encoding, bad, raw_text([text])
    encoding, bad, decoded = _decode(fh)
    return encoding, bad, raw_text(_normalised(decoded))


def _decode(fh: BinaryIO) -> tuple[str, int, Iterator[str]]:
    head = fh.read(4)
    fh.seek(0)
    if head.startswith(codecs.BOM_UTF8):
        fh.seek(3)
        return "utf-8-sig", 0, _blocks(fh, "utf-8", "replace")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", 0, _blocks(fh, "utf-16", "replace")
    bad, good, zeros_odd, zeros_even, total = _survey(fh)
    fh.seek(0)
    if not bad:
        return "utf-8", 0, _blocks(fh, "utf-8", "strict")
    half = max(1, total // 2)
    if zeros_odd > 0.4 * half:
        return "utf-16-le", 0, _blocks(fh, "utf-16-le", "replace")
    if zeros_even > 0.4 * half:
        return "utf-16-be", 0, _blocks(fh, "utf-16-be", "replace")
    if bad <= max(2, total // 1000) and good >= 10 * bad:  # as repair.encoding.mostly_utf8
        return "utf-8", bad, (_BAD_BYTE.sub("\ufffd", t) for t in _blocks(fh, "utf-8", "surrogateescape"))
    sample = fh.read(BLOCK)
    fh.seek(0)
    _, encoding = decode_bytes(sample[:sample.rfind(b"\n") + 1] or sample)
    if encoding in ("tcvn3", "vni"):
        return encoding, 0, (apply_edits(t, convert_words(t, encoding))
                             for t in _whole_lines(_blocks(fh, "latin-1", "strict")))
    return encoding, 0, _blocks(fh, encoding, "replace")


def _survey(fh: BinaryIO) -> tuple[int, int, int, int, int]:
    """One pass over the bytes: bytes that are not UTF-8, characters beyond ASCII that are,
    NUL bytes at odd and at even offsets, and the number of bytes."""
    decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
    bad = beyond = zeros_odd = zeros_even = total = 0
    while True:
        data = fh.read(BLOCK)
        text = decoder.decode(data, final=not data)
        bad += len(_BAD_BYTE.findall(text))
        beyond += len(text) - len(text.encode("ascii", "ignore"))
        zeros_odd += data[1::2].count(0)
        zeros_even += data[0::2].count(0)
        total += len(data)
        if not data:
            return bad, beyond - bad, zeros_odd, zeros_even, total


def _blocks(fh: BinaryIO, encoding: str, errors: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    while True:
        data = fh.read(BLOCK)
        text = decoder.decode(data, final=not data)
        if text:
            yield text
        if not data:
            return


def _whole_lines(texts: Iterable[str]) -> Iterator[str]:
    """The texts regrouped so that each ends at a line end (but the last)."""
    carry = ""
    for text in texts:
        text = carry + text
        cut = text.rfind("\n") + 1
        carry = text[cut:]
        if cut:
            yield text[:cut]
    if carry:
        yield carry


def _normalised(texts: Iterable[str]) -> Iterator[str]:
    """Line ends as ``\\n`` and NFC, as :func:`.text.decode_counting` makes them, on text given
    in parts: each part is cut after a line end, or in a very long line before an ASCII
    character (with which nothing composes), so that normalising the parts one by one gives the
    normalised whole."""
    carry = ""
    for text in texts:
        text = carry + text
        cut = text.rfind("\n") + 1
        if not cut and len(text) > BLOCK:
            cut = _ascii_cut(text)
        carry = text[cut:]
        if cut:
            yield nfc(text[:cut].replace("\r\n", "\n").replace("\r", "\n"))
    if carry:
        yield nfc(carry.replace("\r\n", "\n").replace("\r", "\n"))


def _ascii_cut(text: str) -> int:
    for cut in range(len(text) - 1, 0, -1):
        if text[cut] < "\x80" and text[cut] != "\r" and text[cut - 1] != "\r":
            return cut
    return 0


def raw_text(texts: Iterable[str]) -> Iterator[str]:
    """The raw text of the document :func:`.text.read_text` makes of a normalised text given in
    parts (any sizes), in chunks of about :data:`CHUNK` characters: spaces and carriage returns
    at line ends dropped, a run of form feeds a line break (none at a line's end), no blank lines
    at the end. A line longer than :data:`CHUNK` is given in parts too."""
    lines = _Lines()
    for text in texts:
        lines.add(text)
        yield from lines.take()
    lines.finish()
    yield from lines.take(everything=True)


class _Lines:
    """The state of :func:`raw_text` between two parts of the text."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.size = 0
        self.partial = ""  # the line being read: no line end yet
        self.in_line = False  # part of the current line was written already
        self.blank = 0  # blank lines read and not written: dropped when nothing follows
        self.first = True  # nothing written yet

    def add(self, text: str) -> None:
        parts = (self.partial + text).split("\n")
        self.partial = parts.pop()
        for line in parts:
            self._line(line, ends=True)
        if len(self.partial) > CHUNK:  # a long line: write it up to the spaces, \r, \f at its end
            keep = len(self.partial.rstrip(" \r\f"))
            if keep:
                self._line(self.partial[:keep], ends=False)
                self.partial = self.partial[keep:]

    def finish(self) -> None:
        self._line(self.partial, ends=True)
        self.partial = ""

    def _line(self, text: str, ends: bool) -> None:
        """Write a line that ends here (``ends``), or the start of a long one, which ends in
        something else than a space, \r or \f."""
        if ends:
            text = text.rstrip(" \r")
            if not text and not self.in_line:
                self.blank += 1
                return
            text = _TRAILING_FEEDS.sub("", text)
        if not self.in_line:
            for _ in range(self.blank + 1):
                self._write("" if self.first else "\n")
                self.first = False
            self.blank = 0
        self._write(_FEEDS.sub("\n", text))
        self.in_line = not ends

    def _write(self, text: str) -> None:
        if text:
            self.out.append(text)
            self.size += len(text)

    def take(self, everything: bool = False) -> Iterator[str]:
        if self.out and (everything or self.size >= CHUNK):
            yield "".join(self.out)
            self.out, self.size = [], 0
