"""Large text: decoding in bounded groups and repairing piece by piece, with the same results
as before on ordinary documents."""

from __future__ import annotations

import json

from dispatch_tools.model import Change, apply_changes
from dispatch_tools.repair import decode, restore
from dispatch_tools.repair.vietnamese import strip_marks

try:  # some tests also run against code without these (to see them fail there)
    from dispatch_tools.repair import pieces, restore_stream
except ImportError:  # pragma: no cover
    pieces = restore_stream = None

from .conftest import ROOT

FIXTURE = json.loads((ROOT / "tests" / "data" / "restore_samples.json").read_text(encoding="utf-8"))


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
    assert result.text == "".join(restore(p).text for p in parts)
    assert apply_changes(text, result.changes) == result.text  # offsets in the whole text
    assert [piece for piece, _ in restore_stream(pieces.slices(text, 333))] == parts
