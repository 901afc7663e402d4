"""Marks of the distribution list (``Nơi nhận``) an OCR engine misread, put back from the list's
fixed formulas.

* **The colon of ``Lưu:``** that opens the last item of a distribution list (``- Lưu; VT, TH.``)
  read as a semicolon, a comma or a full stop is a colon again: ``Lưu`` opens no sentence, and
  what it files is listed after a colon.
* **The filing mark's ``VT``** (văn thư, the records office that files every dispatch, always
  the first thing filed: ``- Lưu: VT, KHCN.``) read with a stroke too many or one letter off in
  the small type of the list (``VTF``, ``VF``, ``VTE``, ``V7``) is ``VT`` again; only as the first
  unit after ``Lưu``, where no other unit is filed. A speck read after its colon (``Lưu:. VT``) goes.
  (The parser mends the same mark in the distribution it reads, ``parse.distribution._filing_mark``,
  for text that was not read by OCR; here the page's text itself is mended, as the clerk reads it.)
* **``(để b/c)``** (for the recipient's information: ``- Thủ tướng Chính phủ (để b/c);``) read
  ``(để bic)``, ``(để b/)`` or ``(để b/e)`` is ``(để b/c)`` again: after ``để`` in brackets a
  lone ``b`` with a stroke is that formula and nothing else.
"""

from __future__ import annotations

import re

Edit = tuple[int, int, str]

# the filing line: an optional dash, "Lưu", its colon (or the mark the engine read for it)
_FILED = re.compile(r"(?m)^[ \t]*(?:[-–—•+*~][ \t]*)?(?:Lưu|LƯU)[ \t]*(:[.,;]|[:;.,])?[ \t]*(.*)$")
# the filing line's colon read as a semicolon, a comma or a full stop before the units it files ("- Lưu; VT, TH.")
_FILED_COLON = re.compile(r"(?m)^[ \t]*(?:[-–—•+*][ \t]*)?(?:Lưu|LƯU)[ \t]*([;.,])(?=[ \t]*[A-ZĐ]{2})")
_VT = re.compile(r"V(?:T[FEIl1|]|[FE7])(?=[ \t]*[,.;]|[ \t]*$)")
_BC = re.compile(r"\((?:để|đề)[ \t]+(b(?:[/il1|][ce(]?|/))\)")


def foot_mark_edits(text: str) -> list[Edit]:
    """Edits ``(start, end, replacement)`` that mend the distribution list's formulas in ``text``
    (read by OCR); see the module documentation."""
    edits: list[Edit] = []
    for m in _FILED.finditer(text):
        if m.group(1) and len(m.group(1)) == 2:  # "Lưu:. VT": a speck after the colon
            edits.append((m.start(1), m.end(1), ":"))
        vt = _VT.match(text, m.start(2), m.end(2))
        if vt:
            edits.append((vt.start(), vt.end(), "VT"))
    edits += [(m.start(1), m.end(1), ":") for m in _FILED_COLON.finditer(text)]
    for m in _BC.finditer(text):
        if m.group(1) != "b/c":
            edits.append((m.start(1), m.end(1), "b/c"))
    return sorted(edits)
