"""The register's later columns (Decree 30/2020 Appendix IV), filled in by the clerk after
registering: Đơn vị hoặc người nhận, Ngày chuyển, Ký nhận, Ghi chú (and the reply's number of the
follow-up book). Set in the register, with `dispatch register set`, on the web page, and shown by
the export."""

from __future__ import annotations

import datetime as dt
import io
import multiprocessing as mp
import sqlite3
import time

import openpyxl
import pytest

from dispatch_tools.cli import main
from dispatch_tools.errors import InputError
from dispatch_tools.register import Register, export_xlsx

from .conftest import SAMPLES, load_fields

T0 = dt.datetime(2022, 9, 21, 8, 30)


@pytest.fixture
def reg(tmp_path):
    register = Register(tmp_path / "register.sqlite3")
    register.add(load_fields("seed000"), file_name="seed000.txt", sha256="a", now=T0)
    register.add(load_fields("seed002"), file_name="seed002.txt", sha256="b", now=T0)
    return register


# --------------------------------------------------------------------------- the register


def test_the_later_columns_are_set_cleared_and_kept(reg):
    first = reg.find_arrival(1, 2022)
    e = reg.update_entry(first.id, handler="Phòng Văn hóa và Thông tin", forwarded_on="21/9/2022",
                         received_by="Nguyễn Thị Lan", office_notes=["đã trình lãnh đạo", ""])
    assert (e.handler, e.forwarded_on, e.received_by, e.office_notes) == (
        "Phòng Văn hóa và Thông tin", "2022-09-21", "Nguyễn Thị Lan", ["đã trình lãnh đạo"])
    e = reg.update_entry(e.id, reply_number="25/BC-VHTT")  # None leaves the others as they were
    assert (e.handler, e.received_by, e.reply_number) == ("Phòng Văn hóa và Thông tin",
                                                          "Nguyễn Thị Lan", "25/BC-VHTT")
    e = reg.update_entry(e.id, forwarded_on="", received_by="", office_notes=[])
    assert (e.forwarded_on, e.received_by, e.office_notes) == (None, None, [])
    assert reg.find_arrival(2, 2022).handler == ""  # the other entry is untouched


def test_a_bad_date_or_a_missing_arrival_number_is_refused(reg):
    entry = reg.find_arrival(1, 2022)
    with pytest.raises(InputError, match="“31/02/2022” is not a date"):
        reg.update_entry(entry.id, forwarded_on="31/02/2022", handler="x")
    assert reg.entry(entry.id).handler == ""  # nothing written
    with pytest.raises(InputError, match="no arrival number 7 of 2022"):
        reg.find_arrival(7, 2022)


def test_a_register_of_the_previous_version_gets_the_new_column(tmp_path):
    path = tmp_path / "old.sqlite3"
    Register(path).add(load_fields("seed000"), sha256="a", now=T0)
    with sqlite3.connect(path) as conn:  # as version 2 left it: no Ký nhận column
        conn.execute("ALTER TABLE entries DROP COLUMN received_by")
        conn.execute("PRAGMA user_version = 2")
    reg = Register(path)
    e = reg.update_entry(reg.find_arrival(1, 2022).id, received_by="Trần Văn Minh")
    assert e.received_by == "Trần Văn Minh" and e.number == "1690-CV/TĐTN-BTG"


def _adder(path: str, count: int, start) -> None:
    reg = Register(path)
    start.wait()
    for k in range(count):
        reg.add(load_fields("seed002"), sha256=f"batch{k}", source="batch", now=T0)


def _noter(path: str, count: int, start) -> None:
    reg = Register(path)
    entry = reg.find_arrival(1, 2022)
    start.wait()
    for k in range(count):
        reg.update_entry(entry.id, note=f"ghi chú {k + 1}", received_by=f"người {k + 1}")


def test_notes_added_while_a_batch_registers_are_all_kept(reg):
    """Each change reads the entry and writes it back under the register's lock: a note added
    from the web app while a batch adds entries loses neither the note nor an entry."""
    path, count = str(reg.path), 25
    ctx = mp.get_context("fork")
    start = ctx.Event()
    procs = [ctx.Process(target=target, args=(path, count, start)) for target in (_adder, _noter)]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode == 0
    entry = reg.find_arrival(1, 2022)
    assert entry.office_notes == [f"ghi chú {k + 1}" for k in range(count)]
    assert entry.received_by == f"người {count}"
    assert sorted(e.arrival_no for e in reg.entries()) == list(range(1, count + 3))


# --------------------------------------------------------------------------- the export


def test_the_export_shows_the_later_columns(reg, tmp_path):
    entry = reg.find_arrival(1, 2022)
    reg.update_entry(entry.id, handler="Phòng Văn hóa và Thông tin", forwarded_on="2022-09-21",
                     received_by="Nguyễn Thị Lan", office_notes=["đã trình lãnh đạo"],
                     reply_number="25/BC-VHTT")
    wb = openpyxl.load_workbook(export_xlsx(reg, tmp_path / "so-den.xlsx", today=dt.date(2022, 9, 21)))
    book = wb.worksheets[0]
    assert [book.cell(2, c).value for c in range(7, 11)] == [
        "Đơn vị hoặc người nhận", "Ngày chuyển", "Ký nhận", "Ghi chú"]
    assert [book.cell(4, c).value for c in range(7, 11)] == [
        "Phòng Văn hóa và Thông tin", dt.datetime(2022, 9, 21), "Nguyễn Thị Lan", "đã trình lãnh đạo"]
    assert book.cell(4, 8).number_format == "DD/MM/YYYY"
    assert book.cell(5, 9).value is None  # the second dispatch: nobody signed for it yet
    follow = wb.worksheets[1]
    row = next(r for r in follow.iter_rows(min_row=4, values_only=True) if r[0] == 1)
    assert (row[2], row[5]) == ("Phòng Văn hóa và Thông tin", "25/BC-VHTT")
    assert "đã trình lãnh đạo" in row[6]


# --------------------------------------------------------------------------- the command


def _set(args, capsys):
    code = main(["register", "set", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_register_set_fills_in_the_columns(reg, capsys, vietnamese):
    code, out, err = _set(["1", "--year", "2022", "--register", str(reg.path), "--handler",
                           "Phòng Văn hóa và Thông tin", "--forwarded", "21/09/2022",
                           "--received-by", "Nguyễn Thị Lan", "--note", "đã trình lãnh đạo",
                           "--note", "gửi kèm bản chụp"], capsys)
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "Đã cập nhật số đến 1/2022."
    assert "  ngày chuyển: 21/09/2022" in out and "  ký nhận: Nguyễn Thị Lan" in out
    e = reg.find_arrival(1, 2022)
    assert (e.handler, e.forwarded_on, e.received_by, e.office_notes) == (
        "Phòng Văn hóa và Thông tin", "2022-09-21", "Nguyễn Thị Lan",
        ["đã trình lãnh đạo", "gửi kèm bản chụp"])
    code, out, err = _set(["1", "--year", "2022", "--register", str(reg.path), "--note", ""], capsys)
    assert code == 0 and reg.find_arrival(1, 2022).office_notes == []


@pytest.mark.parametrize("args, message", [
    (["9", "--year", "2022", "--handler", "x"], "there is no arrival number 9 of 2022 in the register"),
    (["1", "--year", "2022"], "nothing to set for arrival number 1"),
    (["1", "--year", "2022", "--forwarded", "21/13/2022"], "“21/13/2022” is not a date"),
    (["1", "--handler", "x"], f"there is no arrival number 1 of {dt.date.today().year}"),
])
def test_register_set_errors_name_what_to_do(reg, capsys, args, message):
    code, out, err = _set([*args, "--register", str(reg.path)], capsys)
    assert code == 3 and message in err and "Traceback" not in err
    assert err.count("\n") == 1  # one line, with what to do
    assert reg.find_arrival(1, 2022).handler == ""


def test_register_set_without_a_register_says_how_one_is_made(tmp_path, capsys):
    code, out, err = _set(["1", "--handler", "x", "--register", str(tmp_path / "none.sqlite3")], capsys)
    assert code == 3 and "there is no register of incoming dispatches here" in err
    assert not (tmp_path / "none.sqlite3").exists()


# --------------------------------------------------------------------------- the web form


def test_the_web_form_fills_in_the_columns(tmp_path, vietnamese):
    pytest.importorskip("flask")
    from dispatch_tools.web import create_app

    reg_path = tmp_path / "register.sqlite3"
    client = create_app(tmp_path / "data", register=reg_path).test_client()
    headers = {"Origin": "http://localhost"}
    r = client.post("/upload", data={"files": [(io.BytesIO((SAMPLES / "seed000.txt").read_bytes()),
                                                "cv.txt")]},
                    headers={**headers, "X-Requested-With": "fetch"}, content_type="multipart/form-data")
    i = r.get_json()["results"][0]["id"]
    end = time.monotonic() + 180
    while client.get(f"/d/{i}/status").get_json()["status"] != "done" and time.monotonic() < end:
        time.sleep(0.1)
    page = client.get(f"/d/{i}").get_data(as_text=True)
    assert 'id="register-later"' in page and "Đơn vị hoặc người nhận" in page and "Ký nhận" in page

    form = {"handler": "Phòng  Văn hóa và Thông tin ", "forwarded_on": "21/9/2022",
            "received_by": "Nguyễn Thị Lan", "notes": "đã trình lãnh đạo\n\ngửi kèm bản chụp",
            "reply_number": "25/BC-VHTT"}
    r = client.post(f"/d/{i}/register", data=form, headers=headers)
    assert r.status_code == 302 and r.headers["Location"].endswith(f"/d/{i}#register-later")
    entry = Register(reg_path).entries()[0]
    assert (entry.handler, entry.forwarded_on, entry.received_by, entry.office_notes,
            entry.reply_number) == ("Phòng Văn hóa và Thông tin", "2022-09-21", "Nguyễn Thị Lan",
                                    ["đã trình lãnh đạo", "gửi kèm bản chụp"], "25/BC-VHTT")
    page = client.get(f"/d/{i}").get_data(as_text=True)
    assert f"Số đến {entry.arrival_no}/{entry.year}: đã lưu vào sổ đăng ký." in page
    assert 'value="21/09/2022"' in page and 'value="Nguyễn Thị Lan"' in page

    r = client.post(f"/d/{i}/register", data={**form, "forwarded_on": "32/9/2022"}, headers=headers)
    page = client.get(f"/d/{i}").get_data(as_text=True)
    assert "“32/9/2022” không phải là ngày" in page
    assert Register(reg_path).entries()[0].forwarded_on == "2022-09-21"  # kept
    assert client.post("/d/9999/register", data=form, headers=headers).status_code == 404
