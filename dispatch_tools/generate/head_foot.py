"""The head and the foot of a document in the official format, from the user's profile.

Head: a two-column borderless table. Left: parent body (capitals), the unit (bold capitals) with a
short rule, then the number line, then (for a công văn) the ``V/v`` subject. Right: the national
title and motto with a rule under the motto (State) or the Party/Youth Union title, then the
place and date in italics. Foot: ``Nơi nhận`` on the left, the signature block on the right.
"""

from __future__ import annotations

import datetime as dt

from docx.document import Document as DocxDocument

from . import officedoc as od
from .profile import Profile
from .vn import date_line, fill_list, text

LEFT_CM, RIGHT_CM = 7.2, 9.3  # the national title (12 pt bold) needs about 8.8 cm
HEAD_MARGIN_CM = 0.1  # narrow cell margins in the header table
FOOT_LEFT_CM, FOOT_RIGHT_CM = 7.5, 9.0


def number_line(profile: Profile, type_code: str | None) -> str:
    """``Số:       /BC-VHTT`` (State) or ``Số       -BC/HĐTN`` (Party, Youth Union); the number
    itself is left blank for the office that registers the document."""
    system = profile.unit.system
    label = text("header", "number_label")[system]
    blank = text("header", "number_blank")
    code = profile.unit.code
    if system == "state":
        return f"{label}{blank}/{type_code}-{code}" if type_code else f"{label}{blank}/{code}"
    return f"{label}{blank}-{type_code or 'CV'}/{code}"


def official_header(doc: DocxDocument, profile: Profile, *, type_code: str | None,
                    vv: str | None, date: dt.date | None, year: int | None) -> None:
    unit = profile.unit
    system = unit.system
    heading = text("header", system)
    table = od.layout_table(doc, [LEFT_CM, RIGHT_CM], rows=3 if vv else 2,
                            cell_margin_cm=HEAD_MARGIN_CM)
    left_space = LEFT_CM - 2 * HEAD_MARGIN_CM
    right_space = RIGHT_CM - 2 * HEAD_MARGIN_CM

    # row 1: who issues it / the national title
    unit_block(table.cell(0, 0), profile, left_space)

    right = table.cell(0, 1)
    title = heading["title"]
    p = od.para(right, title, size=od.SIZE["title"], bold=True, align="center")
    if heading["motto"]:
        p = od.para(right, heading["motto"], size=od.SIZE["motto"], bold=True, align="center")
        od.rule_under(p, od.text_cm(heading["motto"], od.SIZE["motto"], bold=True), right_space)
    else:
        od.rule_under(p, od.text_cm(title, od.SIZE["title"], bold=True), right_space)
    od.drop_empty_first(right)

    # row 2: number / place and date, on one line
    od.cell_text(table.cell(1, 0), number_line(profile, type_code), size=od.SIZE["number"],
                 align="center")
    table.cell(1, 0).paragraphs[0].paragraph_format.space_before = od.Pt(6)
    od.cell_text(table.cell(1, 1), date_line(unit.place, date, year), size=od.SIZE["date"],
                 italic=True, align="center")
    table.cell(1, 1).paragraphs[0].paragraph_format.space_before = od.Pt(6)

    # row 3 (công văn): the subject under the number
    if vv:
        od.cell_text(table.cell(2, 0), od.balanced(vv, od.SIZE["vv"], left_space),
                     size=od.SIZE["vv"], align="center")


def unit_block(cell, profile: Profile, space_cm: float) -> None:
    """The parent body (capitals) and the unit (bold capitals) with a short rule under it (State)
    or ``***`` (Party, Youth Union), centred in ``cell``."""
    unit = profile.unit
    if unit.parent:
        parent = od.balanced(unit.parent.upper(), od.SIZE["parent"], space_cm)
        od.para(cell, parent, size=od.SIZE["parent"], align="center")
    name = od.balanced(unit.name.upper(), od.SIZE["unit"], space_cm, bold=True)
    p = od.para(cell, name, size=od.SIZE["unit"], bold=True, align="center")
    if unit.system == "state":
        width = max(od.text_cm(line, od.SIZE["unit"], bold=True) for line in name.split("\n"))
        od.rule_under(p, max(width * 0.4, 1.5), space_cm)
    else:
        od.para(cell, "***", size=od.SIZE["unit"], align="center")
    od.drop_empty_first(cell)


def signature_foot(doc: DocxDocument, profile: Profile) -> None:
    """``Nơi nhận`` (left, 12 pt bold italic; list 11 pt) beside the signature block (right)."""
    table = od.layout_table(doc, [FOOT_LEFT_CM, FOOT_RIGHT_CM], rows=1)
    left, right = table.cell(0, 0), table.cell(0, 1)
    od.para(left, text("reply", "distribution_label"), size=od.SIZE["nn_label"], bold=True,
            italic=True, before=6)
    for item in fill_list(profile.recipients):
        od.para(left, item, size=od.SIZE["nn_list"])
    od.drop_empty_first(left)
    signature_block(right, profile)
    od.drop_empty_first(right)
    keep_together(table)


def signature_block(cell, profile: Profile) -> int:
    """Authority and capacity, title, room to sign, name; returns the number of title lines."""
    s = profile.signer
    lines = []
    if s.authority and s.capacity:
        lines.append(f"{s.authority} {s.capacity.upper()}")
    if s.title:
        lines.append(s.title.upper())
    for k, line in enumerate(lines):
        od.para(cell, line, size=od.SIZE["sign"], bold=True, align="center", before=6 if k == 0 else 0)
    for _ in range(4):  # room for the signature and the seal
        od.para(cell, "", size=od.SIZE["sign"])
    od.para(cell, s.name, size=od.SIZE["name"], bold=True, align="center")
    return len(lines)


def keep_together(table) -> None:
    """Keep the foot on one page: every paragraph but the last of each cell keeps with the next."""
    for cell in table.rows[0].cells:
        for p in cell.paragraphs[:-1]:
            p.paragraph_format.keep_with_next = True
    row = table.rows[0]._tr
    tr_pr = row.get_or_add_trPr()
    el = od.OxmlElement("w:cantSplit")
    el.set(od.qn("w:val"), "true")
    tr_pr.append(el)
