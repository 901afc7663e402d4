"""The printed symbol after a number's box (``/UBND-ĐTMT``), checked against the second
recogniser's reading of the same row.

The page OCR reads a symbol in an unusual font a letter wrong at times (``/UBND-ĐTMIT`` for
``/UBND-ĐTMT``); the second recogniser reads the row's symbol too, without Vietnamese marks. When
both of its models read the same symbol, one letter from the page's once its marks are set aside,
and not merely a shorter or longer piece of it (a crop that cut the symbol), the letters it read
are taken, and the page's marks are kept where the letters agree (``Đ`` for its ``D``).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from rapidfuzz.distance import Levenshtein

from ..vntext import strip_diacritics

_AFTER_DIGITS = re.compile(r"\d[ \t]*(/[A-Za-z0-9&]+(?:[/\-][A-Za-z0-9&]+)*)")
_CORE = re.compile(r"^/[^\W_]+(?:[/\-–][^\W_]+)*")
MOST = 1  # letters the second recogniser's symbol may differ by from the page's: one inserted, dropped or changed


def _fold(text: str) -> str:
    return strip_diacritics(text).replace("Đ", "D").replace("đ", "d")


def second_symbol(second: dict | None) -> str | None:
    """The symbol after the digits that both models of the second recogniser read alike, or None."""
    if not second:
        return None
    found = [_AFTER_DIGITS.search(t or "") for t in (second.get("text"), second.get("check_text"))]
    if not all(found) or found[0].group(1) != found[1].group(1):
        return None
    return found[0].group(1)


def checked_symbol(page: str, second: dict | None) -> str:
    """The page's symbol (``page``, as :func:`.header_boxes.clean_symbol` gives it), with the letters
    the second recogniser's models both read where they differ by at most :data:`MOST` from it and
    it is no cut piece of it; else as the page read it."""
    other = second_symbol(second)
    core = _CORE.match(page)
    if other is None or core is None:
        return page
    read = core.group()
    folded = _fold(read)
    if len(folded) != len(read) or folded == other or folded.startswith(other) or other.startswith(folded):
        return page
    if not 0 < Levenshtein.distance(folded, other) <= MOST or folded.count("-") != other.count("-") \
            or folded.count("/") != other.count("/"):
        return page
    out = []
    for op, a0, a1, b0, b1 in SequenceMatcher(None, folded, other, autojunk=False).get_opcodes():
        out.append(read[a0:a1] if op == "equal" else other[b0:b1])
    return "".join(out) + page[core.end():]
