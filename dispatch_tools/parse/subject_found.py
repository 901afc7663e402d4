"""A subject left empty where the page shows one gets a look (run with the marks).

A header whose ``V/v …`` or ``Về việc …`` line was read, or (on a page read by OCR) whose type's
title block was found (``QUYẾT ĐỊNH`` and the lines under it), has a subject: when no subject was
taken from it (its lines lost to specks, a stamp, a seal or a misread), the empty field is flagged
``cần xem lại`` naming the line the page shows, never left empty as though the dispatch had none.
A ``CÔNG ĐIỆN`` names its sender under its title, not a subject.
"""

from __future__ import annotations

from ..i18n import _
from ..model import Document, Fields
from ..vntext import strip_diacritics
from .header_lines import HEADER_LINES
from .subject import VE_LINE, VE_VIEC, VV_LINE, VV_MISREAD
from .text import review_note

NO_SUBJECT_TYPES = ("Công điện",)  # types whose title is followed by no subject
_STOPS = ("kinh gui", "can cu")  # the header is over by these (``Kính gửi:``, ``Căn cứ …``)


def subject_cue(text: str) -> str | None:
    """The first line of the header (before ``Kính gửi`` or ``Căn cứ``) that opens a subject:
    ``V/v …``, ``Về việc …``, ``Về: …`` or a ``V/v`` as a scan reads it; None when there is none."""
    for line in text.split("\n")[:HEADER_LINES]:
        folded = strip_diacritics(line).strip()
        if folded.lower().startswith(_STOPS):
            break
        if any(p.match(folded) for p in (VV_LINE, VE_VIEC, VE_LINE, VV_MISREAD)):
            return " ".join(line.split())
    return None


def check_subject_found(doc: Document, fields: Fields, ocr: bool) -> None:
    """Flag an empty subject when the page shows a subject line, or a type's title on a page read
    by OCR (see the module's text)."""
    if fields.subject or "subject" in fields.review:
        return
    cue = subject_cue(doc.text)
    if cue is not None:
        words = cue.split()
        shown = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
        fields.review["subject"] = review_note(
            _("no subject was read, though the page shows a subject line: “%(line)s”") % {"line": shown})
    elif ocr and "doc_type" in fields.sources and fields.doc_type not in NO_SUBJECT_TYPES:
        fields.review["subject"] = review_note(
            _("no subject was read under the title %(type)s: its lines may be lost under a mark or misread")
            % {"type": fields.doc_type.upper()})
