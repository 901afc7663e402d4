"""The distribution list's ``Như trên`` and ``(để b/c)`` misread by OCR are put back; other items
are left alone (made-up lists)."""

from __future__ import annotations

import pytest

from dispatch_tools.repair import restore
from dispatch_tools.repair.foot_marks import foot_mark_edits


def _apply(text: str) -> str:
    for start, end, new in reversed(foot_mark_edits(text)):
        text = text[:start] + new + text[end:]
    return text


@pytest.mark.parametrize("read, meant", [
    ("- Như tiên;", "- Như trên;"),        # one letter off
    ("- Như tên,", "- Như trên,"),          # one lost
    ("-Nhưtrn,", "-Như trên,"),             # the space and a letter lost
    ("- NHƯ TIÊN;", "- NHƯ TRÊN;"),
    ("- Như trên; e", "- Như trên;"),       # a letter of ink after its closing mark
    ("- Bộ trưởng (để bí/c);", "- Bộ trưởng (để b/c);"),
    ("- Lưu: VI, BTXH.", "- Lưu: VT, BTXH."),   # the filing mark's T read as I
    # the list's first item, its dash lost or read as a letter
    ("Nơi nhận:\nh Như trên;\n- Sở Y tế;", "Nơi nhận:\n- Như trên;\n- Sở Y tế;"),
    ("Nơi nhận:\nNhư HN:\n- Sở Y tế;", "Nơi nhận:\nNhư trên:\n- Sở Y tế;"),
    ("Nơi nhận:\nNhưtrn\n- Sở Y tế;", "Nơi nhận:\nNhư trên\n- Sở Y tế;"),
    ("Nơi nhận:\n\"Như tên\n- Sở Y tế;", "Nơi nhận:\n- Như trên\n- Sở Y tế;"),   # the dash read as a quote
    ("Nơi nhận:\n- Như\n- Sở Y tế;", "Nơi nhận:\n- Như trên\n- Sở Y tế;"),     # its word lost
    ("- Bộ trưởng (đê bic);", "- Bộ trưởng (để b/c);"),                         # để read without its mark
])
def test_a_misread_as_above_is_put_back(read, meant):
    assert _apply(read) == meant


@pytest.mark.parametrize("line", [
    "- Như trên;",
    "- NHƯ TRÊN;",
    "- Như Thân;",                         # a name in capitals: not the formula
    "- Như trên; Bộ Y tế;",                # a recipient after it stays
    "Như tiên liệu, các đơn vị",           # a sentence, not an item of the list
    "- Nhà văn hóa tỉnh;",
    "Nơi nhận:\nNhư An;",                  # a name under the list's head
    "Nơi nhận:\n- Như trên;\n- Như An;",
    "- Sở Y tế;\nNhư tin;",                 # not the list's first line
    "Nơi nhận:\n- Như Điều 4;",             # another first item
    "- Bộ trưởng (đề nghị);",
])
def test_other_items_are_left_alone(line):
    assert foot_mark_edits(line) == []


def test_restore_mends_as_above_only_in_a_page_read_by_ocr():
    read = "Nơi nhận:\n- Như tiên;\n- Sở Tài chính;\n- Lưu: VT.\n"
    assert restore(read, read_by_ocr=True).text == "Nơi nhận:\n- Như trên;\n- Sở Tài chính;\n- Lưu: VT.\n"
    assert restore(read).text == read


@pytest.mark.parametrize("read, meant", [
    ("TLBỘTRƯỞNG", "TL. BỘ TRƯỞNG"),       # the full stop and the spaces lost
    ("KTCHỦ TỊCH", "KT. CHỦ TỊCH"),
])
def test_an_authority_glued_to_a_known_title_is_parted(read, meant):
    assert _apply(read) == meant


@pytest.mark.parametrize("line", ["TL. BỘ TRƯỞNG", "TMỦY BAN NHÂN DÂN", "KTX SINH VIÊN", "TLBO TRUONG"])
def test_an_authority_before_no_known_title_is_left_alone(line):
    assert _apply(line) == line


def test_restore_parts_an_authority_glued_in_a_foot_read_by_ocr():
    read = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTLBỘTRƯỞNG\nVỤ TRƯỞNG VỤ PHÁP CHẾ\n"
    assert "\nTL. BỘ TRƯỞNG\n" in restore(read, read_by_ocr=True).text
