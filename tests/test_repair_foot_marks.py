"""The distribution list's fixed formulas an OCR engine misread are put back: the filing mark's
``VT`` and ``(để b/c)`` (made-up lists)."""

from __future__ import annotations

import pytest

from dispatch_tools.repair import restore
from dispatch_tools.repair.foot_marks import foot_mark_edits


def _apply(text: str) -> str:
    for start, end, new in reversed(foot_mark_edits(text)):
        text = text[:start] + new + text[end:]
    return text


@pytest.mark.parametrize("read, meant", [
    ("- Lưu: VTF, KHCN.", "- Lưu: VT, KHCN."),   # a stroke too many after T
    ("- Lưu: VF, DSVH.", "- Lưu: VT, DSVH."),     # T read as F
    ("- Lưu: VTF.", "- Lưu: VT."),
    ("- Lưu:. VTF.", "- Lưu: VT."),               # and a speck after the colon
    ("Lưu VTF,KL", "Lưu VT,KL"),                 # a comma printed with no space after it stays so
    ("- Bộ trưởng (để bic);", "- Bộ trưởng (để b/c);"),
    ("- Bộ trưởng (để b/);", "- Bộ trưởng (để b/c);"),
])
def test_a_misread_formula_of_the_list_is_put_back(read, meant):
    assert _apply(read) == meant


@pytest.mark.parametrize("line", [
    "- Lưu: VT, KHCN.",
    "- Lưu: VP, TH.",          # the office files it: no VT to put back
    "- Lưu: VT, VX (3), DHC 24",
    "- Lưu: VT, (ĐT-N).",
    "- Bộ trưởng (để b/c);",
    "- Ban Tuyên giáo (để biết);",
    "Văn phòng VF, nơi lưu hồ sơ,NN",  # not the filing line
    "- Lưu VP,BTG, website.",
])
def test_a_formula_read_right_and_other_lines_are_left_alone(line):
    assert foot_mark_edits(line) == []


def test_restore_mends_the_list_of_a_page_read_by_ocr():
    read = "Nơi nhận:\n- Như trên;\n- Thủ tướng Chính phủ (để bic);\n- Lưu: VTF, CNTY.\n"
    assert restore(read, read_by_ocr=True).text == (
        "Nơi nhận:\n- Như trên;\n- Thủ tướng Chính phủ (để b/c);\n- Lưu: VT, CNTY.\n")
    assert restore(read).text == read  # text typed, not read by OCR: left as it is
