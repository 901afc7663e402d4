"""``dispatch restore``: text in, repaired text or the list of changes out."""

from __future__ import annotations

from .conftest import run_cli as _run




def test_restore_file(tmp_path, capsys):
    path = tmp_path / "cv.txt"
    path.write_text("Kinh gui: So Thong tin va Truyen thong\n", encoding="utf-8")
    code, out, _ = _run(["restore", str(path)], capsys)
    assert code == 0
    assert out == "Kính gửi: Sở Thông tin và Truyền thông\n"


def test_restore_stdin_diff(capsys):
    code, out, err = _run(["restore", "--diff", "-"], capsys, "Cong hoa\nxa hoi".encode("utf-8"))
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0].startswith("1:1\tdiacritics")
    assert lines[0].endswith("Cong -> Cộng")
    assert lines[-1].startswith("2:4\tdiacritics") and lines[-1].endswith("hoi -> hội")
    assert "4 changes" in err


def test_restore_legacy_bytes_on_stdin(capsys):
    code, out, _ = _run(["restore", "-"], capsys, b"Th\xabng b\xb8o")
    assert code == 0
    assert out == "Thông báo\n"


def test_restore_missing_file(tmp_path, capsys):
    code, _, err = _run(["restore", str(tmp_path / "nope.txt")], capsys)
    assert code == 3
    assert "nope.txt: file not found" in err
