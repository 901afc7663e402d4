"""Figures of a cited number or a date that an OCR engine split or read as letters.

An engine reading a small or tightly set face puts a space inside a run of figures where two of
them stand apart, and reads a lone figure as the letter it resembles. In text read by OCR:

* the year of a document's number split by a space before its symbol (``38/201 5/NĐ-CP``,
  ``66/202 1/NĐ-CP``) is one year again when the figures joined make a year of the last two
  centuries: no number cites a year in two pieces;
* a date after ``ngày`` whose day or month is split by a space (``ngày 15/1 1/2024``,
  ``ngày 1 5/3/2020``) is joined when the joined figures are a day or a month and the split
  ones cannot be read as a date at all;
* a day or a month printed in words' place as a letter the engine reads for a figure
  (``ngày 27 tháng S năm 2011``: ``S`` for ``5``; ``tháng l] năm 2021``: ``11``) is that figure when
  the figures make a day or a month: no letter stands alone between ``tháng`` and ``năm``;
* a speck between a cited symbol and the ``ngày`` of its date (``12/2014/TT-BGDĐT , _ngày 18``,
  ``89/2025/QH15 \\ ngày 25``, the day on the next line too) is dropped: nothing else stands there but a comma.
"""

from __future__ import annotations

import re

from ..figure_lookalikes import lookalikes

Edit = tuple[int, int, str]

# a number's figures, then a year split in two by a space, then its symbol
_YEAR_SPLIT = re.compile(r"(?<![\w/.-])\d{1,6}/(?P<a>\d{1,3})(?P<gap>[ \t])(?P<b>\d{1,3})(?=[ \t]?/[ \t]?[A-ZĐ])")
# a date after "ngày" with its day or its month split by a space
_DATE = r"(?<![\w])ng[àa]y[ \t]*"
_MONTH_SPLIT = re.compile(_DATE + r"\d{1,2}/(?P<a>\d)(?P<gap>[ \t])(?P<b>\d)/(?:19|20)\d\d(?!\d)", re.I)
_DAY_SPLIT = re.compile(_DATE + r"(?P<a>\d)(?P<gap>[ \t])(?P<b>\d)/\d{1,2}/(?:19|20)\d\d(?!\d)", re.I)
# a letter alone where a date's day or month stands
_FIGURE_OF = lookalikes("letters_for_figures", "date_letter")  # S for 5, B for 8, Z for 2, I and l for 1
_LETTER_FIGURE = re.compile(rf"(?<![\w])(?P<unit>ng[àa]y|th[áa]ng)[ \t]+(?P<x>[{re.escape(''.join(_FIGURE_OF))}0-9]{{1,2}})"
                            r"(?=[ \t]+(?:th[áa]ng|n[ăa]m)(?![\w]))", re.I)
_LIMITS = {"ngay": 31, "thang": 12}  # the largest day and month

# a speck after a symbol (its last capital or figure) and an optional comma, before "ngày" and a figure
# (on its line or the next)
_DATE_SPECK = re.compile(r"(?<=[A-ZĐ0-9])(?P<pre>[ \t]*,?[ \t]*)(?P<x>[_\\|~]+[ \t]*)(?=[Nn]g[àa]y[ \t]*(?:\n[ \t]*)?\d)")


def _letters_read(m: re.Match) -> Edit | None:
    """The figures of a day or a month one or both of whose figures were read as letters (``tháng S``,
    ``tháng l]`` for ``11``), when they make a day or a month."""
    x = m.group("x")
    if x.isdigit():
        return None
    figures = "".join(_FIGURE_OF.get(ch, ch) for ch in x)
    unit = "ngay" if m.group("unit").lower().startswith("ng") else "thang"
    if not figures.isdigit() or not 1 <= int(figures) <= _LIMITS[unit]:
        return None
    return m.start("x"), m.end("x"), figures


def _joined(m: re.Match, low: int, high: int) -> Edit | None:
    value = int(m.group("a") + m.group("b"))
    return (m.start("gap"), m.end("gap"), "") if low <= value <= high else None


def figure_edits(text: str) -> list[Edit]:
    """Edits ``(start, end, replacement)`` that join split figures and put back figures read as
    letters in the cited numbers and dates of ``text`` (read by OCR); see the module documentation."""
    found = [_joined(m, 1900, 2099) for m in _YEAR_SPLIT.finditer(text)
             if len(m.group("a") + m.group("b")) == 4]
    found += [_joined(m, 10, 12) for m in _MONTH_SPLIT.finditer(text)]
    found += [_joined(m, 10, 31) for m in _DAY_SPLIT.finditer(text)]
    found += [_letters_read(m) for m in _LETTER_FIGURE.finditer(text)]
    found += [(m.start("x"), m.end("x"), "" if m.group("pre")[-1:].isspace() else " ")
              for m in _DATE_SPECK.finditer(text)]
    return sorted(edit for edit in found if edit)
