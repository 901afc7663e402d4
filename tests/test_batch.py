"""Batch processing: good files processed, bad ones reported, resumable, atomic, on Dask too."""

import csv
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from dispatch_tools.batch import run_batch
from dispatch_tools.cli import main
from dispatch_tools.errors import OutputError

from .conftest import SAMPLES
from .test_ingest import _cp1258_bytes


def _bad_cases(folder: Path) -> dict[str, str]:
    """Every kind of bad input the toolkit must report; returns file name -> expected message."""
    from PIL import Image

    (folder / "empty.txt").write_bytes(b"")
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + b"rubbish " * 100)
    (folder / "notazip.docx").write_bytes(bytes(range(256)) * 4)
    with zipfile.ZipFile(folder / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<w:document/>" + b" " * (40 * 1024 * 1024))
    Image.new("1", (12000, 9000)).save(folder / "bomb.png")
    (folder / "lies.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50)
    import pypdf

    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt(user_password="x", owner_password="y", algorithm="AES-128")
    with open(folder / "locked.pdf", "wb") as fh:
        writer.write(fh)
    return {"empty.txt": "the file is empty", "corrupt.pdf": "damaged", "notazip.docx": "unsupported",
            "bomb.docx": "zip bomb", "bomb.png": "decompression bomb", "lies.pdf": "cannot be decoded",
            "locked.pdf": "password"}


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "seed000.txt", folder / "cv1690.txt")
    shutil.copy(SAMPLES / "seed002.txt", folder / "cv2632.txt")
    (folder / "notes.md").write_text("not a supported extension", encoding="utf-8")
    return folder


def _listing(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _sheet(path: Path) -> list[list]:
    """The rows of the first sheet, the headings first (row 2 of a register export: row 1 is the
    book's title, row 3 the columns' numbers)."""
    from openpyxl import load_workbook

    rows = [[c.value for c in row] for row in load_workbook(path).active.iter_rows()]
    return [rows[1]] + rows[3:]


def test_batch_processes_good_files_and_reports_every_bad_one(inbox, tmp_path, capsys):
    expected = _bad_cases(inbox)
    before = _listing(inbox)
    out = tmp_path / "out"
    code = main(["batch", str(inbox), "-o", str(out), "--workers", "2"])
    captured = capsys.readouterr()
    assert code == 7, captured.err
    assert "Processed 2 files, 7 could not be processed" in captured.out  # English: the tests' locale
    assert _listing(inbox) == before  # nothing written next to the inputs

    rows = _sheet(out / "register.xlsx")
    assert rows[0][:4] == ["Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu văn bản"]
    assert sorted(r[3] for r in rows[1:]) == ["1690-CV/TĐTN-BTG", "2632/STTTT-CNTTVT"]
    assert sorted(r[1] for r in rows[1:]) == [1, 2]
    assert {r[11] for r in rows[1:]} == {"cv1690.txt", "cv2632.txt"}

    failures = list(csv.DictReader(io.StringIO((out / "failures.csv").read_text(encoding="utf-8-sig"))))
    by_name = {Path(f["file"]).name: f for f in failures}
    assert set(by_name) == set(expected)
    for name, message in expected.items():
        assert message in by_name[name]["error"].lower(), by_name[name]
        assert by_name[name]["exit_code"] in ("3", "4")
        assert "Traceback" not in by_name[name]["error"]

    tasks = _sheet(out / "tasks.xlsx")
    assert tasks[0][:6] == ["Hạn", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Báo cáo",
                            "Trạng thái"]
    deadlines = [r[0] for r in tasks[1:] if r[0] is not None]
    assert deadlines == sorted(deadlines) and len(tasks) > 5
    assert not list(out.rglob("*.tmp"))
    assert len(list((out / "files").glob("cv1690_txt-*/1690-CV_TDTN-BTG.reply.docx"))) == 1
    assert len(list((out / "files").glob("cv1690_txt-*/1690-CV_TDTN-BTG.slip.docx"))) == 1


def test_batch_resumes_and_only_redoes_changed_files(inbox, tmp_path):
    out = tmp_path / "out"
    first = run_batch(inbox, out, workers=1)
    assert len(first.processed) == 2
    again = run_batch(inbox, out, workers=1)
    assert again.processed == [] and sorted(Path(p).name for p in again.skipped) == ["cv1690.txt", "cv2632.txt"]
    changed = inbox / "cv1690.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    third = run_batch(inbox, out, workers=1)
    assert [Path(r["file"]).name for r in third.processed] == ["cv1690.txt"]
    rows = _sheet(out / "register.xlsx")
    # the register keeps every arrival: the changed file is a new entry, a copy of the first
    old = next(r["arrival_no"] for r in first.processed if r["name"] == "cv1690.txt")
    assert [(r[1], r[9] or "") for r in rows[1:]] == [(1, ""), (2, ""), (3, f"trùng với số đến {old}")]
    forced = run_batch(inbox, out, workers=1, force=True)
    assert len(forced.processed) == 2
    assert len(_sheet(out / "register.xlsx")) == 4  # a file done again keeps its entry


def test_interrupted_batch_keeps_finished_files_and_resumes(inbox, tmp_path):
    out = tmp_path / "out"

    def stop_after_first(i, total, record):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(inbox, out, workers=1, progress=stop_after_first)
    record = json.loads((out / "batch.json").read_text(encoding="utf-8"))
    assert len([r for r in record["files"].values() if r["status"] == "ok"]) == 1
    assert not list(out.rglob("*.tmp")) and not list(out.rglob(".*.tmp"))
    resumed = run_batch(inbox, out, workers=1)
    assert len(resumed.processed) == 1 and len(resumed.skipped) == 1


def test_output_folder_that_is_a_file_or_not_writable(inbox, tmp_path, monkeypatch):
    target = tmp_path / "taken"
    target.write_text("x")
    with pytest.raises(OutputError, match="must be a folder"):
        run_batch(inbox, target)

    def deny(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "write_bytes", deny)
    with pytest.raises(OutputError, match="not writable"):
        run_batch(inbox, tmp_path / "out")


def test_other_languages_and_encodings_are_processed_with_warnings(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "english.txt").write_text("The quick brown fox jumps over the lazy dog.\n" * 5, encoding="utf-8")
    (folder / "shift-jis.txt").write_bytes("会議の通知です。明日の午前十時に集まってください。".encode("shift_jis") * 3)
    (folder / "cp1258.txt").write_bytes(_cp1258_bytes((SAMPLES / "seed000.txt").read_text(encoding="utf-8")))
    result = run_batch(folder, tmp_path / "out", workers=1)
    assert not result.failed
    by_name = {Path(r["file"]).name: r for r in result.processed}
    assert by_name["english.txt"]["notices"]  # what could not be found is said
    assert by_name["shift-jis.txt"]["notices"]
    assert by_name["cp1258.txt"]["summary"]["number"] == "1690-CV/TĐTN-BTG"  # decoded and read


@pytest.mark.slow
def test_batch_on_a_local_dask_cluster(inbox, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        result = run_batch(inbox, tmp_path / "out", executor="dask", scheduler=cluster.scheduler_address)
    assert sorted(r["summary"]["number"] for r in result.processed) == ["1690-CV/TĐTN-BTG",
                                                                      "2632/STTTT-CNTTVT"]
    assert len(_sheet(tmp_path / "out" / "register.xlsx")) == 3
    assert sorted(r["arrival_no"] for r in result.processed) == [1, 2]


def _retyped(text: str) -> str:
    """The same dispatch typed again: other spacing, and TĐTN typed without its mark."""
    lines = [("  " + line.replace(" ", "  ") + " ") if k % 3 == 0 else line
             for k, line in enumerate(text.replace("TĐTN", "TDTN").splitlines())]
    return "\n\n".join(lines) + "\n"


def test_a_retyped_copy_is_a_duplicate_and_a_second_batch_continues_the_numbers(tmp_path, capsys, vietnamese):
    first_in, second_in = tmp_path / "in1", tmp_path / "in2"
    first_in.mkdir(), second_in.mkdir()
    seed = (SAMPLES / "seed000.txt").read_text(encoding="utf-8")
    (first_in / "a_seed000.txt").write_text(seed, encoding="utf-8")
    (first_in / "b_retyped.txt").write_text(_retyped(seed), encoding="utf-8")
    shutil.copy(SAMPLES / "seed002.txt", second_in / "cv2632.txt")
    register = tmp_path / "office" / "register.sqlite3"

    assert main(["batch", str(first_in), "-o", str(tmp_path / "out1"), "--register", str(register),
                 "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "số đến 2/" in out and "(b_retyped.txt): trùng với số đến 1" in out
    rows = _sheet(tmp_path / "out1" / "register.xlsx")
    assert [(r[1], r[3], r[9]) for r in rows[1:]] == [
        (1, "1690-CV/TĐTN-BTG", None), (2, "1690-CV/TDTN-BTG", "trùng với số đến 1")]
    tasks = _sheet(tmp_path / "out1" / "tasks.xlsx")
    from dispatch_tools.register import Register

    own = Register(register).tasks(entry_id=1)
    assert len(own) >= 3 and len(tasks) == 1 + len(own)  # the copy's tasks are not counted twice
    assert {r[6] for r in tasks[1:]} == {1}

    assert main(["batch", str(second_in), "-o", str(tmp_path / "out2"), "--register", str(register),
                 "--workers", "1"]) == 0
    rows = _sheet(tmp_path / "out2" / "register.xlsx")
    assert [(r[1], r[3]) for r in rows[1:]][-1] == (3, "2632/STTTT-CNTTVT")
    assert len(rows) == 1 + 3  # the export is of the whole register


def test_the_default_register_is_the_web_apps(inbox, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    result = run_batch(inbox, tmp_path / "out", workers=1)
    assert result.outputs["register_file"] == tmp_path / "data" / "dispatch_tools" / "register.sqlite3"
    assert result.outputs["register_file"].is_file()


def test_a_text_named_docx_is_read_as_text_and_flagged_as_no_dispatch(tmp_path, capsys, vietnamese):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "gia.docx").write_text("Kính gửi: đây không phải tệp DOCX\n", encoding="utf-8")
    shutil.copy(SAMPLES / "seed000.txt", folder / "cv1690.txt")
    assert main(["batch", str(folder), "-o", str(tmp_path / "out"), "--workers", "1"]) == 0
    out = capsys.readouterr().out
    flagged = [line for line in out.splitlines() if "(gia.docx)" in line]
    assert len(flagged) == 1 and flagged[0].endswith("không phải công văn?"), out
    rows = _sheet(tmp_path / "out" / "register.xlsx")
    notes = {r[11]: r[9] for r in rows[1:]}
    assert notes == {"gia.docx": "không phải công văn?", "cv1690.txt": None}
    record = json.loads((tmp_path / "out" / "batch.json").read_text(encoding="utf-8"))["files"]
    (docx_record,) = [r for r in record.values() if r["file"].endswith("gia.docx")]
    assert any("tên tệp có đuôi .docx (DOCX) nhưng nội dung là văn bản thuần" in n
               for n in docx_record["notices"])


def test_a_register_busy_too_long_fails_the_files_not_the_batch(inbox, tmp_path, monkeypatch, vietnamese):
    import sqlite3

    from dispatch_tools.register import Register, db

    path = tmp_path / "register.sqlite3"
    Register(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the register's lock throughout
    monkeypatch.setattr(db, "BUSY_SECONDS", 0.2)
    try:
        result = run_batch(inbox, tmp_path / "out", workers=1, register=path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.processed == [] and len(result.failed) == 2
    assert all("sổ đăng ký đang bận" in r["error"] for r in result.failed)
    again = run_batch(inbox, tmp_path / "out", workers=1, register=path)  # done when it is free
    assert sorted(r["arrival_no"] for r in again.processed) == [1, 2]


@pytest.mark.parametrize("error, code, message", [
    (RuntimeError("boom"), 1, "internal error: RuntimeError: boom"),
    (MemoryError(), 4, "out of memory"),
])
def test_a_file_the_code_fails_on_is_recorded_not_raised(tmp_path, monkeypatch, error, code, message):
    """A bug or a lack of memory on one file is that file's failure record: the worker returns
    it and the batch goes on (the record's message is written in the worker's language)."""
    import dispatch_tools.pipeline
    from dispatch_tools.batch.job import process_file

    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(dispatch_tools.pipeline, "process", fail)
    record = process_file({"file": str(SAMPLES / "seed000.txt"), "sha256": "0" * 64,
                           "outdir": str(tmp_path / "out"), "options": {}, "ui_lang": "en"})
    assert record["status"] == "failed" and record["exit_code"] == code
    assert record["error"] == f"{SAMPLES / 'seed000.txt'}: {message}"


def _dies_on_bad(job):
    import os

    if "bad" in job["file"]:
        os._exit(9)  # as a worker killed for want of memory
    return {"file": job["file"], "status": "ok"}


def test_a_worker_that_dies_fails_its_file_alone(monkeypatch):
    from dispatch_tools.batch import local

    monkeypatch.setattr(local, "process_file", _dies_on_bad)  # workers are forked: they see it
    jobs = [{"file": name, "sha256": str(i)} for i, name in enumerate(["a", "b", "bad", "c", "d"])]
    records = list(local.run_local(jobs, workers=2))
    assert sorted(r["file"] for r in records) == ["a", "b", "bad", "c", "d"]
    failed = [r for r in records if r["status"] == "failed"]
    assert [r["file"] for r in failed] == ["bad"] and failed[0]["exit_code"] == 1
    assert "the other files went on" in failed[0]["error"]
