"""The fixed development/test split of ../shared/dev and its guard: the code paths that tune rules
or train models never read a test-part document (skipped when the shared data is absent)."""

from __future__ import annotations

import builtins
import io
from contextlib import contextmanager
from pathlib import Path

import pytest

from dispatch_tools.evaluate import split
from dispatch_tools.evaluate.split import (DEVELOPMENT_IDS, TEST_IDS, TestPartError, compute_split,
                                           development_documents, require_development, split_ids)
from tests.conftest import shared_path


def test_the_written_split_is_the_one_its_definition_gives():
    shared = shared_path("dev").parent
    assert compute_split(shared) == split_ids()
    assert len(TEST_IDS) == 27 and len(DEVELOPMENT_IDS) == 56
    assert not TEST_IDS & DEVELOPMENT_IDS


def test_the_parts_are_about_one_third_and_two_thirds_of_each_type():
    shared = shared_path("dev").parent
    by_type: dict[str, list[str]] = {}
    for doc in split.evaluation_documents(shared):
        by_type.setdefault(doc.gold()["doc_type"], []).append(doc.id)
    for ids in by_type.values():
        assert sum(i in TEST_IDS for i in ids) == round(len(ids) / 3)


def test_tuning_loaders_refuse_test_and_unknown_ids():
    with pytest.raises(TestPartError):
        require_development(["019", sorted(TEST_IDS)[0]])
    with pytest.raises(TestPartError):
        require_development(["999"])  # a document the split does not know yet
    with pytest.raises(TestPartError):
        development_documents(Path("/nonexistent"), [sorted(TEST_IDS)[-1]])
    assert require_development(["019"]) == ["019"]


@contextmanager
def opened_paths(monkeypatch):
    """Every path opened for reading meanwhile (through open, io.open and pathlib)."""
    seen: list[str] = []
    real = io.open

    def recording(file, *args, **kwargs):
        if isinstance(file, (str, Path)):
            seen.append(str(file))
        return real(file, *args, **kwargs)

    monkeypatch.setattr(io, "open", recording)
    monkeypatch.setattr(builtins, "open", recording)
    yield seen


def _test_part(paths: list[str]) -> list[str]:
    return [p for p in paths if Path(p).parent.name in ("docs", "gold") and Path(p).stem in TEST_IDS]


def test_the_dev_error_report_never_opens_a_test_document(monkeypatch, capsys):
    from dispatch_tools.evaluate.parse import errors_report

    shared = shared_path("dev").parent
    with opened_paths(monkeypatch) as seen:
        assert errors_report(shared, "dev") == 0
    assert any(Path(p).stem in DEVELOPMENT_IDS for p in seen)  # the recorder works
    assert _test_part(seen) == []
    assert "development part, 56 documents" in capsys.readouterr().out


def test_the_error_report_refuses_the_test_part(monkeypatch, capsys):
    from dispatch_tools.evaluate.parse import errors_report, main

    shared = shared_path("dev").parent
    with opened_paths(monkeypatch) as seen:
        assert errors_report(shared, "test") == 2
        assert main(["--shared", str(shared), "--errors", "test"]) == 2
    assert _test_part(seen) == []
    assert "only the development part" in capsys.readouterr().err


def test_training_the_task_classifier_never_opens_a_test_document(monkeypatch):
    from dispatch_tools.training.parse_tasks import examples

    shared = shared_path("dev").parent
    with opened_paths(monkeypatch) as seen:
        data = examples(shared)
    assert {doc_id for doc_id, *_ in data} <= DEVELOPMENT_IDS
    assert any(Path(p).stem in DEVELOPMENT_IDS for p in seen)
    assert _test_part(seen) == []


def test_training_refuses_test_documents():
    from dispatch_tools.training.parse_tasks import examples

    with pytest.raises(TestPartError):
        examples(shared_path("dev").parent, [sorted(TEST_IDS)[0]])
