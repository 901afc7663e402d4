"""The fixed split of the real scans: its written-out stems agree with its definition."""

from pathlib import Path

import pytest

from dispatch_tools.evaluate import scan_split

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def test_parts_are_disjoint_and_about_a_third():
    assert not scan_split.TEST_STEMS & scan_split.DEVELOPMENT_STEMS
    total = len(scan_split.TEST_STEMS) + len(scan_split.DEVELOPMENT_STEMS)
    assert 0.25 <= len(scan_split.TEST_STEMS) / total <= 0.4
    assert scan_split.part_of("quangngai_12_574_UB") == "development"
    assert scan_split.part_of("laichau_qd_tthc_2025") == "test"
    with pytest.raises(KeyError, match="neither part"):
        scan_split.part_of("a_new_scan")


@pytest.mark.skipif(not (SHARED / "scans" / "gold").is_dir(), reason="../shared/scans is not there")
def test_written_out_split_is_the_defined_one():
    split = scan_split.compute_split(SHARED)
    assert set(split["test"]) == scan_split.TEST_STEMS
    assert set(split["development"]) == scan_split.DEVELOPMENT_STEMS


def test_the_scans_task_gold_of_a_test_scan_is_refused(tmp_path):
    from dispatch_tools.evaluate import scan_tasks

    (tmp_path / "laichau_qd_tthc_2025.json").write_text('{"tasks": []}', encoding="utf-8")
    with pytest.raises(SystemExit, match="test scan"):
        scan_tasks.score(SHARED, tmp_path, None)


def test_the_deadlines_halves_are_dealt_by_a_fixed_hash():
    from dispatch_tools.evaluate.scan_tasks import held_back

    stems = sorted(scan_split.DEVELOPMENT_STEMS)
    halves = [held_back(s) for s in stems]
    assert halves == [held_back(s) for s in stems] and 0 < sum(halves) < len(stems)
