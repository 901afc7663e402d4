"""An arrival stamp's hand-written date the second recogniser did not read surely as a whole, put
together from its parts as a clerk reads it: the day and the month read surely, the year the
issue date's (a stamp is dated within days of the dispatch; a two-figure year written with a
flourish is the part most often misread). Such a date is always flagged for a look.
"""

from __future__ import annotations

import datetime as dt

from ..ingest.box_check import ACCEPT
from .text import make_date

MAX_DELAY = 31  # days after the issue date: a date put together so must fall within them


def _sure(part: dict, low: int, high: int) -> int | None:
    """A part read surely by the main model (its least sure figure at least :data:`ACCEPT`), in range."""
    value = part.get("value")
    if not value or (part.get("conf") or 0.0) < ACCEPT or not low <= int(value) <= high:
        return None
    return int(value)


def _year_fits(part: dict, year: int) -> bool:
    """Does every reading of the year part that holds figures end on the year's last figure?"""
    return all(not read or read[-1] == str(year)[-1] for read in (part.get("value"), part.get("check")))


def date_from_parts(parts: list[dict] | None, issued: dt.date | None) -> dt.date | None:
    """The stamp's date from its day, month and year as each was read alone (``value``, ``conf``,
    ``check``), or None: the day and the month read surely by the main model, the year the issue
    date's (or the next, for a dispatch of late December) where the year as read does not say
    otherwise, and the date within :data:`MAX_DELAY` days on or after the issue date."""
    if not parts or len(parts) != 3 or issued is None:
        return None
    day, month = _sure(parts[0], 1, 31), _sure(parts[1], 1, 12)
    if day is None or month is None:
        return None
    for year in (issued.year, issued.year + 1):
        date = make_date(day, month, year)
        if date is not None and 0 <= (date - issued).days <= MAX_DELAY and _year_fits(parts[2], year):
            return date
    return None
