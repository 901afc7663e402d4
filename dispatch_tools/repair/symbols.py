"""Tone marks an OCR engine put on the capitals of a document's symbol (``45-KH/HỦ``,
``1247/UBND-VẤ``).

A symbol is made of the initials of the names it abbreviates, written without tone marks (only
``Đ`` keeps its stroke, and a vowel its hat or horn: ``TƯ``): so, in text read by OCR, the tone
mark on a capital of the code after a document's number (its figures, then ``/`` or ``-``) is
the engine's, and is dropped.

Likewise a short abbreviation of two small letters split by a slash (``để b/c``, ``v/v``) whose
second letter the engine read as its capital, a letter whose small and capital forms differ only
in size (``b/C``), or as ``©`` (``b/©``), is written small again: no such abbreviation mixes a
small letter with a capital after it.
"""

from __future__ import annotations

import re

from .vietnamese import tone, toneless

Edit = tuple[int, int, str]

# a document's number and its symbol: figures, then the parts of the code after / or -
# (``45-KH/HU``, ``06/2024/QĐ-UBND``, ``1690-CV/TĐTN-BTG``)
_SYMBOL = re.compile(r"(?<![\w/.-])\d{1,6}(?:/\d{4})?(?:[-/][A-Za-zĐđÀ-ỹ&]+)+(?![\w/-])")

# a small letter, a slash and a capital that looks like its small form (or ``©`` for ``c``)
_CASE_PAIR = re.compile(r"(?<![\w/])[a-zđ]/([CSOVWXZ©])(?![\w/])")


def symbol_edits(text: str) -> list[Edit]:
    """Edits ``(start, end, replacement)`` that drop the tone marks of the capitals of the
    symbols of ``text`` (read by OCR); see the module documentation."""
    edits: list[Edit] = []
    for m in _SYMBOL.finditer(text):
        if re.search(r"[a-zđà-ỹ]{3}", m.group()):
            continue  # words, not initials (``2025-Về việc`` is no symbol)
        for k, ch in enumerate(m.group()):
            if ch.isupper() and tone(ch):
                edits.append((m.start() + k, m.start() + k + 1, toneless(ch)))
    edits += [(m.start(1), m.end(1), m.group(1).replace("©", "c").lower()) for m in _CASE_PAIR.finditer(text)]
    return sorted(edits)
