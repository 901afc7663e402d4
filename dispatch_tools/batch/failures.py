"""The batch's summary files: the incoming-document register, all tasks on one sheet, failures.

Every value goes through :mod:`..generate.cells`: text that starts like a formula stays text."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

from ..generate.cells import append_row, csv_field, keep_as_text
from ..generate.files import atomic_write

REGISTER_COLUMNS = [  # (heading, width)
    ("Số đến", 8), ("Ngày đến", 12), ("Cơ quan ban hành", 32), ("Số, ký hiệu", 22),
    ("Ngày văn bản", 13), ("Tên loại và trích yếu nội dung", 60), ("Đơn vị, người nhận", 28),
    ("Hạn giải quyết", 14), ("Tên tệp", 30), ("Tình trạng", 14), ("Ghi chú", 30),
]
TASK_COLUMNS = [
    ("Hạn", 12), ("Nhiệm vụ", 70), ("Đơn vị thực hiện", 36), ("Báo cáo", 9),
    ("Văn bản", 22), ("Cơ quan ban hành", 30), ("Số đến", 8), ("Tình trạng", 14),
]
STATUSES = ["Chưa xử lý", "Đang xử lý", "Đã xong"]


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _sheet(title: str, columns: list[tuple[str, int]]):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = title
    ws.append([c for c, _ in columns])
    for i, (_, width) in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=i)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE4EE")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[cell.column_letter].width = width
    ws.freeze_panes = "A2"
    return wb, ws


def _finish(wb, ws, columns, date_columns: list[int], status_column: int) -> bytes:
    from openpyxl.styles import Alignment
    from openpyxl.worksheet.datavalidation import DataValidation

    last = ws.max_row
    for row in ws.iter_rows(min_row=2, max_row=last):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col in date_columns:
        for row in range(2, last + 1):
            ws.cell(row=row, column=col).number_format = "DD/MM/YYYY"
    letter = ws.cell(row=1, column=status_column).column_letter
    validation = DataValidation(type="list", formula1='"' + ",".join(STATUSES) + '"', allow_blank=True)
    ws.add_data_validation(validation)
    validation.add(f"{letter}2:{letter}{max(last, 2) + 500}")
    ws.auto_filter.ref = f"A1:{ws.cell(row=1, column=len(columns)).column_letter}{max(last, 1)}"
    buffer = io.BytesIO()
    keep_as_text(wb).save(buffer)
    return buffer.getvalue()


def write_register(records: list[dict[str, Any]], path: Path, unit: str | None = None) -> None:
    wb, ws = _sheet("Sổ văn bản đến", REGISTER_COLUMNS)
    for r in records:
        s = r["summary"]
        title = " - ".join(x for x in (s.get("doc_type"), s.get("subject")) if x)
        notes = "; ".join(r.get("notices", [])[:3])
        append_row(ws, [r["arrival_no"], _date(r["arrival_date"]), s.get("issuer"), s.get("number"),
                   _date(s.get("date")), title, unit or "; ".join(s.get("recipients") or []),
                   _date(s.get("deadline")), Path(r["file"]).name, STATUSES[0], notes])
    atomic_write(path, _finish(wb, ws, REGISTER_COLUMNS, [2, 5, 8], 10), force=True)


def write_tasks(records: list[dict[str, Any]], path: Path) -> None:
    wb, ws = _sheet("Nhiệm vụ", TASK_COLUMNS)
    rows = []
    for r in records:
        s = r["summary"]
        for t in s.get("tasks", []):
            deadline = _date(t.get("deadline")) or _date(s.get("deadline"))
            rows.append([deadline, t.get("text"), "; ".join(t.get("assignees") or []),
                         "Có" if t.get("report") else "", s.get("number"), s.get("issuer"),
                         r["arrival_no"], STATUSES[0]])
    rows.sort(key=lambda row: (row[0] is None, row[0] or dt.date.max, row[6]))
    for row in rows:
        append_row(ws, row)
    atomic_write(path, _finish(wb, ws, TASK_COLUMNS, [1], 8), force=True)


def write_failures(records: list[dict[str, Any]], path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["file", "exit_code", "error"])
    for r in records:
        writer.writerow([csv_field(v) for v in (r["file"], r.get("exit_code", 1), r.get("error", ""))])
    atomic_write(path, buffer.getvalue().encode("utf-8-sig"), force=True)  # the BOM lets Excel see UTF-8
