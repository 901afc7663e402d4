"""Marks of the distribution list (``Nơi nhận``) an OCR engine misread, put back from the list's
fixed formulas.

* **The colon of ``Lưu:``** that opens the last item of a distribution list (``- Lưu; VT, TH.``)
  read as a semicolon, a comma or a full stop is a colon again: ``Lưu`` opens no sentence, and
  what it files is listed after a colon.
* **The filing mark's ``VT``** (văn thư, the records office that files every dispatch, always
  the first thing filed: ``- Lưu: VT, KHCN.``) read with a stroke too many or one letter off in
  the small type of the list (``VTF``, ``VF``, ``VTE``, ``V7``, ``VI``) is ``VT`` again; only as the first
  unit after ``Lưu``, where no other unit is filed. A speck read after its colon (``Lưu:. VT``) goes.
  (The parser mends the same mark in the distribution it reads, ``parse.distribution._filing_mark``,
  for text that was not read by OCR; here the page's text itself is mended, as the clerk reads it.)
* **``(để b/c)``** (for the recipient's information: ``- Thủ tướng Chính phủ (để b/c);``) read
  ``(để bic)``, ``(để b/)``, ``(để b/e)`` or ``(để bí/c)``, its ``để`` read with another mark or
  none (``đê``), is ``(để b/c)`` again: after ``để`` in brackets a lone ``b`` with a stroke is that
  formula and nothing else.
* **``Như trên``** (as addressed above), the list's usual first item, read with a letter or a
  space lost or one letter off (``- Như tiên;``, ``-Nhưtrn,``) is ``Như trên`` again: an item of
  the list that is ``Như`` and one word of ``t``…``n`` is that formula, no recipient's name; so is
  the list's first line under ``Nơi nhận:`` that is ``Như`` alone or with a word of up to four
  letters ending in ``n`` (``Như HN:``, ``- Như``), its dash lost or read as a letter or another
  sign (``h Như trên;``, ``"Như tên``). A letter or
  two of ink read after its closing mark (``- Như trên; e``) goes.
* **Specks and lost spaces in the list's small type**: a colon or semicolon read at the start of a
  line of the list (``: Cổng TTĐT, các Vụ: TH;``, a wrapped item's second line) goes, a speck read
  after a comma between two codes (``VT,.KL``) is the space it stands in (a comma glued to the next
  code, ``KGVX,NC``, is left: typists print it so too), and the count of copies filed in
  brackets at the end of the ``Lưu`` line read with a letter for a figure (``ĐP (Sb)``) has its
  figure back (``(5b)``): a list item opens with no colon, and the count is figures and a letter.
* **An authority's prefix glued to the office it signs for** (``TLBỘTRƯỞNG``, ``KTCHỦ TỊCH``: the
  full stop and the spaces lost in the foot's small capitals) is ``TL. BỘ TRƯỞNG`` again when the
  letters after the prefix are those of one known title (models/parse/signer_titles.txt) with its
  spaces, and only then.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..figure_lookalikes import lookalikes

Edit = tuple[int, int, str]

# the filing line: an optional dash, "Lưu", its colon (or the mark the engine read for it)
_FILED = re.compile(r"(?m)^[ \t]*(?:[-–—•+*~][ \t]*)?(?:Lưu|LƯU)[ \t]*(:[.,;]|[:;.,])?[ \t]*(.*)$")
# the filing line's colon read as a semicolon, a comma or a full stop before the units it files ("- Lưu; VT, TH.")
_FILED_COLON = re.compile(r"(?m)^[ \t]*(?:[-–—•+*][ \t]*)?(?:Lưu|LƯU)[ \t]*([;.,])(?=[ \t]*[A-ZĐ]{2})")
_VT = re.compile(r"V(?:T[FEIl1|]|[FE7Il1|])(?=[ \t]*[,.;]|[ \t]*$)")
_BC = re.compile(r"\(([đd][eêéèẻẽẹếềểễệ])[ \t]+(b(?:[/il1|][ce(]?|/|[íìi]/[ce]))\)")
# an item of the list that is "Như" and one word of t…n (trên read one letter off or short), its
# closing mark, and a letter or two of ink after it
_AS_ABOVE = re.compile(r"(?m)^([ \t]*[-–—•+*~][ \t]*(?:Như|NHƯ))[ \t]*(t[^\W\d_]{1,3}n|T[^\W\d_]{1,3}N)"
                       r"([;,.:]?)([ \t]+[^\W\d_]{1,2})?[ \t]*$")
# the list's first item, under "Nơi nhận:", its dash lost or read as a letter and its word worse off
_FIRST_AS_ABOVE = re.compile(r"(?m)^(?P<head>[ \t]*(?:Nơi|NƠI)[ \t]*(?:nhận|NHẬN)[ \t]*:[ \t]*\n[ \t]*(?:([^\W\d_])[ \t]+|[-–—•+*~][ \t]*|([^\w\s]))?"
                             r"(?:Như|NHƯ))[ \t]*((?:[^\W\d_]{0,3}[nN])?)([;,.:]?)[ \t]*$")


# the distribution list: from "Nơi nhận:" to the first blank line after its items
_LIST = re.compile(r"(?m)^[ \t]*(?:Nơi|NƠI)[ \t]*(?:nhận|NHẬN)[ \t]*:?[^\n]*\n(?:[ \t]*\S[^\n]*(?:\n|$))+")
_LINE_SPECK = re.compile(r"(?m)^([ \t]*[:;][ \t]*)(?=[A-ZĐÀ-Ỹ])")
# a speck read after a comma, in the space between two codes ("VT,.KL")
_COMMA_SPECK = re.compile(r"(?<=[A-ZĐ]),[.'`][ \t]*(?=[A-ZĐ]{2})")
_COUNT_LETTERS = lookalikes("letters_for_figures", "filed_count")
_FILED_COUNT = re.compile(r"\(([" + "".join(_COUNT_LETTERS) + r"\d]{1,2})([a-z]?)\)[ \t.;]*$", re.M)


def _list_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for block in _LIST.finditer(text):
        a, z = block.start(), block.end()
        first_line_end = text.find("\n", a)
        edits += [(m.start(1), m.end(1), "") for m in _LINE_SPECK.finditer(text, first_line_end + 1, z)]
        edits += [(m.start(), m.end(), ", ") for m in _COMMA_SPECK.finditer(text, a, z)]
        for filed in _FILED.finditer(text, a, z):
            m = _FILED_COUNT.search(text, filed.start(2), filed.end(2))
            if m and any(ch in _COUNT_LETTERS for ch in m.group(1)) and len(m.group(1) + m.group(2)) >= 2:
                edits.append((m.start(1), m.end(1), "".join(_COUNT_LETTERS.get(ch, ch) for ch in m.group(1))))
    return edits


# a line that opens with an authority's prefix glued to capitals: no full stop, no space after it
_GLUED_PREFIX = re.compile(r"(?m)^([ \t]*)(TM|KT|TL|TUQ)([A-ZĐÀ-Ỹ][^\n]*?)[ \t]*$")


@lru_cache(maxsize=1)
def _titles_unspaced() -> dict[str, str]:
    """Each known title in capitals (without a comma), under its letters with no space."""
    from ..resources import data_lines

    titles = [t.upper() for t in data_lines("parse", "signer_titles.txt") if "," not in t]
    return {re.sub(r"\s+", "", t): t for t in titles}


def _glued_prefix_edits(text: str) -> list[Edit]:
    edits = []
    for m in _GLUED_PREFIX.finditer(text):
        title = _titles_unspaced().get(re.sub(r"\s+", "", m.group(3)))
        if title is not None:
            edits.append((m.end(2), m.end(3), ". " + title))
    return edits


def _as_above(m: re.Match, head: str | int, word: int) -> list[Edit]:
    """The edit that makes the word after ``Như`` (group ``head`` ends with it) ``trên`` again,
    none when it is already; the space is put back where the two were read as one."""
    meant = "TRÊN" if m.group(head).endswith("NHƯ") else "trên"
    glued = m.start(word) == m.end(head)
    if m.group(word) == meant and not glued:
        return []
    return [(m.start(word), m.end(word), (" " if glued else "") + meant)]


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
    for m in _AS_ABOVE.finditer(text):
        edits += _as_above(m, 1, 2)
        if m.group(4) and m.group(3):  # ink after the closing mark
            edits.append((m.end(3), m.end(4), ""))
    for m in _FIRST_AS_ABOVE.finditer(text):
        if m.group(4).islower() or m.group(4).isupper() or not m.group(4):  # not a name (An)
            for dash in (2, 3):  # the dash read as a letter or another sign
                if m.group(dash):
                    edits.append((m.start(dash), m.end(dash), "- " if dash == 3 else "-"))
            edits += _as_above(m, "head", 4)
    for m in _BC.finditer(text):
        if m.group(1) != "để" and m.group(1) != "đề":
            edits.append((m.start(1), m.end(1), "để"))
        if m.group(2) != "b/c":
            edits.append((m.start(2), m.end(2), "b/c"))
    return sorted(set(edits + _glued_prefix_edits(text) + _list_edits(text)))
