"""Render dispatch text as an official-format document and as scan-like page images.

text -> DOCX (python-docx, the layout of Decree 30/2020 as in ``../shared/docs/FORMAT.md``)
-> PDF (LibreOffice, cached by content) -> page images (pypdfium2) -> degraded like a real
scan (:func:`dispatch_tools.evaluate.degrade.degrade`, with a red seal and a blue signature over
the signature block). Used by ``samples/build.py`` and by the OCR evaluation.

    python -m dispatch_tools.evaluate.scan_renderer samples/seed000.txt -o /tmp/out --seed 1
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from PIL import Image

from ..errors import InputError, MissingDependency, OutputError
from .degrade import Stamp, degrade, degrade_to_jpeg
from .layout import Layout, is_caps, plain, split_layout
from .layout_header import SUBJECT
from .render_style import current_style

RENDER_VERSION = "7"  # bump when the DOCX layout changes, to refresh the PDF cache

__all__ = ["text_to_docx", "docx_to_pdf", "pdf_to_images", "degrade", "scan_like", "scan_pages",
           "render_pdf", "signature_stamps", "cache_dir", "split_layout"]


def cache_dir(*parts: str) -> Path:
    """``$DISPATCH_RENDER_CACHE`` or ``~/.cache/dispatch_tools/render`` (+ parts), created."""
    base = os.environ.get("DISPATCH_RENDER_CACHE") or Path.home() / ".cache" / "dispatch_tools" / "render"
    path = Path(base).joinpath(*parts)
    path.mkdir(parents=True, exist_ok=True)
    return path


# --------------------------------------------------------------------------- DOCX


def _set_font(run, size: float | None = None, bold=None, italic=None, underline=None) -> None:
    style = current_style()
    run.font.name = style.font
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), style.font)
    if size:
        run.font.size = Pt(style.size(size))
    if bold is not None:
        run.font.bold = bold
    if italic is not None:
        run.font.italic = italic
    if underline is not None:
        run.font.underline = underline


def _runs(paragraph, text: str, size: float, bold=False, italic=False) -> None:
    """Add ``text`` with its ``**bold**`` / ``*italic*`` marks as formatted runs."""
    text = re.sub(r"<((?:https?|mailto):[^>\s]+)>", r"\1", text)
    pos = 0
    for m in re.finditer(r"\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*", text):
        if m.start() > pos:
            _set_font(paragraph.add_run(text[pos:m.start()]), size, bold, italic)
        if m.group(1) is not None:
            _set_font(paragraph.add_run(m.group(1)), size, True, italic)
        else:
            _set_font(paragraph.add_run(m.group(2)), size, bold, True)
        pos = m.end()
    if pos < len(text):
        _set_font(paragraph.add_run(text[pos:].replace("**", "")), size, bold, italic)


def _para(container, text: str = "", size: float = 14, *, bold=False, italic=False,
          align=WD_ALIGN_PARAGRAPH.LEFT, indent_first: float | None = None, left: float | None = None,
          before: float = 0, after: float = 0, keep_next=False):
    p = container.add_paragraph()
    fmt = p.paragraph_format
    fmt.alignment = align
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.line_spacing = current_style().line_spacing
    if indent_first is not None:
        fmt.first_line_indent = Cm(indent_first)
    if left is not None:
        fmt.left_indent = Cm(left)
    fmt.keep_with_next = keep_next
    if text:
        _runs(p, text, size, bold, italic)
    return p


def _rule_under(paragraph, inset_mm: float) -> None:
    """A short horizontal rule under ``paragraph``: an empty 2 pt paragraph after it with a
    bottom border, ``inset_mm`` in from each side of the column."""
    rule = OxmlElement("w:p")
    paragraph._p.addnext(rule)
    ppr = rule.get_or_add_pPr()
    spacing = OxmlElement("w:spacing")
    for key, value in (("w:before", "0"), ("w:after", "0"), ("w:line", "40"), ("w:lineRule", "exact")):
        spacing.set(qn(key), value)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(int(inset_mm * 56.7)))
    ind.set(qn("w:right"), str(int(inset_mm * 56.7)))
    for el in (borders, spacing, ind):  # schema order: pBdr, spacing, ind
        ppr.append(el)


def _table(doc, widths_mm: tuple[float, ...], borders: bool):
    table = doc.add_table(rows=1, cols=len(widths_mm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    tbl_borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single" if borders else "nil")
        if borders:
            el.set(qn("w:sz"), "4")
            el.set(qn("w:color"), "000000")
        tbl_borders.append(el)
    tbl_pr.append(tbl_borders)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        col.set(qn("w:w"), str(int(width * 56.7)))  # twentieths of a point
    for cell, width in zip(table.rows[0].cells, widths_mm):
        cell.width = Mm(width)
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    return table


def _fill(cell) -> None:
    """Drop the empty paragraph a new cell starts with (after content was added)."""
    paragraphs = cell.paragraphs
    if len(paragraphs) > 1 and not paragraphs[0].text:
        paragraphs[0]._p.getparent().remove(paragraphs[0]._p)


def _page_numbers(section) -> None:
    """No number on the first page; from page 2 a centred number in the top margin."""
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    _set_font(run, 13)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _header(doc, lay: Layout) -> None:
    if not (lay.header_left or lay.header_right):
        return
    table = _table(doc, current_style().header_columns_mm, borders=False)
    left, right = table.rows[0].cells
    center = WD_ALIGN_PARAGRAPH.CENTER
    bodies = [x for x in lay.header_left if is_caps(x) and not x.startswith("Số")]
    for line in lay.header_left:
        if line == "---":
            if left.paragraphs[-1].text:
                _rule_under(left.paragraphs[-1], 20)
            continue
        if SUBJECT.match(line):
            _para(left, line, 12.5, align=center, before=4)
        elif line.startswith("Số"):
            _para(left, line, 13, align=center, before=6)
        elif set(line) <= set("*"):
            _para(left, line, 13, align=center)
        else:  # the issuing body in bold, its parent body above it in normal weight
            _para(left, line, 12, bold=bool(bodies) and (line is bodies[-1] or len(bodies) == 1), align=center)
    if bodies and not any(x == "---" for x in lay.header_left):
        for p in left.paragraphs:
            if p.text == plain(bodies[-1]):
                _rule_under(p, 22)
                break
    for line in lay.header_right:
        if line == "---":
            continue
        if re.search(r"ngày|tháng|năm \d", line) and not is_caps(line):
            _para(right, line, 14, italic=True, align=center, before=10)
        elif line.startswith("Độc"):
            p = _para(right, line, 13, bold=True, align=center)
            _rule_under(p, 21)
        else:
            _para(right, line, 12, bold=True, align=center)
    _fill(left)
    _fill(right)


def _title(doc, lay: Layout) -> None:
    for k, line in enumerate(lay.title):
        _para(doc, line, 14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
              before=18 if k == 0 else 0, after=12 if k == len(lay.title) - 1 else 0)


def _recipients(doc, lay: Layout) -> None:
    if not lay.recipients:
        return
    if len(lay.recipients) == 1:
        _para(doc, lay.recipients[0], 14, align=WD_ALIGN_PARAGRAPH.CENTER, before=14, after=8)
        return
    _para(doc, lay.recipients[0], 14, left=2.5, before=14)
    for k, line in enumerate(lay.recipients[1:]):
        _para(doc, line, 14, left=4.0, after=8 if k == len(lay.recipients) - 2 else 0)


def _rows(doc, rows: list[str]) -> None:
    cells = [r.split("\t") for r in rows]
    ncols = max(len(c) for c in cells)
    longest = [max([len(r[c].strip()) if c < len(r) else 0 for r in cells] + [4]) for c in range(ncols)]
    share = [min(max(n, 6), 40) for n in longest]
    widths = [current_style().text_width_mm * x / sum(share) for x in share]
    table = _table(doc, tuple(widths), borders=True)
    for _ in range(len(cells) - 1):
        row = table.add_row()
        for cell, width in zip(row.cells, widths):
            cell.width = Mm(width)
    for r, row in enumerate(cells):
        for c in range(ncols):
            text = row[c].strip() if c < len(row) else ""
            cell = table.rows[r].cells[c]
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (r == 0 or len(text) < 8) else WD_ALIGN_PARAGRAPH.LEFT
            if text:
                _runs(p, text, 13, bold=(r == 0))
    _para(doc, "", 6)


def _body(doc, lines: list[str], *, annex=False) -> None:
    justify = WD_ALIGN_PARAGRAPH.JUSTIFY
    pending_rows: list[str] = []
    for k, line in enumerate(lines + [""]):
        if "\t" in line:
            pending_rows.append(line)
            continue
        if pending_rows:
            _rows(doc, pending_rows)
            pending_rows = []
        if not line:
            continue
        heading = is_caps(line) and len(line) < 90
        if heading:
            _para(doc, line, 14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER if len(line) < 30 and
                  not re.match(r"^[IVX]+\.", line) else justify, indent_first=None if len(line) < 30 else 1.27,
                  after=6, keep_next=True)
        elif annex:
            _para(doc, line, 13, align=justify, after=4)
        else:
            _para(doc, line, 14, align=justify, indent_first=1.27, after=6)


def _foot(doc, lay: Layout) -> None:
    if not (lay.foot_left or lay.foot_right):
        return
    if doc.paragraphs:
        doc.paragraphs[-1].paragraph_format.keep_with_next = True
    _para(doc, "", 8, keep_next=True)
    table = _table(doc, current_style().foot_columns_mm, borders=False)
    left, right = table.rows[0].cells
    for line in lay.foot_left:
        if line.startswith("Nơi nhận"):
            _para(left, line, 12, bold=True, italic=True)
        else:
            _para(left, line, 11)
    center = WD_ALIGN_PARAGRAPH.CENTER
    name = lay.foot_right[-1] if lay.foot_right and not is_caps(lay.foot_right[-1]) else None
    for line in lay.foot_right:
        if line is name:
            for _ in range(4):  # room for the signature and seal
                _para(right, "", 14)
            _para(right, line, 14, bold=True, align=center)
        else:
            _para(right, line, 13, bold=is_caps(line), align=center)
    _fill(left)
    _fill(right)
    for k, line in enumerate(lay.footnotes):  # notes under the foot, small, across the page
        _para(doc, line, 11, before=10 if k == 0 else 0)


def _annex(doc, lines: list[str]) -> None:
    if not lines:
        return
    _para(doc, "").add_run().add_break(WD_BREAK.PAGE)
    k = 0
    center = WD_ALIGN_PARAGRAPH.CENTER
    while k < len(lines) and "\t" not in lines[k] and (k == 0 or is_caps(lines[k])
                                                        or lines[k].startswith("(")):
        line = lines[k]
        _para(doc, line, 14, bold=not line.startswith("("), italic=line.startswith("("),
              align=center, after=12 if line.startswith("(") else 0)
        k += 1
    _body(doc, lines[k:], annex=True)


def layout_docx(lay: Layout, path: str | Path) -> Path:
    path = Path(path)
    doc = DocxDocument()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    style = current_style()
    section.left_margin, section.right_margin = Mm(style.left_mm), Mm(style.right_mm)
    section.header_distance = Mm(10)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = style.font, Pt(style.size(14))
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), style.font)
    _page_numbers(section)
    # the empty first paragraph of a new document would push the header down
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    _header(doc, lay)
    _title(doc, lay)
    _recipients(doc, lay)
    if not lay.title and not lay.recipients:
        _para(doc, "", 10)
    _body(doc, lay.body)
    _foot(doc, lay)
    _annex(doc, lay.annex)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        doc.save(str(path))
    except OSError as exc:
        raise OutputError(f"cannot write the DOCX ({exc.strerror})", path=path,
                          hint="Check that the folder exists and is writable") from exc
    return path


def text_to_docx(text: str, path: str | Path) -> Path:
    """Write ``text`` (a dispatch) as a DOCX in the official layout; returns the path."""
    if not text.strip():
        raise InputError("the text to render is empty", path=path, hint="Give the text of a dispatch")
    return layout_docx(split_layout(text), path)


# --------------------------------------------------------------------------- PDF and images


def _docx_key(docx: Path) -> str:
    digest = hashlib.sha256(RENDER_VERSION.encode())
    with zipfile.ZipFile(docx) as z:
        for name in sorted(z.namelist()):
            digest.update(name.encode())
            digest.update(z.read(name))
    return digest.hexdigest()[:24]


def docx_to_pdf(docx: str | Path, out_dir: str | Path) -> Path:
    """Convert with LibreOffice (private profile, so parallel runs do not clash); cached by
    content in :func:`cache_dir`. Returns ``out_dir/<stem>.pdf``."""
    docx, out_dir = Path(docx), Path(out_dir)
    if not docx.is_file():
        raise InputError("file not found", path=docx, hint="Check the path")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / (docx.stem + ".pdf")
    cached = cache_dir("pdf") / (_docx_key(docx) + ".pdf")
    if not cached.exists():
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if not soffice:
            raise MissingDependency("LibreOffice (soffice) is not installed", path=docx,
                                    hint="Install it: apt-get install libreoffice-writer-nogui")
        with tempfile.TemporaryDirectory(prefix="dispatch-lo-") as tmp:
            profile = Path(tmp, "profile").as_uri()
            cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", tmp, str(docx.resolve())]
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
            produced = Path(tmp, docx.stem + ".pdf")
            if not produced.exists():
                raise OutputError(f"LibreOffice did not convert the file: {proc.stderr.strip()[:200]}",
                                  path=docx, hint="Run the soffice command by hand to see why")
            tmp_cached = cached.with_suffix(f".{os.getpid()}.tmp")
            shutil.copyfile(produced, tmp_cached)
            os.replace(tmp_cached, cached)
    shutil.copyfile(cached, target)
    return target


def pdf_to_images(pdf: str | Path, dpi: int = 300) -> list[Image.Image]:
    """Rasterise every page (pypdfium2) to RGB images at ``dpi``."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        images = []
        for page in document:
            images.append(page.render(scale=dpi / 72).to_pil().convert("RGB"))
            page.close()
        return images
    finally:
        document.close()


def signature_stamps(pdf: str | Path, lay: Layout, dpi: int = 300) -> dict[int, Stamp]:
    """Where the seal and signature go: {page index: Stamp} from the signature block's
    position in the PDF text layer (between the signer's title and name)."""
    import pdfplumber

    if not lay.foot_right:
        return {}
    first = plain(lay.foot_right[0]).split()[:2]
    last = plain(lay.foot_right[-1]).split()
    scale = dpi / 72
    seal_text = " * ".join(plain(x) for x in lay.header_left
                           if is_caps(x) and not x.startswith("Số") and set(x) - set("*-"))
    with pdfplumber.open(str(pdf)) as document:
        for index in range(len(document.pages) - 1, -1, -1):
            words = document.pages[index].extract_words()
            texts = [w["text"] for w in words]
            for k in range(len(words)):
                if texts[k:k + len(first)] == first and words[k]["x0"] > document.pages[index].width * 0.4:
                    top = words[k]
                    below = [w for w in words[k:] if w["text"] == last[0] and w["top"] > top["bottom"]]
                    name_top = below[0]["top"] if below else top["bottom"] + 110
                    line = [w for w in words if abs(w["top"] - top["top"]) < 4 and w["x0"] >= top["x0"]]
                    x0, x1 = top["x0"], max(w["x1"] for w in line)
                    cx = (x0 + x1) / 2
                    cy = (top["bottom"] + name_top) / 2
                    return {index: Stamp(center=(cx * scale, cy * scale), radius=17.5 * 72 / 25.4 * scale,
                                         text=seal_text or "CƠ QUAN BAN HÀNH",
                                         signature_box=((cx - 50) * scale, (top["bottom"] + 25) * scale,
                                                        (cx + 60) * scale, (name_top - 4) * scale))}
    return {}


def render_pdf(text: str, out_dir: str | Path, stem: str = "document") -> tuple[Layout, Path, Path]:
    """DOCX and PDF of ``text`` in ``out_dir``: (layout, docx path, pdf path)."""
    lay = split_layout(text)
    docx = layout_docx(lay, Path(out_dir) / f"{stem}.docx")
    return lay, docx, docx_to_pdf(docx, out_dir)


def scan_pages(text: str, dpi: int = 300) -> tuple[Layout, list[Image.Image], dict[int, Stamp]]:
    """Clean page images of ``text`` and where the seal goes: (layout, images, {page: Stamp})."""
    with tempfile.TemporaryDirectory(prefix="dispatch-render-") as tmp:
        lay, _, pdf = render_pdf(text, tmp)
        stamps = signature_stamps(pdf, lay, dpi)
        pages = pdf_to_images(pdf, dpi)
    return lay, pages, stamps


def scan_like(text: str, out_dir: str | Path, seed: int = 0, dpi: int = 300) -> list[Path]:
    """Render ``text`` and write scan-like page images ``page-001.jpg`` ... to ``out_dir``
    (JPEG as a scanner writes it; deterministic for a given text and seed)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    _, pages, stamps = scan_pages(text, dpi)
    paths = []
    for k, img in enumerate(pages):
        path = out_dir / f"page-{k + 1:03d}.jpg"
        path.write_bytes(degrade_to_jpeg(img, seed * 1000 + k, stamp=stamps.get(k), dpi=dpi))
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("text", type=Path, help="UTF-8 text of a dispatch")
    ap.add_argument("-o", "--out", type=Path, required=True, help="output folder")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dpi", type=int, default=300)
    args = ap.parse_args(argv)
    text = args.text.read_text(encoding="utf-8-sig")
    render_pdf(text, args.out, args.text.stem)
    for path in scan_like(text, args.out, args.seed, args.dpi):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
