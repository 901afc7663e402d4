"""Marks of the distribution list (``Nơi nhận``) an OCR engine misread, put back from the list's
fixed formulas.

* **The filing mark's ``VT``** (văn thư, the records office that files every dispatch, always
  the first thing filed: ``- Lưu: VT, KHCN.``) read with a stroke too many or one letter off in
  the small type of the list (``VTF``, ``VF``, ``VTE``, ``V7``) is ``VT`` again; only as the first
  unit after ``Lưu``, where no other unit is filed. A speck read after its colon (``Lưu:. VT``) goes.
* **A comma glued to the next unit** on the filing line (``Lưu: VT,NN.``) gets its space back:
  the units are listed with a comma and a space, and the engine drops the space more often than
  a typist does.
* **``(để b/c)``** (for the recipient's information: ``- Thủ tướng Chính phủ (để b/c);``) read
  ``(để bic)``, ``(để b/)`` or ``(để b/e)`` is ``(để b/c)`` again: after ``để`` in brackets a
  lone ``b`` with a stroke is that formula and nothing else.
"""

from __future__ import annotations

import re

Edit = tuple[int, int, str]

# the filing line: an optional dash, "Lưu", its colon (or the mark the engine read for it)
_FILED = re.compile(r"(?m)^[ \t]*(?:[-–—•+*~][ \t]*)?(?:Lưu|LƯU)[ \t]*(:[.,;]|[:;.,])?[ \t]*(.*)$")
_VT = re.compile(r"V(?:T[FEIl1|]|[FE7])(?=[ \t]*[,.;]|[ \t]*$)")
_GLUED = re.compile(r",(?=[A-ZĐ(])")
_BC = re.compile(r"\((?:để|đề)[ \t]+(b(?:[/il1|][ce(]?|/))\)")


def foot_mark_edits(text: str) -> list[Edit]:
    """Edits ``(start, end, replacement)`` that mend the distribution list's formulas in ``text``
    (read by OCR); see the module documentation."""
    edits: list[Edit] = []
    for m in _FILED.finditer(text):
        if m.group(1) and len(m.group(1)) == 2:  # "Lưu:. VT": a speck after the colon
            edits.append((m.start(1), m.end(1), ":"))
        rest = m.start(2)
        vt = _VT.match(text, rest, m.end(2))
        if vt:
            edits.append((vt.start(), vt.end(), "VT"))
        edits += [(g.start(), g.end(), ", ") for g in _GLUED.finditer(text, rest, m.end(2))]
    for m in _BC.finditer(text):
        if m.group(1) != "b/c":
            edits.append((m.start(1), m.end(1), "b/c"))
    return sorted(edits)
