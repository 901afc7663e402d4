"""The first word of a body's name in a head, read by OCR with another mark (``SƠ Y TẾ`` for ``SỞ
Y TẾ``, ``CỘNG ĐOÀN NGÀNH Y TẾ`` for ``CÔNG ĐOÀN``).

The language model reads a line break as a wrap, so a line in capitals is decoded with the line
above it as its context: under its parent body's name (``UBND TỈNH QUẢNG NGÃI`` / ``SƠ Y TẾ``) the
first word of the body's own name has no evidence but its misread mark, and keeps it. But the body's
name starts its own name on its line. So a line in capitals under another line in capitals, whose
first words are those of a body's opening (``models/parse/agency_heads.txt``,
``models/parse/issuer_heads.txt``: ``sở``, ``công đoàn``) with other marks, is decoded again alone,
and where that reading gives the opening's own marks, they are taken (``SƠ KẾT CÔNG TÁC …``, the
title of a report, stays: the line alone reads so).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import data_lines
from .vietnamese import strip_marks

Edit = tuple[int, int, str]

_CAPITALS_LINE = re.compile(r"(?m)^[ \t]*(\S[^\n]*?)[ \t]*$")


@lru_cache(maxsize=1)
def _openings() -> dict[str, set[str]]:
    """The openings of a body's name, by their folded words: the forms their marks take."""
    out: dict[str, set[str]] = {}
    for name in data_lines("parse", "agency_heads.txt") + data_lines("parse", "issuer_heads.txt"):
        words = name.lower().split()
        if all(w.isalpha() for w in words):
            out.setdefault(_fold(" ".join(words)), set()).add(" ".join(words))
    return out


def _fold(text: str) -> str:
    return strip_marks(text.lower()).replace("đ", "d")


def _in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def head_word_edits(text: str) -> list[Edit]:
    """Edits ``(start, end, replacement)`` that give the first words of a body's name under its
    parent's line the marks of the opening they are; see the module documentation."""
    edits: list[Edit] = []
    lines = list(_CAPITALS_LINE.finditer(text))
    for above, m in zip(lines, lines[1:]):
        line = m.group(1)
        if text.count("\n", above.end(), m.start()) != 1 or not _in_capitals(above.group(1)) \
                or not _in_capitals(line):
            continue
        for n in (3, 2, 1):
            opening = re.match(r"\S+(?:[ \t]+\S+){%d}(?=[ \t]+\S)" % (n - 1), line)
            if not opening:
                continue
            printed = " ".join(opening.group().split())
            forms = _openings().get(_fold(printed))
            if not forms:
                continue
            if printed.lower() not in forms:
                edits += _mended(line, opening.end(), forms, m.start(1))
            break
    return edits


def _mended(line: str, end: int, forms: set[str], at: int) -> list[Edit]:
    """The edits of the line's opening (up to ``end``) when the line decoded alone reads it as one
    of ``forms``, in offsets of the text (the line starts at ``at``)."""
    from .noisy_channel import restore_words

    inside = [e for e in restore_words(line, read_by_ocr=True) if e[1] <= end]
    opening = line[:end]
    for start, stop, new, *_ in sorted(inside, reverse=True):
        opening = opening[:start] + new + opening[stop:]
    if " ".join(opening.lower().split()) not in forms:
        return []
    return [(at + start, at + stop, new) for start, stop, new, *_ in inside]
