"""Large text: decoding in bounded groups, with the same results as before on ordinary
documents."""

from __future__ import annotations

import json

from dispatch_tools.model import Change, apply_changes
from dispatch_tools.repair import decode, restore
from dispatch_tools.repair.vietnamese import strip_marks

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
