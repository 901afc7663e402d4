"""Marks an OCR engine misread at the end or the start of a line.

* **A colon glued to a word at the end of a line** whose next line goes on in small letters
  (``mức đề nghị vượt:`` / ``công suất …``) is a speck: a colon that ends a line opens a list or
  a new paragraph, which starts with a capital, a figure or a list marker (``a)``), never with
  a word in small letters. So is one after ``số`` before the number it announces (``Công văn số:``
  / ``5027/UBND-VH``).
* **A list item that ends with a colon among items that end with a semicolon** (``- HĐND, UBND
  các tỉnh, thành phố trực thuộc trung ương:`` / ``- Văn phòng Trung ương …;``) was read with its
  semicolon's lower stroke lost: when the item before it, with the same marker, ends with ``;``
  and the next item has the same marker too (a heading's items take another marker, or none),
  the colon is a semicolon; not when a line before it ends with a full stop (``- … thành phố.`` /
  ``Sở Y tế yêu cầu … như sau:``: a paragraph, the blank line above it lost, announces the list).
* **The colon that announces a list** (``… thực hiện tốt các nội dung sau:``) read as a
  semicolon or a comma is a colon again (a full stop there may be the typist's) when the line ends on ``sau`` (``sau``,
  ``như sau``, ``sau đây``: what follows) and the next line opens a list's item (a dash, ``1.``,
  ``a)``), unless the line is an item of that list itself: no sentence ends on ``sau`` with the
  list it announces under it.
* **Two full stops** glued to the end of a line (``trong kỳ nghỉ..``) are one: a leader or an
  ellipsis has three. A full stop glued after the colon that ends a line (``… như sau:.``,
  ``a. Hiện trạng:.``) is a speck, and so is a second colon glued to a word's colon (``Kính
  gửi::- …``, a space after it when a mark is glued on: ``Kính gửi: - …``): no sentence ends on
  both marks.
* **A colon after a basis's opening words** on the same line as a word in small letters (``Căn
  cứ: ý kiến chỉ đạo của …``) is a speck: a basis names what it rests on right after ``Căn cứ``,
  and a colon there opens a list on the lines below, whose items start with a capital or a marker.
* **A straight quote opening a line**, glued to its first word, with no other quote on the line
  (``'TỈNH KON TUM``, ``'và tuyến trình …``) is a speck: a quotation is printed with typographic
  quotes, and a straight one would be closed on its line.
"""

from __future__ import annotations

import re

from .vietnamese import inventory

Edit = tuple[int, int, str]

_COLON_END = re.compile(r"(?m)(?<=[^\W\d_]):[ \t]*$")
# the first word of the next line, and the marks after it
_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]+)([^\s\w]*)")
_NUMBER_NEXT = re.compile(r"[ \t]*\d{1,6}[/-][A-ZĐ]")
_ITEM = re.compile(r"^[ \t]*([-–—•+*])[ \t]*\S")
_DOUBLE_STOP = re.compile(r"(?m)(?<=[^\W_)”\"])\.\.(?!\.)[ \t]*$")
_COLON_STOP = re.compile(r"(?m)(?<=[^\W\d_]):(\.)[ \t]*$")
_DOUBLE_COLON = re.compile(r"(?<=[^\W\d_]):(:)(?!:)")
_BASIS_COLON = re.compile(r"(?m)^[ \t]*(?:[-–—+•][ \t]*)?[Cc]ăn[ \t]+cứ([ \t]*:)[ \t]*(?=[^\W\d_])")
_OPENING_QUOTE = re.compile(r"(?m)^[ \t]*(['`])(?=[^\W\d_])")
# "… các nội dung sau;" / "- Rà soát …": the colon before a list, its mark misread
_ANNOUNCES = re.compile(r"(?m)(?<=[ \t])(?:sau|sau[ \t]+đây)([;,])[ \t]*$(?=\n[ \t]*(?:[-–—•+][ \t]|\d{1,2}[.)][ \t]|[a-zđ]\)[ \t]))")


def line_end_edits(text: str) -> list[Edit]:
    """Edits ``(start, end, replacement)`` that mend the marks misread at the ends of the lines of
    ``text`` (read by OCR); see the module documentation."""
    edits: list[Edit] = []
    for m in _COLON_END.finditer(text):
        after = text[m.end() + 1:] if m.end() < len(text) else ""
        word = re.search(r"(\S+)$", text[:m.start()])
        if _goes_on(after) or word and word.group(1) == "số" and _NUMBER_NEXT.match(after):
            edits.append((m.start(), m.start() + 1, ""))
    done = {start for start, _, _ in edits}
    edits += [edit for edit in _item_colons(text) if edit[0] not in done]
    edits += [(m.start(), m.start() + 2, ".") for m in _DOUBLE_STOP.finditer(text)]
    edits += [(m.start(1), m.end(1), "") for m in _COLON_STOP.finditer(text)]
    edits += [(m.start(1), m.end(1), "" if text[m.end():m.end() + 1] in " \t\n" else " ")
              for m in _DOUBLE_COLON.finditer(text)]
    for m in _ANNOUNCES.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        own, nxt = _ITEM.match(text[line_start:m.start()]), _ITEM.match(text[m.end() + 1:m.end() + 12])
        if not (own and nxt and own.group(1) == nxt.group(1)):  # an item of the same list ends on "sau;"
            edits.append((m.start(1), m.end(1), ":"))
    edits += [(m.start(1), m.end(1), "") for m in _BASIS_COLON.finditer(text) if text[m.end()].islower()]
    for m in _OPENING_QUOTE.finditer(text):
        line_end = text.find("\n", m.end())
        line = text[m.end():line_end if line_end >= 0 else len(text)]
        if m.group(1) not in line:
            edits.append((m.start(1), m.end(1), ""))
    return sorted(edits)


def _goes_on(after: str) -> bool:
    """Does the line ``after`` go on in small letters (not with a list marker: ``a)``, ``b.``)?"""
    m = _NEXT_WORD.match(after)
    # a word of running text: a syllable, then a space, a comma or the line's end (not an address,
    # ``https://…``, nor a list marker, ``a)``)
    return bool(m and m.group(1).islower() and m.group(1) in inventory()
                and m.group(2) in ("", ",", ";") and not (len(m.group(1)) == 1 and m.group(2)))


def _items(lines: list[str]) -> list[tuple[str, int]]:
    """(marker, index of the item's last line) of every list item, in order; an item goes on over
    the lines after it up to a blank line or the next line that opens with a list marker."""
    items: list[tuple[str, int]] = []
    i = 0
    while i < len(lines):
        m = _ITEM.match(lines[i])
        if not m:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and lines[j + 1].strip() and not _opens_item(lines[j + 1]):
            j += 1
        items.append((m.group(1), j))
        i = j + 1
    return items


def _opens_item(line: str) -> bool:
    return bool(_ITEM.match(line) or re.match(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[IVX]{1,4}\.)[ \t]", line))


def _item_colons(text: str) -> list[Edit]:
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    items = _items(lines)
    edits: list[Edit] = []
    for k in range(1, len(items) - 1):
        marker, last = items[k]
        line = lines[last].rstrip()
        if not re.search(r"[^\W\d_]:$", line):
            continue
        before_marker, before_last = items[k - 1]
        if before_marker != marker or not lines[before_last].rstrip().endswith(";"):
            continue
        if items[k + 1][0] != marker or not _adjacent(lines, last, items[k + 1][1]):
            continue
        if any(lines[j].rstrip().endswith(".") for j in range(before_last + 1, last)):
            continue  # the item ended with a full stop: a paragraph read with no blank line after it announces a list
        edits.append((starts[last] + len(line) - 1, starts[last] + len(line), ";"))
    return edits


def _adjacent(lines: list[str], last: int, next_last: int) -> bool:
    """Does the next item open right after ``last`` (blank lines between allowed)?"""
    i = last + 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i < len(lines) and bool(_ITEM.match(lines[i]))
