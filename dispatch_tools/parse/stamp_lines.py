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
  số:`` (``Số đến:``, ``Ngày đến:``), with figures, dots or nothing (``Số: 372/QĐ-TTg``, with its
  symbol, is the dispatch's own number and never the stamp's);
* the portal's name right above the title (``CỔNG THÔNG TIN ĐIỆN TỬ …``, its ``C`` read ``G``).

:func:`without_stamp_lines` blanks the block (spaces: the text keeps its length and every offset),
and :func:`stamp_values` reads its number, date and time for the register when the page's marks
gave none.

A digital signature's stamp left in the text, in its head or among the foot's lines, is no text of
the dispatch either (otherwise it runs on into the subject above it, becomes a parent body or cuts the
distribution list it lies in):

* a run of lines that open with its labels (``Ký bởi``, ``Người ký``, ``Cơ quan``, ``Email``, ``Thời
  gian ký``), with at most two lines between them that wrap a signer's name, holding a signing time;
* a stamp that carries no label but its time (:func:`_time_led`): the time alone on its line, under
  its e-mail line and the signing body's name, or a certified copy's ``SAO Y; …; Thời gian ký: …``;
* a line of at most three words that ends in the signing time's zone (``caZZ/ +07:00``, what a
  photocopy leaves of one).

:func:`esign_values` reads such a stamp as the ingest stage reads one.
"""

from __future__ import annotations

import datetime as dt
import re

from ..ingest.esign import TIME, read_stamp
from ..vntext import strip_diacritics
from .text import full_year, is_upper_line, make_date

HEAD_LINES = 25  # the lines of the text the head (and a stamp in it) lies in
# on the folded line, its title in capitals (its marks as any engine read them: ``ĐÉN``)
_TITLE = re.compile(r"^[ \t*_]*(?:CONG[ \t]+VAN[ \t]+|CV[ \t]+)?DEN[ \t]*[:.]?[ \t]*"
                    r"(?:$|(?:SO|So|NGAY|Ngay|GIO|Gio|CHUYEN|Chuyen)[ \t]*[:.…])")
_TITLE_ALONE = re.compile(r"^[ \t*_]*(?:CONG[ \t]+VAN|CV)[ \t]+DEN[ \t]*[:.]?[ \t]*$")
# a label's line: the label, its colon, and figures, dots, a time's letters or nothing
_LABEL = re.compile(r"^[ \t*_]*(?:so|ngay|gio|chuyen|luu[ \t]+ho[ \t]+so(?:[ \t]+so)?)(?:[ \t]+den)?[ \t]*[:.]?"
                    r"[ \t]*[\d .,/:;!'|…_\-hgp]*$", re.IGNORECASE)
_PORTAL = re.compile(r"^[ \t*_“\"]*[CG]ONG[ \t]+THONG[ \t]+TIN[ \t]+DIEN[ \t]+TU\b", re.IGNORECASE)


def _lines(text: str, limit: int | None = HEAD_LINES) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n")[:limit]:
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


_ESIGN_LABEL = re.compile(r"^[ \t*_]*(?:ky[ \t]*boi|nguoi[ \t]+ky|thoi[ \t]+gian[ \t]+ky|co[ \t]+quan[ \t]*:|e-?mail[ \t]*:)",
                          re.IGNORECASE)
_SIGNER_LABEL = re.compile(r"^[ \t*_]*(?:ky[ \t]*boi|nguoi[ \t]+ky)", re.IGNORECASE)
_ZONE_END = re.compile(r"[+-][ \t]?0?7[ \t]?:?[ \t]?00[ \t]*$")


def esign_blocks(text: str) -> list[list[tuple[int, int, str]]]:
    """The lines (start, end, text) of each digital signature's stamp left in ``text`` (in its head, or
    in its foot among the distribution's entries: a line of the list between two of its lines stays)."""
    lines = _lines(text, None)
    blocks, i = [], 0
    while i < len(lines):
        line = lines[i][2]
        if _ZONE_END.search(line) and len(line.split()) <= 3 and not _ESIGN_LABEL.match(strip_diacritics(line)) \
                and not TIME.search(line):
            blocks.append([lines[i]])  # "caZZ/ +07:00": what is left of a stamp's signing time
            i += 1
            continue
        if not _ESIGN_LABEL.match(strip_diacritics(line)):
            i += 1
            continue
        block, j, last = [lines[i]], i + 1, i
        while j < len(lines) and j - last <= 3:
            folded = strip_diacritics(lines[j][2])
            if _ESIGN_LABEL.match(folded):
                block += [x for x in lines[last + 1:j] if _wraps_a_name(x[2], lines[last][2])] + [lines[j]]
                last = j
            j += 1
        if TIME.search(" ".join(x[2] for x in block)):
            blocks.append(block)
        i = last + 1
    taken = {x[0] for block in blocks for x in block}
    return blocks + [b for i, x in enumerate(lines) if x[0] not in taken and (b := _time_led(lines, i))]


_DASHED = re.compile(r"\s*[-–+•*]")  # an entry of a list
_COPY_MARK = re.compile(r"^[ \t*_]*SAO[ \t]*Y\b", re.IGNORECASE)


def _time_led(lines: list[tuple[int, int, str]], i: int) -> list[tuple[int, int, str]] | None:
    """A stamp whose lines carry no label but its signing time: the time alone on its line (or a
    certified copy's ``SAO Y; …; Thời gian ký: …`` on one line), the e-mail line above it, and the
    signing body's name above those (``TRUNG TÂM CÔNG BÁO VÀ TIN HỌC`` / ``ttcbth@…`` / ``05.02.2025
    08:09:28 +07:00``; ``Ủy ban Nhân dân tỉnh Quảng Ngãi`` / ``04.02.2025 16:42:36 +07:00``). A name in
    capitals counts only over an e-mail line (the head's lines are in capitals too)."""
    line = lines[i][2]
    m = TIME.search(line)
    if m is None:
        return None
    rest = strip_diacritics(line[:m.start()] + line[m.end():])
    if not _COPY_MARK.match(line) and re.sub(r"thoi\s*gian\s*ky|[\W_]", "", rest, flags=re.IGNORECASE):
        return None  # a sentence that gives a date and time
    block, j = [lines[i]], i - 1
    mailed = j >= 0 and "@" in lines[j][2] and len(lines[j][2].split()) <= 3
    if mailed:
        block.insert(0, lines[j])
        j -= 1
    if j >= 0 and _stamp_name(lines[j][2], mailed):
        block.insert(0, lines[j])
    return block


def _stamp_name(line: str, mailed: bool) -> bool:
    """Is ``line`` the signing body's name over a stamp's e-mail or time: a body's name (or capitalised
    words), no entry of a list, no sentence; in capitals only over an e-mail line."""
    from .lexicon import lexicon

    text = line.strip()
    if not text or not text[0].isupper() or _DASHED.match(text) or text.endswith((".", ";", ":", ",")) \
            or len(text.split()) > 10 or _ESIGN_LABEL.match(strip_diacritics(text)):
        return False
    if is_upper_line(text) and not mailed:
        return False
    return lexicon().starts_with_head(text) or all(w[:1].isupper() for w in text.split())


def _wraps_a_name(line: str, label_line: str) -> bool:
    """Is ``line``, between two of a stamp's lines, the rest of the name the first one gives
    (``Ký bởi: Văn phòng Ủy ban nhân dân`` / ``tỉnh Quảng Ngãi``), not an entry of a list the stamp lies in?"""
    return bool(line.strip()) and not _DASHED.match(line) and not is_upper_line(line) \
        and bool(_SIGNER_LABEL.match(strip_diacritics(label_line)))  # the head's lines are in capitals


def esign_values(text: str) -> dict | None:
    """What the first digital signature's stamp left in ``text`` says (as
    :func:`..ingest.esign.read_stamp` reads it), or None."""
    blocks = [b for b in esign_blocks(text) if len(b) > 1 or TIME.search(b[0][2])]
    if not blocks:
        return None
    return read_stamp("\n".join(line for _s, _e, line in blocks[0]))


def without_stamp_lines(text: str) -> str:
    """``text`` with the lines of an arrival stamp in its head, and of a digital signature's stamp anywhere
    in it, blanked."""
    for block in stamp_blocks(text) + esign_blocks(text):
        for start, end, _line in block:
            text = text[:start] + " " * (end - start) + text[end:]
    return text


_NUMBER = re.compile(r"\bs[oô](?:\s+den)?\s*[:.]?\s*(\d[\d.]*\d|\d)\b", re.IGNORECASE)
_NUMBER_LABEL = re.compile(r"(?:^|\s)s[oô](?:\s+den)?\s*[:.]", re.IGNORECASE)
_DATE = re.compile(r"\bng[aà]y(?:\s+den)?\s*[:.]?\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2}(?:\d{2})?))?(?!\d)",
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
        year = full_year(m.group(3), issued) or (issued.year if issued else None)
        found = make_date(int(m.group(1)), int(m.group(2)), year) if year else None
        date = found.isoformat() if found else None
    time = None
    if (m := _TIME.search(words)) is not None and int(m.group(1)) < 24 and int(m.group(2) or 0) < 60:
        time = f"{int(m.group(1)):02d}:{int(m.group(2) or 0):02d}"
    return number, date, time
