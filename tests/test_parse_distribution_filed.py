"""The records office's copy (``Lưu: VT``) opens an entry of its own in Nơi nhận even when its dash
was lost and the entry above ends with a comma (a page whose list markers a dump dropped);
made-up dispatches."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

PAGE = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 1520/BNN-TCTL
V/v chuẩn bị phương án phòng, chống hạn hán

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 12 tháng 3 năm 2025

Kính gửi: Ủy ban nhân dân các tỉnh Tây Nguyên

Bộ Nông nghiệp và Phát triển nông thôn đề nghị Ủy ban nhân dân các tỉnh chỉ đạo xây dựng phương án phòng, chống hạn hán, báo cáo về Bộ trước ngày 30/3/2025.

Nơi nhận:
{dash}Như trên;
{dash}Bộ trưởng (để b/c);
{dash}Tổng cục Thủy lợi: TCT, các PTCT,
Các Vụ: KH, TC,
{dash}Lưu: VT, TCTL (3).

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn Tâm
"""


def test_the_filed_copy_is_an_entry_of_its_own_with_its_dash_lost():
    data = to_contract(parse_text(PAGE.format(dash="")).fields)
    assert data["distribution"] == ["Như trên", "Bộ trưởng (để b/c)",
                                    "Tổng cục Thủy lợi: TCT, các PTCT, Các Vụ: KH, TC,", "Lưu: VT, TCTL (3)"]  # as printed, less ; or .


def test_the_same_list_with_its_dashes():
    assert to_contract(parse_text(PAGE.format(dash="")).fields)["distribution"] == \
        to_contract(parse_text(PAGE.format(dash="- ")).fields)["distribution"]
