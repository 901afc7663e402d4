"""The head's columns swapped and a page break's debris (``evaluate/damage.py``): the words of the
page stay, moved or with debris beside them that the gold holds nowhere."""

import re
from collections import Counter

from dispatch_tools.evaluate import damage

from .test_evaluate_damage import PAGE


def test_the_right_column_and_the_date_come_first():
    swapped = damage.KINDS["columns-swapped"](PAGE).split("\n")
    assert swapped[:6] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                           "Quảng Ngãi, ngày 03 tháng 4 năm 2025", "", "UBND TỈNH QUẢNG NGÃI", "SỞ Y TẾ"]
    assert swapped[6:9] == ["Số: 12/SYT-NVY", "V/v tăng cường phòng, chống", "dịch sốt xuất huyết"]
    assert Counter(line for line in swapped if line) == Counter(line for line in PAGE.split("\n") if line)


def test_page_furniture_adds_only_debris_and_invisible_characters():
    damaged = damage.KINDS["page-furniture"](PAGE)
    assert re.search(r"\n\n(Tr\u00ad?ang 1/2|2)\n\nUBND TỈNH QUẢNG NGÃI\n\n", damaged.replace("\u00a0", " "))
    assert {"\u00a0", "\u200b", "\u00ad"} <= set(damaged)
    plain = re.sub("[\u00ad\u200b]", "", damaged).replace("\u00a0", " ")
    plain = re.sub(r"\n\n(Trang 1/2|2)\n\nUBND TỈNH QUẢNG NGÃI\n\n", "\n", plain)
    assert plain == PAGE


def test_body_spaced_keeps_the_heads_lines_and_spaces_the_rest():
    spaced = damage.KINDS["body-spaced"](PAGE)
    assert spaced.startswith("UBND TỈNH QUẢNG NGÃI\nSỞ Y TẾ\nSố: 12/SYT-NVY\nV/v tăng cường phòng, chống\n\ndịch sốt")
    assert "Bệnh viện Đa khoa tỉnh.\n\nSở Y tế đề nghị" in spaced
    assert spaced.replace("\n\n", "\n") == PAGE
