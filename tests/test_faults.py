"""Faults and hostile input: formula text in spreadsheets, two batches on one folder, colliding
names, workers outliving their batch, temporary files left by a kill, a stray byte in UTF-8."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from dispatch_tools.batch import run_batch
from dispatch_tools.batch.failures import write_failures
from dispatch_tools.cli import main
from dispatch_tools.evaluate.fuzz import check_sheets
from dispatch_tools.generate import write_annex, write_checklist
from dispatch_tools.model import Fields, Task
from dispatch_tools.register import Register, export_tasks_xlsx, export_xlsx

from .conftest import ROOT, SAMPLES, load_fields
from .conftest import run_cli as _cli

HYPERLINK = '=HYPERLINK("http://x","y")'
HOSTILE_NAME = '=HYPERLINK("http:x","click").txt'


def _book(path: Path):
    from openpyxl import load_workbook

    return load_workbook(path)


def _formula_cells(path: Path) -> list[str]:
    return [f"{ws.title}!{c.coordinate}={c.value!r}" for ws in _book(path).worksheets
            for row in ws.iter_rows() for c in row if c.data_type == "f"]


def _dispatch_fields(**changes) -> Fields:
    base = Fields(number="412/PGDĐT-VP", doc_type="Công văn", issuer="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
                  date="2024-10-01", subject="báo cáo", recipients=["Các trường"])
    for name, value in changes.items():
        setattr(base, name, value)
    return base


# --------------------------------------------------------------------------- formula injection


def test_register_addressee_and_file_name_are_text_not_formulas(tmp_path):
    reg = Register(tmp_path / "register.sqlite3")
    reg.add(_dispatch_fields(recipients=['=HYPERLINK("http:x","click")']),
            file_name="cv.txt", sha256="a" * 64, arrival="2024-10-02")
    reg.add(_dispatch_fields(number="413/PGDĐT-VP"), file_name=HOSTILE_NAME, sha256="b" * 64)
    export_xlsx(reg, tmp_path / "register.xlsx")
    assert _formula_cells(tmp_path / "register.xlsx") == []
    ws = _book(tmp_path / "register.xlsx").active  # data from row 4; G addressee, L file name
    assert (ws["G4"].value, ws["G4"].data_type) == ('=HYPERLINK("http:x","click")', "s")
    assert (ws["L5"].value, ws["L5"].data_type) == (HOSTILE_NAME, "s")
    assert ws["B4"].value == 1 and ws["B4"].data_type == "n"  # numbers and dates stay typed
    assert ws["A4"].is_date and ws["E4"].is_date


def test_batch_register_holds_a_hostile_file_name_as_text(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "congvan.txt", folder / HOSTILE_NAME)
    result = run_batch(folder, tmp_path / "out", workers=1)
    assert len(result.processed) == 1, result.failed
    assert _formula_cells(tmp_path / "out" / "register.xlsx") == []
    ws = _book(tmp_path / "out" / "register.xlsx").active
    assert (ws["L4"].value, ws["L4"].data_type) == (HOSTILE_NAME, "s")
    assert ws["D4"].value == "412/PGDĐT-VP"


def test_task_sheet_task_text_is_text(tmp_path):
    reg = Register(tmp_path / "register.sqlite3")
    tasks = [Task(text="=1+2", assignees=["@SUM(A1)"], deadline="2024-10-10", report=True),
             Task(text="-Báo cáo kết quả", assignees=["+84 28 3829 1234"])]
    reg.add(_dispatch_fields(tasks=tasks), file_name="cv.txt", sha256="a" * 64)
    export_tasks_xlsx(reg, tmp_path / "tasks.xlsx")
    assert _formula_cells(tmp_path / "tasks.xlsx") == []
    ws = _book(tmp_path / "tasks.xlsx").active  # data from row 4
    assert (ws["B4"].value, ws["B4"].data_type) == ("=1+2", "s")
    assert ws["A4"].is_date and ws["G4"].data_type == "n"
    for cell in (ws["B4"], ws["C4"], ws["B5"], ws["C5"]):
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


# --------------------------------------------------------------------------- one writer per folder


def _dispatches(folder: Path, count: int, tag: str) -> None:
    """``count`` short dispatches (the head of a sample, quick to read) with distinct content."""
    folder.mkdir(parents=True)
    bases = [SAMPLES / n for n in ("congvan.txt", "kehoach.txt", "seed000.txt")]
    for i in range(count):
        head = "\n".join(bases[i % len(bases)].read_text(encoding="utf-8").splitlines()[:14])
        (folder / f"cv{i}.txt").write_text(f"{head}\nGhi chú {tag}{i}.\n", encoding="utf-8")


def _dispatch(*args: str, env: dict | None = None, quiet: bool = False) -> subprocess.Popen:
    pipe = subprocess.DEVNULL if quiet else subprocess.PIPE  # orphans would hold a pipe open
    return subprocess.Popen([sys.executable, "-m", "dispatch_tools", *args], cwd=ROOT, env=env,
                            stdout=pipe, stderr=pipe, text=True)


def test_second_batch_on_a_busy_folder_refuses_or_waits_then_cleans_up(tmp_path, capsys):
    from dispatch_tools.batch.lock import folder_lock

    _dispatches(tmp_path / "in", 1, "x")
    out = tmp_path / "out"
    # temporary files of a run killed while writing, and files that only look alike
    leftovers = [out / ".register.xlsx.k3j_x9q2.tmp",
                 out / "files" / "cv0_txt" / ".412_PGDDT-VP.checklist.xlsx.ab12cd34.tmp"]
    kept = [out / "notes.tmp", out / ".keep.tmp", out / "files" / "mine.xlsx.ab12cd34.tmp",
            tmp_path / "in" / ".cv0.txt.ab12cd34.tmp"]
    for path in leftovers + kept:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"partial")
    with folder_lock(out):
        code = main(["batch", str(tmp_path / "in"), "-o", str(out)])
        err = capsys.readouterr().err
        assert code == 8
        assert len(err.strip().splitlines()) == 1 and str(out) in err and "--wait" in err
        assert not (out / "batch.json").exists()
        assert all(p.exists() for p in leftovers)  # they may be the other batch's: left alone

    lock = folder_lock(out)
    lock.__enter__()
    threading.Timer(1.5, lock.__exit__, (None, None, None)).start()
    started = time.monotonic()
    assert main(["batch", str(tmp_path / "in"), "-o", str(out), "--workers", "1", "--wait"]) == 0
    assert time.monotonic() - started > 1.4
    assert "waiting" in capsys.readouterr().err
    assert [p for p in leftovers if p.exists()] == []
    assert [p for p in kept if not p.exists()] == []


@pytest.mark.slow
def test_concurrent_batches_into_one_folder_keep_every_record_and_do_no_work_twice(tmp_path, vietnamese):
    _dispatches(tmp_path / "inA", 4, "A")
    _dispatches(tmp_path / "inB", 7, "B")
    out = tmp_path / "out"
    runs = [_dispatch("batch", str(tmp_path / name), "-o", str(out), "--workers", "1", "--wait")
            for name in ("inA", "inB", "inA")]
    results = [(p.communicate(timeout=300), p.returncode) for p in runs]
    results = [(code, out, err) for (out, err), code in results]
    assert [code for code, _, _ in results] == [0, 0, 0], results
    record = json.loads((out / "batch.json").read_text(encoding="utf-8"))["files"]
    assert len([r for r in record.values() if r["status"] == "ok"]) == 11
    rows = list(_book(out / "register.xlsx").active.iter_rows(min_row=4, values_only=True))
    assert sorted(r[1] for r in rows) == list(range(1, 12))  # arrival numbers 1..11, none lost
    a_runs = sorted(out for code, out, _ in (results[0], results[2]))
    assert a_runs[0].startswith("Đã xử lý 0 tệp, 0 tệp không xử lý được, 4 tệp đã xử lý trước")  # not done twice
    assert a_runs[1].startswith("Đã xử lý 4 tệp")


def test_batches_one_after_the_other_merge_and_same_names_do_not_collide(tmp_path):
    _dispatches(tmp_path / "inA", 2, "A")
    _dispatches(tmp_path / "inB", 3, "B")  # cv0.txt and cv1.txt exist in both, with other content
    out = tmp_path / "out"
    run_batch(tmp_path / "inA", out, workers=1)
    run_batch(tmp_path / "inB", out, workers=1)
    ok = [r for r in json.loads((out / "batch.json").read_text(encoding="utf-8"))["files"].values()
          if r["status"] == "ok"]
    assert len(ok) == 5
    assert len(_book(out / "register.xlsx").active["A"]) == 3 + 5  # title, headings, numbers
    parsed = [r["outputs"]["parsed"] for r in ok]
    assert len(set(parsed)) == 5  # every input has outputs of its own
    for r in ok:
        note = Path(r["file"]).read_text(encoding="utf-8").strip().splitlines()[-1]
        assert note in Path(r["outputs"]["parsed"]).read_text(encoding="utf-8")  # its own outputs


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


# --------------------------------------------------------------------------- orphaned workers


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _descendants(pid: int) -> list[int]:
    tree, found, todo = _children(), [], [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def _name(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


@pytest.mark.slow
@pytest.mark.tesseract
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_workers_and_their_engines_die_with_a_killed_batch(tmp_path):
    if not shutil.which("tesseract"):
        pytest.skip("Tesseract is not installed")
    folder = tmp_path / "in"
    folder.mkdir()
    for i, name in enumerate(["seed000_scan.pdf", "kehoach_scan.pdf", "congvan_scan.pdf"] * 2):
        shutil.copy(SAMPLES / name, folder / f"{i}_{name}")
    env = {k: v for k, v in os.environ.items() if k != "DISPATCH_OCR_CACHE"}  # slow: real OCR
    batch = _dispatch("batch", str(folder), "-o", str(tmp_path / "out"), "--workers", "2", env=env,
                      quiet=True)
    seen: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and batch.poll() is None:
            family = _descendants(batch.pid)
            seen.update(family)
            if len(family) >= 3 and any(_name(p) == "tesseract" for p in family):
                break
            time.sleep(0.1)
        assert batch.poll() is None, "the batch ended before it could be killed"
        assert any(_name(p) == "tesseract" for p in seen), "no OCR engine was started"
        seen.update(_descendants(batch.pid))
        os.kill(batch.pid, signal.SIGKILL)
        batch.wait()
        killed = time.monotonic()
        while any(_alive(p) for p in seen) and time.monotonic() - killed < 5:
            time.sleep(0.05)
        survivors = [(p, _name(p)) for p in seen if _alive(p)]
        assert survivors == [], "alive 5 s after the batch was killed"
    finally:
        batch.kill()
        batch.wait()
        for pid in seen:  # whatever survived, so that the test run goes on
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


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


# --------------------------------------------------------------------------- restore: standard input and folders




@pytest.mark.parametrize("what", ["random bytes", "PNG", "DOCX", "PDF", "XLSX"])
def test_restore_refuses_binary_on_standard_input(what, tmp_path, capsys):
    if what == "XLSX":
        export_tasks_xlsx(Register(tmp_path / "r.sqlite3"), tmp_path / "t.xlsx")
    data = {"random bytes": random.Random(8).randbytes(20_000),
            "PNG": (SAMPLES / "seed000_scan_page1.png").read_bytes(),
            "DOCX": (SAMPLES / "seed000.docx").read_bytes(),
            "PDF": (SAMPLES / "seed000_text.pdf").read_bytes(),
            "XLSX": (tmp_path / "t.xlsx").read_bytes() if what == "XLSX" else b""}[what]
    code, out, err = _cli(["restore", "-"], capsys, data)
    assert code == 3 and out == ""  # no mojibake
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("dispatch: error: -: standard input holds ") and "dispatch restore FILE" in err


def test_restore_of_empty_standard_input(capsys):
    code, out, err = _cli(["restore", "-"], capsys, b"  \n\n")
    assert code == 3 and out == "" and "standard input is empty" in err


def test_restore_of_a_folder_says_it_is_a_folder(tmp_path, capsys):
    code, out, err = _cli(["restore", str(tmp_path)], capsys)
    assert code == 3 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert f"{tmp_path}: this is a folder, not a file" in err and "not found" not in err


# --------------------------------------------------------------------------- serve --data


def _as_another_user(cmd: list[str]) -> list[str]:
    """Root writes anywhere: run the command as nobody (the data folder's checks must not
    depend on who runs them, only on what the folder allows)."""
    if os.geteuid() != 0:
        return cmd
    if not shutil.which("setpriv"):
        pytest.skip("running as root, and setpriv is missing to run the command as another user")
    prefix = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    probe = subprocess.run([*prefix, sys.executable, "-c", "import dispatch_tools"], cwd="/",
                           env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True)
    if probe.returncode:
        pytest.skip("running as root, and nobody cannot reach the project's folder to run it")
    return [*prefix, *cmd]


def test_serve_on_a_read_only_data_folder_says_so(tmp_path_factory):
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="dispatch-ro-"))  # a place nobody can reach
    try:
        base.chmod(0o755)
        data = base / "data"
        data.mkdir(mode=0o555)
        data.chmod(0o555)
        cmd = _as_another_user([sys.executable, "-m", "dispatch_tools", "serve", "--data", str(data),
                                "--port", "0"])
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1", HOME=str(base))
        proc = subprocess.run(cmd, cwd=base, env=env, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 6, proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1
        assert f"{data}: the data folder is not writable" in proc.stderr and "--data" in proc.stderr
        assert proc.stdout == ""
    finally:
        (base / "data").chmod(0o755)
        shutil.rmtree(base)


# --------------------------------------------------------------------------- temporary files of process and serve


def _leftovers(paths: list[Path], age: float) -> None:
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"partial")
        os.utime(path, (time.time() - age, time.time() - age))


def test_process_removes_what_a_killed_run_left(tmp_path, capsys):
    out = tmp_path / "out"
    stale = [out / ".1690-CV_TDTN-BTG.checklist.xlsx.k3j_x9q2.tmp",
             out / ".1690-CV_TDTN-BTG.reply.docx.ab12cd34.tmp"]  # a run killed an hour ago
    fresh = [out / ".412_PGDDT-VP.annex.docx.zz12yy34.tmp"]  # another run writing it now
    alike = [out / "notes.tmp", out / ".keep.tmp", out / "mine.xlsx.ab12cd34.tmp"]
    _leftovers(stale + alike, 3600)
    _leftovers(fresh, 0)
    assert main(["process", str(ROOT / "tests" / "data" / "seed000.fields.json"), "-o", str(out)]) == 0
    capsys.readouterr()
    assert [p for p in stale if p.exists()] == []
    assert all(p.exists() for p in fresh + alike)
    assert (out / "1690-CV_TDTN-BTG.checklist.xlsx").is_file()


def test_serve_removes_what_a_killed_server_left(tmp_path):
    data = tmp_path / "data"
    stale = [data / "uploads" / f".incoming-{'a1' * 16}", data / ".profile.toml.4242.tmp"]
    fresh = [data / "uploads" / f".incoming-{'b2' * 16}"]  # being received by another server
    alike = [data / "uploads" / ".incoming-mine", data / "notes.tmp", data / ".profile.toml.x.tmp"]
    _leftovers(stale + alike, 3600)
    _leftovers(fresh, 0)
    server = _dispatch("serve", "--data", str(data), "--port", "0")
    try:
        line = server.stdout.readline()
        assert line.startswith("dispatch serve: open http://127.0.0.1:"), line + server.stderr.read()
    finally:
        server.terminate()
        server.communicate(timeout=30)
    assert [p for p in stale if p.exists()] == []
    assert all(p.exists() for p in fresh + alike)
