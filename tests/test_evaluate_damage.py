"""The layout damage of ``evaluate/damage.py`` keeps every word of a page in order, so the gold
stays right for each damaged page; only the list-marker kind removes the markers, and the tabs kind
reads the head's two columns row by row (the date beside the number)."""

import re

import pytest

from dispatch_tools.evaluate import damage

PAGE = """UBND TỈNH QUẢNG NGÃI
SỞ Y TẾ
Số: 12/SYT-NVY
V/v tăng cường phòng, chống
dịch sốt xuất huyết
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 03 tháng 4 năm 2025
Kính gửi:
- Trung tâm Y tế các huyện;
- Bệnh viện Đa khoa tỉnh.
Sở Y tế đề nghị các đơn vị thực hiện các nội dung sau:
1. Trung tâm Y tế các huyện chủ trì, phối hợp với Ủy ban nhân dân cấp xã tổ chức phun hóa chất diệt muỗi tại các ổ dịch, báo cáo kết quả trước ngày 15/4/2025.
2. Bệnh viện Đa khoa tỉnh bố trí giường bệnh.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Văn An
"""


def words(text):
    return text.split()


@pytest.mark.parametrize("kind", [k for k in damage.KINDS if k not in ("no-markers", "glued", "tabs", "one-line-glued",
                                                                        "no-markers-wrapped", "columns-swapped",
                                                                        "page-furniture")])
def test_every_kind_keeps_the_words_in_order(kind):
    assert words(damage.KINDS[kind](PAGE)) == words(PAGE)


def test_each_kind_changes_the_layout():
    for kind, change in damage.KINDS.items():
        if kind not in ("clean", "head-narrow"):  # its names are short enough for a narrow column
            assert change(PAGE) != PAGE, kind
    assert "\n" not in damage.KINDS["one-line"](PAGE)
    assert max(map(len, damage.KINDS["wrapped-70"](PAGE).split("\n"))) <= 70
    merged = damage.KINDS["head-merged"](PAGE).split("\n")
    assert merged[0].startswith("UBND TỈNH QUẢNG NGÃI SỞ Y TẾ Số: 12/SYT-NVY") and merged[1] == "V/v tăng cường phòng, chống"
    body = damage.KINDS["body-one-line"](PAGE).split("\n")
    assert body[body.index("Kính gửi:") + 1].startswith("- Trung tâm Y tế các huyện; - Bệnh viện")
    assert body[body.index("Kính gửi:") + 2] == "Nơi nhận:"


def test_list_markers_go_and_nothing_else():
    plain = damage.KINDS["no-markers"](PAGE)
    assert "1. Trung tâm" not in plain and "\nTrung tâm Y tế các huyện chủ trì" in plain
    assert "\nLưu: VT." in plain and "Độc lập - Tự do - Hạnh phúc" in plain
    assert re.sub(r"\s+", " ", plain).count("15/4/2025") == 1


def test_damaged_pages_are_scored_against_the_same_gold():
    class Doc:
        def text(self):
            return PAGE

        def gold(self):
            return {"number": "12/SYT-NVY", "subject": "tăng cường phòng, chống dịch sốt xuất huyết"}

    results = damage.score([Doc()], kinds=["clean", "one-line"])
    assert results["clean"]["fields"]["number"]["f1"] == 1.0
    assert set(results) == {"clean", "one-line"}


def test_glued_words_are_glued_alike_in_the_page_and_in_the_gold():
    page = damage.KINDS["glued"](PAGE * 3)
    assert page != PAGE * 3 and "".join(page.split()) == "".join((PAGE * 3).split())
    for value in ("Trung tâm Y tế các huyện chủ trì, phối hợp với Ủy ban nhân dân cấp xã",
                  "tăng cường phòng, chống", "Bệnh viện Đa khoa tỉnh"):
        assert damage.glued_gold(value) in page
    gold = {"recipients": ["Trung tâm Y tế các huyện"], "signer": {"name": "Nguyễn Văn An"}, "date": None}
    assert damage.glued_gold(gold)["recipients"][0] in page and damage.glued_gold(gold)["date"] is None


def test_a_page_on_one_line_with_runs_of_spaces_for_its_breaks():
    spaced = damage.KINDS["one-line-spaced"](PAGE)
    assert "\n" not in spaced and spaced.split() == PAGE.split()
    runs = [len(r) for r in re.findall(r" {2,}", spaced)]
    assert len(runs) == PAGE.strip().count("\n") and set(runs) == {2, 3, 4}


def test_the_heads_columns_read_row_by_row_and_tabs_after_markers():
    tabbed = damage.KINDS["tabs"](PAGE)
    lines = tabbed.split("\n")
    sep = lines[0][len("UBND TỈNH QUẢNG NGÃI"):-len("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    assert sep in ("\t", " " * 8)
    assert lines[:3] == [f"UBND TỈNH QUẢNG NGÃI{sep}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         f"SỞ Y TẾ{sep}Độc lập - Tự do - Hạnh phúc",
                         f"Số: 12/SYT-NVY{sep}Quảng Ngãi, ngày 03 tháng 4 năm 2025"]
    assert "\n-\tNhư trên;" in tabbed and "\n1.\tTrung tâm" in tabbed
    assert sorted(tabbed.split()) == sorted(PAGE.split())


def test_the_combined_kinds_apply_both():
    assert damage.KINDS["one-line-glued"](PAGE) == damage.KINDS["one-line"](damage.KINDS["glued"](PAGE))
    assert damage.GOLD["one-line-glued"] is damage.glued_gold
    both = damage.KINDS["no-markers-wrapped"](PAGE)
    assert max(map(len, both.split("\n"))) <= 70 and "\n1. " not in both and "\n- " not in both


def test_head_narrow_wraps_only_the_issuing_bodys_long_lines():
    page = PAGE.replace("SỞ Y TẾ\n", "BẢO HIỂM XÃ HỘI KHU VỰC XXV\n").replace(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM   Quảng Ngãi")
    narrow = damage.KINDS["head-narrow"](page).split("\n")
    assert narrow[:3] == ["UBND TỈNH QUẢNG NGÃI", "BẢO HIỂM XÃ HỘI KHU VỰC", "XXV"]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM   Quảng Ngãi" in narrow  # the right column and the body stay
    assert narrow[3:] == page.split("\n")[2:]
