"""Plain text files: UTF-8 (with or without BOM), UTF-16, or an 8-bit Vietnamese encoding."""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import InputError
from ..model import Line, Page
from ..vntext import nfc


def decode(data: bytes, path: Path | None = None) -> tuple[str, str]:
    """Decode a text file's bytes; return the text (NFC) and the encoding used."""
    if data.startswith(codecs.BOM_UTF8):
        return _nfc(data[3:].decode("utf-8", errors="replace")), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _nfc(data.decode("utf-16", errors="replace")), "utf-16"
    try:
        return _nfc(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if data[1::2].count(0) > 0.4 * max(1, len(data) // 2):
        return _nfc(data.decode("utf-16-le", errors="replace")), "utf-16-le"
    if data[0::2].count(0) > 0.4 * max(1, len(data) // 2):
        return _nfc(data.decode("utf-16-be", errors="replace")), "utf-16-be"
    try:  # the repair stage knows the legacy Vietnamese encodings
        from ..repair.encoding import decode_bytes
    except ImportError:
        return _nfc(data.decode("cp1258", errors="replace")), "cp1258"
    text, encoding = decode_bytes(data)
    return _nfc(text), encoding


def _nfc(text: str) -> str:
    return nfc(text.replace("\r\n", "\n").replace("\r", "\n"))


def read_text(path: Path, data: bytes) -> tuple[list[Page], dict]:
    text, encoding = decode(data, path)
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
    return pages, {"encoding": encoding}
