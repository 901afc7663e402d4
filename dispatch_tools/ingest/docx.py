"""DOCX files: paragraphs and tables in document order.

Official documents lay out the two-column header and the signature / Nơi nhận foot as borderless
tables with two cells in a row. Such a layout table is read column by column (all of the left cell
first, then the right), so that the two columns never merge into one line. Other tables (the
annex's report form) are read row by row, cells separated by a tab.
"""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

from ..errors import DamagedInput, LimitExceeded
from ..model import Line, Page
from ..options import Options
from ..i18n import _, number

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200


def _check_zip(path: Path, options: Options) -> None:
    """Refuse zip bombs before python-docx inflates anything."""
    with zipfile.ZipFile(path) as zf:
        total = 0
        for info in zf.infolist():
            total += info.file_size
            if info.compress_size and info.file_size / info.compress_size > MAX_RATIO \
                    and info.file_size > 10 * 1024 * 1024:
                raise LimitExceeded(_("part %(part)s expands %(ratio)s times (a zip bomb?)")
                                    % {"part": info.filename,
                                       "ratio": number(info.file_size // info.compress_size)}, path=path,
                                    hint=_("Open the document in Word or LibreOffice and save it again"))
        if total > max(MAX_UNCOMPRESSED, options.max_bytes):
            raise LimitExceeded(_("the document expands to %(size)s MB") % {"size": number(total // 2**20)},
                                path=path,
                                hint=_("Split the document or export it to PDF"))


def read_docx(path: Path, options: Options) -> tuple[list[Page], dict]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        _check_zip(path, options)
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DamagedInput(_("the DOCX file is damaged and cannot be opened"), path=path,
                           hint=_("Open it in Word or LibreOffice and save it again")) from exc
    except Exception as exc:  # lxml errors and friends
        if isinstance(exc, LimitExceeded):
            raise
        raise DamagedInput(_("the DOCX file cannot be read (%(error)s)") % {"error": type(exc).__name__},
                           path=path,
                           hint=_("Open it in Word or LibreOffice and save it again")) from exc

    lines: list[Line] = []

    def add(text: str, column: str = "full") -> None:
        text = unicodedata.normalize("NFC", text.replace("\xa0", " "))
        for part in text.split("\n"):
            lines.append(Line(part.rstrip(), source="docx", column=column))

    def paragraph_text(p) -> str:
        # python-docx renders <w:br/> as "\n" and <w:tab/> as "\t"
        return p.text

    def cell_lines(cell) -> list[str]:
        out = []
        for block in cell.iter_inner_content():
            if isinstance(block, Paragraph):
                out.append(paragraph_text(block))
            elif isinstance(block, Table):
                out.extend(table_rows(block))
        return out

    def table_rows(table) -> list[str]:
        out = []
        for row in table.rows:
            cells = _unique_cells(row.cells)
            out.append("\t".join(" ".join(t.strip() for t in cell_lines(c)).strip() for c in cells))
        return out

    def read_table(table) -> None:
        rows = [_unique_cells(r.cells) for r in table.rows]
        if rows and all(len(r) == 2 for r in rows) and _is_layout_table(table, rows):
            for side, column in ((0, "left"), (1, "right")):
                for r in rows:
                    for text in cell_lines(r[side]):
                        add(text, column)
            add("")
        else:
            for text in table_rows(table):
                add(text)

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            add(paragraph_text(block))
        elif isinstance(block, Table):
            read_table(block)

    page = Page(1, lines, method="docx")
    meta = {"tables": len(document.tables)}
    return [page], meta


def _unique_cells(cells) -> list:
    """Merged cells appear once per grid column in python-docx; keep each once."""
    out, seen = [], set()
    for cell in cells:
        key = id(cell._tc)
        if key not in seen:
            seen.add(key)
            out.append(cell)
    return out


def _is_layout_table(table, rows) -> bool:
    """A two-cell table used for layout: no visible borders, or multi-line cells of header/foot text."""
    borders = table._tbl.find(f"{W}tblPr/{W}tblBorders")
    if borders is not None:
        visible = [b for b in borders if b.get(f"{W}val") not in (None, "nil", "none")]
        if not visible:
            return True
    text = " ".join(c.text for r in rows for c in r).upper()
    cues = ("CỘNG HÒA", "CỘNG HOÀ", "ĐỘC LẬP", "NƠI NHẬN", "SỐ:", "ĐẢNG CỘNG SẢN", "ĐOÀN TNCS")
    return any(cue in text for cue in cues)
