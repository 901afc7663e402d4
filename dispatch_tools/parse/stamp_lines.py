"""A receiving office's arrival stamp read as lines of the head's text.

The ingest stage finds the stamp on a page image and takes its words out of the text. A text made
elsewhere (a PDF's text layer from another OCR pass, a pasted text) or a page whose stamp was not
found holds its words as lines of the head: the government portal's ``CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH
PHỦ`` over ``ĐẾN Giờ: … Ngày: 22/3/26``, an office's ``CÔNG VĂN ĐẾN`` / ``Số: 1234`` / ``Ngày: 5/4/2026``
/ ``Chuyển: …``. Read as the head, they become its issuer (``CÔNG VĂN ĐẾN`` under ``BỘ Y TẾ``) or
open its subject (``ĐẾN Ngày: 22/3/26 Phê chuẩn …``).

A stamp's block, in the first lines of the text:

* its title, a line of its own: ``CÔNG VĂN ĐẾN``, ``CV ĐẾN``, or ``ĐẾN`` alone or before one of the
  stamp's labels and its colon (``ĐẾN Giờ: …``), in capitals (``ĐẾN NĂM 2030``, a subject's wrapped
  line, is no stamp: no label follows it);
* the lines of its labels right under the title: ``Số:``, ``Ngày:``, ``Giờ:``, ``Chuyển:``, ``Lưu hồ sơ
  số:``, with figures, dots or nothing (``Số: 372/QĐ-TTg``, with its symbol, is the dispatch's own
  number and never the stamp's);
* the portal's name right above the title (``CỔNG THÔNG TIN ĐIỆN TỬ …``, its ``C`` read ``G``).

:func:`without_stamp_lines` blanks the block (spaces: the text keeps its length and every offset),
and :func:`stamp_values` reads its number, date and time for the register when the page's marks
gave none.
"""

from __future__ import annotations

import datetime as dt
import re

from ..vntext import strip_diacritics

HEAD_LINES = 25  # the lines of the text the head (and a stamp in it) lies in
# on the folded line, its title in capitals (its marks as any engine read them: ``ĐÉN``)
_TITLE = re.compile(r"^[ \t*_]*(?:CONG[ \t]+VAN[ \t]+|CV[ \t]+)?DEN[ \t]*[:.]?[ \t]*"
                    r"(?:$|(?:SO|So|NGAY|Ngay|GIO|Gio|CHUYEN|Chuyen)[ \t]*[:.…])")
_TITLE_ALONE = re.compile(r"^[ \t*_]*(?:CONG[ \t]+VAN|CV)[ \t]+DEN[ \t]*[:.]?[ \t]*$")
# a label's line: the label, its colon, and figures, dots, a time's letters or nothing
_LABEL = re.compile(r"^[ \t*_]*(?:so|ngay|gio|chuyen|luu[ \t]+ho[ \t]+so(?:[ \t]+so)?)[ \t]*[:.]?"
                    r"[ \t]*[\d .,/:;!'|…_\-hgp]*$", re.IGNORECASE)
_PORTAL = re.compile(r"^[ \t*_“\"]*[CG]ONG[ \t]+THONG[ \t]+TIN[ \t]+DIEN[ \t]+TU\b", re.IGNORECASE)


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n")[:HEAD_LINES]:
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def _is_title(line: str) -> bool:
    folded = strip_diacritics(line)
    return bool(_TITLE.match(folded) or _TITLE_ALONE.match(folded))


def stamp_blocks(text: str) -> list[list[tuple[int, int, str]]]:
    """The lines (start, end, text) of each arrival stamp's block in the head of ``text``."""
    lines = _lines(text)
    blocks = []
    for i, (_s, _e, line) in enumerate(lines):
        if not _is_title(line):
            continue
        block = [lines[i]]
        if i and _PORTAL.match(strip_diacritics(lines[i - 1][2])):
            block.insert(0, lines[i - 1])
        j = i + 1
        while j < len(lines) and j - i <= 4 and lines[j][2].strip() and _LABEL.match(strip_diacritics(lines[j][2])) \
                and not _is_title(lines[j][2]):
            block.append(lines[j])
            j += 1
        blocks.append(block)
    return blocks


def without_stamp_lines(text: str) -> str:
    """``text`` with the lines of an arrival stamp in its head blanked."""
    for block in stamp_blocks(text):
        for start, end, _line in block:
            text = text[:start] + " " * (end - start) + text[end:]
    return text


_NUMBER = re.compile(r"\bs[oô]\s*[:.]?\s*(\d[\d.]*\d|\d)\b", re.IGNORECASE)
_NUMBER_LABEL = re.compile(r"(?:^|\s)s[oô]\s*[:.]", re.IGNORECASE)
_DATE = re.compile(r"\bng[aà]y\s*[:.]?\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2}(?:\d{2})?))?(?!\d)",
                   re.IGNORECASE)
_TIME = re.compile(r"\bgi[oờ]\s*[:.]?\s*(\d{1,2})\s*(?:h|g|giờ|:)\s*(\d{2})?", re.IGNORECASE)


def stamp_values(text: str, issued: dt.date | None) -> tuple[str | None, str | None, str | None] | None:
    """(number, ISO date, HH:MM) of the first arrival stamp in the head of ``text``, each None when
    its row holds none a reader can take (the number ``""`` when its ``Số`` row is there but holds no
    figures; a date with no year takes the issue date's, a two-figure year its century); None when the
    head holds no stamp."""
    blocks = stamp_blocks(text)
    if not blocks:
        return None
    words = strip_diacritics(" ".join(line for _s, _e, line in blocks[0]))
    number = m.group(1).replace(".", "") if (m := _NUMBER.search(words)) else "" if _NUMBER_LABEL.search(words) else None
    date = None
    if (m := _DATE.search(words)) is not None:
        year = m.group(3)
        year = int(year) + 2000 if year and len(year) == 2 else int(year) if year else issued.year if issued else None
        try:
            date = dt.date(year, int(m.group(2)), int(m.group(1))).isoformat() if year else None
        except ValueError:
            date = None
    time = None
    if (m := _TIME.search(words)) is not None and int(m.group(1)) < 24 and int(m.group(2) or 0) < 60:
        time = f"{int(m.group(1)):02d}:{int(m.group(2) or 0):02d}"
    return number, date, time
