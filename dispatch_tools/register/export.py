"""The register as XLSX files: the two books of Decree 30/2020/NĐ-CP, Appendix IV, in one file
(:func:`export_xlsx`), and the list of tasks to follow up (:func:`export_tasks_xlsx`).

Sheet 1, the register (sổ đăng ký văn bản đến): one row per entry, duplicates included (each
has its own arrival number and the note naming the first). Sheet 2, the follow-up book (sổ theo
dõi giải quyết văn bản đến): one row per dispatch to be dealt with (it has tasks or a deadline),
duplicates left out, its progress from the statuses of its tasks.

Every text cell is written as text (:mod:`..generate.cells`): a subject or note that starts with
``=``, ``+``, ``-`` or ``@`` never becomes a formula.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Callable

from ..generate.cells import cell_value, keep_as_text
from ..generate.sheets import fit_row_heights
from ..generate.files import atomic_write
from ..generate.vn import bare_subject, citation, parse_date
from .entry import Entry, TaskRow
from .text import (FOLLOW_UP_COLUMNS, FOLLOW_UP_SHEET, FOLLOW_UP_TITLE, NOTE, PROGRESS,
                   REGISTER_COLUMNS, REGISTER_EXTRA, REGISTER_SHEET, REGISTER_TITLE, REPORT_PLAIN,
                   REPORT_YES, STATUS, TASKS_COLUMNS, TASKS_SHEET, TASKS_TITLE, TITLE_CONG_VAN,
                   TITLE_OTHER, YEAR, in_register)

FIRST_DATA_ROW = 4  # row 1 the book's title, row 2 the headings, row 3 the columns' numbers


def export_xlsx(register, out: str | Path, *, year: int | None = None,
                today: dt.date | None = None, force: bool = True) -> Path:
    """Write both books (of one year, or all) to ``out``, atomically."""
    entries = register.entries(year)
    tasks: dict[int, list[TaskRow]] = {}
    for task in register.tasks(today=today, include_duplicates=True):
        tasks.setdefault(task.entry_id, []).append(task)
    wb = workbook(entries, tasks)
    return atomic_write(out, lambda tmp: wb.save(str(tmp)), force=force)


def workbook(entries: list[Entry], tasks: dict[int, list[TaskRow]]):
    from openpyxl import Workbook

    wb = Workbook()
    years = sorted({e.year for e in entries}) or [dt.date.today().year]
    span = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
    ws = wb.active
    ws.title = REGISTER_SHEET
    columns = REGISTER_COLUMNS + REGISTER_EXTRA
    _head(ws, f"{REGISTER_TITLE} {YEAR.format(years=span)}", columns, len(REGISTER_COLUMNS))
    for r, entry in enumerate(entries, start=FIRST_DATA_ROW):
        _row(ws, r, register_row(entry))
    _finish(ws, len(columns))

    ws = wb.create_sheet(FOLLOW_UP_SHEET)
    _head(ws, f"{FOLLOW_UP_TITLE} {YEAR.format(years=span)}", FOLLOW_UP_COLUMNS,
          len(FOLLOW_UP_COLUMNS))
    rows = [e for e in entries if not e.is_duplicate and (tasks.get(e.id) or e.deadline)]
    for r, entry in enumerate(rows, start=FIRST_DATA_ROW):
        _row(ws, r, follow_up_row(entry, tasks.get(entry.id, [])))
    _finish(ws, len(FOLLOW_UP_COLUMNS))
    return keep_as_text(wb)


def export_tasks_xlsx(register, out: str | Path, *, today: dt.date | None = None,
                      force: bool = True) -> Path:
    """Write the task list (tasks.xlsx) to ``out``, atomically: every task of the register but a
    duplicate's, by due date, with its lead and cooperating bodies, whom it reports to and its
    status; an overdue task's row in red."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    entries = {e.id: e for e in register.entries()}
    wb = Workbook()
    ws = wb.active
    ws.title = TASKS_SHEET
    _head(ws, TASKS_TITLE, TASKS_COLUMNS, len(TASKS_COLUMNS))
    late = (PatternFill("solid", fgColor="F8CBAD"), Font(color="9C0006"))
    for r, task in enumerate(register.tasks(today=today), start=FIRST_DATA_ROW):
        _row(ws, r, task_row(task, entries.get(task.entry_id)))
        if task.state == "overdue":
            for cell in ws[r]:
                cell.fill, cell.font = late
    _finish(ws, len(TASKS_COLUMNS))
    keep_as_text(wb)
    return atomic_write(out, lambda tmp: wb.save(str(tmp)), force=force)


# --------------------------------------------------------------------------- what a row says


def _date(value: str | None) -> dt.date | None:
    return parse_date(value)


def arrival_value(entry: Entry) -> dt.date | dt.datetime:
    day = dt.date.fromisoformat(entry.arrival_date)
    if entry.arrival_time:
        return dt.datetime.combine(day, dt.time.fromisoformat(entry.arrival_time))
    return day


def title_of(entry: Entry) -> str:
    """Tên loại và trích yếu nội dung: ``Công văn V/v triển khai …``."""
    doc_type = entry.doc_type or ""
    subject = bare_subject(entry.subject)
    form = TITLE_CONG_VAN if doc_type.lower() == "công văn" and subject else TITLE_OTHER
    return " ".join(form.format(doc_type=doc_type, subject=subject).split())


def register_row(entry: Entry) -> list:
    return [arrival_value(entry), entry.arrival_no, entry.issuer or "", entry.number or "",
            _date(entry.doc_date), title_of(entry), entry.handler or entry.addressee,
            _date(entry.forwarded_on), entry.received_by or "", "; ".join(entry.register_notes),
            _date(entry.deadline), entry.file_name]


def task_row(task: TaskRow, entry: Entry | None) -> list:
    if task.report_to:
        report = in_register(REPORT_YES).format(to=task.report_to)
    else:
        report = REPORT_PLAIN if task.report else ""
    return [_date(task.due), task.text, "; ".join(task.lead), "; ".join(task.cooperating), report,
            task.register_label, task.arrival_no, (entry.number or "") if entry else "",
            (entry.issuer or "") if entry else "", task.id]


def progress(tasks: list[TaskRow], say: Callable[[str], str] = in_register) -> str:
    """Tiến độ giải quyết: ``đã xong`` when every task is, else how many are in each state;
    ``say`` words the statuses (the books' Vietnamese by default; the interface's for the web list)."""
    if not tasks:
        return PROGRESS["no_tasks"]
    counts = Counter(t.state for t in tasks)
    if counts["done"] == len(tasks):
        return say(STATUS["done"])
    return "; ".join(PROGRESS["count"].format(status=say(STATUS[s]), n=counts[s])
                     for s in ("overdue", "todo", "doing", "done") if counts[s])


def follow_up_row(entry: Entry, tasks: list[TaskRow]) -> list:
    fields = entry.fields()
    doc = citation(fields, with_subject=False) if fields else " ".join(
        x for x in (entry.doc_type, entry.number, entry.issuer) if x)
    leads: list[str] = []
    for task in tasks:
        leads += [name for name in task.lead if name not in leads]
    who = entry.handler or "; ".join(leads) or entry.addressee
    notes = list(entry.register_notes)
    if entry.report_to:
        notes.append(in_register(NOTE["report_to"]).format(to=entry.report_to))
    return [entry.arrival_no, doc, who, _date(entry.deadline), progress(tasks),
            entry.reply_number or "", "; ".join(notes)]


# --------------------------------------------------------------------------- cells


def _put(ws, row: int, column: int, value):
    """Write one cell; text that starts like a formula is made text by :func:`keep_as_text` when
    the book is finished."""
    cell = ws.cell(row=row, column=column)
    cell.value = cell_value(value)
    if isinstance(value, dt.datetime):
        cell.number_format = "DD/MM/YYYY HH:MM"
    elif isinstance(value, dt.date):
        cell.number_format = "DD/MM/YYYY"
    return cell


def _row(ws, row: int, values: list) -> None:
    from openpyxl.styles import Alignment

    for column, value in enumerate(values, start=1):
        cell = _put(ws, row, column, value)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.border = _thin()


def _thin():
    from openpyxl.styles import Border, Side

    side = Side(style="thin", color="000000")
    return Border(left=side, right=side, top=side, bottom=side)


def _head(ws, title: str, columns: list[tuple[str, int]], numbered: int) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    cell = _put(ws, 1, 1, title)
    cell.font = Font(bold=True, size=14)
    cell.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 28
    for i, (heading, width) in enumerate(columns, start=1):
        for row, text in ((2, heading), (3, f"({i})" if i <= numbered else "")):
            cell = _put(ws, row, i, text)
            cell.font = Font(bold=row == 2)
            cell.fill = PatternFill("solid", fgColor="DDE4EE")
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            cell.border = _thin()
        ws.column_dimensions[cell.column_letter].width = width


def _finish(ws, n_columns: int) -> None:
    fit_row_heights(ws, 2)
    last = max(ws.max_row, FIRST_DATA_ROW - 1)
    letter = ws.cell(row=2, column=n_columns).column_letter
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"
    ws.auto_filter.ref = f"A3:{letter}{last}"
    ws.print_title_rows = "2:3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
