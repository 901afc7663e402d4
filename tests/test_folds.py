"""The four fixed folds of the development part used to cross-validate rule changes and trained
components, and the fold options of the evaluation (skipped when the shared data is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dispatch_tools.evaluate.folds import FOLDS, NAMES, compute_folds, fold_of, ids_of, parse_folds
from dispatch_tools.evaluate.split import DEVELOPMENT_IDS, TEST_IDS
from tests.conftest import shared_path
from tests.test_split import _test_part, opened_paths


def test_the_folds_partition_the_development_part_only():
    assert set(FOLDS) == set(NAMES)
    assert frozenset().union(*FOLDS.values()) == DEVELOPMENT_IDS
    assert sum(len(ids) for ids in FOLDS.values()) == len(DEVELOPMENT_IDS)
    assert not frozenset().union(*FOLDS.values()) & TEST_IDS
    assert {len(ids) for ids in FOLDS.values()} == {14}
    assert fold_of(sorted(FOLDS["C"])[0]) == "C"
    with pytest.raises(KeyError):
        fold_of(sorted(TEST_IDS)[0])


def test_the_written_folds_are_the_ones_their_definition_gives():
    assert compute_folds(shared_path("dev").parent) == FOLDS


def test_fold_names_are_read_leniently_and_checked():
    assert parse_folds("a,b,c") == ["A", "B", "C"]
    assert parse_folds("DAB") == ["A", "B", "D"]
    assert ids_of(["A"]) == sorted(FOLDS["A"])
    with pytest.raises(ValueError, match="unknown fold"):
        parse_folds("A,E")


def test_the_error_report_of_studied_folds_reads_only_those(monkeypatch, capsys):
    from dispatch_tools.evaluate.parse import errors_report

    shared = shared_path("dev").parent
    with opened_paths(monkeypatch) as seen:
        assert errors_report(shared, "dev", folds=["A", "B", "C"]) == 0
    read = {Path(p).stem for p in seen if Path(p).parent.name in ("docs", "gold")}
    assert read and read <= set(ids_of(["A", "B", "C"]))
    assert not read & FOLDS["D"]
    assert _test_part(seen) == []
    assert "folds A,B,C of the development part, 42 documents" in capsys.readouterr().out


@pytest.mark.parametrize("module", ["parse", "damage", "marker_styles", "marker_renders", "render_variants",
                                    "long_heads", "reworded_heads", "long_foot", "agreement", "reframed_tasks"])
def test_a_wrong_fold_is_a_command_line_error(capsys, module):
    import importlib

    main = importlib.import_module(f"dispatch_tools.evaluate.{module}").main
    with pytest.raises(SystemExit) as stopped:
        main(["--shared", str(shared_path("dev").parent), "--errors" if module == "parse" else "--fold", *(
            ["dev", "--fold"] if module == "parse" else []), "Z"])
    assert stopped.value.code == 2
    assert "unknown fold 'Z'" in capsys.readouterr().err


def test_the_fold_scores_read_no_test_document(monkeypatch):
    from dispatch_tools.evaluate.folds import scores

    shared = shared_path("dev").parent
    with opened_paths(monkeypatch) as seen:
        result = scores(shared, baseline=False)
    assert _test_part(seen) == []
    assert set(result["now"]) == set(NAMES) | {"dev"}
    assert 0 <= result["now"]["A"]["tasks"] <= 1
