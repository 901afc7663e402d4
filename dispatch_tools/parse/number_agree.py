"""A number whose symbol the two readings of its row read otherwise gets a look.

Where the number is filled in by hand, its row (``Số: 58 /KH-UBND``) is read twice more by the
second recogniser's two models, to read the figures. Their readings hold the printed symbol
too: when both read it alike and the page OCR's symbol is neither theirs nor a start of theirs
(``KII-UBND`` where both read ``KH-UBND``: a signature's stroke through the ``H``), one of the
readings is wrong and no rule can tell which, so the number is kept and flagged ``cần xem lại``.
Letters are compared with their marks folded (the recogniser reads ``Đ`` as ``D``).
"""

from __future__ import annotations

import re

from ..i18n import _
from ..model import Document, Fields
from ..vntext import strip_diacritics
from .text import review_note

_SYMBOL = re.compile(r"/\s*([^\W_][\w\-–.]*)")


def _folded(symbol: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", strip_diacritics(symbol).upper().replace("Đ", "D"))


def symbol_read(row: str | None) -> str | None:
    """The symbol a row's reading holds after the number's slash, as read, or None."""
    m = _SYMBOL.search(row or "")
    return m.group(1) if m else None


def check_symbol_readings(doc: Document, fields: Fields) -> None:
    """Flag a number whose symbol the two second readings of its row both read otherwise."""
    number = fields.number or ""
    if "/" not in number or "number" in fields.review:
        return
    ours = _folded(number.split("/", 1)[1])
    for page in doc.pages:
        for mark in page.marks:
            if mark.kind != "handwriting" or mark.values.get("field") != "number":
                continue
            second = mark.values.get("second") or {}
            first = symbol_read(second.get("text"))
            theirs = {_folded(s) if s else None for s in (first, symbol_read(second.get("check_text")))}
            if len(theirs) != 1 or None in theirs or not ours:
                continue
            (read,) = theirs
            if not read or read.startswith(ours) or ours.startswith(read):
                continue
            fields.review["number"] = review_note(
                _("the second reading of the number's row reads its symbol otherwise (“%(symbol)s”)")
                % {"symbol": first})
            return
