"""XLSX working sheets (openpyxl): the task checklist and the annex form.

The checklist sheet has its header row frozen, filters, a status drop-down (data validation),
deadlines as real date cells (``DD/MM/YYYY``), overdue unfinished rows highlighted by
conditional formatting, and column widths fitted to the text. Text that starts like a formula
is written as text (:mod:`.cells`).
"""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..model import Fields
from ..vntext import nfc as plain_nfc
from .cells import append_row, cell_value, keep_as_text
from .checklist_rows import dispatch_info
from .vn import citation, text

FONT = "Times New Roman"
DATE_FORMAT = "DD/MM/YYYY"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
OVERDUE_FILL = PatternFill("solid", fgColor="F8CBAD")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
SPARE_ROWS = 20  # validation and highlighting also cover rows the user adds below


def nfc(s):
    """NFC text without the characters a sheet cannot hold; other values as they are."""
    return cell_value(plain_nfc(s)) if isinstance(s, str) else s


def font(size: float = 12, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=FONT, size=size, bold=bold, italic=italic)


def fit_widths(ws: Worksheet, minimum: float = 6, maximum: float = 60,
               skip_rows: int = 0) -> None:
    """Column widths that fit the longest line of each column (wrapped cells up to ``maximum``)."""
    widths: dict[int, float] = {}
    for row in ws.iter_rows(min_row=1 + skip_rows):
        for cell in row:
            if cell.value is None or type(cell).__name__ == "MergedCell":
                continue
            if isinstance(cell.value, (dt.date, dt.datetime)):
                length = 11
            else:
                length = max(len(line) for line in str(cell.value).splitlines() or [""])
            if cell.font and cell.font.bold:
                length *= 1.1
            widths[cell.column] = max(widths.get(cell.column, 0), length)
    for col, length in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = max(minimum, min(maximum, length * 1.1 + 2))


def _lines(value, per: int) -> int:
    """How many lines ``value`` takes in a wrapping cell that holds ``per`` characters a line
    (words are wrapped whole, as a spreadsheet does)."""
    if value is None or isinstance(value, (int, float, dt.date)):
        return 1
    count = 0
    for paragraph in str(value).split("\n"):
        line = 0
        count += 1
        for word in paragraph.split():
            if line and line + 1 + len(word) > per:
                count += 1
                line = 0
            line += len(word) + (1 if line else 0)
            while line > per:  # a word longer than the cell breaks where it must
                count += 1
                line -= per
    return max(count, 1)


def fit_row_heights(ws, first: int, line_points: float = 15, chars_per_unit: float = 0.95) -> None:
    """Give each row from ``first`` on the height its wrapped text needs: a spreadsheet opened in
    LibreOffice keeps the default height of an XLSX row, and wrapped text would overflow it.
    ``line_points``: the height of one line (15 for 11-point text); ``chars_per_unit``: how many
    characters of the font fill a unit of column width (a little less than they do, to be safe)."""
    widths = {letter: dim.width for letter, dim in ws.column_dimensions.items()}
    merged = {c.coordinate for rng in ws.merged_cells.ranges for row in ws[rng.coord] for c in row}
    per = {letter: max(4, int(width * chars_per_unit) - 1) for letter, width in widths.items()}
    for row in ws.iter_rows(min_row=first):
        lines = max((_lines(c.value, per.get(c.column_letter, 7)) for c in row
                     if c.coordinate not in merged), default=1)
        ws.row_dimensions[row[0].row].height = line_points * lines + 3


def _sheet_setup(ws: Worksheet, landscape: bool) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


# --------------------------------------------------------------------------- checklist


def checklist_workbook(fields: Fields, items, today: dt.date | None = None) -> Workbook:
    labels = text("checklist")
    cols = labels["columns"]
    wb = Workbook()
    ws = wb.active
    ws.title = labels["sheet_tasks"]
    ws.append(cols)
    for cell in ws[1]:
        cell.font = font(12, bold=True)
        cell.fill = HEAD_FILL
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for it in items:
        task = f"{it.heading.rstrip(':')}: {it.text}" if it.heading else it.text
        ws.append([it.index, nfc(task), nfc(it.bodies), it.deadline, nfc(it.report),
                   it.status, None, nfc(it.note)])
    last = ws.max_row
    for row in ws.iter_rows(min_row=2, max_row=last):
        for cell in row:
            cell.font = font(12)
            cell.border = BOX
            cell.alignment = WRAP_TOP
        row[0].alignment = Alignment(horizontal="center", vertical="top")
        row[3].number_format = DATE_FORMAT
        row[3].alignment = Alignment(horizontal="center", vertical="top")
        row[6].number_format = DATE_FORMAT
        row[6].alignment = Alignment(horizontal="center", vertical="top")

    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{max(last, 2)}"
    end = last + SPARE_ROWS
    # status drop-down
    options = ",".join(labels["statuses"])
    dv = DataValidation(type="list", formula1=f'"{options}"', allow_blank=True,
                        showErrorMessage=True, errorTitle=cols[5],
                        error=", ".join(labels["statuses"]))
    ws.add_data_validation(dv)
    dv.add(f"F2:F{end}")
    dates = DataValidation(type="date", operator="greaterThan", formula1="DATE(2000,1,1)",
                           allow_blank=True, showErrorMessage=True, errorTitle=cols[3],
                           error=DATE_FORMAT)
    ws.add_data_validation(dates)
    dates.add(f"D2:D{end}")
    dates.add(f"G2:G{end}")
    # overdue and not done: the whole row in red
    done = labels["done"]
    rule = FormulaRule(formula=[f'AND($D2<>"",$D2<TODAY(),$F2<>"{done}")'], fill=OVERDUE_FILL,
                       font=Font(color="9C0006"))
    ws.conditional_formatting.add(f"A2:{get_column_letter(len(cols))}{end}", rule)

    fit_widths(ws, maximum=60)
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["D"].width = 14
    ws.column_dimensions["F"].width = max(ws.column_dimensions["F"].width, 18)
    ws.column_dimensions["G"].width = 16
    fit_row_heights(ws, 1, line_points=14, chars_per_unit=1.25)  # Times New Roman 12
    _sheet_setup(ws, landscape=True)
    ws.print_title_rows = "1:1"

    _info_sheet(wb, fields, labels)
    return keep_as_text(wb)


def _info_sheet(wb: Workbook, fields: Fields, labels: dict) -> None:
    """The second sheet: the dispatch's key facts and how overdue rows are shown."""
    info = wb.create_sheet(labels["sheet_info"])
    info.append([labels["title"], ""])
    info["A1"].font = font(13, bold=True)
    append_row(info, [labels["intro"].format(citation=citation(fields)), ""])
    info["A2"].font = font(12, italic=True)
    info.merge_cells("A2:B2")
    info["A2"].alignment = WRAP_TOP
    info.row_dimensions[2].height = 48
    for key, value in dispatch_info(fields):
        append_row(info, [key, value])
    for row in info.iter_rows(min_row=3):
        row[0].font = font(12, bold=True)
        row[1].font = font(12)
        row[0].alignment = WRAP_TOP
        row[1].alignment = WRAP_TOP
    info.append([])
    info.append([labels["overdue_note"]])
    info.cell(info.max_row, 1).font = font(11, italic=True)
    info.column_dimensions["A"].width = 22
    info.column_dimensions["B"].width = 90
    _sheet_setup(info, landscape=False)


# --------------------------------------------------------------------------- annex form


def annex_workbook(form) -> Workbook:
    """The annex form as a sheet: title lines, general fields (label, value), the numbered table."""
    wb = Workbook()
    ws = wb.active
    ws.title = text("annex", "sheet_name")
    tables = form.tables
    ncols = max([4] + [len(t.columns) for t in tables])
    last_col = get_column_letter(ncols)

    def line(value: str, *, bold=False, italic=False, size=13, center=True) -> int:
        ws.append([nfc(value)])
        r = ws.max_row
        ws.merge_cells(f"A{r}:{last_col}{r}")
        cell = ws.cell(r, 1)
        cell.font = font(size, bold, italic)
        cell.alignment = Alignment(horizontal="center" if center else "left", vertical="top",
                                   wrap_text=True)
        return r

    line(form.label, bold=True)
    line(form.title, bold=True)
    if form.attached:
        line(form.attached, italic=True, size=12)
        ws.row_dimensions[ws.max_row].height = 32
    ws.append([])
    for block in form.blocks:
        if block.kind == "heading":
            line(block.text, bold=True, size=12, center=False)
        elif block.kind == "field":
            ws.append([nfc(f"- {block.text}:")])
            r = ws.max_row
            split = max(2, ncols - 1)
            ws.merge_cells(f"A{r}:{get_column_letter(split - 1)}{r}")
            ws.cell(r, 1).font = font(12)
            ws.cell(r, 1).alignment = WRAP_TOP
            ws.merge_cells(f"{get_column_letter(split)}{r}:{last_col}{r}")
            value = ws.cell(r, split)
            value.value = nfc(block.value) if block.value else None
            value.font = font(12)
            value.alignment = WRAP_TOP
            for c in range(split, ncols + 1):
                ws.cell(r, c).border = Border(bottom=Side(style="dotted"))
            if block.long:
                ws.row_dimensions[r].height = 48
        elif block.kind == "table":
            _annex_table(ws, tables[block.table])
    # widths: STT narrow, content wide
    ws.column_dimensions["A"].width = 7
    ws.column_dimensions["B"].width = 50
    for c in range(3, ncols + 1):
        ws.column_dimensions[get_column_letter(c)].width = 16
    _sheet_setup(ws, landscape=ncols > 5)
    return keep_as_text(wb)


def _annex_table(ws: Worksheet, table) -> None:
    from .reply import is_number_column

    start = ws.max_row + 1
    ws.append([nfc(c) for c in table.columns])
    for cell in ws[start]:
        cell.font = font(12, bold=True)
        cell.fill = HEAD_FILL
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    numeric = [j for j, c in enumerate(table.columns) if is_number_column(c)]
    dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0",
                        allow_blank=True, showErrorMessage=True,
                        error="Nhập một số không âm.")
    ws.add_data_validation(dv)
    for row in table.rows:
        values: list = []
        for j, v in enumerate(row):
            if j == 0 and v.strip().isdigit():
                values.append(int(v))
            elif j in numeric:
                values.append(_number(v))
            else:
                values.append(nfc(v) if v else None)
        ws.append(values)
        r = ws.max_row
        for j in range(len(table.columns)):
            cell = ws.cell(r, j + 1)
            cell.font = font(12)
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center" if j == 0 else "left", vertical="top",
                                       wrap_text=True)
            if j in numeric:
                cell.number_format = "#,##0"
                cell.alignment = Alignment(horizontal="right", vertical="top")
                dv.add(cell.coordinate)


def _number(value: str):
    s = value.strip().replace(".", "").replace(",", ".")
    if not s:
        return None
    try:
        f = float(s)
    except ValueError:
        return nfc(value)
    return int(f) if f.is_integer() else f
