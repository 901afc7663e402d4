"""The office register: arrival numbers per calendar year, arrival from the stamp, duplicates,
tasks and their statuses, and two processes writing one register at once."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import sqlite3

import openpyxl
import pytest

from dispatch_tools.errors import InputError, OutputError
from dispatch_tools.model import Fields, Task
from dispatch_tools.register import Register, default_path, export_xlsx
from dispatch_tools.register.duplicates import number_key, same_dispatch, same_issuer, same_number

from .conftest import SAMPLES, load_fields

T0 = dt.datetime(2022, 9, 21, 8, 30)


@pytest.fixture
def reg(tmp_path):
    return Register(tmp_path / "office" / "register.sqlite3")


def dispatch(number: str, issuer: str = "SỞ NỘI VỤ", date: str = "2024-03-05", **kw) -> Fields:
    return Fields(number=number, issuer=issuer, date=date, doc_type="Công văn",
                  subject="V/v báo cáo", **kw)


# --------------------------------------------------------------------------- numbers


def test_numbers_run_on_across_adds_and_restart_each_year(reg):
    a = reg.add(dispatch("1/SNV-VP"), sha256="a", now=dt.datetime(2022, 12, 30, 9, 0))
    b = reg.add(dispatch("2/SNV-VP"), sha256="b", now=dt.datetime(2022, 12, 31, 16, 59))
    c = reg.add(dispatch("3/SNV-VP"), sha256="c", now=dt.datetime(2023, 1, 1, 0, 1))
    d = reg.add(dispatch("4/SNV-VP"), sha256="d", now=dt.datetime(2023, 1, 2, 8, 0))
    # a dispatch stamped on 31 December but registered in January belongs to the old year
    e = reg.add(dispatch("5/SNV-VP"), sha256="e", arrival=dt.date(2022, 12, 31),
                now=dt.datetime(2023, 1, 2, 9, 0))
    assert [(x.year, x.arrival_no) for x in (a, b, c, d, e)] == [
        (2022, 1), (2022, 2), (2023, 1), (2023, 2), (2022, 3)]
    assert [(x.year, x.arrival_no) for x in reg.entries()] == [
        (2022, 1), (2022, 2), (2022, 3), (2023, 1), (2023, 2)]
    assert [x.arrival_no for x in reg.entries(2023)] == [1, 2]


def test_a_second_session_continues_the_sequence(tmp_path):
    path = tmp_path / "register.sqlite3"
    Register(path).add(dispatch("1/SNV-VP"), sha256="a", now=T0)
    Register(path).add(dispatch("2/SNV-VP"), sha256="b", now=T0)
    assert Register(path).add(dispatch("3/SNV-VP"), sha256="c", now=T0).arrival_no == 3


def test_arrival_from_the_stamp_else_the_processing_time(reg):
    plain = reg.add(dispatch("1/SNV-VP"), now=T0)
    assert (plain.arrival_date, plain.arrival_time, plain.arrival_source) == \
        ("2022-09-21", "08:30", "processed")
    stamped = reg.add(dispatch("2/SNV-VP"), arrival={"date": "2022-09-19", "time": "14:05"}, now=T0)
    assert (stamped.arrival_date, stamped.arrival_time, stamped.arrival_source) == \
        ("2022-09-19", "14:05", "stamp")

    class Stamp:  # what a stamp reader may give: attributes, the time unreadable
        date = dt.date(2022, 9, 20)
        time = None

    read = reg.add(dispatch("3/SNV-VP"), arrival=Stamp(), now=T0)
    assert (read.arrival_date, read.arrival_time, read.arrival_source) == ("2022-09-20", None, "stamp")
    unreadable = reg.add(dispatch("4/SNV-VP"), arrival={"date": None}, now=T0)
    assert unreadable.arrival_source == "processed" and unreadable.arrival_date == "2022-09-21"


def test_the_entry_keeps_the_dispatch_and_the_file(reg):
    fields = load_fields("seed000")
    e = reg.add(fields, file_name="cv1690.pdf", sha256="ab" * 32, source="batch", now=T0,
                notes=["ghi chú của văn thư"])
    assert (e.number, e.issuer, e.doc_date, e.doc_type) == (
        "1690-CV/TĐTN-BTG", "BCH ĐOÀN TỈNH KIÊN GIANG", "2022-09-20", "Công văn")
    assert "làm sạch mã độc" in e.subject
    assert e.addressee == "Ban Thường vụ các Huyện, Thành đoàn và Đoàn trực thuộc"
    assert e.deadline == "2022-09-22" and e.report_to == "Ban Tuyên giáo Tỉnh đoàn"
    assert (e.file_name, e.sha256, e.source) == ("cv1690.pdf", "ab" * 32, "batch")
    assert e.notes == ["ghi chú của văn thư"] and not e.is_duplicate and not e.not_dispatch
    assert e.fields().number == "1690-CV/TĐTN-BTG"  # the parsed fields travel with the entry


def test_default_place_is_the_web_apps_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_path() == tmp_path / "dispatch_tools" / "register.sqlite3"


def test_an_unusable_register_file_is_a_clear_error(tmp_path, vietnamese):
    bad = tmp_path / "register.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(OutputError, match="không mở được sổ đăng ký"):
        Register(bad)


def test_a_register_of_a_newer_version_is_refused(tmp_path, vietnamese):
    path = tmp_path / "register.sqlite3"
    Register(path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(OutputError, match="phiên bản mới hơn"):
        Register(path)


# --------------------------------------------------------------------------- duplicates


@pytest.mark.parametrize("a, b", [
    ("1690-CV/TĐTN-BTG", "1690-CV/TDTN-BTG"),      # Đ typed D
    ("1690-CV/TĐTN-BTG", "1690 - CV/TĐTN - BTG"),  # other whitespace
    ("1690-CV/TĐTN-BTG", "1690–CV/TĐTN‑BTG"),      # other dashes
    ("1690-CV/TĐTN-BTG", "1690-CY/TĐTN-BTG"),      # a letter misread
    ("05/BNV-VP", "5/BNV-VP"),                     # a leading zero lost
])
def test_numbers_that_are_the_same(a, b):
    assert same_number(a, b)


@pytest.mark.parametrize("a, b", [
    ("1690-CV/TĐTN-BTG", "1691-CV/TĐTN-BTG"),  # another number: another dispatch
    ("1690-CV/TĐTN-BTG", "690-CV/TĐTN-BTG"),
    ("15/QĐ-UBND", "15/KH-UBND"),              # another type code
    ("15-KH/TU", "15-CV/TU"),
    ("2632/STTTT-CNTTVT", "2632/SNV-VP"),      # another issuer's symbol
    ("1690-CV/TĐTN-BTG", None),
    ("CV/TĐTN-BTG", "CV/TĐTN-BTG"),            # no number at all: never matched
])
def test_numbers_that_differ(a, b):
    assert not same_number(a, b)


def test_issuers_differ_by_an_ocr_slip_not_by_a_name():
    assert same_issuer("BCH ĐOÀN TỈNH KIÊN GIANG", "BCH DOAN TINH  KIEN GIANG")
    assert same_issuer("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "SỞ THÔNG TlN VÀ TRUYỀN THÔNG")
    assert not same_issuer("BCH ĐOÀN TỈNH KIÊN GIANG", "BCH ĐOÀN TỈNH AN GIANG")
    assert not same_issuer("SỞ NỘI VỤ", "SỞ Y TẾ")


def test_the_rule_needs_number_issuer_and_date():
    row = {"number": "1690-CV/TĐTN-BTG", "issuer": "BCH ĐOÀN TỈNH KIÊN GIANG", "doc_date": "2022-09-20"}
    assert same_dispatch(row, dict(row, number="1690-CV/TDTN-BTG"))
    assert not same_dispatch(row, dict(row, doc_date="2022-09-21"))
    assert not same_dispatch(row, dict(row, doc_date=None))
    assert not same_dispatch(row, dict(row, issuer="BCH ĐOÀN TỈNH AN GIANG"))
    assert number_key("Số: 1690 - CV/TĐTN-BTG".removeprefix("Số: ")) == "1690-CV/TDTN-BTG"


def _retyped_seed000(tmp_path):
    """Seed 000 typed again: TĐTN typed TDTN, other spacing and line breaks."""
    text = (SAMPLES / "seed000.txt").read_text(encoding="utf-8")
    assert "1690-CV/TĐTN-BTG" in text
    text = text.replace("Số: 1690-CV/TĐTN-BTG", "Số:   1690-CV/TDTN-BTG")
    text = text.replace("\n\n", "\n").replace("Rạch Giá, ngày 20", "Rạch Giá,  ngày  20")
    path = tmp_path / "seed000_retyped.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_seed000_retyped_is_a_duplicate_and_another_number_is_not(reg, tmp_path):
    from dispatch_tools import read

    first = read(str(SAMPLES / "seed000.txt"))
    again = read(str(_retyped_seed000(tmp_path)))
    assert again.fields.number == "1690-CV/TDTN-BTG" and again.sha256 != first.sha256
    e1 = reg.add(first.fields, file_name="seed000.txt", sha256=first.sha256, text=first.text, now=T0)
    e2 = reg.add(again.fields, file_name="seed000_retyped.txt", sha256=again.sha256,
                 text=again.text, now=T0 + dt.timedelta(minutes=5))
    assert (e1.arrival_no, e2.arrival_no) == (1, 2)
    assert e2.duplicate_of == e1.id and e2.duplicate_of_no == 1
    assert e2.register_notes == ["trùng với số đến 1"]
    assert not e1.is_duplicate and e1.register_notes == []

    other = Fields.from_dict(first.fields.to_dict())
    other.number = "1691-CV/TĐTN-BTG"
    e3 = reg.add(other, sha256="other", now=T0)
    assert e3.arrival_no == 3 and not e3.is_duplicate and e3.register_notes == []


def test_identical_bytes_are_caught(reg):
    fields = load_fields("seed000")
    e1 = reg.add(fields, sha256="same", now=T0)
    e2 = reg.add(Fields(), sha256="same", now=T0)  # even when nothing could be read
    assert e2.duplicate_of == e1.id and e2.same_file
    assert e2.register_notes[0] == "trùng với số đến 1 (tệp giống hệt)"
    e3 = reg.add(fields, sha256="same", now=dt.datetime(2023, 1, 3, 8, 0))
    assert e3.duplicate_of == e1.id and e3.register_notes[0] == "trùng với số đến 1 năm 2022 (tệp giống hệt)"


def test_a_rerun_may_reuse_the_entry_of_the_same_file(reg):
    e1 = reg.add(load_fields("seed000"), sha256="same", now=T0)
    again = reg.add(load_fields("seed000"), sha256="same", now=T0, same_file="reuse")
    assert again.id == e1.id and len(reg.entries()) == 1
    web = reg.add(load_fields("seed000"), sha256="same", now=T0, same_file="reuse", source="web")
    assert web.id != e1.id and web.duplicate_of == e1.id  # another way in: a copy, not the same
    assert reg.find_file("same", source="web").id == web.id == \
        reg.add(load_fields("seed000"), sha256="same", now=T0, same_file="reuse", source="web").id


def test_duplicates_are_not_counted_twice_in_the_task_list(reg):
    fields = load_fields("seed000")
    reg.add(fields, sha256="a", now=T0)
    copy = Fields.from_dict(fields.to_dict())
    copy.number = "1690-CV/TDTN-BTG"
    dup = reg.add(copy, sha256="b", now=T0)
    assert dup.is_duplicate
    tasks = reg.tasks(today=dt.date(2022, 9, 21))
    assert len(tasks) == 3 and {t.arrival_no for t in tasks} == {1}
    assert len(reg.tasks(include_duplicates=True, today=dt.date(2022, 9, 21))) == 6
    assert len(reg.tasks(entry_id=dup.id)) == 3  # still there for its own page


def test_only_the_first_copy_is_linked_to(reg):
    fields = load_fields("seed000")
    e1 = reg.add(fields, sha256="a", now=T0)
    e2 = reg.add(fields, sha256="b", now=T0)
    e3 = reg.add(fields, sha256="b", now=T0)  # same bytes as the second: still the first's copy
    assert e2.duplicate_of == e1.id and e3.duplicate_of == e1.id


def test_something_that_is_not_a_dispatch_is_flagged(reg):
    fields = Fields(doc_type="Công văn", recipients=["đây không phải tệp DOCX"])
    e = reg.add(fields, file_name="gia.docx", sha256="x", text="Kính gửi: đây không phải tệp DOCX",
                now=T0)
    assert e.not_dispatch and e.register_notes == ["không phải công văn?"]
    assert not reg.add(load_fields("seed000"), sha256="y", now=T0).not_dispatch


# --------------------------------------------------------------------------- tasks


def test_task_statuses_and_overdue(reg):
    reg.add(load_fields("seed000"), sha256="a", now=T0)
    before = reg.tasks(today=dt.date(2022, 9, 21))
    assert [t.position for t in before] == [3, 1, 2]  # dated first
    report = before[0]
    assert (report.due, report.report, report.register_label) == ("2022-09-22", True, "chưa thực hiện")
    assert report.lead == ["Ban Thường vụ các Huyện, Thành đoàn và Đoàn trực thuộc"]
    assert report.cooperating == []
    assert [t.register_label for t in reg.tasks(today=dt.date(2022, 9, 23))] == \
        ["quá hạn", "chưa thực hiện", "chưa thực hiện"]  # undated tasks are never overdue

    assert reg.set_task_status(report.id, "đang thực hiện").register_label in ("đang thực hiện", "quá hạn")
    assert reg.tasks(today=dt.date(2022, 9, 22))[0].register_label == "đang thực hiện"
    assert reg.tasks(today=dt.date(2022, 9, 23))[0].register_label == "quá hạn"
    reg.set_task_status(report.id, "done")
    assert reg.tasks(today=dt.date(2022, 9, 23))[0].register_label == "đã xong"
    reg.set_task_status(report.id, "Chua thuc hien")  # typed without marks
    assert reg.tasks(today=dt.date(2022, 9, 21))[0].status == "todo"


def test_a_bad_status_or_task_is_a_clear_error(reg, vietnamese):
    reg.add(load_fields("seed000"), sha256="a", now=T0)
    task = reg.tasks()[0]
    with pytest.raises(InputError, match="quá hạn.*không có; dùng: chưa thực hiện, đang thực hiện, đã xong"):
        reg.set_task_status(task.id, "quá hạn")  # computed, not set
    with pytest.raises(InputError, match="không có nhiệm vụ số 999"):
        reg.set_task_status(999, "đã xong")


def test_a_task_inherits_the_campaigns_deadline(reg):
    e = reg.add(load_fields("seed002"), sha256="a", now=T0)
    assert {t.due for t in reg.tasks(entry_id=e.id)} == {"2024-11-20"}


def test_lead_and_cooperating_bodies_are_kept_when_the_parser_gives_them(reg):
    task = Task(text="Xây dựng kế hoạch", assignees=["Sở Nội vụ", "Sở Tài chính"])
    task.lead = "Sở Nội vụ"  # a parser that tells them apart
    task.cooperating = ["Sở Tài chính", "các sở, ngành liên quan"]
    e = reg.add(dispatch("7/UBND-VP", tasks=[task]), now=T0)
    (row,) = reg.tasks(entry_id=e.id)
    assert row.lead == ["Sở Nội vụ"] and row.cooperating == ["Sở Tài chính", "các sở, ngành liên quan"]


def test_what_the_office_adds_later(reg, vietnamese):
    e = reg.add(load_fields("seed000"), sha256="a", now=T0)
    e = reg.update_entry(e.id, handler="Phòng Văn hóa", forwarded_on="2022-09-21",
                         reply_number="12/BC-VHTT", note="đã trình lãnh đạo")
    assert (e.handler, e.forwarded_on, e.reply_number, e.notes) == (
        "Phòng Văn hóa", "2022-09-21", "12/BC-VHTT", ["đã trình lãnh đạo"])
    with pytest.raises(InputError, match="không có văn bản số 99"):
        reg.update_entry(99, handler="x")


# --------------------------------------------------------------------------- two writers


def _writer(path: str, who: str, count: int, start, out) -> None:
    reg = Register(path)
    start.wait()
    numbers = []
    for k in range(count):
        f = dispatch(f"{k + 1}/{who}-VP", issuer=f"SỞ {who}")
        numbers.append(reg.add(f, sha256=f"{who}{k}", source=who, now=T0).arrival_no)
    dup = reg.add(load_fields("seed000"), sha256=f"seed-{who}", source=who, now=T0)
    out.put((who, numbers, dup.duplicate_of))


def test_two_processes_writing_at_once_lose_nothing_and_share_no_number(tmp_path):
    path = str(tmp_path / "register.sqlite3")
    Register(path)
    ctx = mp.get_context("fork")
    start, out = ctx.Event(), ctx.Queue()
    count = 40
    procs = [ctx.Process(target=_writer, args=(path, who, count, start, out))
             for who in ("BATCH", "WEB")]
    for p in procs:
        p.start()
    start.set()
    results = dict((who, (numbers, dup)) for who, numbers, dup in (out.get(timeout=120) for _ in procs))
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    entries = Register(path).entries()
    assert len(entries) == 2 * count + 2  # no row lost
    numbers = [e.arrival_no for e in entries]
    assert sorted(numbers) == list(range(1, 2 * count + 3))  # no number twice, none skipped
    assert results["BATCH"][0] == sorted(results["BATCH"][0])  # each writer's numbers increase
    # both sent the same dispatch at the same time: one is the first, the other its copy
    seeds = [e for e in entries if e.number == "1690-CV/TĐTN-BTG"]
    assert len(seeds) == 2 and sum(e.is_duplicate for e in seeds) == 1
    first = next(e for e in seeds if not e.is_duplicate)
    assert next(e for e in seeds if e.is_duplicate).duplicate_of == first.id
    assert [e.source for e in entries].count("WEB") == count + 1


def test_a_writer_that_cannot_get_the_lock_in_time_says_so(tmp_path, monkeypatch, vietnamese):
    from dispatch_tools.register import db

    path = tmp_path / "register.sqlite3"
    reg = Register(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    monkeypatch.setattr(db, "BUSY_SECONDS", 0.2)
    try:
        with pytest.raises(OutputError, match="đang bận"):
            reg.add(dispatch("1/SNV-VP"), now=T0)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert reg.add(dispatch("1/SNV-VP"), now=T0).arrival_no == 1  # the failed add left no trace


def test_find_the_entry_of_a_file(reg):
    assert reg.find_file("nothing") is None
    e = reg.add(load_fields("seed000"), sha256="abc", now=T0)
    reg.add(load_fields("seed000"), sha256="abc", now=T0)
    assert reg.find_file("abc").id == e.id


# --------------------------------------------------------------------------- corrections and notes


def test_a_correction_finds_the_duplicate_again_and_keeps_the_task_statuses(reg):
    fields = load_fields("seed000")
    first = reg.add(fields, sha256="a", now=T0)
    misread = Fields.from_dict(fields.to_dict())
    misread.date = "2022-09-12"  # the OCR read the date wrong: not seen as the same dispatch
    second = reg.add(misread, sha256="b", now=T0)
    assert not second.is_duplicate and second.arrival_no == 2
    task = reg.tasks(entry_id=second.id)[0]
    reg.set_task_status(task.id, "đang thực hiện")

    corrected = reg.update_fields(second.id, fields, now=T0)
    assert corrected.duplicate_of == first.id and corrected.register_notes == ["trùng với số đến 1"]
    assert corrected.arrival_no == 2  # a number once given is never taken back
    kept = {t.id: t.status for t in reg.tasks(entry_id=second.id)}
    assert kept[task.id] == "doing" and len(kept) == 3
    assert reg.update_fields(second.id, misread, now=T0).duplicate_of is None  # and back


def test_the_notes_name_the_stamps_number_and_the_fields_to_check(reg):
    fields = dispatch("5/SNV-VP")
    fields.review = {"date": "ngày viết tay", "signer": "chữ ký mờ", "odd": "?"}
    e = reg.add(fields, arrival={"date": "2024-03-06", "time": "09:15", "number": "215"}, now=T0)
    assert e.register_notes == ["dấu đến ghi số 215",
                                "cần xem lại: ngày tháng văn bản; người ký; trường khác"]
    assert (e.arrival_date, e.arrival_time, e.arrival_source) == ("2024-03-06", "09:15", "stamp")


def test_the_register_stays_vietnamese_while_the_interface_speaks_english(reg, tmp_path):
    """Under an English locale (the tests' own), the notes and statuses the interface shows are
    English; the register's books keep the words of the form."""
    first = reg.add(load_fields("seed000"), sha256="a", now=T0)
    fields = load_fields("seed000")
    fields.review = {"number": "…"}
    again = reg.add(fields, sha256="b", now=T0)
    assert again.notes == ["duplicate of arrival number 1", "needs a look: number and symbol"]
    assert again.register_notes == ["trùng với số đến 1", "cần xem lại: số, ký hiệu"]
    task = reg.tasks(today=dt.date(2022, 9, 23))[0]
    assert (task.label, task.register_label) == ("overdue", "quá hạn")
    out = export_xlsx(reg, tmp_path / "so-den.xlsx")
    rows = [[c for c in row if c is not None] for row in
            openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True)]
    assert any("trùng với số đến 1; cần xem lại: số, ký hiệu" in row for row in rows)
    assert not any("duplicate" in str(cell) for row in rows for cell in row)
    assert first.register_notes == []


def test_fields_to_check_kept_as_labels_are_shown_as_kept(reg):
    """Registers made before kept the fields to check as Vietnamese labels: they are shown as kept."""
    e = reg.add(dispatch("6/SNV-VP"), now=T0)
    e.review = "ngày tháng văn bản; number"
    assert e.register_notes == ["cần xem lại: ngày tháng văn bản; số, ký hiệu"]


def test_a_file_name_with_an_undecodable_byte_is_registered(reg):
    name = b"c\xf4ng v\xe3n.txt".decode("utf-8", "surrogateescape")
    e = reg.add(dispatch("5/SNV-VP"), file_name=name, now=T0)
    assert e.file_name == "c\ufffdng v\ufffdn.txt"
