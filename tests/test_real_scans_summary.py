"""The real scans' summaries by part of the split, when only some files are read (``--only``)."""

import io

from dispatch_tools.evaluate import real_scans
from dispatch_tools.ingest import second_reader


def _result(part: str, right: bool) -> dict:
    """One file's scores as :func:`real_scans.score_file` gives them, with its part."""
    status = "right" if right else "wrong"
    return {"part": part, "image_only": True,
            "fields": {name: {"status": status, "pred": "x", "gold": "y"} for name in real_scans.HEADER},
            "signer": {name: {"status": "right", "pred": "x", "gold": "x"} for name in real_scans.SIGNER},
            "recipients": {"right": True, "pred": [], "gold": []},
            "ocr": {"syllables": 10, "right": 9, "right_as_read": 8, "bare_right": 7},
            "arrival": {"number": "n/a", "date": "n/a"}, "esign": {"signed_by": "n/a", "time": "n/a"}}


RESULTS = {"a.pdf": _result("development", True), "b.pdf": _result("development", False)}


def test_a_part_without_files_has_no_summary():
    summaries = real_scans._by_part(RESULTS)
    assert set(summaries) == {"all", "development"}
    assert summaries["all"]["files"] == summaries["development"]["files"] == 2
    assert summaries["development"]["header_accuracy"] == 0.5


def test_the_run_without_the_second_recogniser_sums_up_only_the_parts_read(monkeypatch):
    monkeypatch.setattr(real_scans, "_scored", lambda files: (RESULTS, 0.0))
    monkeypatch.setattr(second_reader, "available", lambda kind: True)
    monkeypatch.delenv("DISPATCH_SECOND_READER", raising=False)
    out = io.StringIO()
    summaries = real_scans.without_second_reader([], out)
    assert set(summaries) == {"all", "development"}
    printed = out.getvalue()
    assert "development part: header fields 50.0 % right" in printed and "all scans:" in printed
    assert "test part" not in printed
