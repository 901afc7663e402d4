"""The signature block as a scan reads it: ``KT.`` whose T it misread under the seal (``KP. CHỦ
TỊCH``) is ``KT.`` when the line below is the deputy's title that capacity announces, and not
otherwise; a name read on the title's line with its first letter small is cut from the title."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

PAGE = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG TRỊ                            Độc lập - Tự do - Hạnh phúc

Số: 412/UBND-KT                        Quảng Trị, ngày 12 tháng 3 năm 2021
V/v rà soát hồ sơ đất đai

Kính gửi: Sở Tài nguyên và Môi trường.

Ủy ban nhân dân tỉnh giao Sở Tài nguyên và Môi trường rà soát hồ sơ đất đai
của các dự án trên địa bàn, báo cáo kết quả trước ngày 30/3/2021./.

Nơi nhận:
- Như trên;
- Lưu: VT.

{prefix} {capacity}

{title}

Hoàng Văn Nam
"""


@pytest.mark.parametrize("prefix, capacity, title", [
    ("KP.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"),
    ("KI.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
    ("KL.", "BỘ TRƯỞNG", "THỨ TRƯỞNG"),
])
def test_a_misread_kt_over_the_deputys_title_is_kt(prefix, capacity, title):
    signer = to_contract(parse_text(PAGE.format(prefix=prefix, capacity=capacity, title=title)).fields)["signer"]
    assert signer == {"authority": "KT.", "capacity": capacity, "title": title, "name": "Hoàng Văn Nam"}


def test_a_misread_kt_over_another_title_is_left_alone():
    signer = to_contract(parse_text(PAGE.format(prefix="KP.", capacity="CHỦ TỊCH", title="CHỦ TỊCH")).fields)["signer"]
    assert signer["authority"] is None and signer["capacity"] is None


@pytest.mark.parametrize("line, title, name", [
    ("PHÓ CHỦ TỊCH trần Quốc Toản", "PHÓ CHỦ TỊCH", "Trần Quốc Toản"),  # the name's capital read small
    ("PHÓ CHỦ TỊCH abc Xyz", "PHÓ CHỦ TỊCH abc Xyz", None),  # no family name: no name cut off
])
def test_a_name_read_on_the_titles_line_with_a_small_first_letter(line, title, name):
    page = PAGE.format(prefix="KT.", capacity="CHỦ TỊCH", title=line).replace("\nHoàng Văn Nam\n", "\n")
    signer = to_contract(parse_text(page).fields)["signer"]
    assert (signer["title"], signer["name"]) == (title, name)


@pytest.mark.parametrize("line", ["TH TRƯỞNG", "THỨ TRƯỞNG"])
def test_a_deputys_title_with_its_first_word_misread_is_not_cut_to_its_last(line):
    page = PAGE.format(prefix="KT.", capacity="BỘ TRƯỞNG", title=line)
    assert to_contract(parse_text(page).fields)["signer"]["title"] == "THỨ TRƯỞNG"
