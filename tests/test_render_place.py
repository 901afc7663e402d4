"""A place whose unit's full stop a scan read as a comma (``TP, Hồ Chí Minh, ngày …``): the whole
place, with its full stop put back."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

PAGE = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THÀNH PHỐ HỒ CHÍ MINH                      Độc lập - Tự do - Hạnh phúc

Số: 412/UBND-KT                        {place}, ngày 12 tháng 3 năm 2021
V/v rà soát hồ sơ đất đai

Kính gửi: Sở Tài nguyên và Môi trường.

Ủy ban nhân dân thành phố giao Sở Tài nguyên và Môi trường rà soát hồ sơ đất đai./.
"""


@pytest.mark.parametrize("place, read", [
    ("TP, Hồ Chí Minh", "TP. Hồ Chí Minh"),
    ("Tp, Huế", "Tp. Huế"),
    ("TP. Hồ Chí Minh", "TP. Hồ Chí Minh"),
    ("Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
])
def test_a_units_stop_read_as_a_comma_keeps_the_unit_in_the_place(place, read):
    assert to_contract(parse_text(PAGE.format(place=place)).fields)["place"] == read
