"""Tone marks an OCR engine put on the capitals of a document's symbol (``45-KH/HỦ``,
``1247/UBND-VẤ``).

A symbol is made of the initials of the names it abbreviates, written without tone marks (only
``Đ`` keeps its stroke, and a vowel its hat or horn: ``TƯ``): so, in text read by OCR, the tone
mark on a capital of the code after a document's number (its figures, then ``/`` or ``-``) is
the engine's, and is dropped.

Specks inside a symbol are dropped too: a second dash after a dash and a space (``19/CT- -TTg``),
a fraction slash read beside its stroke (``1135/⁄QĐ-BXD``) and a rule glued to its end
(``101322/CTHN-TTHT_``): no symbol holds them.

A part of a symbol that is none of the commonest codes (``models/repair/symbol_codes.txt``) but
one of them with letters misread as the engine misreads a code's letters (``I`` for ``T``, ``E``
for ``g``: ``29/2006/CP-TTE``, ``749/QĐ-TIE`` for ``TTg``) is that code, when exactly one code
fits.

A letter or figure the engine read into a part between two of its letters (``749/QĐ-TTIg``,
``19/CT-TT9g``: the ``g``'s hook read apart; ``6289/BC-BNNMIT``) goes too, when the part without it
is a common code, or a part of the document's other symbols written as often or more
(``6290/BNNMT-KH``), and no part is with it.

The slash between a document's number and its symbol read as a stroke glued to both (``472!IBXD-KTQH``,
``246/2025IQH15``) is a slash again: a symbol in capitals follows the figures, and no number is
written so.

Likewise a short abbreviation of two small letters split by a slash (``để b/c``, ``v/v``) whose
second letter the engine read as its capital, a letter whose small and capital forms differ only
in size (``b/C``), or as ``©`` or ``€`` (``b/©``, ``b/€``), is written small again: no such abbreviation mixes a
small letter with a capital after it. In a distribution's note (``(để b/c)``, ``(để t/h)``), its slash read as a stroke
(``(để bíc)``, its top read as a mark) is a slash again.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..resources import data_words
from .vietnamese import tone, toneless

Edit = tuple[int, int, str]

# a document's number and its symbol: figures, then the parts of the code after / or -
# (``45-KH/HU``, ``06/2024/QĐ-UBND``, ``1690-CV/TĐTN-BTG``)
_SYMBOL = re.compile(r"(?<![\w/.-])\d{1,6}(?:/\d{4})?(?:[-/][A-Za-zĐđÀ-ỹ&]+)+(?![\w/-])")

# a small letter, a slash and a capital that looks like its small form (or ``©``, ``€`` for ``c``)
_CASE_PAIR = re.compile(r"(?<![\w/])[a-zđ]/([CSOVWXZ©€])(?![\w/])")
# the same abbreviation in a distribution's note whose slash the engine read as a stroke (``(để bíc)``,
# ``(để t1h)``): no word is written so in brackets after ``để``
_NOTE_SLASH = re.compile(r"(?<=\(để )[bpt]([il1|!Ií])[ch](?=\))")
# the same, a space the engine read beside a dash or a slash allowed (``749/QĐ- TIE``, ``02 -TIr``), and
# in a part after its first letter the figures the engine prints for a code's letters (``40/2024/T1-BGTVT``)
_PART = r"[A-Za-zĐđ&][A-Za-zĐđ&189]*"
_SPACED_SYMBOL = re.compile(rf"(?<![\w/.-])\d{{1,6}}(?:/\d{{4}})?(?:[ \t]?[-/][ \t]?{_PART})+(?![\w/-])")

# specks inside a symbol: a dash and a space before a second dash (``19/CT- -TTg``), a fraction
# slash beside the stroke (``1135/⁄QĐ-BXD``), a rule glued to its end (``101322 /CTHN-TTHT_``)
_SYMBOL_SPECKS = [
    re.compile(r"(?<![\w/])\d{1,6}/(?:\d{4}/)?[A-ZĐ][A-Za-zĐ&]*(-[ \t]+)-[A-ZĐ]"),
    re.compile(r"\d/([⁄∕]+)[A-ZĐ]"),
    re.compile(r"(?<![\w/])\d{1,6}[ \t]*/[A-ZĐ][A-Za-zĐ&-]*[A-ZĐ](_+)(?!\w)"),
]

# the slash after a number (and its year) read as a stroke glued to the figures and to a symbol of
# capitals after it (none opening on another I: ``2020III``), which ends where the word ends
# (``472!IBXD-KTQH``, ``246/2025IQH15``)
_STROKE_FOR_SLASH = re.compile(r"(?<![\w/.-])\d{1,6}(?:/\d{4})?([!|Il]{1,2})"
                               r"(?=(?!I)[A-ZĐ]{2}[A-Za-zĐ&]*\d{0,2}(?:-[A-ZĐ][A-Za-zĐ&]*\d{0,2})*(?![\w/-]))")

# what the engine prints for a letter of a code, with the letter the page holds
_CODE_MISREADS = {"I": "T", "l": "T", "1": "T", "E": "g", "8": "g", "9": "g", "q": "g"}


@lru_cache(maxsize=1)
def codes() -> frozenset[str]:
    """The commonest parts of document symbols (``models/repair/symbol_codes.txt``) and the type
    codes of Decree 30 (``models/parse/doc_types.tsv``: ``CT``, ``TTr``, ``TB``)."""
    return data_words("repair", "symbol_codes.txt") | data_words("parse", "doc_types.tsv")


def _code_of(part: str, own: Counter | None = None) -> str | None:
    """The one common code ``part`` is, read with some of its letters misread, or the one common
    code or part of the document's symbols (``own``, with how often each is written) it is with a
    letter read into it, which the document writes as often or more (None: none, or more than one)."""
    if part in codes():
        return None
    found = [code for code in codes() if len(code) == len(part) and code != part and all(
        a == b or _CODE_MISREADS.get(a) == b for a, b in zip(part, code))]
    known = {p for p, n in (own or {}).items() if len(p) >= 3 and n >= own[part]} | codes()
    if not found:  # a letter or figure read in between two of the code's (``TTIg``, ``TT9g``, ``TTEg``)
        found = list({part[:k] + part[k + 1:] for k in range(1, len(part) - 1) if part[k] in "Il19E"} & known)
    return found[0] if len(found) == 1 else None


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
    symbols = list(_SPACED_SYMBOL.finditer(text))
    parts = [list(re.finditer(rf"(?<=[-/])[ \t]?({_PART})", m.group())) for m in symbols]
    own = Counter(part.group(1) for found in parts for part in found)
    for m, found in zip(symbols, parts):
        for part in found:
            code = _code_of(part.group(1), own)
            if code:
                edits.append((m.start() + part.start(1), m.start() + part.end(1), code))
    edits += [(m.start(1), m.end(1), "") for pattern in _SYMBOL_SPECKS for m in pattern.finditer(text)]
    edits += [(m.start(1), m.end(1), "/") for m in _STROKE_FOR_SLASH.finditer(text)]
    edits += [(m.start(1), m.end(1), re.sub("[©€]", "c", m.group(1)).lower()) for m in _CASE_PAIR.finditer(text)]
    edits += [(m.start(1), m.end(1), "/") for m in _NOTE_SLASH.finditer(text)]
    return sorted(edits)
