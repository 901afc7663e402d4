"""The trained model of where a body's name ends (dispatch_tools/parse/span_model.py), on made-up
sentences whose bodies and verbs are not those of the development documents."""

from __future__ import annotations

import time

import pytest

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.name_end import SPAN_MODEL, name_end
from dispatch_tools.parse.span_model import SpanModel, model, tokens
from dispatch_tools.vntext import strip_diacritics


@pytest.fixture(scope="module")
def shipped() -> SpanModel:
    m = model()
    assert m is not None, "models/parse/assignee_spans.json is missing"
    return m


def _end(m: SpanModel, text: str) -> str:
    return text[:m.name_end(text, 0, len(text))]


@pytest.mark.parametrize("text, name", [
    ("Cơ quan hải quan cung cấp thông tin về hàng hóa nhập khẩu", "Cơ quan hải quan"),
    ("Phòng Tài nguyên và Môi trường kiểm kê hiện trạng sử dụng đất", "Phòng Tài nguyên và Môi trường"),
    ("Bảo hiểm xã hội tỉnh đối soát danh sách người tham gia", "Bảo hiểm xã hội tỉnh"),
    ("Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn các địa phương", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("các cơ quan, tổ chức có liên quan phối hợp thực hiện", "các cơ quan, tổ chức có liên quan"),
    ("Ủy ban nhân dân các huyện, thành phố chỉ đạo các phòng chuyên môn", "Ủy ban nhân dân các huyện, thành phố"),
])
def test_the_model_ends_a_name_before_its_action(shipped, text, name):
    assert _end(shipped, text) == name


def test_the_model_reads_only_what_it_is_given(shipped):
    text = "Sở Tư pháp thẩm định dự thảo"
    assert shipped.name_end(text, 0, 10) <= 10
    assert tokens(text, 0, len(text))[0] == (0, 2)


def test_the_model_loads_fast(shipped):
    started = time.perf_counter()
    SpanModel.load()
    assert time.perf_counter() - started < 1.0
    assert len(shipped.weights) > 1000 and shipped.verbness


def test_the_rules_keep_their_own_ends_without_the_model():
    text = "Sở Tư pháp thẩm định dự thảo nghị quyết"
    assert SPAN_MODEL.get() is None
    assert text[:name_end(text, strip_diacritics(text), 0, len(text))] == "Sở Tư pháp"


def test_a_comma_then_an_action_ends_a_name_with_the_model(shipped):
    text = "Sở Xây dựng, chủ trì rà soát quy hoạch"
    token = SPAN_MODEL.set(shipped)
    try:
        assert text[:name_end(text, strip_diacritics(text), 0, len(text))] == "Sở Xây dựng"
    finally:
        SPAN_MODEL.reset(token)


def test_the_pipeline_with_the_trained_component_reads_an_unknown_verb():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 512/UBND-KT\nV/v đối soát dữ liệu\n\n"
            "Kính gửi: Bảo hiểm xã hội tỉnh.\n\n"
            "Đề nghị Bảo hiểm xã hội tỉnh đối soát danh sách người tham gia bảo hiểm thất nghiệp.\n")
    (task,) = to_contract(parse_text(text, trained=("dispatch_assignee_spans",)).fields)["tasks"]
    assert task["assignees"] == ["Bảo hiểm xã hội tỉnh"]


def test_weak_labels_come_from_subjects_that_end_where_a_duty_starts(tmp_path):
    import gzip

    from dispatch_tools.training.assignee_spans import examples, labelled, sequences

    lines = ["2. Sở Công Thương có trách nhiệm hướng dẫn các doanh nghiệp kê khai hóa chất.",
             "a) Cục Quản lý thị trường chủ trì, phối hợp với các cơ quan liên quan kiểm tra định kỳ.",
             "Cơ quan thuế trong phạm vi nhiệm vụ của mình có trách nhiệm giải đáp vướng mắc.",  # a scope: left out
             "Trường hợp người nộp thuế phải nộp hồ sơ bổ sung theo quy định."]  # no body: left out
    with gzip.open(tmp_path / "legal_phapdien.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    found = examples(tmp_path)
    assert [ex["name"] for ex in found] == ["Sở Công Thương", "Cục Quản lý thị trường"]
    text, end = sequences(found[0], keep_duty=False)
    assert text.startswith("Sở Công Thương hướng dẫn")
    words, labels = labelled(text, end)
    assert words[:4] == ["Sở", "Công", "Thương", "hướng"] and labels == [1, 1, 1, 0]
