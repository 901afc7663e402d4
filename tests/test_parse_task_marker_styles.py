"""A list is read by its markers in the styles pages print besides ``1.``, ``a)`` and ``-``: ``1/``,
``1-``, ``(1)``, ``a.``, ``(a)``, a numbered item without its last dot (``2.1``), and bullets such as
``*``, ``▪``, ``○``; each item is a task of the body it names, as with ``1.`` (the same list read with
markers the parser knew gave these tasks; in the other styles the items ran on into the request that
introduces them, one task of its addressees)."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

HEADER = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 412/UBND-KGVX
V/v triển khai công tác phòng, chống dịch sốt xuất huyết

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nam, ngày 14 tháng 5 năm 2025

Kính gửi:
- Sở Y tế;
- Sở Giáo dục và Đào tạo;
- Ủy ban nhân dân các huyện, thị xã, thành phố.

Để chủ động phòng, chống dịch sốt xuất huyết trong mùa mưa năm 2025, Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:

"""
ITEMS = [
    "Sở Y tế chủ trì giám sát chặt chẽ các ổ dịch cũ, tổ chức phun hóa chất diệt muỗi tại các khu vực có nguy cơ cao.",
    "Sở Giáo dục và Đào tạo chỉ đạo các trường học tổ chức vệ sinh môi trường, diệt lăng quăng trong khuôn viên trường.",
    "Ủy ban nhân dân các huyện, thị xã, thành phố huy động lực lượng tại chỗ ra quân diệt lăng quăng, báo cáo kết quả "
    "về Sở Y tế trước ngày 30/6/2025.",
]
FOOT = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KGVX.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Xuân Dưỡng\n"
# a body the addressee must direct (chỉ đạo các trường học) is an assignee too (../shared/dev/README.md)
GOLD = [(["Sở Y tế"], None), (["Sở Giáo dục và Đào tạo", "các trường học"], None),
        (["Ủy ban nhân dân các huyện, thị xã, thành phố"], "2025-06-30")]
STYLES = {
    "slash": lambda i: f"{i}/",
    "hyphen": lambda i: f"{i}-",
    "parenthesised number": lambda i: f"({i})",
    "letter with a dot": lambda i: "abc"[i - 1] + ".",
    "letter with a slash": lambda i: "abc"[i - 1] + "/",
    "parenthesised letter": lambda i: "(" + "abc"[i - 1] + ")",
    "star": lambda i: "*",
    "square": lambda i: "▪",
    "circle": lambda i: "○",
    "small Roman number": lambda i: ["i)", "ii)", "iii)"][i - 1],
    "parenthesised small Roman number": lambda i: ["(i)", "(ii)", "(iii)"][i - 1],
}


def _tasks(body: str) -> list[tuple[list[str], str | None]]:
    found = to_contract(parse_text(HEADER + body + FOOT).fields)["tasks"]
    return [(t["assignees"], t["deadline"]) for t in found]


@pytest.mark.parametrize("style", ["dot"] + list(STYLES))
def test_each_item_is_a_task_whatever_its_marker(style):
    marker = STYLES.get(style, lambda i: f"{i}.")
    assert _tasks("\n".join(f"{marker(i)} {item}" for i, item in enumerate(ITEMS, 1))) == GOLD


def test_numbered_items_without_their_last_dot_under_a_part():
    body = "1. Nhiệm vụ cụ thể\n" + "\n".join(f"1.{i} {item}" for i, item in enumerate(ITEMS, 1))
    assert _tasks(body) == GOLD


def test_a_list_of_figures_is_no_list_of_items():
    # "1.500 hộ" and "1/6/2025" at the start of a wrapped line are words of the sentence, not markers
    found = _tasks("Sở Y tế chủ trì tổ chức phun hóa chất diệt muỗi cho khoảng\n1.500 hộ gia đình tại các xã có ổ dịch, "
                   "hoàn thành trước ngày\n1/6/2025 và báo cáo kết quả về Ủy ban nhân dân tỉnh.")
    assert found == [(["Sở Y tế"], "2025-06-01")]


def test_a_list_numbered_as_parts_after_its_request_is_a_list_of_tasks():
    # "I.", "II." before sentences with nothing under them, after "… các nội dung sau:": items, as "1." would be;
    # they name no body, so they are asked of the bodies the request names
    head = HEADER.replace("yêu cầu các cơ quan, đơn vị", "yêu cầu Ủy ban nhân dân các huyện, thị xã, thành phố")
    body = ("{1} Tổ chức ra quân tổng vệ sinh môi trường, diệt lăng quăng tại tất cả các khu dân cư, trường học.\n"
            "{2} Tuyên truyền để người dân chủ động phòng bệnh; báo cáo kết quả về Sở Y tế trước ngày 15/6/2025.\n")
    gold = [(["Ủy ban nhân dân các huyện, thị xã, thành phố"], None),
            (["Ủy ban nhân dân các huyện, thị xã, thành phố"], "2025-06-15")]
    for first, second in (("1.", "2."), ("I.", "II.")):
        found = to_contract(parse_text(head + body.replace("{1}", first).replace("{2}", second) + FOOT).fields)["tasks"]
        assert [(t["assignees"], t["deadline"]) for t in found] == gold, first


def test_a_part_numbered_in_roman_over_its_own_list_is_no_task():
    # "I. MỤC TIÊU" and the sentences after it: a part's title and what the plan aims at, told (no request above)
    body = ("I. MỤC TIÊU\nI. Nâng cao nhận thức của người dân về phòng, chống dịch sốt xuất huyết trên địa bàn tỉnh.\n"
            "II. Giảm số ca mắc và không để dịch lan rộng, kéo dài.\n")
    found = to_contract(parse_text(HEADER.replace("các cơ quan, đơn vị thực hiện các nội dung sau:",
                                                  "các cơ quan, đơn vị thực hiện.") + body + FOOT).fields)["tasks"]
    assert [t["assignees"] for t in found] == [["các cơ quan, đơn vị"]]  # the request alone
    assert not [t for t in found if t["text"].startswith(("Nâng cao", "Giảm số"))]


def test_an_inner_list_whose_numbers_start_again_belongs_to_its_item():
    # "1. Thành phần mời:" with invitees numbered 1., 2. again, then "2. Thời gian:": no invitee is a task;
    # the items of "3. Nhiệm vụ" (numbered 1., 2. again) are
    body = ("Ủy ban nhân dân tỉnh tổ chức Hội nghị tổng kết công tác phòng, chống dịch năm 2024, cụ thể như sau:\n"
            "1. Thành phần mời:\n1. Lãnh đạo Sở Y tế, Sở Giáo dục và Đào tạo;\n"
            "2. Lãnh đạo các Văn phòng: Tỉnh ủy, Ủy ban nhân dân tỉnh;\n"
            "3. Lãnh đạo Ủy ban nhân dân các huyện, thị xã, thành phố.\n"
            "2. Thời gian: 08 giờ 00 ngày 20/5/2025.\n"
            "3. Nhiệm vụ chuẩn bị:\n1. Sở Y tế chuẩn bị báo cáo tổng kết, gửi Văn phòng Ủy ban nhân dân tỉnh trước ngày "
            "16/5/2025.\n2. Văn phòng Ủy ban nhân dân tỉnh chuẩn bị hội trường, tài liệu.\n")
    found = to_contract(parse_text(HEADER.split("Để chủ động")[0] + body + FOOT).fields)["tasks"]
    assert [(t["assignees"], t["deadline"]) for t in found] == [
        (["Sở Y tế"], "2025-05-16"), (["Văn phòng Ủy ban nhân dân tỉnh"], None)]


@pytest.mark.parametrize("body", ["Hạt Kiểm lâm", "Trạm Y tế xã Tân Lập", "Đồn Biên phòng Cửa khẩu Tây Trang"])
def test_bodies_of_the_district_and_the_border_are_named_as_leads(body):
    # a body whose kind the lexicon lacked opened an item with no assignee read
    found = to_contract(parse_text(HEADER.split("Để chủ động")[0] + "Ủy ban nhân dân tỉnh giao nhiệm vụ như sau:\n"
                                   f"1. {body} chuẩn bị báo cáo tình hình năm 2024 và nhiệm vụ năm 2025, gửi "
                                   "Văn phòng Ủy ban nhân dân tỉnh trước ngày 05/3/2025.\n"
                                   "2. Văn phòng Ủy ban nhân dân tỉnh chuẩn bị hội trường, tài liệu.\n" + FOOT).fields)
    assert [t["assignees"] for t in found["tasks"]] == [[body], ["Văn phòng Ủy ban nhân dân tỉnh"]]


def test_a_roman_number_before_a_body_and_its_colon_heads_that_bodys_items_and_the_list_goes_on():
    # "I/ Ủy ban nhân dân các xã:" with its dashes, then "II/ …", "III/ …" that name their bodies: each a task,
    # as with "1.", "2.", "3." (the request's list did not end at the first part's number)
    body = ("I/ Ủy ban nhân dân các huyện, thị xã, thành phố:\n"
            "– Huy động lực lượng tại chỗ ra quân diệt lăng quăng tại các khu dân cư.\n"
            "– Báo cáo kết quả về Sở Y tế trước ngày 30/6/2025.\n"
            "II/ Sở Y tế tổ chức phun hóa chất diệt muỗi tại các khu vực có nguy cơ cao.\n"
            "III/ Trung tâm Y tế huyện chuẩn bị đủ thuốc, phương tiện để cấp cứu người bệnh.\n")
    assert _tasks(body) == [(["Ủy ban nhân dân các huyện, thị xã, thành phố"], None),
                            (["Ủy ban nhân dân các huyện, thị xã, thành phố"], "2025-06-30"),
                            (["Sở Y tế"], None), (["Trung tâm Y tế huyện"], None)]
