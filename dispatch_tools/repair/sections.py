"""Roman section numbers an OCR engine misread (``U. NHIỆM VỤ``, ``I/. NỘI DUNG``, ``I. NỘI
DUNG`` for ``II.``), put back from the numbers around them.

The sections of a body (``I.``, ``II.``, ``III.`` opening a line, a heading after them) are
numbered in order, so each number is known from the one before it. A number is read again when
it is what the engine prints for the strokes of the expected number (a stroke ``I`` read as
``l``, ``1``, ``|``, ``/``; two strokes read as ``H`` or ``U``: the table is
``models/repair/roman_lookalikes.json``), or when it is one stroke short or long of it; and only
when the numbers around it confirm it: the number before it is one less, and the one after it,
if any, one more (``I.`` / ``I.`` / ``III.``) or as short of it by a stroke as this one is of
its own (``I.`` / ``I.`` / ``II.``: two numbers in a row that lost a stroke, both heading a line
in capitals), or it is the first and the next is ``II``. A
number that starts a new list (``I.`` after ``III.``, an annex's sections) is one stroke or more
away from the expected one and is left alone, and so is any number the sequence does not
confirm.

Likewise a dash or a speck glued before a numbered item's figure (``-4. Tổ chức …`` after ``3.``)
is dropped (:func:`item_edits`), and a lettered item's letter read as the figure it looks like
(``1)`` for ``i)``) is the letter when the items before and after it are the letters around it
(``h)`` / ``1)`` / ``k)``: :func:`letter_edits`; a speck glued before the letter, ``-a)``, is dropped;
the first item's ``a`` read as a figure before ``b)``, ``8)``, is ``a)``). The first figure of a part's number read as a
letter (``5. Hiện trạng …`` / ``S.1. Đoạn tuyến …`` / … / ``o.2. Đoạn tuyến …``) is the figure when
the item above it or the part before it confirms it (:func:`sub_item_edits`). A speck read for the
space of an article's number (``Điều.3. Hiệu lực thi hành``) is the space again (:func:`article_edits`).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from ..figure_lookalikes import lookalikes
from ..vntext import ITEM_LETTERS
from ..resources import model_path

Edit = tuple[int, int, str]

_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
           "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15}
_NUMERALS = {value: text for text, value in _VALUES.items()}
# a list of lettered parts (``A. PHẦN …``, ``B. …``) or an annex starts the numbering again
# (a capital P: a line of a wrapped sentence that opens with ``phần, …`` restarts nothing)
_RESTART = re.compile(r"(?m)^[ \t]*(?:[A-D][ \t]*\.[ \t]+\S|P(?i:hụ lục|hần)\b)")


@lru_cache(maxsize=1)
def _strokes() -> dict[str, str]:
    data = json.loads(model_path("repair", "roman_lookalikes.json").read_text(encoding="utf-8"))
    return data["strokes"]


@lru_cache(maxsize=1)
def _heading() -> re.Pattern:
    chars = re.escape("".join(_strokes()))
    # a number of up to five such characters opening a line, a full stop or bracket after it (or
    # a space), then a heading's capital; one Roman letter at least (``1.`` is an item's number),
    # or a stroke and a slash (``1/.``: a section's number only before a heading in capitals)
    return re.compile(rf"(?m)^[ \t]*(?=[{chars}]*[IVXHU]|[{chars}]/)([{chars}]{{1,5}})(?=[ \t]*[.)][ \t]*[A-ZĐÀ-Ỹ]"
                      rf"|[ \t]+[A-ZĐÀ-Ỹ]{{2}})")


def _reading(token: str) -> str:
    strokes = _strokes()
    return "".join(strokes[ch] for ch in token)


def _one_stroke(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` differ by one stroke I added or dropped?"""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)) if long_[i] == "I")


def _candidates(token: str) -> dict[int, str]:
    """The numbers ``token`` may stand for, each with how to print it: every stroke read as such,
    and, when it ends with ``/`` (or a ``U`` after a stroke), also the style ``I/.`` (the slash kept)."""
    out: dict[int, str] = {}
    if token[-1] in "/U" and len(token) > 1:  # the slash read as such, or as ``U`` (``1U.`` for ``I/.``)
        value = _VALUES.get(_reading(token[:-1]))
        if value:
            out[value] = _NUMERALS[value] + "/"
    if not re.search("[IVXHU]", token):  # ``1/.``: the stroke and its slash, not two strokes
        return out
    value = _VALUES.get(_reading(token))
    if value and value not in out:
        out[value] = _NUMERALS[value]
    return out


def section_edits(text: str) -> list[Edit]:
    """Edits ``(start, end, replacement)`` that put back the Roman section numbers of ``text`` (read
    by OCR) the sequence confirms; see the module documentation."""
    restarts = [m.start() for m in _RESTART.finditer(text)]
    headings = [(m.start(1), m.end(1), m.group(1)) for m in _heading().finditer(text)]
    found = [h for h in headings if re.search("[IVXHU]", h[2])]
    options = [_candidates(token) for _, _, token in found]
    edits: list[Edit] = []
    before: int | None = None
    for k, (start, end, token) in enumerate(found):
        if k and any(found[k - 1][0] < r < start for r in restarts):
            before = None
        nxt = options[k + 1] if k + 1 < len(found) and not any(
            start < r < found[k + 1][0] for r in restarts) else None
        expected = before + 1 if before is not None else 1 if nxt and 2 in nxt else None
        if expected is None or expected not in _NUMERALS:
            before = min(options[k]) if options[k] else None
            continue
        printed = options[k].get(expected)
        shifted = nxt is not None and _shifted(found[k + 1][2], expected) \
            and _caps_heading(text, end) and _caps_heading(text, found[k + 1][1])
        if printed is None and (nxt is None or expected + 1 in nxt or shifted) and (
                before is None or not options[k] or before in options[k]) and _near(token, expected):
            printed = _NUMERALS[expected] + ("/" if token.endswith("/") and len(token) > 1 else "")
        if printed is None:
            before = min(options[k]) if options[k] else None
            continue
        if printed != token:
            edits.append((start, end, printed))
        before = expected
    return edits + _first_slashed(text, headings, found, restarts)


def _first_slashed(text: str, headings: list, found: list, restarts: list[int]) -> list[Edit]:
    """``I/.`` read as a figure and its slash (``1/. ĐỐI TƯỢNG …``), the first section of its
    sequence: before a heading in capitals, with no section number before it and ``II`` the next."""
    edits: list[Edit] = []
    for start, end, token in headings:
        if re.search("[IVXHU]", token) or not _caps_heading(text, end) or 1 not in _candidates(token):
            continue
        earlier = [h for h in found if h[0] < start and not any(h[0] < r < start for r in restarts)]
        later = [h for h in found if h[0] > start]
        if not earlier and later and not any(start < r < later[0][0] for r in restarts) \
                and 2 in _candidates(later[0][2]):
            edits.append((start, end, "I/"))
    return edits


def _shifted(token: str, expected: int) -> bool:
    """Is the next number, ``token``, read as ``expected`` itself and one stroke short of the number
    after it (``I.`` / ``I.`` / ``II.`` for ``I.`` / ``II.`` / ``III.``: both lost a stroke)?"""
    return expected in _candidates(token) and _near(token, expected + 1)


def _caps_heading(text: str, end: int) -> bool:
    """Is the rest of the line after a number at ``end`` a heading in capitals (a section's, not
    a numbered item's misread as one)?"""
    line = text[end:text.find("\n", end) if "\n" in text[end:] else len(text)]
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def _near(token: str, value: int) -> bool:
    """Is ``token`` one stroke short or long of the numeral of ``value`` (a trailing slash aside)?"""
    numeral = _NUMERALS[value]
    readings = {_reading(token)} | ({_reading(token[:-1])} if token.endswith("/") and len(token) > 1 else set())
    return any(_one_stroke(reading, numeral) for reading in readings)


# a numbered item's marker at the start of a line, and the marks an OCR pass may glue before it;
# its full stop may have been read as a comma (``2, Gửi báo cáo …``), then a capital opens its text
# a figure read as the letter it looks like (``S. Sở Y tế …`` for ``5.``): an item's number only
# where the sequence confirms it
_FIGURE_LOOKALIKES = {ch: int(fig) for ch, fig in lookalikes("letters_for_figures", "item_number").items()}
_ITEM = re.compile(r"(?m)^([ \t]*)([-–—~_=.'`|]{1,2})?(\d{1,2}|[" + re.escape("".join(_FIGURE_LOOKALIKES))
                   + r"](?=\.[ \t]+[A-ZĐÀ-Ỹ]))(?:(\.)(?=[ \t]+\S)|(,)(?=[ \t]+[A-ZĐÀ-Ỹ]))")


# the first item's "1." read as the Roman "I." before a sentence in small letters ("I. Căn cứ các nội dung …")
_ROMAN_ONE = re.compile(r"(?m)^[ \t]*(I)\.[ \t]+(?=[A-ZĐÀ-Ỹ][a-zđà-ỹ])")
_NEXT_NUMBER = re.compile(r"(?m)^[ \t]*(\d{1,2}|[IVX]{1,4})\.[ \t]+\S")


def _roman_one_edits(text: str) -> list[Edit]:
    """``1.`` for ``I.`` that opens a sentence in small letters (no section's heading in capitals) when the
    next numbered line is ``2.``: a list's first item whose figure the engine read as the Roman one."""
    edits = []
    for m in _ROMAN_ONE.finditer(text):
        end = text.find("\n", m.end())
        nxt = _NEXT_NUMBER.search(text, end + 1) if end >= 0 else None
        if nxt is not None and nxt.group(1) == "2" and not _caps_heading(text, m.end()):
            edits.append((m.start(1), m.end(1), "1"))
    return edits


def item_edits(text: str) -> list[Edit]:
    """Edits that mend the marker of a numbered item an OCR pass misread: a dash or a speck glued
    before its figure (``3. Chỉ đạo …`` / ``-4. Tổ chức …``: the item after ``3.`` is ``4.``, not a
    list dash whose text opens with a figure, so the marks are a speck), and its full stop read as
    a comma (``1. Rà soát …`` / ``2, Gửi báo cáo …``) when the numbers around it confirm the item:
    the one before it is one less, or it is ``1,`` and the next is ``2.``, or a speck is glued before it
    too and the line opens a clause (``Điều 2. Tổ chức thực hiện`` / ``—2, Tổng cục A có trách nhiệm …``:
    :func:`_opens_a_clause`); and its figure read as
    the letter it looks like (``4. …`` / ``S. Sở Y tế …``) when the one before it is one less, or the first
    item's ``1.`` read as ``I.`` (:func:`_roman_one_edits`)."""
    found = list(_ITEM.finditer(text))
    edits: list[Edit] = []
    previous: int | None = None
    for k, m in enumerate(found):
        letter = m.group(3) in _FIGURE_LOOKALIKES
        number = _FIGURE_LOOKALIKES[m.group(3)] if letter else int(m.group(3))
        follows = previous is not None and number == previous + 1
        if letter:
            if not follows:
                continue
            edits.append((m.start(3), m.end(3), str(number)))
        heads = False
        if m.group(5):  # a comma: an item only when the sequence confirms it
            nxt = found[k + 1] if k + 1 < len(found) else None
            opens = number == 1 and nxt is not None and nxt.group(4) and int(nxt.group(3)) == 2
            heads = bool(m.group(2)) and _opens_a_clause(text, m.start(), previous is None)
            if not (follows or opens or heads):
                continue
            edits.append((m.start(5), m.end(5), "."))
        if m.group(2) and (follows or heads):
            edits.append((m.start(2), m.end(2), ""))
        previous = number
    return sorted(edits + _roman_one_edits(text))


_ARTICLE_TITLE = re.compile(r"[ \t]*Điều[ \t]+\d{1,3}[ \t]*\.[ \t]+\S")


def _opens_a_clause(text: str, start: int, first: bool) -> bool:
    """Does the line at ``start`` open a clause: right under an article's title (``Điều 2. Tổ chức thực
    hiện`` / ``—2, Cục A …``: a clause cited alone), or, for the first numbered line of the text, after a
    line that ends a sentence?"""
    before = text[:start].rstrip().rsplit("\n", 1)[-1]
    return bool(_ARTICLE_TITLE.match(before)) or first and before.endswith((".", ";", ":"))


# a lettered item's marker opening a line (``a)``, ``b.``), or a figure such a letter is read as
_LETTER_FOR = {fig: letter.lower() for fig, letter in lookalikes("figures_for_letters", "item_letter").items()}
_LETTER_ITEM = re.compile(r"(?m)^[ \t]*([-–—~_=.'`]{1,2})?([" + re.escape(ITEM_LETTERS + "".join(_LETTER_FOR))
                          + r"])([).])(?=[ \t]+\S)")


def letter_edits(text: str) -> list[Edit]:
    """Edits that put back a lettered item's letter read as the figure it looks like (``h)`` /
    ``1)`` / ``k)``: ``i)``), only where the item before it, with the same mark after its letter,
    is the letter before and the item after it the letter after; and that drop a speck glued
    before an item's letter (``-a) Chủ trì …``) the letter before it or after it confirms."""
    found = list(_LETTER_ITEM.finditer(text))
    edits: list[Edit] = []
    for k, m in enumerate(found):
        before = found[k - 1] if k else None
        after = found[k + 1] if k + 1 < len(found) else None
        letter = _LETTER_FOR.get(m.group(2), m.group(2))
        if letter not in ITEM_LETTERS:
            continue
        at = ITEM_LETTERS.index(letter)
        follows = before is not None and at > 0 and before.group(2) == ITEM_LETTERS[at - 1] \
            and before.group(3) == m.group(3)
        precedes = after is not None and at + 1 < len(ITEM_LETTERS) and after.group(2) == ITEM_LETTERS[at + 1] \
            and after.group(3) == m.group(3)
        if m.group(2) != letter and follows and precedes:
            edits.append((m.start(2), m.end(2), letter))
        elif m.group(2) in _LETTER_FOR and _opens_letters(m, before, after):
            edits.append((m.start(2), m.end(2), "a"))
        if m.group(1) and m.group(2) == letter and (follows or precedes and at == 0):
            edits.append((m.start(1), m.end(1), ""))
    return edits


def _opens_letters(m: re.Match, before: re.Match | None, after: re.Match | None) -> bool:
    """Is an item whose marker is a figure (``8) Căn cứ …``) the first of a lettered list, its ``a``
    misread: the item after it is ``b``, with the same mark, and the one before it with that mark
    no ``a``?"""
    return after is not None and after.group(2) == "b" and after.group(3) == m.group(3) and not (
        before is not None and before.group(3) == m.group(3) and before.group(2) == "a")


_ANY_FIGURE = {ch: int(fig) for ch, fig in lookalikes("letters_for_figures", "sub_item_number").items()}
# "5.1. …", and "S.1. …": a part's number of two levels opening a line, a heading's capital after it
_SUB_ITEM = re.compile(r"(?m)^[ \t]*(\d{1,2}|[" + re.escape("".join(_ANY_FIGURE)) + r"])\.(\d{1,2})\.[ \t]+[A-ZĐÀ-Ỹ]")
# an item's or a section's number opening a line (``5. …``, ``II. …``)
_TOP_ITEM = re.compile(r"(?m)^[ \t]*(\d{1,2}|[IVX]{1,5})\.[ \t]+\S")


def sub_item_edits(text: str) -> list[Edit]:
    """Edits that put back the first figure of a part's number read as a letter: ``S.1.`` under
    ``5. …`` (the item just above it is the figure the letter looks like), and ``o.2.`` after
    ``5.1.`` (the part before it, of the same item, is one less, and no ``5.2.`` is printed)."""
    found = list(_SUB_ITEM.finditer(text))
    printed = {(m.group(1), m.group(2)) for m in found}
    edits: list[Edit] = []
    last: tuple[int, int] | None = None  # the last part read as figures, (item, part)
    for m in found:
        first, part = m.group(1), int(m.group(2))
        if first.isdigit():
            last = (int(first), part)
            continue
        above = [t for t in _TOP_ITEM.finditer(text, 0, m.start())]
        figure = None
        if part == 1 and above and above[-1].group(1) == str(_ANY_FIGURE[first]):
            figure = _ANY_FIGURE[first]
        elif part > 1 and last is not None and last[1] == part - 1 and (str(last[0]), str(part)) not in printed \
                and (first, str(part - 1)) not in printed:
            figure = last[0]
        if figure is None:
            last = None
            continue
        edits.append((m.start(1), m.end(1), str(figure)))
        last = (figure, part)
    return edits


# "Điều.3. …", "Điều,3. …": an article's number opening a line, a speck read for its space
_ARTICLE_SPECK = re.compile(r"(?m)^([ \t]*Điều)([.,:;'`])[ \t]?(?=\d{1,3}[ \t]*[.:][ \t]+[A-ZĐÀ-Ỹ])")


def article_edits(text: str) -> list[Edit]:
    """Edits that put back the space of an article's number a speck took (``Điều.3. Hiệu lực …``)."""
    return [(m.end(1), m.end(), " ") for m in _ARTICLE_SPECK.finditer(text)]
