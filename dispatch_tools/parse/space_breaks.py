"""Runs of spaces and tabs a dump or a PDF's text layer leaves where the page had a line break or a
column's edge.

A page dumped on one line that kept its columns' padding prints each former line break as a run of
spaces (``ỦY BAN NHÂN DÂN   TỈNH KON TUM   Số: 06/2024/QĐ-UBND   V/v …``). On a long line that holds
most of its page and many such runs (at least :data:`MIN_RUNS`, and one in 250 characters: a typist's
double spaces are fewer), :func:`with_space_breaks` makes each run a line break again
(its last space becomes the break, so that the next line starts at its first word), so the head, the body and the foot are read as on a printed
page. A run that pads a part of one line stays: inside a date (``ngày  20   tháng 7  năm 2017``),
after ``Số:`` and before a number's slash (``Số:  1788  /SGDĐT``). A page with its line breaks never
gets its runs read as breaks: there they align columns or are a typist's double space.

A tab is read as a space (:func:`tabs_as_spaces`): a text layer puts one after a list's marker
(``-⇥Như trên;``) and between the head's two columns read row by row (``ỦY BAN NHÂN DÂN⇥CỘNG HÒA
…``), where the rules read a merged head as they read one joined by spaces.

Only spaces and tabs change, into line breaks and spaces, so the text keeps its length and every
offset stays valid."""

from __future__ import annotations

import re

from ..vntext import strip_diacritics
from .flat import _breaks as flat_breaks, tab_table_cuts
from .flat_foot import foot_start
from .text import broken_at, lines_at

LONG = 300  # a line shorter than this is no page dumped on one line
SHARE = 0.6  # the share of the page's characters the line must hold
MIN_RUNS = 5  # fewer runs than this on such a line are a typist's spacing, not line breaks
DENSITY = 4 / 1000  # nor are fewer runs than this per character of the line

_RUN = re.compile(r"(?<=\S)(?: [ \t]+|\t[ \t]*)(?=\S)")
# a run that pads one part of a line: inside a date, after "Số:", around a number's slash or dash
_KEEP_BEFORE = re.compile(r"(?:\b(?:[Nn]gay|thang|nam)|\bS[o0] ?:?|[/–-])$")
_DATE_AFTER = re.compile(r"(?:\d|[/–-])")
_DIGITS_BEFORE = re.compile(r"\d$")
_DATE_WORD_AFTER = re.compile(r"(?:thang|nam)\b|/")


def with_space_breaks(text: str) -> str:
    """``text`` with the runs of spaces of a page dumped on one line made line breaks again (the
    same length; see the module's text)."""
    if "  " not in text and "\t" not in text:
        return text
    total, runs_end, cells = len(text.strip()), [], []
    for start, line in lines_at(text):
        if len(line) > LONG and len(line.strip()) >= SHARE * total:
            folded = strip_diacritics(line)
            runs = [m.end() for m in _RUN.finditer(line) if not _pads(folded, m.start(), m.end())]
            if len(runs) >= max(MIN_RUNS, DENSITY * len(line)):
                runs_end += [start + pos - 1 for pos in runs]
                # a long row the runs leave whole in the head (its two columns' rows joined by one space,
                # the body's first paragraph after them) breaks as a page on one line breaks; the foot's
                # rows and the lines a run ends keep the runs' breaks
                foot = foot_start(folded)
                ends = [0] + runs + [len(line)]
                cells += [start + pos for pos in flat_breaks(line) if (foot < 0 or pos < foot) and _in_long_row(ends, pos)
                          and not _in_run(line, pos)]
                # a table's tabs are its cells' breaks; its rows' numbers and its ends get theirs too
                cells += [start + pos for pos in tab_table_cuts(folded)]
    return broken_at(broken_at(text, runs_end, over=None), cells)


LONG_ROW = 100  # a row between two runs longer than this holds more than one printed line


def _in_long_row(ends: list[int], pos: int) -> bool:
    """Is ``pos`` inside a row between two runs (``ends``, in order) longer than :data:`LONG_ROW`?"""
    for a, b in zip(ends, ends[1:]):
        if a <= pos < b:
            return b - a > LONG_ROW
    return False


def _in_run(line: str, pos: int) -> bool:
    """Is ``pos`` a space of a run (whose own break, or padding, it is)?"""
    return line[pos - 1:pos] in (" ", "\t") or line[pos + 1:pos + 2] in (" ", "\t")


def _pads(folded: str, start: int, end: int) -> bool:
    """Whether the run between ``start`` and ``end`` pads a part of one line (see the module's text)."""
    before, after = folded[max(0, start - 12):start], folded[end:end + 8]
    if _KEEP_BEFORE.search(before) and _DATE_AFTER.match(after):
        return True
    if after.startswith("/") and re.search(r"(?:\d|\bS[o0] ?:?)$", before):
        return True  # "Số:  1788  /SGDĐT", "Số:     /TTr-VPCP" (not a symbol on its own line after the motto)
    return bool(_DIGITS_BEFORE.search(before) and _DATE_WORD_AFTER.match(after))


_MARKER_TAB = re.compile(r"(?m)^([ \t]*(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\)|[IVX]{1,5}\.|[-–—•+*]))\t")


def tabs_as_spaces(text: str) -> str:
    """``text`` with the tab after a list's marker at the start of a line a space (the same length)."""
    return _MARKER_TAB.sub(lambda m: m.group(1) + " ", text) if "\t" in text else text
