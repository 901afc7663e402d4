"""Plain text files: UTF-8 (with or without BOM), UTF-16, or an 8-bit Vietnamese encoding.

UTF-8 with a few bad bytes (a stray ``\xff`` at the end of a file that was cut or joined) is still
UTF-8: the bad bytes become U+FFFD and a warning says so, instead of the whole text being read in
a legacy encoding and every letter with a mark being lost.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from ..errors import InputError
from ..model import Line, Page


_BAD_BYTE = re.compile("[\udc80-\udcff]")


def mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 text with a few bytes that are not: the text (each bad byte as U+FFFD) and how many
    bytes were bad; None when the bytes are not UTF-8.

    A few means at most one in a thousand (at least two are always allowed), and the letters that
    do decode as UTF-8 multi-byte sequences are ten times more: a legacy 8-bit text has almost
    none of those, so it is never taken for UTF-8."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = len(_BAD_BYTE.findall(text))
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    if bad > max(2, len(data) // 1000) or good < 10 * bad:
        return None
    return _BAD_BYTE.sub("\ufffd", text), bad


def decode(data: bytes, path: Path | None = None) -> tuple[str, str]:
    """Decode a text file's bytes; return the text (NFC) and the encoding used."""
    text, encoding, _ = decode_counting(data)
    return text, encoding


def decode_counting(data: bytes) -> tuple[str, str, int]:
    """:func:`decode`, and how many bytes of UTF-8 text were not UTF-8 (replaced by U+FFFD)."""
    if data.startswith(codecs.BOM_UTF8):
        return _nfc(data[3:].decode("utf-8", errors="replace")), "utf-8-sig", 0
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _nfc(data.decode("utf-16", errors="replace")), "utf-16", 0
    try:
        return _nfc(data.decode("utf-8")), "utf-8", 0
    except UnicodeDecodeError:
        pass
    if data[1::2].count(0) > 0.4 * max(1, len(data) // 2):
        return _nfc(data.decode("utf-16-le", errors="replace")), "utf-16-le", 0
    if data[0::2].count(0) > 0.4 * max(1, len(data) // 2):
        return _nfc(data.decode("utf-16-be", errors="replace")), "utf-16-be", 0
    mostly = mostly_utf8(data)
    if mostly is not None:
        return _nfc(mostly[0]), "utf-8", mostly[1]
    try:  # the repair stage knows the legacy Vietnamese encodings
        from ..repair.encoding import decode_bytes
    except ImportError:
        return _nfc(data.decode("cp1258", errors="replace")), "cp1258", 0
    text, encoding = decode_bytes(data)
    return _nfc(text), encoding, 0


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def read_text(path: Path, data: bytes) -> tuple[list[Page], dict]:
    text, encoding, bad = decode_counting(data)
    if not text.strip():
        raise InputError("the file contains no text", path=path,
                         hint="Check that this is the right file")
    lines = [Line(t.rstrip(" \r"), source="text") for t in text.split("\n")]  # tabs are empty cells
    while lines and not lines[-1].text:
        lines.pop()
    pages, current = [], []
    for line in lines:  # a form feed starts a new page
        parts = line.text.split("\f")
        for i, part in enumerate(parts):
            if i:
                pages.append(Page(len(pages) + 1, current, method="text"))
                current = []
            if part or not i:
                current.append(Line(part, source="text"))
    pages.append(Page(len(pages) + 1, current, method="text"))
    if bad:
        where = next((p for p in pages if any("\ufffd" in line.text for line in p.lines)), pages[0])
        where.notes.append(f"{bad} byte{'s are' if bad > 1 else ' is'} not valid UTF-8 and shown "
                           "as �; the rest of the text was read as UTF-8. Check that place against "
                           "the original")
    return pages, {"encoding": encoding}
