"""Faults and hostile input: formula text in spreadsheets, two batches on one folder, colliding
names, workers outliving their batch, temporary files left by a kill, a stray byte in UTF-8."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from dispatch_tools.batch import run_batch
from dispatch_tools.batch.register import write_failures, write_register, write_tasks
from dispatch_tools.evaluate.fuzz import check_sheets
from dispatch_tools.generate import write_annex, write_checklist

from .conftest import SAMPLES, load_fields

HYPERLINK = '=HYPERLINK("http://x","y")'
HOSTILE_NAME = '=HYPERLINK("http:x","click").txt'


def _book(path: Path):
    from openpyxl import load_workbook

    return load_workbook(path)


def _formula_cells(path: Path) -> list[str]:
    return [f"{ws.title}!{c.coordinate}={c.value!r}" for ws in _book(path).worksheets
            for row in ws.iter_rows() for c in row if c.data_type == "f"]


def _record(**summary) -> dict:
    base = {"number": "412/PGDĐT-VP", "doc_type": "Công văn", "issuer": "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
            "date": "2024-10-01", "subject": "V/v báo cáo", "recipients": ["Các trường"],
            "deadline": "2024-10-15", "tasks": []}
    base.update(summary)
    return {"file": "in/cv.txt", "sha256": "a" * 64, "status": "ok", "arrival_no": 3,
            "arrival_date": "2024-10-02", "summary": base, "notices": []}


# --------------------------------------------------------------------------- formula injection


def test_register_addressee_and_file_name_are_text_not_formulas(tmp_path):
    records = [_record(recipients=['=HYPERLINK("http:x","click")']),
               {**_record(), "file": f"in/{HOSTILE_NAME}", "sha256": "b" * 64, "arrival_no": 4}]
    write_register(records, tmp_path / "register.xlsx")
    assert _formula_cells(tmp_path / "register.xlsx") == []
    ws = _book(tmp_path / "register.xlsx").active
    assert (ws["G2"].value, ws["G2"].data_type) == ('=HYPERLINK("http:x","click")', "s")
    assert (ws["I3"].value, ws["I3"].data_type) == (HOSTILE_NAME, "s")
    assert ws["A2"].value == 3 and ws["A2"].data_type == "n"  # numbers and dates stay typed
    assert ws["B2"].is_date and ws["E2"].is_date and ws["H2"].is_date


def test_batch_register_holds_a_hostile_file_name_as_text(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "seed000.txt", folder / HOSTILE_NAME)
    result = run_batch(folder, tmp_path / "out", workers=1)
    assert len(result.processed) == 1, result.failed
    assert _formula_cells(tmp_path / "out" / "register.xlsx") == []
    ws = _book(tmp_path / "out" / "register.xlsx").active
    assert (ws["I2"].value, ws["I2"].data_type) == (HOSTILE_NAME, "s")
    assert ws["D2"].value == "1690-CV/TĐTN-BTG"


def test_task_sheet_task_text_is_text(tmp_path):
    tasks = [{"text": "=1+2", "assignees": ["@SUM(A1)"], "deadline": "2024-10-10", "report": True},
             {"text": "-Báo cáo kết quả", "assignees": ["+84 28 3829 1234"], "deadline": None}]
    write_tasks([_record(tasks=tasks)], tmp_path / "tasks.xlsx")
    assert _formula_cells(tmp_path / "tasks.xlsx") == []
    ws = _book(tmp_path / "tasks.xlsx").active
    assert (ws["B2"].value, ws["B2"].data_type) == ("=1+2", "s")
    assert ws["A2"].is_date and ws["G2"].data_type == "n"
    for cell in (ws["B2"], ws["C2"], ws["B3"], ws["C3"]):
        assert cell.quotePrefix, cell.coordinate  # stays text when a clerk edits the cell


def test_checklist_xlsx_with_a_corrected_subject_and_task_has_no_formula(tmp_path):
    fields = load_fields("seed000")
    fields.subject = HYPERLINK  # what a correction typed in the web app gives
    fields.tasks[0].text = "=cmd|' /C calc'!A0"
    write_checklist(fields, tmp_path / "c.xlsx")
    assert _formula_cells(tmp_path / "c.xlsx") == []
    values = {c.value: c.data_type for ws in _book(tmp_path / "c.xlsx").worksheets
              for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert values[HYPERLINK] == "s"


def test_annex_xlsx_cells_are_text(tmp_path, profile):
    from dispatch_tools.model import Annex, AnnexTable

    fields = load_fields("seed000")
    fields.annexes = [Annex(title="=1+1", fields=["@Đơn vị"], tables=[
        AnnexTable(columns=["STT", "Nội dung", "Số lượng"], rows=[["1", "=2+2", "12"]])])]
    write_annex(fields, profile, tmp_path / "a.xlsx")
    assert _formula_cells(tmp_path / "a.xlsx") == []


def test_failures_csv_fields_get_an_apostrophe(tmp_path):
    write_failures([{"file": HOSTILE_NAME, "exit_code": 3, "error": "-1+1 bad"},
                    {"file": "ok.txt", "exit_code": 4, "error": "-5"}], tmp_path / "f.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "f.csv").read_text(encoding="utf-8-sig"))))
    assert rows[1] == ["'" + HOSTILE_NAME, "3", "'-1+1 bad"]
    assert rows[2] == ["ok.txt", "4", "-5"]  # a number is left as it is


@pytest.mark.parametrize("text", [
    HYPERLINK, "+SUM(1;2)\n-x\n@A1", "\t=1", "a\x01b\x0b=c", "=\ud800x", "-5\n+1,5\n-"])
def test_any_text_gives_spreadsheets_without_formulas(text):
    check_sheets(text)


# --------------------------------------------------------------------------- unique output folders


def test_names_that_fold_to_the_same_ascii_get_their_own_folders(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "congvan.txt", folder / "Công văn.txt")
    shutil.copy(SAMPLES / "kehoach.txt", folder / "Cong van.txt")
    result = run_batch(folder, tmp_path / "out", workers=1)
    assert len(result.processed) == 2
    by_name = {Path(r["file"]).name: r for r in result.processed}
    one, two = (Path(by_name[n]["outputs"]["parsed"]) for n in ("Công văn.txt", "Cong van.txt"))
    assert one.parent != two.parent
    assert one.parent.name.startswith("Cong_van_txt") and two.parent.name.startswith("Cong_van_txt")
    assert json.loads(one.read_text(encoding="utf-8"))["fields"]["number"] == "412/PGDĐT-VP"
    assert json.loads(two.read_text(encoding="utf-8"))["fields"]["number"] == "58/KH-UBND"


# --------------------------------------------------------------------------- a stray byte in UTF-8


STRAY = """UBND HUYỆN CHÂU THÀNH
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 412/PGDĐT-VP
V/v báo cáo số liệu học sinh năm học 2024-2025

Kính gửi: Hiệu trưởng các trường Tiểu học, Trung học cơ sở.

Phòng Giáo dục và Đào tạo đề nghị các trường báo cáo số liệu trước ngày 15/10/2024.
"""


def test_a_stray_byte_in_utf8_text_does_not_switch_to_a_legacy_encoding(tmp_path):
    from dispatch_tools import read

    path = tmp_path / "cv.txt"
    path.write_bytes(STRAY.encode("utf-8") + b"\xff")
    doc = read(path)
    assert doc.meta["encoding"] == "utf-8"
    assert "Số: 412/PGDĐT-VP" in doc.raw_text
    assert doc.fields.number == "412/PGDĐT-VP"
    assert any("1 byte" in n.message and "UTF-8" in n.message for n in doc.notices), doc.notices


def test_a_stray_byte_on_standard_input_too():
    from dispatch_tools.repair.encoding import decode_bytes

    text, encoding = decode_bytes(STRAY.encode("utf-8")[:60] + b"\xff" + STRAY.encode("utf-8")[60:])
    assert encoding == "utf-8" and "412/PGDĐT-VP" in text


def test_legacy_text_is_still_read_as_legacy(tmp_path):
    from dispatch_tools.ingest import ingest

    from .test_ingest import _cp1258_bytes

    path = tmp_path / "cp.txt"
    path.write_bytes(_cp1258_bytes(STRAY))
    doc = ingest(path)
    assert doc.meta["encoding"] != "utf-8" and "412/PGDĐT-VP" in doc.raw_text
