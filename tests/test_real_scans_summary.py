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


def test_the_variants_and_the_real_scans_count_header_statuses_alike():
    from dispatch_tools.evaluate import scan_variants

    gold = {"number": "12/UBND", "doc_type": "Công văn", "issuer": "UBND TỈNH", "place": "Huế",
            "date": "2025-01-02", "subject": "về việc A"}
    pred = dict(gold, number="13/UBND", place=None, issuer="UBND TINH", review={"issuer": "?", "place": "?",
                                                                                 "subject": "?"})
    fields = real_scans.header_fields(pred, gold)
    assert [f["status"] for f in fields.values()] == ["wrong", "right", "wrong-flagged", "empty-flagged",
                                                      "right", "right"]
    real = real_scans.summarise({"a.pdf": dict(_result("development", True), fields=fields)})
    row = {"fields": {name: dict(f, review=pred["review"].get(name)) for name, f in fields.items()}}
    varied = scan_variants.summarise([row])
    for key in ("header_accuracy", "per_field", "wrong_unflagged", "wrong_flagged", "empty_flagged", "missed",
                "slots"):
        assert real[key] == varied[key], key
    assert real["header_accuracy"] == 0.5 and real["wrong_unflagged_share_of_given"] == 0.2
    assert varied["right_but_flagged"] == 1 and scan_variants.summarise([])["header_accuracy"] is None


def test_scan_files_keep_the_part_and_the_name_asked_for(tmp_path):
    (tmp_path / "scans" / "gold").mkdir(parents=True)
    for stem in ("quangngai_03_05", "quangngai_09_46_TB", "no_gold"):
        (tmp_path / "scans" / f"{stem}.pdf").write_bytes(b"%PDF")
    for stem in ("quangngai_03_05", "quangngai_09_46_TB"):
        (tmp_path / "scans" / "gold" / f"{stem}.json").write_text("{}", encoding="utf-8")
    names = lambda files: [p.stem for p, _ in files]  # noqa: E731
    assert names(real_scans.scan_files(tmp_path)) == ["quangngai_03_05", "quangngai_09_46_TB"]
    assert names(real_scans.scan_files(tmp_path, "development")) == ["quangngai_03_05"]
    assert names(real_scans.scan_files(tmp_path, "test")) == ["quangngai_09_46_TB"]
    assert names(real_scans.scan_files(tmp_path, only="09")) == ["quangngai_09_46_TB"]
    assert real_scans.scan_files(tmp_path, "development", only="09") == []
