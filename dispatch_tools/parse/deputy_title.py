"""The title a deputy signs with under ``KT.``, and a title line an OCR pass misread.

Under ``KT. BỘ TRƯỞNG`` a deputy minister signs as ``THỨ TRƯỞNG``; under any other ``KT. X`` (the
last office of a capacity with two, ``BỘ TRƯỞNG, CHỦ NHIỆM``) the deputy signs as ``PHÓ X``. The
seal and the signature are stamped over that line, so an OCR pass often misreads a letter or two of
it (``Phá Thủ tướng``, ``THL. TRƯỞNG``, ``PHÓ CHỦ hì HIẾM``, ``PHÓ:IHỦ TƯỚNG``). A line that is no
known title, and no person's name, but reads within a few letters of the title the capacity
announces is that title, written in the line's case (capitals, or the capitals of its words); so is
a line with the title's letters and other marks (``THỦ TRƯỜNG`` under ``KT. BỘ TRƯỞNG``), though its
letters alone spell a known title (``THỦ TRƯỞNG``, whom no one signs for); a line written with no
marks at all (``PHO GIAM DOC``) is text that lost them, and stays. A
line whose words are all words of that title, in order, is a shorter title read right (``PHÓ VĂN
PHÒNG`` under ``CHÁNH VĂN PHÒNG``) and stays.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..repair.vietnamese import has_marks
from .lexicon import lexicon
from .signer_name import deputy_of, person_name
from .text import is_upper_line, key

__all__ = ["deputy_title", "mended_title"]

CLOSE = 80  # least similarity (rapidfuzz ratio of the folded letters) of a misread title


def deputy_title(capacity: str | None) -> str | None:
    """``THỨ TRƯỞNG`` for ``BỘ TRƯỞNG``, else ``PHÓ`` and the (last) office of the capacity, when
    the capacity is a known title; None otherwise."""
    if not capacity or not lexicon().is_signer_title(capacity):
        return None
    office = capacity.split(",")[-1].strip(" .").upper()
    if not office:
        return None
    return deputy_of(office)


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", key(text))


def _words_of(line: str, title: str) -> bool:
    """Are the line's words words of the title, in its order (``PHÓ VĂN PHÒNG`` under ``CHÁNH VĂN
    PHÒNG``)? A shorter title of the office, read right: OCR misreads letters, it does not drop a
    word cleanly."""
    words = iter(re.findall(r"[a-z0-9]+", key(title)))
    return all(any(w == t for t in words) for w in re.findall(r"[a-z0-9]+", key(line)))


def _in_case_of(title: str, line: str) -> str:
    """``title`` (in capitals) written as ``line`` is: in capitals, or word by word with the
    capital letters of the line's words (the first word's only when the counts differ)."""
    if is_upper_line(line, 0.6):
        return title
    words, seen = title.lower().split(), line.split()
    if len(words) != len(seen):
        return title.capitalize()
    return " ".join(w.capitalize() if s[:1].isupper() else w for w, s in zip(words, seen))


def mended_title(line: str, capacity: str | None) -> str | None:
    """The deputy's title that ``line`` (under ``KT.`` and ``capacity``) misreads, or None when the
    line is a known title, a name, or not close to it."""
    expected = deputy_title(capacity)
    text = line.strip()
    if expected is None or not text:
        return None
    if key(text) == key(expected) and text.upper() != expected and has_marks(text):
        return _in_case_of(expected, text)  # its marks misread (``THỦ TRƯỜNG``: a title of no deputy)
    if lexicon().is_signer_title(text) or person_name(text):
        return None
    read, want = _letters(text), _letters(expected)
    if not read or read == want and key(text) == key(expected):
        return None
    if fuzz.ratio(read, want) < CLOSE or _words_of(text, expected):
        return None
    return _in_case_of(expected, text)
