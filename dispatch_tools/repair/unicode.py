"""Unicode clean-up: decomposed marks to NFC, look-alike characters to Vietnamese letters, characters
no reader sees taken out (a no-break space as a space; :func:`..vntext.invisible_edits`).

Each fix is an edit ``(start, end, replacement)`` of the input, never across a line break.
The look-alike table is data: ``models/repair/lookalikes.json``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache

from ..resources import model_path
from ..vntext import invisible_edits

# a base character followed by combining marks (Windows-1258 style, decomposed text)
_COMBINING = re.compile(r"[^\W\d_]?[\u0300-\u036f\u0340\u0341]+")


@lru_cache(maxsize=1)
def _lookalikes() -> tuple[re.Pattern | None, dict[str, str]]:
    data = json.loads(model_path("repair", "lookalikes.json").read_text(encoding="utf-8"))
    table = {k: v for k, v in data.items() if not k.startswith("_")}
    if not table:
        return None, table
    return re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))), table


_LATIN_WORD = re.compile(r"[^\W\d_]+")
# one Đ an OCR engine read twice or three times, once as the look-alike Ð (Latin eth, in no
# Vietnamese word): ``QĐÐ``, ``ĐÐĐT``; a real ``ĐĐ`` (ĐĐBQH) is read as two Đ
_DOUBLED_D = re.compile(r"[ĐÐ]*Ð[ĐÐ]*")


def unicode_edits(text: str) -> list[tuple[int, int, str]]:
    edits: dict[int, tuple[int, int, str]] = {}
    if not text.isascii():
        for edit in invisible_edits(text):  # a no-break space, a soft hyphen, a zero-width space …
            edits[edit[0]] = edit
        for m in _COMBINING.finditer(text):
            fixed = unicodedata.normalize("NFC", m.group().replace("\u0340", "\u0300")
                                          .replace("\u0341", "\u0301"))
            if fixed != m.group():
                edits[m.start()] = (m.start(), m.end(), fixed)
        for m in _DOUBLED_D.finditer(text):
            if len(m.group()) > 1 and m.start() not in edits:
                edits[m.start()] = (m.start(), m.end(), "Đ")
        pattern, table = _lookalikes()
        if pattern is not None:
            spans = [(s, e) for s, e, _ in edits.values()]
            for m in pattern.finditer(text):
                if any(s <= m.start() < e for s, e in spans):
                    continue
                # only inside a word that also has Latin letters (Đ vs Ð, Cyrillic о in a Latin word)
                # or figures (``Ð3``, a unit's code)
                word = _word_around(text, m.start(), m.end())
                if any("a" <= ch.lower() <= "z" or ch.isdigit() for ch in word):
                    edits[m.start()] = (m.start(), m.end(), table[m.group()])
        # Anything else NFC would change (singletons such as the Ohm sign, Hangul jamo that
        # compose): the whole word, when no other edit touches it.
        taken = [(s, e) for s, e, _ in edits.values()]
        for m in re.finditer(r"\S+", text):
            word = m.group()
            if word.isascii() or unicodedata.is_normalized("NFC", word):
                continue
            if not any(s < m.end() and m.start() < e for s, e in taken):
                edits[m.start()] = (m.start(), m.end(), unicodedata.normalize("NFC", word))
    return [edits[k] for k in sorted(edits)]


def _word_around(text: str, start: int, end: int) -> str:
    lo = start
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    hi = end
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return text[lo:hi]
