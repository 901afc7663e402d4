"""Page numbers read as lines of the body.

A dispatch of several pages prints each page's number from the second on, centred at the top (or
at the foot) of the page. OCR reads it as a line of its own, and in the text the pages run together
that line lands inside the body: between a heading and the list it introduces (``b) Giải pháp:`` /
``3`` / ``- Đào …``), inside a wrapped sentence or between two items. A rule that reads a line of
text as the end of a heading's reach, or as the start of a paragraph, then stops there: the items
lose their heading and become tasks of their own.

:func:`without_page_numbers` blanks such lines: a line that holds nothing but its page's number
(``2``, ``- 2 -``, ``Trang 2``) and is the first or the last filled line of that page. The line
stays (spaces), so the text keeps its length and every offset still points into the page as read.
A page of text input (one page) has no such line.
"""

from __future__ import annotations

import re

from ..model import Document

_NUMBER = re.compile(r"(?:trang\s*)?[-–—]?\s*(\d{1,3})\s*[-–—]?", re.IGNORECASE)


def _number_of(text: str) -> int | None:
    m = _NUMBER.fullmatch(text.strip())
    return int(m.group(1)) if m else None


def page_number_spans(doc: Document) -> list[tuple[int, int]]:
    """The raw-text spans of the lines of ``doc`` that hold their page's number."""
    found, pos = [], 0
    for page in doc.pages:
        starts = []
        for line in page.lines:
            starts.append(pos)
            pos += len(line.text) + 1
        filled = [i for i, line in enumerate(page.lines) if line.text.strip()]
        if len(doc.pages) < 2 or len(filled) < 2:
            continue
        for i in dict.fromkeys((filled[0], filled[-1])):
            if _number_of(page.lines[i].text) == page.number:
                found.append((starts[i], starts[i] + len(page.lines[i].text)))
    return found


def without_page_numbers(text: str, doc: Document) -> str:
    """``text`` (the document's repaired text) with its page-number lines blanked."""
    for start, end in page_number_spans(doc):
        new_start, new_end = doc.offsets.to_new(start), doc.offsets.to_new(end)
        piece = text[new_start:new_end]
        if _number_of(piece) is not None and "\n" not in piece:
            text = text[:new_start] + " " * len(piece) + text[new_end:]
    return text
