"""The follow-up commands: `dispatch task`, `dispatch register export`, `dispatch slip`, and the
calendar's reminder on `dispatch process` and `dispatch checklist` (--remind-days)."""

from __future__ import annotations

import datetime as dt
import shutil

import docx
import icalendar
import openpyxl
import pytest

from dispatch_tools.batch.manifest import file_hash
from dispatch_tools.cli import main
from dispatch_tools.register import Register

from .conftest import SAMPLES, load_fields


@pytest.fixture
def office(tmp_path, monkeypatch):
    """seed000.txt in the working folder, registered as number 1 in ./register.sqlite3."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(SAMPLES / "seed000.txt", "seed000.txt")
    register = Register(tmp_path / "register.sqlite3")
    register.add(load_fields("seed000"), file_name="seed000.txt", sha256=file_hash(tmp_path / "seed000.txt"),
                 arrival={"date": "2022-09-21", "time": "08:30"})
    return register


def test_tasks_are_listed_and_their_status_set(office, capsys, vietnamese):
    assert main(["task", "--register", "register.sqlite3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and all("chưa thực hiện" in line for line in lines[1:])
    assert "quá hạn         22/9/2022    số đến 1/2022  Ban Thường vụ các Huyện" in lines[0]
    task_id = lines[0].split()[0]
    assert main(["task", "set", task_id, "đã xong", "--register", "register.sqlite3"]) == 0
    assert capsys.readouterr().out.startswith(f"Nhiệm vụ {task_id} (số đến 1/2022): đã xong.")
    assert [t.status for t in office.tasks()] == ["done", "todo", "todo"]
    assert main(["task", "set", task_id, "quá hạn", "--register", "register.sqlite3"]) == 3
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "chưa thực hiện, đang thực hiện, đã xong" in err
    assert main(["task", "set", "--register", "register.sqlite3"]) == 3


def test_a_missing_register_is_named_not_made(tmp_path, capsys, vietnamese):
    missing = tmp_path / "nowhere" / "register.sqlite3"
    assert main(["register", "export", "-o", str(tmp_path / "r.xlsx"), "--register", str(missing)]) == 3
    err = capsys.readouterr().err
    assert str(missing) in err and "chưa có sổ đăng ký" in err and not missing.exists()
    assert main(["task", "--register", str(missing)]) == 3


def test_register_export_writes_both_books(office, capsys):
    assert main(["register", "export", "--register", "register.sqlite3", "-o", "so-den.xlsx"]) == 0
    assert "so-den.xlsx" in capsys.readouterr().out
    book = openpyxl.load_workbook("so-den.xlsx")
    assert len(book.worksheets) == 2
    assert book.worksheets[0]["B4"].value == 1 and book.worksheets[0]["D4"].value == "1690-CV/TĐTN-BTG"
    assert main(["register", "export", "--register", "register.sqlite3", "-o", "so-den.xlsx"]) == 6
    assert main(["register", "export", "--register", "register.sqlite3", "-o", "so-den.csv"]) == 3


def test_slip_takes_the_arrival_from_the_register(office, capsys):
    assert main(["slip", "seed000.txt", "-o", "phieu.docx", "--register", "register.sqlite3"]) == 0
    text = _text("phieu.docx")
    assert "Số đến: 1" in text and "21/9/2022" in text and "08:30" in text
    # not registered: the slip leaves the number to be written in
    assert main(["slip", "seed000.txt", "-o", "blank.docx", "--register", "none.sqlite3"]) == 0
    text = _text("blank.docx")
    assert "Số đến:" in text and "Số đến: 1" not in text


def _text(path) -> str:
    doc = docx.Document(path)
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def _alarms(path) -> list:
    cal = icalendar.Calendar.from_ical(open(path, "rb").read())
    return [a for event in cal.walk("VEVENT") for a in event.walk("VALARM")]


def test_remind_days_sets_the_calendars_reminder(tmp_path, monkeypatch, capsys, vietnamese):
    monkeypatch.chdir(tmp_path)
    seed = str(SAMPLES / "seed002.txt")
    assert main(["checklist", seed, "-o", "c3.ics", "--remind-days", "3"]) == 0
    (alarm,) = _alarms("c3.ics")
    # due Wednesday 20/11/2024: three working days before is Friday 15/11 (at 9:00)
    assert dt.datetime(2024, 11, 20) + alarm["TRIGGER"].dt == dt.datetime(2024, 11, 15, 9, 0)
    assert main(["process", seed, "-o", "out", "--remind-days", "0"]) == 0
    assert _alarms(next(p for p in (tmp_path / "out").iterdir() if p.suffix == ".ics")) == []
    with pytest.raises(SystemExit) as stop:
        main(["checklist", seed, "-o", "x.ics", "--remind-days", "-1"])
    assert stop.value.code == 2 and "“-1” không phải số ngày hợp lệ" in capsys.readouterr().err
