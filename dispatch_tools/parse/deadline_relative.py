"""Deadlines that count from a day: ``trong vòng 10 ngày kể từ ngày nhận được Công văn này``,
``chậm nhất 05 ngày làm việc kể từ ngày ký Kế hoạch này``, ``… kể từ ngày nhận được công văn.``

Their date is not printed. Counted from the day the dispatch is received, it depends on the arrival
date; counted from the day it was signed, it depends on how the days are counted (calendar days,
or working days and public holidays). Either way the parser does not guess: the deadline is listed
without a date (kind ``relative``), the task that states it keeps its words, and the field
``deadlines`` is flagged for review with the date the issue date gives in calendar days, when it
gives one. Only a count from the dispatch itself is read (``… này``): a procedure's time limit in
a rule of law (``trong thời hạn 05 ngày kể từ ngày nhận đủ hồ sơ``) asks nothing of the addressee
by a date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..i18n import _
from ..model import Deadline
from .context import Context
from .text import last_day_of_month, review_note, squash, strip_markup

RELATIVE = re.compile(
    r"\b(?:trong\s+(?:vong|thoi\s+han|thoi\s+gian)|cham\s+nhat(?:\s+la)?|khong\s+qua|sau)\s+"
    r"(?P<n>\d{1,3})\s*(?:\([^)\n]{1,20}\)\s*)?(?P<unit>ngay\s+lam\s+viec|ngay|tuan|thang)\s*,?\s*"
    r"(?:ke\s+tu|tinh\s+tu)\s+(?:ngay|khi|thoi\s+diem)\s+(?P<event>ky|ban\s+hanh|nhan\s+duoc|nhan)\b"
    # "… công văn này", or the dispatch named by its kind alone at the clause's end ("… nhận được công văn.")
    r"(?:(?P<what>[^.;\n]{0,40}?)\s+nay\b|\s+(?:duoc\s+)?(?:cong\s+van|van\s+ban|ke\s+hoach|thong\s+bao|giay\s+moi)"
    r"(?=\s*(?:[,.;)\n]|$)))",
    re.IGNORECASE,
)


def extract(ctx: Context, start: int, end: int) -> None:
    """List every deadline of the body that counts from the dispatch's signing or arrival, without
    a date, and flag the deadlines for review."""
    notes = []
    for m in RELATIVE.finditer(ctx.folded, start, end):
        text = squash(strip_markup(ctx.text[m.start():m.end()]))
        deadline = Deadline(date=None, text=text, kind="relative")
        ctx.fields.deadlines.append(deadline)
        ctx.deadline_spans.append((deadline, m.start(), m.end()))
        ctx.mark("deadline", m.start(), m.end())
        notes.append(_note(ctx, m, text))
    for note in notes:
        flag(ctx, note)


def flag(ctx: Context, note: str) -> None:
    """Ask a person to check the deadlines, adding ``note`` to what is asked already."""
    before = ctx.fields.review.get("deadlines")
    ctx.fields.review["deadlines"] = f"{before}; {note}" if before else review_note(note)


def _note(ctx: Context, m: re.Match, text: str) -> str:
    signed = m.group("event").lower().startswith(("ky", "ban"))
    day = _counted(ctx.issue_date, int(m.group("n")), m.group("unit").lower()) if signed else None
    if day is not None:
        return _("the deadline “%(deadline)s” counts from the issue date: %(date)s in calendar days") % {
            "deadline": text, "date": f"{day:%d/%m/%Y}"}
    if signed:
        return _("the deadline “%(deadline)s” counts from the issue date: work out its date") % {"deadline": text}
    return _("the deadline “%(deadline)s” counts from the day the dispatch arrives: work out its date") % {
        "deadline": text}


def _counted(issued: date | None, n: int, unit: str) -> date | None:
    """The day ``n`` days, weeks or months after the issue date; None for working days (holidays
    are not known here) or without an issue date."""
    if issued is None or "lam viec" in unit:
        return None
    if unit == "ngay":
        return issued + timedelta(days=n)
    if unit == "tuan":
        return issued + timedelta(weeks=n)
    month = issued.month - 1 + n
    year, month = issued.year + month // 12, month % 12 + 1
    return date(year, month, min(issued.day, last_day_of_month(year, month).day))
