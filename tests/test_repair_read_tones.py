"""Marks read by an OCR engine that knows Vietnamese: a tone stacked over the hat of â, ê, ô or ă
is misread more often than one on a plain vowel, and the subject after ``V/v`` is read as it is
spoken, after ``về việc`` (made-up lines)."""

from __future__ import annotations

import pytest

from dispatch_tools.repair import restore
from dispatch_tools.repair.candidates import READ_HAT_TONE_COST, READ_I_TONE_COST, READ_MARK_COST, candidates


def _costs(word: str) -> dict[str, float]:
    found = candidates(word, -4.0, False, READ_MARK_COST)
    return {name: float(cost) for name, cost in zip(found.names, found.channel)}


def test_another_tone_over_a_hat_costs_less_than_other_marks():
    costs = _costs("lẫy")
    assert costs["lẫy"] == 0.0
    assert costs["lấy"] == pytest.approx(READ_HAT_TONE_COST) and READ_HAT_TONE_COST > READ_MARK_COST
    assert costs["lay"] == READ_MARK_COST  # another shape of the vowel: as before
    plain = _costs("tính")
    assert plain["tỉnh"] == READ_MARK_COST  # no hat: as before


def test_a_tone_misread_over_a_hat_is_put_right_in_ocr_text():
    read = "Đề nghị các cơ quan, đơn vị lẫy ý kiến của nhân dân."
    assert restore(read, read_by_ocr=True).text == "Đề nghị các cơ quan, đơn vị lấy ý kiến của nhân dân."
    assert restore(read).text == read  # typed text keeps its marks


def test_the_subject_after_v_slash_v_is_read_after_ve_viec():
    read = "V/v lẫy ý kiến góp ý dự thảo Nghị định"
    assert restore(read, read_by_ocr=True).text == "V/v lấy ý kiến góp ý dự thảo Nghị định"
    right = "V/v lấy ý kiến góp ý dự thảo Nghị định"
    assert restore(right, read_by_ocr=True).text == right
    bare = "V/v tang cuong cong tac phong chong dich"
    assert restore(bare).text == "V/v tăng cường công tác phòng chống dịch"


def test_a_tone_over_a_lone_i_may_be_its_dot():
    costs = _costs("tỉnh")
    assert costs["tinh"] == pytest.approx(READ_I_TONE_COST) and READ_I_TONE_COST > READ_MARK_COST
    assert costs["tính"] == READ_MARK_COST  # another tone: as before
    assert _costs("mới")["mơi"] == READ_MARK_COST  # i is not the only vowel


@pytest.mark.parametrize("read, fixed", [
    ("Đề nghị các đơn vị thực hiện tốt tỉnh thần Công văn này./.",
     "Đề nghị các đơn vị thực hiện tốt tinh thần Công văn này./."),
    ("Tổng hợp các khoản chỉ phí đi lại của cán bộ.", "Tổng hợp các khoản chi phí đi lại của cán bộ."),
])
def test_a_dot_of_an_i_read_as_a_tone_is_put_right_in_ocr_text(read, fixed):
    assert restore(read, read_by_ocr=True).text == fixed


@pytest.mark.parametrize("line", [
    "Tỉnh ủy chỉ đạo các huyện thực hiện tốt chỉ thị này.",
    "Quán triệt nghị quyết của thị ủy đến từng chi bộ.",
    "Mức hỗ trợ chỉ 5 triệu đồng cho mỗi hộ.",
])
def test_tones_over_an_i_that_belong_there_stay(line):
    assert restore(line, read_by_ocr=True).text == line
