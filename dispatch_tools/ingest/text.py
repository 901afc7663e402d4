"""Plain text files: UTF-8 (with or without BOM), UTF-16, or an 8-bit Vietnamese encoding.

UTF-8 with a few bad bytes (a stray ``\xff`` at the end of a file that was cut or joined) is still
UTF-8: the bad bytes become U+FFFD and a warning says so, instead of the whole text being read in
a legacy encoding and every letter with a mark being lost.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import InputError, TextTooLong
from ..model import Line, Page
from ..repair.encoding import decode_bytes, mostly_utf8
from ..vntext import nfc
from ..i18n import _, ngettext, number




def decode(data: bytes, path: Path | None = None) -> tuple[str, str]:
    """Decode a text file's bytes; return the text (NFC) and the encoding used."""
    text, encoding, _bad = decode_counting(data)
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
    text, encoding = decode_bytes(data)  # the repair stage knows the legacy Vietnamese encodings
    return _nfc(text), encoding, 0


def _nfc(text: str) -> str:
    return nfc(text.replace("\r\n", "\n").replace("\r", "\n"))


def read_text(path: Path, data: bytes, max_chars: int | None = None) -> tuple[list[Page], dict]:
    """The pages of a text file; a file too large to hold ``max_chars`` characters in any
    encoding is refused before it is decoded."""
    if max_chars and len(data) > 4 * max_chars:
        raise TextTooLong(path, _("%(size)s MB") % {"size": number(round(len(data) / 2**20))}, max_chars)
    text, encoding, bad = decode_counting(data)
    if not text.strip():
        raise InputError(_("the file contains no text"), path=path,
                         hint=_("Check that this is the right file"))
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
        where.notes.append(ngettext("%(count)d byte is not valid UTF-8 and shown as �; the rest of "
                                    "the text was read as UTF-8. Check that place against the original",
                                    "%(count)d bytes are not valid UTF-8 and shown as �; the rest of "
                                    "the text was read as UTF-8. Check that place against the original",
                                    bad) % {"count": bad})
    return pages, {"encoding": encoding}
