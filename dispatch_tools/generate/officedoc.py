"""python-docx helpers for documents in the official format (Decree 30/2020/NĐ-CP, Appendix I).

A4, Times New Roman on every script slot of every run (ascii, hAnsi, eastAsia, cs), margins and
sizes from ``../shared/docs/FORMAT.md``, borderless layout tables, short rules under names, and
page numbers centred in the header from page 2 on (the first page has its own, empty header).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from ..vntext import nfc

FONT = "Times New Roman"
SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
LANG = "vi-VN"

# Page: A4 portrait, margins inside FORMAT.md's ranges.
PAGE_W, PAGE_H = Mm(210), Mm(297)
MARGINS = dict(top=Mm(20), bottom=Mm(20), left=Mm(30), right=Mm(15))
TEXT_WIDTH_CM = (210 - 30 - 15) / 10  # 16.5 cm
CELL_MARGIN_CM = 0.19  # Word's default left/right cell margin

# Sizes in points (FORMAT.md "Generating a document in the official format").
SIZE = dict(title=12, motto=13, parent=12, unit=12, number=13, date=14, vv=12, type_name=14,
            subject=14, body=14, heading=14, sign=14, name=14, nn_label=12, nn_list=11,
            table=13, small=12, page=13)

ALIGN = dict(left=WD_ALIGN_PARAGRAPH.LEFT, center=WD_ALIGN_PARAGRAPH.CENTER,
             right=WD_ALIGN_PARAGRAPH.RIGHT, justify=WD_ALIGN_PARAGRAPH.JUSTIFY)


# --------------------------------------------------------------------------- fonts


def _set_rfonts(rpr) -> None:
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in list(rfonts.attrib):  # theme fonts would win over the named font: drop them
        if attr.endswith("Theme") or attr.endswith("theme"):
            del rfonts.attrib[attr]
    for slot in SLOTS:
        rfonts.set(qn(slot), FONT)


def _set_size(rpr, size: float) -> None:
    half = str(int(round(size * 2)))
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = OxmlElement(tag)
            rpr.append(el)
        el.set(qn("w:val"), half)


def style_run(run, size: float | None = None, bold: bool | None = None,
              italic: bool | None = None, underline: bool | None = None) -> None:
    rpr = run._element.get_or_add_rPr()
    _set_rfonts(rpr)
    if bold is not None:
        run.font.bold = bold
        run.font.cs_bold = bold
    if italic is not None:
        run.font.italic = italic
        run.font.cs_italic = italic
    if underline is not None:
        run.font.underline = underline
    if size is not None:
        _set_size(rpr, size)
    # python-docx appends elements in schema order only for its own setters; keep rFonts first
    rfonts = rpr.find(qn("w:rFonts"))
    if rpr.index(rfonts) != 0:
        rpr.remove(rfonts)
        rpr.insert(0, rfonts)


# --------------------------------------------------------------------------- the document


def new_document(landscape: bool = False) -> DocxDocument:
    """An empty A4 document: margins, default font and size, Vietnamese language, page numbers."""
    doc = new_docx()
    _set_defaults(doc)
    section = doc.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = PAGE_H, PAGE_W
    else:
        section.page_width, section.page_height = PAGE_W, PAGE_H
    section.top_margin = MARGINS["top"]
    section.bottom_margin = MARGINS["bottom"]
    section.left_margin = MARGINS["left"]
    section.right_margin = MARGINS["right"]
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.is_linked_to_previous = False
    para = first.paragraphs[0]
    para.text = ""
    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(p)
    return doc


def text_width_cm(doc: DocxDocument) -> float:
    s = doc.sections[0]
    return (s.page_width - s.left_margin - s.right_margin) / 360000


def _set_defaults(doc: DocxDocument) -> None:
    styles = doc.styles.element
    # docDefaults: the base of every style
    rpr_default = styles.find(qn("w:docDefaults"))
    if rpr_default is not None:
        for rpr in rpr_default.iter(qn("w:rPr")):
            _set_rfonts(rpr)
            _set_size(rpr, SIZE["body"])
            _set_lang(rpr)
    # every style that names fonts: no theme fonts anywhere
    for rfonts in styles.iter(qn("w:rFonts")):
        _set_rfonts(rfonts.getparent())
    normal = doc.styles["Normal"]
    rpr = normal.element.get_or_add_rPr()
    _set_rfonts(rpr)
    _set_size(rpr, SIZE["body"])
    _set_lang(rpr)
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.SINGLE


def _set_lang(rpr) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANG)
    lang.set(qn("w:eastAsia"), LANG)


def _page_field(paragraph: Paragraph) -> None:
    """A PAGE field, as Word writes it (begin, instruction, separate, result, end)."""
    def fld(kind: str):
        run = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._element.append(el)
        style_run(run, SIZE["page"])

    fld("begin")
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run._element.append(instr)
    style_run(run, SIZE["page"])
    fld("separate")
    style_run(paragraph.add_run("2"), SIZE["page"])
    fld("end")


def finish(doc: DocxDocument) -> None:
    """Last pass before saving: every run in body, tables, headers and footers has the font on all
    four script slots, and all text is NFC."""
    parts = [doc.element.body]
    for section in doc.sections:
        for hf in (section.header, section.first_page_header, section.footer,
                   section.first_page_footer):
            if not hf.is_linked_to_previous:
                parts.append(hf._element)
    for part in parts:
        for r in part.iter(qn("w:r")):
            rpr = r.find(qn("w:rPr"))
            if rpr is None:
                rpr = OxmlElement("w:rPr")
                r.insert(0, rpr)
            _set_rfonts(rpr)
            rfonts = rpr.find(qn("w:rFonts"))
            if rpr.index(rfonts) != 0:
                rpr.remove(rfonts)
                rpr.insert(0, rfonts)
        for t in part.iter(qn("w:t")):
            if t.text:
                t.text = nfc(t.text)
    doc.core_properties.language = LANG


# --------------------------------------------------------------------------- paragraphs


@dataclass
class Seg:
    """A piece of a paragraph with its own emphasis."""

    text: str
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    highlight: bool = False


def para(container, content: str | list[Seg] = "", *, size: float = SIZE["body"],
         bold: bool = False, italic: bool = False, align: str = "left",
         first_indent: float | None = None, left_indent: float | None = None,
         before: float = 0, after: float = 0, keep_next: bool = False,
         line_spacing: float | None = None, highlight: bool = False) -> Paragraph:
    """Add a paragraph to a document, cell, header (anything with ``add_paragraph``)."""
    p = container.add_paragraph()
    fmt = p.paragraph_format
    p.alignment = ALIGN[align]
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    if first_indent is not None:
        fmt.first_line_indent = Cm(first_indent)
    if left_indent is not None:
        fmt.left_indent = Cm(left_indent)
    if keep_next:
        fmt.keep_with_next = True
    if line_spacing is not None:
        fmt.line_spacing = line_spacing
    segs = [Seg(content)] if isinstance(content, str) else content
    for seg in segs:
        for k, piece in enumerate(nfc(seg.text).split("\n")):
            run = p.add_run(piece)
            if k:  # a line break inside the paragraph, before this piece
                run._element.insert(1 if run._element.find(qn("w:rPr")) is not None else 0,
                                    OxmlElement("w:br"))
            style_run(run, size,
                      bold if seg.bold is None else seg.bold,
                      italic if seg.italic is None else seg.italic,
                      seg.underline)
            if highlight or seg.highlight:
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    if not segs:
        style_run(p.add_run(""), size)
    return p


def body(container, content: str | list[Seg], **kw) -> Paragraph:
    """A body paragraph: 14 pt, justified, first line indented 1.27 cm, 6 pt after."""
    kw.setdefault("align", "justify")
    kw.setdefault("first_indent", 1.27)
    kw.setdefault("after", 6)
    kw.setdefault("line_spacing", 1.15)
    return para(container, content, **kw)


def first_cell_paragraph(cell: _Cell) -> Paragraph:
    """Cells start with one empty paragraph; ``para`` adds more, so drop the empty one at the end."""
    return cell.paragraphs[0]


def drop_empty_first(cell: _Cell) -> None:
    first = cell.paragraphs[0]
    if not first.text and len(cell.paragraphs) > 1:
        first._element.getparent().remove(first._element)


# --------------------------------------------------------------------------- rules and widths


@lru_cache(maxsize=8)
def _font_file(bold: bool, italic: bool) -> str | None:
    name = "LiberationSerif-" + ({(False, False): "Regular", (True, False): "Bold",
                                  (False, True): "Italic", (True, True): "BoldItalic"}[bold, italic])
    for folder in ("/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation",
                   "/usr/share/fonts/liberation", "/Library/Fonts", "C:/Windows/Fonts"):
        path = Path(folder) / f"{name}.ttf"
        if path.is_file():
            return str(path)
    return None


@lru_cache(maxsize=32)
def _font(bold: bool, italic: bool, size: float):
    path = _font_file(bold, italic)
    if not path:
        return None
    from PIL import ImageFont

    return ImageFont.truetype(path, int(size * 10))


def text_cm(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """Printed width of ``text`` in Times New Roman (measured with its metric twin, Liberation
    Serif; an average glyph width when that font is absent)."""
    font = _font(bold, italic, size)
    if font is not None:
        points = font.getlength(nfc(text)) / 10
    else:  # pragma: no cover - depends on the fonts installed
        points = len(text) * size * (0.62 if text.isupper() else 0.48)
    return points * 2.54 / 72


def balanced(text: str, size: float, width_cm: float, bold: bool = False,
             italic: bool = False) -> str:
    """``text`` with line breaks (``\\n``) so that its lines are of about equal length and each fits
    in ``width_cm``: a centred title of two lines reads better than a long line and one word."""
    text = text.strip()  # runs of spaces are kept: they are blanks to write in
    total = text_cm(text, size, bold, italic)
    if total <= width_cm:
        return text
    words = [w for w in text.split(" ") if w] if "  " not in text else text.split(" ")
    n = int(total // width_cm) + 1
    while n <= len(words):
        target = total / n
        lines, current = [], []
        for word in words:
            trial = " ".join(current + [word])
            if current and text_cm(trial, size, bold, italic) > target * 1.06 and len(lines) < n - 1:
                lines.append(" ".join(current))
                current = [word]
            else:
                current.append(word)
        lines.append(" ".join(current))
        if all(text_cm(line, size, bold, italic) <= width_cm for line in lines):
            return "\n".join(lines)
        n += 1
    return text


def rule_under(p: Paragraph, rule_cm: float, space_cm: float) -> Paragraph:
    """A solid rule under paragraph ``p``, ``rule_cm`` long, centred in a space ``space_cm`` wide.

    Drawn as the top border of a new, empty paragraph 1 pt high, narrowed by equal left and right
    indents: the text above keeps its full width, and the rule renders the same in Word and
    LibreOffice. Returns the rule's paragraph.
    """
    rule_cm = max(0.5, min(rule_cm, space_cm))
    indent = (space_cm - rule_cm) / 2
    rule = p.insert_paragraph_before("")
    p._p.addnext(rule._p)  # insert_paragraph_before puts it above: move it below
    fmt = rule.paragraph_format
    fmt.left_indent = Cm(indent)
    fmt.right_indent = Cm(indent)
    fmt.space_before = Pt(3)  # a small gap under the descenders and diacritics
    fmt.space_after = p.paragraph_format.space_after or Pt(0)
    p.paragraph_format.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(1)
    fmt.keep_with_next = True
    p.paragraph_format.keep_with_next = True
    rule.alignment = p.alignment
    ppr = rule._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    top.set(qn("w:val"), "single")
    top.set(qn("w:sz"), "6")  # eighths of a point: 0.75 pt
    top.set(qn("w:space"), "1")
    top.set(qn("w:color"), "auto")
    bdr.append(top)
    # pBdr goes before spacing, ind and jc in CT_PPr's sequence
    anchor = next((el for el in ppr if el.tag in {qn("w:shd"), qn("w:tabs"), qn("w:spacing"),
                                                   qn("w:ind"), qn("w:jc")}), None)
    if anchor is not None:
        anchor.addprevious(bdr)
    else:
        ppr.append(bdr)
    style_run(rule.add_run(""), 1)
    return rule


# --------------------------------------------------------------------------- tables


def layout_table(container, widths_cm: list[float], rows: int = 1,
                 cell_margin_cm: float | None = None) -> Table:
    """A borderless table of fixed column widths, for the header and the signature block."""
    table = container.add_table(rows=rows, cols=len(widths_cm))
    _fix_widths(table, widths_cm)
    _borders(table, "nil")
    if cell_margin_cm is not None:
        mar = OxmlElement("w:tblCellMar")
        for side in ("left", "right"):
            el = OxmlElement(f"w:{side}")
            el.set(qn("w:w"), str(int(cell_margin_cm / 2.54 * 1440)))
            el.set(qn("w:type"), "dxa")
            mar.append(el)
        table._tbl.tblPr.append(mar)  # CT_TblPr: tblCellMar comes after tblLayout
    return table


def grid_table(container, widths_cm: list[float], rows: int) -> Table:
    """A table with single lines on every cell, for forms and checklists."""
    table = container.add_table(rows=rows, cols=len(widths_cm))
    _fix_widths(table, widths_cm)
    _borders(table, "single")
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    return table


def _fix_widths(table: Table, widths_cm: list[float]) -> None:
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.append(tbl_w)
    tbl_w.set(qn("w:type"), "dxa")
    tbl_w.set(qn("w:w"), str(int(sum(widths_cm) / 2.54 * 1440)))
    for col, w in zip(table.columns, widths_cm):
        col.width = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def _borders(table: Table, kind: str) -> None:
    tbl_pr = table._tbl.tblPr
    old = tbl_pr.find(qn("w:tblBorders"))
    if old is not None:
        tbl_pr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), kind)
        if kind != "nil":
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    # tblBorders follows tblW/jc/tblCellSpacing/tblInd in CT_TblPr
    layout = tbl_pr.find(qn("w:tblLayout"))
    if layout is not None:
        layout.addprevious(borders)
    else:
        tbl_pr.append(borders)


def repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def cell_text(cell: _Cell, content: str | list[Seg], *, size: float = SIZE["table"],
              bold: bool = False, italic: bool = False, align: str = "left") -> Paragraph:
    """Put text in a cell (replacing its empty first paragraph)."""
    p = para(cell, content, size=size, bold=bold, italic=italic, align=align, before=2, after=2)
    drop_empty_first(cell)
    return p


def vertical_center(cell: _Cell) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def dotted_tab(p: Paragraph, position_cm: float) -> None:
    """A right tab stop with a dotted leader: a line to write on after a label."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER

    p.paragraph_format.tab_stops.add_tab_stop(Cm(position_cm), WD_TAB_ALIGNMENT.RIGHT,
                                              WD_TAB_LEADER.DOTS)


def clone(el):
    return copy.deepcopy(el)
