"""List markers an OCR engine misread at the start of a line, put back from the markers around them.

* **A closing bracket read as a brace or a square bracket** (``a} Sở Văn hóa …``, ``2] Sở Y tế …``)
  is the bracket: no word opens with a letter or a figure and a brace.
* **A bracketed number that lost a bracket or its figure** (``(1) …`` / ``) Sở Tài chính …`` / ``(3
  Sở Y tế …``) is the number the items around it give: the one before it one less, or the one
  after it one more, both printed in brackets.

* **A semicolon read as a colon at the end of a lettered item** (``a) Các huyện lập tờ trình … trạm y
  tế:`` / ``b) Sở Y tế thẩm định …``) is the semicolon: the next item's letter follows at once, so the
  colon introduced nothing. Only after an item of a sentence (six words or more): a label's colon
  (``a) Thời gian:``) may wait for a value the page left blank.

(A list dash read as a full stop between two dashed lines is mended with the specks that open a
line, :func:`.specks.line_mark_edits`.)
"""

from __future__ import annotations

import re

from ..vntext import ITEM_LETTERS

Edit = tuple[int, int, str]

_BRACE = re.compile(r"(?m)^([ \t]*(?:[a-zđ]|\d{1,2}))([}\]])(?=[ \t]+[^\W\d_])")
# a line's bracketed number as read: "(3)", "(3" before a space, ")" alone, the text after it
_BRACKETED = re.compile(r"(?m)^([ \t]*)(\((\d{1,2})\)|\((\d{1,2})(?=[ \t])|\))(?=[ \t]+[^\W\d_])")


def list_marker_edits(text: str) -> list[Edit]:
    """Edits ``(start, end, replacement)`` that put back the list markers of ``text`` (read by OCR)
    misread at the start of a line; see the module documentation."""
    edits = [(m.start(2), m.end(2), ")") for m in _BRACE.finditer(text)]
    edits += _bracket_edits(text)
    edits += _item_colon_edits(text)
    return sorted(edits)


_LETTERED = re.compile(r"(?m)^[ \t]*([a-zđ])\)[ \t]+\S")


def _item_colon_edits(text: str) -> list[Edit]:
    found = list(_LETTERED.finditer(text))
    edits: list[Edit] = []
    for m, nxt in zip(found, found[1:]):
        if ITEM_LETTERS.find(nxt.group(1)) != ITEM_LETTERS.find(m.group(1)) + 1:
            continue
        item = text[m.end() - 1:nxt.start()].rstrip()
        if item.endswith(":") and len(item.split()) >= 6:
            colon = m.end() - 1 + len(item) - 1
            edits.append((colon, colon + 1, ";"))
    return edits


def _bracket_edits(text: str) -> list[Edit]:
    found = list(_BRACKETED.finditer(text))
    edits: list[Edit] = []

    def whole(k: int) -> int | None:  # the number of a marker read whole, "(3)"
        return int(found[k].group(3)) if 0 <= k < len(found) and found[k].group(3) else None

    for k, m in enumerate(found):
        if m.group(3):
            continue
        before, after = whole(k - 1), whole(k + 1)
        expected = before + 1 if before is not None else after - 1 if after is not None else None
        if expected is None or expected < 1 or (before is not None and after is not None and after != expected + 1):
            continue
        if m.group(4) and int(m.group(4)) != expected:
            continue
        edits.append((m.start(2), m.end(2), f"({expected})"))
    return edits
