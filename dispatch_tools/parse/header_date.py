"""The header's place and issue date (part 4 of ``../shared/docs/FORMAT.md``): the first date of
the header with a place before it (or standing alone at the start of its line), and the place
printed before its ``, ngày``."""

from __future__ import annotations

import re
from datetime import date

from .context import Context
from .header_lines import BLANK_DATE, HEADER_DATE, HEADER_LINES, place_start
from .lexicon import lexicon
from .subject import under_type_name
from .text import DATE_WORDS, is_upper_line, key, make_date, squash, strip_markup
from ..i18n import _


def read_date_place(ctx: Context) -> None:
    limit = ctx.offset(min(HEADER_LINES, len(ctx.lines)))
    kinh_gui = ctx.cues_in("KINH_GUI", 0, limit)
    if kinh_gui:
        k = ctx.line_of(kinh_gui[0].start)
        # the right header column (motto, place and date) may come after the left one
        right = [ln.index for ln in ctx.lines[k + 1:k + 12] if ln.column == "right"]
        limit = min(limit, ctx.lines[right[-1] if right else k].end)
    lex = lexicon()
    # the header ends where the body's first paragraph starts (a page may print the legal basis
    # above the header: then it ends after the number)
    for line in ctx.lines[ctx.number_line or 0:HEADER_LINES]:
        if line.start >= limit:
            break
        if len(line.stripped) > 40 and lex.body_start_re.match(key(line.text)) and not is_upper_line(line.text) \
                and not line.stripped[:1].islower() \
                and not _right_column_date(line.folded) and not under_type_name(ctx, line.index):
            limit = line.start
            break
    found = None
    for m in HEADER_DATE.finditer(ctx.folded, 0, limit):
        if place_before(ctx, m.start()) is not None:
            found = m
            break
        if found is None and m.group("m") and _stands_alone(ctx, m.start()):
            found = m  # a date in figures ("ngày 26/01/2024") is the issue date only after a place
    blank = BLANK_DATE.search(ctx.folded, 0, limit)
    if blank and (found is None or blank.start() < found.start()):
        found = None
    if found is None:
        if blank:
            place = place_before(ctx, blank.start())
            if place:
                ctx.fields.place = squash(ctx.text[place[0]:place[1]])
                ctx.mark("place", *place)
            ctx.warn(_("the issue date is left blank in the header"))
            month = re.search(r"th[a-z]{1,2}ng[\s.…_]*(\d{1,2})", blank.group(), re.IGNORECASE)
            if month and 1 <= int(month.group(1)) <= 12:  # the year of a deadline without one is still known
                ctx.issue_month = date(int(blank.group(1)), int(month.group(1)), 1)
        else:
            ctx.warn(_("no issue date (…, ngày … tháng … năm …) found in the header"))
        return
    d = make_date(int(found.group("d")), int(found.group("m") or found.group("m2")),
                  int(found.group("y") or found.group("y2")))
    if d is None:
        ctx.warn(_("the issue date '%(date)s' is not a valid date")
                 % {"date": squash(ctx.text[found.start():found.end()])})
    else:
        ctx.fields.date = d.isoformat()
        ctx.issue_date = d
        ctx.mark("date", found.start(), found.end())
    place = place_before(ctx, found.start())
    if place:
        ctx.fields.place = squash(strip_markup(ctx.text[place[0]:place[1]])).strip(" -*_")
        ctx.mark("place", *place)


def _right_column_date(folded_line: str) -> bool:
    """Does the line end with the right column's place and date, apart from the words before
    them by a tab or a run of spaces (``Triển khai tháng …     Phú Lương, ngày 7 tháng 5 năm 2025``)?"""
    m = DATE_WORDS.search(folded_line)
    return m is not None and re.search(r"(?:\t|\s{3,})[^\t]{2,40},\s*$", folded_line[:m.start()]) is not None


def _place_without_comma(ctx: Context, end: int) -> tuple[int, int] | None:
    """``TP. Hồ Chí Minh ngày 07 tháng 12 năm 2007``: a place alone before the date on its line."""
    line = ctx.lines[ctx.line_of(end)]
    start = line.start
    if ctx.number_span and line.start <= ctx.number_span[1] <= end:
        start = ctx.number_span[1]
    segment = ctx.text[start:end]
    words = segment.split()
    if not 1 <= len(words) <= 5 or is_upper_line(segment) or not all(w[:1].isupper() for w in words):
        return None
    start += len(segment) - len(segment.lstrip())
    return start, end


def _stands_alone(ctx: Context, pos: int) -> bool:
    """A date with no place before it is the issue date only when it opens its line (or its
    column): ``… số 29-NQ/TW ngày 17 tháng 11 năm 2022 của …`` dates a cited document."""
    line = ctx.lines[ctx.line_of(pos)]
    before = ctx.text[line.start:pos]
    return (not before.strip(" \t*_") or bool(re.search(r"(?:,|\s{3,}|\t)\s*$", before))
            or _place_without_comma(ctx, pos) is not None)


def place_before(ctx: Context, pos: int) -> tuple[int, int] | None:
    """The place name printed before ``, ngày …``: back to the start of its column."""
    i = pos - 1
    text = ctx.text
    while i >= 0 and text[i] in " \t\n":
        i -= 1
    if i < 0:
        return None
    if text[i] != ",":
        return _place_without_comma(ctx, i + 1)
    end = i
    line = ctx.lines[ctx.line_of(end)]
    start = line.start
    if ctx.number_span and line.start <= ctx.number_span[1] <= end:
        start = ctx.number_span[1]
    segment = text[start:end]
    gaps = list(re.finditer(r"\s{2,}|\t", segment))
    if gaps and gaps[-1].end() < len(segment):
        start += gaps[-1].end()
    segment = text[start:end]
    found = place_start(segment)
    if found is None:
        return None
    start += found
    while start < end and text[start] in " \t*_":
        start += 1
    return (start, end) if start < end else None

