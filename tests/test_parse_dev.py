"""The parser against the hand-made gold of ../shared/dev (skipped when the shared data is absent)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import shared_path
from dispatch_tools.evaluate.parse import FIELDS, Counts, evaluate, score_document
from dispatch_tools.parse import parse_text, to_contract

EXACT = ("number", "date", "issuer")


def _documents():
    dev = shared_path("dev")
    return [(p.stem, dev / "docs" / f"{p.stem}.txt", json.loads(p.read_text(encoding="utf-8")))
            for p in sorted((dev / "gold").glob("*.json"))]


def test_number_date_issuer_and_signer_name_exact_on_every_document():
    for name, path, gold in _documents():
        data = to_contract(parse_text(path.read_text(encoding="utf-8")).fields)
        for key in EXACT:
            assert data[key] == gold[key], (name, key)
        assert data["signer"]["name"] == gold["signer"]["name"], (name, "signer.name")


def test_overall_field_score_on_clean_text():
    counts = {f: Counts() for f in FIELDS}
    for _, path, gold in _documents():
        score_document(to_contract(parse_text(path.read_text(encoding="utf-8")).fields), gold, counts)
    total = Counts()
    for c in counts.values():
        total.add(c.tp, c.fp, c.fn)
    assert total.f1 >= 0.97, {k: round(c.f1, 3) for k, c in counts.items()}


def test_evaluate_module_returns_the_numbers(capsys):
    result = evaluate(shared_path(), scanned=False)
    assert result["documents"] == len(_documents())
    assert set(result["clean"]["fields"]) == set(FIELDS)
    assert "overall (micro)" in capsys.readouterr().out


@pytest.mark.parametrize("pred, gold, expected", [
    ({"text": "Đề nghị quý cơ quan có ý kiến", "assignees": ["quý cơ quan"], "deadline": None},
     {"text": "Đề nghị quý cơ quan có ý kiến", "assignees": ["quý cơ quan"], "deadline": None}, 1.0),
    ({"text": "Đề nghị quý cơ quan có ý kiến", "assignees": ["Bộ Nội vụ"], "deadline": "2014-02-20"},
     {"text": "Đề nghị quý cơ quan có ý kiến", "assignees": ["quý cơ quan"], "deadline": None}, 1 / 3),
    ({"text": "Một việc khác hẳn", "assignees": [], "deadline": None},
     {"text": "Đề nghị quý cơ quan có ý kiến", "assignees": ["quý cơ quan"], "deadline": None}, 0.0),
])
def test_task_scoring(pred, gold, expected):
    counts = {f: Counts() for f in FIELDS}
    score_document({"tasks": [pred]}, {"tasks": [gold]}, counts)
    assert counts["tasks"].tp == pytest.approx(expected)
