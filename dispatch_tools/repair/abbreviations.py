"""ALL-CAPS abbreviations: which the corpus knows, and their Đ given back in stripped text.

``models/repair/abbreviations.txt`` (written by ``make model``) lists every ALL-CAPS word of the
training lines that is no syllable: those written with Đ (``GDĐT``, ``QĐ``) get it back when the
text lost its marks (``GDDT``), also inside compounds of known pieces (``TWDTN`` -> ``TWĐTN``) and
inside document symbols (``2865/GDDT-KT&KDCL``); all of them are never read as syllables in
OCR-damaged text (``BCH`` stays, ``HQI`` is ``HỘI``).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from ..resources import model_path
from .tokens import Token
from .vietnamese import strip_marks

_CAPS_RUN = re.compile(r"(?<![^\W\d_])[A-Z]{2,10}(?![^\W\d_])")


def _abbreviation_file() -> tuple[str, ...]:
    return tuple(abbreviation_counts())


@lru_cache(maxsize=1)
def abbreviation_counts() -> dict[str, int]:
    """Each ALL-CAPS abbreviation of the corpus and how often its training lines use it."""
    path = model_path("repair", "abbreviations.txt")
    if not path.is_file():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, count = line.partition("\t")
        if word:
            out[word] = int(count) if count.strip().isdigit() else 0
    return out


@lru_cache(maxsize=1)
def known_abbreviations() -> frozenset[str]:
    """Every ALL-CAPS abbreviation the corpus uses (``UBND``, ``BCH``, ``HĐND``)."""
    return frozenset(_abbreviation_file())


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Stripped form -> ALL-CAPS abbreviation written with Đ (``GDDT`` -> ``GDĐT``)."""
    out: dict[str, str] = {}
    for word in _abbreviation_file():
        if "Đ" in word:
            out.setdefault(strip_marks(word), word)
    return out


@lru_cache(maxsize=1)
def abbreviation_pieces() -> dict[str, str]:
    """Stripped form -> written form of every known ALL-CAPS word (``TW`` -> ``TW``,
    ``DTN`` -> ``ĐTN``): the pieces compound abbreviations are made of."""
    abbr = abbreviations()
    return {strip_marks(w): abbr.get(strip_marks(w), w) for w in _abbreviation_file()}


@lru_cache(maxsize=20_000)
def restore_abbreviation(word: str) -> str | None:
    """An ALL-CAPS word of stripped text with its Đ back, or None: a known abbreviation
    (``GDDT`` -> ``GDĐT``), or a compound of known pieces of two letters or more, cut into as
    few pieces as possible, when every such cut reads the same (``TWDTN`` -> ``TW`` + ``ĐTN``,
    ``UBNDHDND`` -> ``UBND`` + ``HĐND``, not ``UB`` + ``NĐ`` + ...). A word known as it is
    (``UBND``), made of unknown pieces (``KD``, which may be *kinh doanh*) or read two ways
    stays as it is."""
    abbr = abbreviations()
    if word in abbr:
        return abbr[word]
    pieces = abbreviation_pieces()
    n = len(word)
    if "D" not in word or word in pieces or n > 12:
        return None
    # best[i]: fewest pieces covering word[i:], and the readings with that many (two at most)
    best: list[tuple[float, set[str]]] = [(math.inf, set())] * n + [(0, {""})]
    for i in range(n - 2, -1, -1):
        count, readings = math.inf, set()
        for j in range(i + 2, n + 1):
            piece = pieces.get(word[i:j])
            if piece is None or best[j][0] == math.inf:
                continue
            if best[j][0] + 1 < count:
                count, readings = best[j][0] + 1, set()
            if best[j][0] + 1 == count:
                readings |= {piece + rest for rest in best[j][1]}
        best[i] = (count, set(sorted(readings)[:2]))
    readings = best[0][1]
    if len(readings) == 1:
        (reading,) = readings
        return reading if reading != word else None
    return None


def abbreviation_edits(tok: Token) -> list[tuple[int, int, str, str, float]]:
    """In stripped text, edits ``(start, end, replacement, kind, confidence)`` that give an
    ALL-CAPS word (:func:`restore_abbreviation`) or the known abbreviations inside a document
    symbol their Đ back (``2865/GDDT-KT&KDCL`` -> ``2865/GDĐT-KT&KĐCL``; nothing else in the
    symbol changes)."""
    if "D" not in tok.text:
        return []
    if tok.kind == "word" and tok.text.isupper():
        new = restore_abbreviation(tok.text)
        return [(tok.start, tok.end, new, "diacritics", 0.9)] if new else []
    if tok.kind != "protected":
        return []
    out = []
    for m in _CAPS_RUN.finditer(tok.text):
        new = restore_abbreviation(m.group()) if "D" in m.group() else None
        if new:
            out.append((tok.start + m.start(), tok.start + m.end(), new, "diacritics", 0.9))
    return out
