"""The parser against the hand-made gold of the development part of ../shared/dev (skipped when
the shared data is absent), and the scorer of the parse evaluation."""

from __future__ import annotations

import pytest

from dispatch_tools.evaluate.parse import FIELDS, Counts, evaluate, score_document
from dispatch_tools.evaluate.parse_score import body_key, new_counts, subject_key, summary
from dispatch_tools.evaluate.split import development_documents
from dispatch_tools.parse import parse_text, to_contract
from tests.conftest import shared_path

EXACT = ("number", "date", "issuer")
FIRST_FIFTEEN = ["019", "020", "036", "045", "046", "053", "054", "058", "060"]  # their development part


def _documents(ids=None):
    return development_documents(shared_path("dev").parent, ids)


def test_number_date_issuer_and_signer_name_exact_on_the_first_documents():
    for doc in _documents(FIRST_FIFTEEN):
        gold = doc.gold()
        data = to_contract(parse_text(doc.text()).fields)
        for key in EXACT:
            assert data[key] == gold[key], (doc.id, key)
        assert data["signer"]["name"] == gold["signer"]["name"], (doc.id, "signer.name")


def test_overall_field_score_on_the_development_part():
    counts = new_counts()
    for doc in _documents():
        score_document(to_contract(parse_text(doc.text()).fields), doc.gold(), counts)
    result = summary(counts)
    assert result["overall_f1"] >= 0.85, {k: v["f1"] for k, v in result["fields"].items()}


def test_evaluate_module_returns_the_numbers_of_both_parts(capsys):
    result = evaluate(shared_path(), scanned=False, baseline=False)
    assert result["split"] == {"development": 56, "test": 27}
    assert set(result["clean"]) == {"development", "test"}
    assert set(FIELDS) <= set(result["clean"]["test"]["fields"])
    assert set(result["seeds"]) == {"seed000", "seed002"}
    assert "TEST part" in capsys.readouterr().out


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


def test_task_parts_are_scored_alone():
    counts = new_counts()
    gold = [{"text": "Giao Sở Y tế xây dựng kế hoạch", "assignees": ["Sở Y tế"], "deadline": "2016-04-17"},
            {"text": "Sở Tài chính bố trí kinh phí", "assignees": ["Sở Tài chính"], "deadline": None}]
    pred = [{"text": "Giao Sở Y tế xây dựng kế hoạch", "assignees": ["Giám đốc Sở Y tế"], "deadline": None}]
    score_document({"tasks": pred}, {"tasks": gold}, counts)
    assert (counts["tasks.count"].tp, counts["tasks.count"].fn) == (1, 1)
    assert counts["tasks.assignees"].tp == 1  # a person's title before the body is dropped
    assert counts["tasks.deadline"].tp == 0


@pytest.mark.parametrize("a, b", [
    ("V/v báo cáo tình hình", "báo cáo tình hình"),
    ("V/v: báo cáo tình hình", "báo cáo tình hình"),
    ("Về việc báo cáo tình hình", "báo cáo tình hình"),
    ("VỀ VIỆC BÁO CÁO", "BÁO CÁO"),
    ("Về: tham gia ý kiến", "tham gia ý kiến"),
    ("“V/v Ngày Chủ nhật xanh”", "“Ngày Chủ nhật xanh”"),
])
def test_subjects_are_compared_without_their_lead_words(a, b):
    assert subject_key(a) == subject_key(b)


@pytest.mark.parametrize("a, b", [
    ("Giám đốc Sở Y tế", "Sở Y tế"),
    ("Chánh Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
    ("Chủ tịch HĐND các cấp", "Hội đồng nhân dân các cấp"),
    ("Thủ trưởng các cơ quan, đơn vị liên quan", "các cơ quan, đơn vị liên quan"),
    ("Bộ trưởng Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo"),
])
def test_assignees_are_compared_as_bodies(a, b):
    assert body_key(a) == body_key(b)


def test_a_title_alone_is_kept():
    assert body_key("Giám đốc") == "giam doc"
