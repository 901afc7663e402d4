"""Letters of no Vietnamese word that an OCR engine reading Vietnamese printed for the Vietnamese
letters they look like: ``øặp`` (``gặp``), ``bảø`` (``bảo``), ``Ñăng`` (``Năng``), ``ø)`` for
the list item ``g)``.

In text read by OCR, a word holding such a letter (the table is data:
``models/repair/ocr_foreign_letters.json``) is read again with each letter it may stand for, and
takes the reading that is a syllable of the corpus, written in one case (``nÏ`` is no ``nI``), the one the language model likes most
beside the words around it when several are. A word no reading makes a syllable is left as read
(a foreign name, an address: ``España``, ``gov``); so is a word of one letter, unless it opens a
list item: then it is the letter the item before it gives (``e)`` then ``ø)``: ``g)``), or ``a``
for the first item (``ä)``); a mark read as such a letter before a bracket (``Ö) ——``, a
signature's stroke) is no item. A look-alike of ``i`` alone after a name is the numeral ``I`` that
ends it (``Khu Quản lý đường bộ ï``).
"""

from __future__ import annotations

import itertools
import json
import re
from functools import lru_cache

from ..resources import model_path
from ..vntext import ITEM_LETTERS
from .vietnamese import case_pattern, inventory

Edit = tuple[int, int, str]
MAX_FOREIGN = 2  # such letters in one word read again (more: not a word of the page)


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    data = json.loads(model_path("repair", "ocr_foreign_letters.json").read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in data.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _word() -> re.Pattern:
    return re.compile(r"[^\W\d_]*[" + re.escape("".join(_table())) + r"][^\W\d_]*")


_ITEM = re.compile(r"(?m)^[ \t]*([a-zđ])\)")


def foreign_letter_edits(text: str) -> list[Edit]:
    """Edits ``(start, end, replacement)`` of the words of ``text`` (read by OCR) that hold a letter
    of no Vietnamese word; see the module documentation."""
    if text.isascii():
        return []
    table = _table()
    edits: list[Edit] = []
    for m in _word().finditer(text):
        word = m.group()
        if len(word) == 1:
            letter = _item_letter(text, m.start(), m.end(), table[word]) or _numeral_one(text, m.start(), m.end(),
                                                                                      table[word])
            if letter is not None:
                edits.append((m.start(), m.end(), letter))
            continue
        spots = [i for i, ch in enumerate(word) if ch in table]
        if len(spots) > MAX_FOREIGN:
            continue
        readings = []
        for choice in itertools.product(*(table[word[i]] for i in spots)):
            chars = list(word)
            for i, ch in zip(spots, choice):
                chars[i] = ch
            reading = "".join(chars)
            if reading.lower() in inventory() and case_pattern(reading) != "mixed":
                readings.append(reading)
        if readings:
            best = readings[0] if len(readings) == 1 else max(
                readings, key=lambda r: _in_context(r, text, m.start(), m.end()))
            edits.append((m.start(), m.end(), best))
    return edits


def _item_letter(text: str, start: int, end: int, letters: tuple[str, ...]) -> str | None:
    """The letter of a list item ``x)`` opening its line (a speck before it aside) and followed by
    its text: the one the item before it gives, or ``a`` for a first item when the look-alike
    stands for it."""
    if not re.match(r"\)[ \t]+[^\W\d_]", text[end:end + 3]) \
            or text[text.rfind("\n", 0, start) + 1:start].strip(" \t-–—_.") != "":
        return None
    stands_for = [x.lower() for x in letters]
    before = [m.group(1) for m in _ITEM.finditer(text, 0, start)]
    if not before:
        return "a" if "a" in stands_for else None
    if before[-1] in ITEM_LETTERS:
        nxt = ITEM_LETTERS.index(before[-1]) + 1
        if nxt < len(ITEM_LETTERS) and ITEM_LETTERS[nxt] in stands_for:
            return ITEM_LETTERS[nxt]
    return None


def _numeral_one(text: str, start: int, end: int, letters: tuple[str, ...]) -> str | None:
    """``I``, the numeral one that ends a body's name (``Khu Quản lý đường bộ ï``, ``Hải quan khu vực
    ï``): a look-alike of ``i`` standing alone after a name in capitals, no letter after it."""
    if "i" not in [x.lower() for x in letters] or re.match(r"[^\W\d_]", text[end:end + 1]):
        return None
    words = re.findall(r"[^\W\d_]+", text[text.rfind("\n", 0, start) + 1:start])[-5:]
    return "I" if len(words) >= 2 and any(w[:1].isupper() for w in words) else None


def _in_context(reading: str, text: str, start: int, end: int) -> float:
    from .segmentation import _chain_score

    before = re.findall(r"[^\W\d_]+", text[max(0, start - 40):start])
    after = re.findall(r"[^\W\d_]+", text[end:end + 40])
    return _chain_score([before[-1].lower() if before else "", reading.lower(),
                         after[0].lower() if after else ""])
