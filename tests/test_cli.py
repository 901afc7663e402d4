"""The command line: output, exit codes, one-line errors, tracebacks only with -v."""

import json
import subprocess
import sys

import pytest

from dispatch_tools.cli import main
from dispatch_tools.model import Document

from .conftest import SAMPLES


def run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_ingest_prints_text(capsys):
    code, out, err = run(["ingest", str(SAMPLES / "seed000.txt")], capsys)
    assert code == 0
    assert "Số: 1690-CV/TĐTN-BTG" in out and "Kính gửi:" in out


def test_ingest_json_is_the_model(capsys):
    code, out, _ = run(["ingest", "--json", str(SAMPLES / "seed000.txt")], capsys)
    assert code == 0
    doc = Document.from_dict(json.loads(out))
    assert doc.kind == "text" and "1690-CV/TĐTN-BTG" in doc.raw_text


def test_ingest_layout_shows_sources(capsys):
    code, out, _ = run(["ingest", "--layout", str(SAMPLES / "seed000.txt")], capsys)
    assert code == 0
    assert out.startswith("=== page 1 · text ===")
    assert "text           full      - | Số: 1690-CV/TĐTN-BTG" in out


@pytest.mark.parametrize("setup,code,message", [
    (lambda p: None, 3, "file not found"),
    (lambda p: p.write_bytes(b""), 3, "the file is empty"),
    (lambda p: p.write_bytes(b"%PDF-1.4\n" + b"x" * 100), 4, "damaged"),
    (lambda p: p.write_bytes(b"\x00\x01\x02\x03" * 300), 3, "unsupported file type"),
])
def test_errors_are_one_line_with_exit_codes(tmp_path, capsys, setup, code, message):
    path = tmp_path / "input.pdf"
    setup(path)
    got, out, err = run(["ingest", str(path)], capsys)
    assert got == code
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"dispatch: error: {path}: ") and message in lines[0]
    assert "Traceback" not in err


def test_verbose_shows_the_traceback(tmp_path, capsys):
    code, _, err = run(["-v", "ingest", str(tmp_path / "missing.txt")], capsys)
    assert code == 3
    assert "Traceback" in err and "file not found" in err


def test_missing_tesseract_names_the_apt_command(tmp_path, capsys, monkeypatch):
    import pytesseract

    from dispatch_tools.ingest import tesseract

    from .test_ingest import _text_image

    def not_found():
        raise pytesseract.TesseractNotFoundError()

    tesseract.tesseract_version.cache_clear()
    monkeypatch.setattr(pytesseract, "get_tesseract_version", not_found)
    monkeypatch.delenv("DISPATCH_OCR_CACHE")
    path = tmp_path / "scan.png"
    _text_image(["Số: 15/QĐ-UBND"], size=(900, 200)).save(path)
    try:
        code, _, err = run(["ingest", str(path)], capsys)
    finally:
        tesseract.tesseract_version.cache_clear()
    assert code == 5
    assert "sudo apt-get install tesseract-ocr tesseract-ocr-vie" in err


def test_missing_language_model_names_the_package(monkeypatch):
    import pytesseract

    from dispatch_tools.errors import MissingDependency
    from dispatch_tools.ingest import tesseract

    tesseract.check_languages.cache_clear()
    monkeypatch.setattr(pytesseract, "get_languages", lambda config="": ["eng", "osd"])
    try:
        with pytest.raises(MissingDependency, match="tesseract-ocr-vie"):
            tesseract.check_languages("vie")
    finally:
        tesseract.check_languages.cache_clear()


def test_console_script_and_module_entry_point():
    out = subprocess.run([sys.executable, "-m", "dispatch_tools", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "ingest" in out.stdout
    bad = subprocess.run([sys.executable, "-m", "dispatch_tools", "ingest", "/nonexistent/cv.pdf"],
                         capture_output=True, text=True)
    assert bad.returncode == 3
    assert bad.stderr.strip() == ("dispatch: error: /nonexistent/cv.pdf: file not found. "
                                  "Check the path and the file name")


def test_several_files_to_a_one_file_command_point_to_batch(capsys):
    with pytest.raises(SystemExit) as exit:
        main(["read", str(SAMPLES / "kehoach.txt"), str(SAMPLES / "seed000.txt")])
    err = capsys.readouterr().err
    assert exit.value.code == 2
    assert err.splitlines()[0].startswith("usage: dispatch read")
    assert "unrecognized arguments: " + str(SAMPLES / "seed000.txt") in err
    assert "dispatch read reads one file" in err and "dispatch batch FOLDER -o RESULTS" in err
    with pytest.raises(SystemExit) as exit:
        main(["read", str(SAMPLES / "kehoach.txt"), "--bogus"])
    err = capsys.readouterr().err
    assert exit.value.code == 2 and "unrecognized arguments: --bogus" in err and "batch" not in err
