"""Vietnamese text utilities every stage shares: NFC, and the ways of folding a text to compare it.

Each fold is named for what it keeps:

===================  =========================================  ==============================
function             what it gives                              used for
===================  =========================================  ==============================
``strip_diacritics``  the letters without marks, ``đ`` as ``d``;  matching cue phrases on a copy
                      same length, case kept                     whose offsets hold (parse)
``lowercase_words``   lower case, punctuation as spaces, single   comparing labels and names;
                      spaces; marks kept                         ``Tên đơn vị:`` = ``tên đơn vị``
``ascii_words``       ASCII transliteration, lower case, single   searching: ``Sở Thông tin`` and
                      spaces                                     ``so thong tin`` match
===================  =========================================  ==============================

The repair stage has its own key for syllables (``repair.vietnamese.strip_marks``): it knows only
the Vietnamese letters, which is what its syllable tables are built from.
"""

from __future__ import annotations

import re
import unicodedata

from unidecode import unidecode


def nfc(text: str) -> str:
    """The text in Unicode NFC, the form every output of the toolkit is in."""
    return unicodedata.normalize("NFC", text)


class _StripTable(dict):
    """str.translate table: each character to its base letter, filled on first use."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in "đĐ":
            out = "d" if ch == "đ" else "D"
        else:
            out = unicodedata.normalize("NFD", ch)[0]
        self[code] = out
        return out


_STRIP = _StripTable()


def strip_diacritics(text: str) -> str:
    """``Đường`` -> ``Duong``: every letter without its marks, same length, case kept, so that
    offsets found in the result are offsets of ``text``."""
    return text.translate(_STRIP)


_PUNCTUATION = re.compile(r"[^\w\s]")


def lowercase_words(text: str) -> str:
    """``Tên đơn vị:`` -> ``tên đơn vị``: NFC, lower case, punctuation as spaces, single spaces."""
    return " ".join(_PUNCTUATION.sub(" ", nfc(text).lower()).split())


def ascii_words(text: str | None) -> str:
    """``Sở Thông tin`` -> ``so thong tin``: plain ASCII, lower case, single spaces."""
    return " ".join(unidecode(text or "").lower().split())


# characters a web page or a PDF's text layer leaves between and inside words that no reader sees: a
# no-break space (U+00A0, U+202F, U+2007) reads as a space; a soft hyphen, a zero-width space, joiner
# or non-joiner, a word joiner and a byte-order mark are nothing
# the letters that mark the points of a list (``a)``, ``b)``, … ``đ)``; no f, j, w or z), in order
ITEM_LETTERS = "abcdđeghiklmnopqrstuvxy"

INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff\u00a0\u202f\u2007]")
_AS_SPACE = "\u00a0\u202f\u2007"


def invisible_edits(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, replacement)`` for every invisible character of ``text``: a space for a
    no-break space, nothing for the others."""
    return [(m.start(), m.end(), " " if m.group() in _AS_SPACE else "") for m in INVISIBLE.finditer(text)]


def without_invisible(text: str) -> str:
    """``text`` with :func:`invisible_edits` done."""
    return INVISIBLE.sub(lambda m: " " if m.group() in _AS_SPACE else "", text)
