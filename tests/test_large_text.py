"""Large text: `dispatch restore` in constant memory (piece by piece, read as it is repaired),
the same results as before on ordinary documents, and `dispatch read` refusing text longer than
a dispatch."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest

from dispatch_tools.evaluate.memory import peak_run
from dispatch_tools.ingest.text import read_text
from dispatch_tools.model import Change, Document, apply_changes
from dispatch_tools.repair import decode, restore
from dispatch_tools.repair.vietnamese import strip_marks

try:  # the command's tests also run against code without these (to see them fail there)
    from dispatch_tools.ingest import text_stream
    from dispatch_tools.repair import pieces, restore_stream
except ImportError:  # pragma: no cover
    text_stream = pieces = restore_stream = None

from .conftest import ROOT, SAMPLES
from .conftest import run_cli as _run

FIXTURE = json.loads((ROOT / "tests" / "data" / "restore_samples.json").read_text(encoding="utf-8"))
LIMIT_MB = 600


def _changes(result) -> list[list]:
    return [[c.start, c.end, c.original, c.replacement, c.kind, c.confidence] for c in result.changes]


def _check_fixture(names) -> None:
    for name in names:
        want = FIXTURE[name]
        result = restore(want["text"], read_by_ocr=want["read_by_ocr"])
        assert _changes(result) == want["changes"], name
        assert result.encoding == want["encoding"], name
        assert result.text == apply_changes(want["text"], [Change(*c) for c in want["changes"]])


# --------------------------------------------------------------------------- same results, decoding in groups


def test_every_sample_is_repaired_as_before():
    """restore() on the text of every sample (text, DOCX, PDF, scans as OCR'd, OCR without
    Vietnamese, and the text samples stripped of their marks) gives the changes it gave before
    long text was repaired in pieces (tests/data/restore_samples.json, made by that code)."""
    assert len(FIXTURE) >= 30
    _check_fixture(FIXTURE)


def test_decoding_segments_in_small_groups_changes_nothing(monkeypatch):
    monkeypatch.setattr(decode, "GROUP_SCORES", 300)
    _check_fixture(["seed002.txt", "seed000.txt stripped", "kehoach_garbage.pdf", "seed000_scan.pdf"])


def test_a_sentence_without_any_break_is_decoded_in_parts():
    from dispatch_tools.repair.lattice import MAX_SEGMENT, build_lattice
    from dispatch_tools.repair.line_stats import line_statistics
    from dispatch_tools.repair.tokens import tokenize
    from dispatch_tools.repair.word_analysis import analyse_tokens

    words = [w for w in strip_marks(FIXTURE["kehoach.txt"]["text"]).split() if w.isalpha()]
    text = " ".join(words * 6)  # no punctuation, no line end: one "sentence" of 4,000 words
    assert len(words) * 6 > 3 * MAX_SEGMENT
    analysed = analyse_tokens(text, tokenize(text))
    lattice = build_lattice(text, analysed, line_statistics(analysed), False)
    assert max(len(seg) for seg in lattice.segments) <= MAX_SEGMENT + 2
    result = restore(text)
    assert apply_changes(text, result.changes) == result.text
    assert sum(ch.kind == "diacritics" for ch in result.changes) > len(words)


# --------------------------------------------------------------------------- pieces


def _long_text() -> str:
    parts = [FIXTURE[name]["text"] for name in ("seed000.txt stripped", "congvan.txt", "seed002.txt",
                                                 "kehoach.txt stripped")]
    return "\n\n".join(parts * 2)


def test_pieces_are_the_same_however_the_text_arrives():
    text = _long_text() + "\n" + "x" * 5000 + " tail"  # a line longer than a piece, too
    want = list(pieces.cut([text], 3000))
    assert "".join(want) == text and len(want) >= 10
    assert all(0 < len(p) <= 3000 for p in want)
    assert sum(p.endswith("\n\n") for p in want) > len(want) / 2  # mostly whole paragraphs
    for size in (1, 7, 1000, 4096):
        assert list(pieces.cut(pieces.slices(text, size), 3000)) == want


def test_a_cut_never_leaves_a_mark_without_its_letter():
    text = "a" + "e\u0301" * 3000  # no space, no line: cut anywhere but before a mark
    got = list(pieces.cut(pieces.slices(text, 100), 1000))
    assert "".join(got) == text
    assert not any(p[0] == "\u0301" for p in got)


def test_a_long_text_is_repaired_piece_by_piece(monkeypatch):
    monkeypatch.setattr("dispatch_tools.repair.PIECE", 4000)
    monkeypatch.setattr(pieces, "PIECE", 4000)
    text = _long_text()
    result = restore(text)
    parts = list(pieces.cut([text], 4000))
    assert len(parts) > 5
    streamed = list(restore_stream(pieces.slices(text, 333)))
    assert [piece for piece, _ in streamed] == parts
    assert result.text == "".join(repaired.text for _, repaired in streamed)
    assert streamed[3][1].changes == restore(parts[3]).changes  # each piece on its own
    assert apply_changes(text, result.changes) == result.text  # offsets in the whole text


# --------------------------------------------------------------------------- reading a text file as a stream


def _raw(data: bytes) -> str:
    pages, _ = read_text(Path("x.txt"), data)
    return Document("x.txt", "text", pages=pages).raw_text


def _streamed(data: bytes) -> tuple[str, str]:
    encoding, _, chunks = text_stream.text_chunks(io.BytesIO(data), len(data))
    return encoding, "".join(chunks)


EDGES = [b"a\nb", b"a\r\nb\r\n\r\n", b"a \n\n  \n", b"a\fb\n\fc\nd\f\n\f\n\n", b"x \f \n",
         b"a\f\f b\f \fc", "Co\u0302\u0300ng va\u0300 \nhoa\u0300".encode(), b"\n\n\nx\n\n",
         b"\f\nx", b"a\rb\rc", b"line  \r\n  \n\f  \n"]


@pytest.mark.parametrize("whole", [True, False])
def test_a_text_file_streams_as_ingest_reads_it(monkeypatch, whole):
    monkeypatch.setattr(text_stream, "WHOLE", 10**9 if whole else 0)
    monkeypatch.setattr(text_stream, "BLOCK", 8)  # tiny reads: every cut meets a line end, a
    monkeypatch.setattr(text_stream, "CHUNK", 5)  # multi-byte letter, a mark, a \r\n
    rng = random.Random(14)
    alphabet = ["a", "b", " ", "\n", "\r", "\f", "\t", "ô", "\u0300", "ệ", "\r\n"]
    datas = EDGES + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))).encode()
                     for _ in range(300)]
    text = (SAMPLES / "seed000.txt").read_text(encoding="utf-8")
    datas += [text.encode("utf-8-sig"), text.encode("utf-16"), text.encode("utf-16-le"),
              text.encode() + b"\xff", text.replace("\n", "\r\n").encode(),
              "Th«ng b¸o sè 12\n".encode("latin-1") * 40]
    for data in datas:
        if data.strip():
            assert _streamed(data)[1] == _raw(data), data[:60]


def test_a_large_text_file_is_decoded_by_the_same_rules(monkeypatch):
    monkeypatch.setattr(text_stream, "WHOLE", 0)
    text = (SAMPLES / "congvan.txt").read_text(encoding="utf-8")
    assert _streamed(text.encode("utf-16-le")) == ("utf-16-le", _raw(text.encode("utf-16-le")))
    assert _streamed(text.encode() + b"\xff")[0] == "utf-8"
    assert _streamed("Th«ng b¸o sè 12\n".encode("latin-1") * 40)[1].startswith("Thông báo số 12\n")


# --------------------------------------------------------------------------- the command




def test_restore_writes_a_long_text_piece_by_piece(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(pieces, "PIECE", 4000)
    monkeypatch.setattr(text_stream, "WHOLE", 0)
    text = _long_text()
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    expected = "".join(restore(p).text for p in pieces.cut([text], 4000))
    code, out, _ = _run(["restore", str(path)], capsys)
    assert code == 0 and out == expected + "\n"
    code, out, err = _run(["restore", "-", "--diff"], capsys, text.encode("utf-8"))
    lines = text.split("\n")
    rows = [row.split("\t") for row in out.splitlines()]
    assert code == 0 and len(rows) > 1000 and f"# {len(rows)} changes" in err
    for place, _, _, change in rows:  # line:column of every change, counted over the whole text
        line, col = map(int, place.split(":"))
        original = change.split(" -> ")[0]
        assert lines[line - 1][col - 1:col - 1 + len(original)] == original


def _sample_stripped(size: int) -> Path:
    """A text of about ``size`` characters, the text samples stripped of their marks."""
    base = "\n\n".join(FIXTURE[f"{name} stripped"]["text"] for name in
                       ("seed000.txt", "seed002.clean.txt", "congvan.txt", "kehoach.txt"))
    return base * (size // len(base) + 1)


def _restore_peak_mb(path: Path) -> tuple[int, float]:
    """Exit code and peak resident memory (MB) of `dispatch restore FILE` in a child process
    (the child program's own peak, not the copy of this test process it starts as)."""
    run = peak_run(["restore", str(path)])
    return run["code"], run["peak_mb"]


@pytest.mark.slow
def test_restore_memory_does_not_grow_with_the_text(tmp_path):
    """Two sizes, the same peak: 0.4 MB and 1.6 MB of text stripped of its marks (two and
    eight pieces)."""
    peaks = []
    for size in (400_000, 1_600_000):
        path = tmp_path / f"{size}.txt"
        path.write_text(_sample_stripped(size)[:size], encoding="utf-8")
        code, peak = _restore_peak_mb(path)
        assert code == 0
        peaks.append(peak)
    assert max(peaks) <= LIMIT_MB, peaks
    assert peaks[1] <= peaks[0] * 1.1 + 20, peaks


@pytest.mark.slow
@pytest.mark.large
def test_restore_of_20_mb_of_text_stays_under_600_mb(tmp_path):
    path = tmp_path / "big.txt"
    text = _sample_stripped(20 * 10**6)
    path.write_text(text, encoding="utf-8")
    del text
    assert path.stat().st_size > 20 * 10**6
    code, peak = _restore_peak_mb(path)
    assert code == 0 and peak <= LIMIT_MB, peak


def test_restore_max_mb(tmp_path, capsys):
    path = tmp_path / "cv.txt"
    path.write_bytes((b"0123456789" * 100 + b"\n") * 1200)  # 1.2 MB, quick to repair
    code, out, err = _run(["restore", str(path), "--max-mb", "1"], capsys)
    assert code == 4 and out == ""
    assert len(err.strip().splitlines()) == 1 and str(path) in err and "--max-mb" in err
    code, out, err = _run(["restore", "-", "--max-mb", "1"], capsys, path.read_bytes())
    assert code == 4 and out == "" and "standard input" in err and "--max-mb" in err
    assert _run(["restore", str(path), "--max-mb", "2"], capsys)[0] == 0


def test_read_refuses_text_longer_than_a_dispatch(tmp_path, capsys):
    line = "Các trường báo cáo kết quả về Phòng trước ngày 15/10/2024.\n"
    for name, repeat in (("long.txt", 1_000_000 // len(line) + 100), ("huge.txt", 100_000)):
        path = tmp_path / name
        path.write_text(line * repeat, encoding="utf-8")
        code, out, err = _run(["read", str(path)], capsys)
        assert code == 4 and out == ""
        assert len(err.strip().splitlines()) == 1 and f"{path}: its text is" in err
        assert "1,000,000 characters" in err and "dispatch restore" in err


@pytest.mark.slow
def test_the_peak_measured_is_the_childs_own_not_its_parents():
    """The child starts as a copy of this process: 700 MB held here must not show in its peak."""
    ballast = bytearray(700 * 2**20)
    ballast[::4096] = b"x" * len(ballast[::4096])  # touch every page so that it is resident
    run = peak_run(["--version"])
    del ballast
    assert run["code"] == 0 and 0 < run["peak_mb"] < 300, run
