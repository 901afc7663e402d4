"""The register exported to XLSX: the two books of Decree 30/2020 Appendix IV, one sheet each, with
the form's columns; text never becomes a formula; LibreOffice opens it."""

from __future__ import annotations

import csv
import math
import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl
import pytest

from dispatch_tools.model import Fields
from dispatch_tools.register import Register, export_xlsx

from .conftest import load_fields

T0 = dt.datetime(2022, 9, 21, 8, 30)
REGISTER_HEADINGS = ["Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu văn bản", "Ngày tháng văn bản",
                     "Tên loại và trích yếu nội dung văn bản", "Đơn vị hoặc người nhận",
                     "Ngày chuyển", "Ký nhận", "Ghi chú"]
FOLLOW_UP_HEADINGS = ["Số đến",
                      "Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan, tổ chức ban hành văn bản",
                      "Đơn vị hoặc người nhận", "Thời hạn giải quyết", "Tiến độ giải quyết",
                      "Số, ký hiệu văn bản trả lời", "Ghi chú"]
HOSTILE = ["=HYPERLINK(\"http://x\",\"bấm\")", "+84 918 693 113", "-1+2", "@SUM(A1)"]


@pytest.fixture
def register(tmp_path):
    reg = Register(tmp_path / "register.sqlite3")
    seed = load_fields("seed000")
    reg.add(seed, file_name="seed000.pdf", sha256="a", now=T0)
    copy = Fields.from_dict(seed.to_dict())
    copy.number = "1690-CV/TDTN-BTG"
    reg.add(copy, file_name="seed000_rescan.pdf", sha256="b", now=T0 + dt.timedelta(hours=1))
    hostile = Fields(number="7/UBND-VP", issuer=HOSTILE[1], date="2022-09-10", doc_type="Công văn",
                     subject=HOSTILE[0], deadlines=[], tasks=[])
    reg.add(hostile, file_name="=cmd.txt", sha256="c", now=T0, notes=HOSTILE[2:])
    e = reg.add(load_fields("seed002"), file_name="seed002.pdf", sha256="d",
                arrival={"date": "2024-10-30"}, now=dt.datetime(2024, 10, 31, 9, 0))
    reg.update_entry(e.id, handler="Phòng Văn hóa và Thông tin", reply_number="25/BC-VHTT")
    return reg


def _rows(ws) -> list[list]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_two_books_with_the_columns_of_appendix_iv(register, tmp_path):
    out = export_xlsx(register, tmp_path / "register.xlsx", today=dt.date(2022, 9, 23))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Sổ đăng ký văn bản đến", "Theo dõi giải quyết văn bản đến"]
    book = _rows(wb.worksheets[0])
    assert book[0][0] == "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM 2022–2024"
    assert book[1][:10] == REGISTER_HEADINGS
    assert book[2][:10] == [f"({i})" for i in range(1, 11)]
    first, dup = book[3], book[4]
    assert first[:2] == [dt.datetime(2022, 9, 21, 8, 30), 1]
    assert first[2:5] == ["BCH ĐOÀN TỈNH KIÊN GIANG", "1690-CV/TĐTN-BTG", dt.datetime(2022, 9, 20)]
    assert first[5] == ("Công văn V/v triển khai chiến dịch làm sạch mã độc trên không gian mạng "
                        "năm 2022")
    assert dup[1] == 2 and dup[9] == "trùng với số đến 1"
    assert [r[1] for r in book[3:]] == [1, 2, 3, 1]  # 2022: 1-3, then 2024 starts again
    assert wb.worksheets[0]["A4"].number_format == "DD/MM/YYYY HH:MM"
    assert wb.worksheets[0]["A7"].number_format == "DD/MM/YYYY"  # a stamp without a time

    follow = _rows(wb.worksheets[1])
    assert follow[0][0] == "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN NĂM 2022–2024"
    assert follow[1] == FOLLOW_UP_HEADINGS
    data = follow[3:]
    assert [r[0] for r in data] == [1, 1]  # the duplicate and the dispatch with no task left out
    seed = data[0]
    assert seed[1] == "Công văn số 1690-CV/TĐTN-BTG ngày 20/9/2022 của Ban Thường vụ Tỉnh đoàn"
    assert seed[3] == dt.datetime(2022, 9, 22)
    assert seed[4] == "quá hạn: 1; chưa thực hiện: 2"
    assert seed[6] == "báo cáo về Ban Tuyên giáo Tỉnh đoàn"
    assert data[1][2] == "Phòng Văn hóa và Thông tin" and data[1][5] == "25/BC-VHTT"


def test_progress_follows_the_task_statuses(register, tmp_path):
    for task in register.tasks(entry_id=1):
        register.set_task_status(task.id, "đã xong")
    out = export_xlsx(register, tmp_path / "r.xlsx", year=2022, today=dt.date(2022, 9, 23))
    wb = openpyxl.load_workbook(out)
    assert wb.worksheets[0]["A1"].value == "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM 2022"
    assert _rows(wb.worksheets[1])[3][4] == "đã xong"


def test_text_never_becomes_a_formula(register, tmp_path):
    out = export_xlsx(register, tmp_path / "register.xlsx")
    ws = openpyxl.load_workbook(out).worksheets[0]
    cells = {c.value: c for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    for text in ("Công văn V/v " + HOSTILE[0], HOSTILE[1], "=cmd.txt"):
        assert cells[text].data_type == "s", text
    notes = next(v for v in cells if v.startswith("-1+2"))
    assert notes == "-1+2; @SUM(A1)" and cells[notes].data_type == "s"
    import zipfile

    with zipfile.ZipFile(out) as zf:
        sheets = "".join(zf.read(n).decode() for n in zf.namelist() if n.startswith("xl/worksheets/"))
    assert "<f>" not in sheets  # no formula anywhere


def _calc(path: Path, outdir: Path) -> list[Path]:
    """Every sheet through LibreOffice Calc as CSV (UTF-8, cells as shown, all sheets)."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory(prefix="dispatch-lo-") as profile:
        proc = subprocess.run([exe, f"-env:UserInstallation=file://{profile}", "--headless",
                               "--norestore", "--convert-to",
                               "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,"
                               "false,false,-1", "--outdir", str(outdir), str(path)],
                              capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    return sorted(outdir.glob(path.stem + "*.csv"))


def _has_calc() -> bool:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    return bool(exe) and any(Path(p).exists() for p in (
        "/usr/lib/libreoffice/program/libsclo.so", "/opt/libreoffice/program/libsclo.so"))


@pytest.mark.slow
@pytest.mark.skipif(not _has_calc(), reason="LibreOffice Calc is not installed")
def test_libreoffice_opens_both_books(register, tmp_path):
    out = export_xlsx(register, tmp_path / "register.xlsx", today=dt.date(2022, 9, 23))
    sheets = _calc(out, tmp_path / "csv")
    assert len(sheets) == 2, sheets
    read = {}
    for path in sheets:
        rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
        read[rows[0][0]] = rows
    book = read["SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM 2022–2024"]
    assert book[1][:10] == REGISTER_HEADINGS
    assert book[3][:2] == ["21/09/2022 08:30", "1"]
    assert any(row[5] == "Công văn V/v " + HOSTILE[0] for row in book)  # shown, not computed
    assert any(row[2] == HOSTILE[1] for row in book)
    assert any(row[11] == "=cmd.txt" for row in book)
    follow = read["SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN NĂM 2022–2024"]
    assert follow[1] == FOLLOW_UP_HEADINGS


def test_an_empty_register_exports_the_empty_books(tmp_path):
    out = export_xlsx(Register(tmp_path / "r.sqlite3"), tmp_path / "empty.xlsx")
    wb = openpyxl.load_workbook(out)
    assert [ws.max_row for ws in wb.worksheets] == [3, 3]  # title, headings, column numbers
    assert _rows(wb.worksheets[1])[1] == FOLLOW_UP_HEADINGS


def test_each_row_is_as_tall_as_its_wrapped_text(register, tmp_path):
    """LibreOffice keeps an XLSX row's height: a row must be given the height of its wrapped text,
    or the text runs over the rows below (no font fits more than 1.3 characters a unit of width)."""
    wb = openpyxl.load_workbook(export_xlsx(register, tmp_path / "register.xlsx"))
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=2):
            need = max(math.ceil(len(c.value) / (ws.column_dimensions[c.column_letter].width * 1.3))
                       for c in row if isinstance(c.value, str) and c.value)
            assert ws.row_dimensions[row[0].row].height >= 13 * need, (ws.title, row[0].row)
    book = wb.worksheets[0]
    assert book.column_dimensions["A"].width >= len("21/09/2022 08:30")  # the arrival date and time
