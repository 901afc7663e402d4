"""Tasks read from a body whose layout was lost (its paragraphs and items run together on one line, or
its list markers gone at the starts of lines) as from the printed body; made-up dispatches, unlike the
development documents, their tasks judged by hand."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.body_lines import with_body_breaks

HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 3120/UBND-VX
V/v tổ chức tiêm chủng mở rộng năm 2026
Hà Tĩnh, ngày 9 tháng 3 năm 2026
"""
FOOT = """
Nơi nhận:
- Như trên;
- Lưu: VT, VX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Hùng
"""
ENTRIES = ["Sở Y tế", "Sở Tài chính", "Ủy ban nhân dân các huyện, thị xã, thành phố"]
PARAGRAPHS = [
    "Thực hiện Kế hoạch số 45/KH-BYT ngày 10/01/2026 của Bộ Y tế, Ủy ban nhân dân tỉnh có ý kiến như sau:",
    "1. Sở Y tế chủ trì, phối hợp với các cơ quan liên quan xây dựng kế hoạch tiêm chủng mở rộng năm 2026, "
    "trình Ủy ban nhân dân tỉnh trước ngày 31/3/2026.",
    "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện theo quy định.",
    "3. Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo các trạm y tế tổ chức tiêm chủng đúng lịch; "
    "báo cáo kết quả về Sở Y tế hằng tháng.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo Ủy ban nhân dân tỉnh (qua Sở "
    "Y tế) để xem xét, giải quyết./.",
]


def _page(body: str, entries: str) -> str:
    return HEAD + "Kính gửi:\n" + entries + body + FOOT


PRINTED = _page("\n".join(PARAGRAPHS) + "\n", "".join(f"- {e};\n" for e in ENTRIES[:-1]) + f"- {ENTRIES[-1]}.\n")
# the body's lines and the addressees' run together on one line
RUN_TOGETHER = _page("", " ".join(["- Sở Y tế; - Sở Tài chính; - Ủy ban nhân dân các huyện, thị xã, thành phố."]
                                   + PARAGRAPHS) + "\n")


class _Tasks(list):
    """The tasks read, each (text, assignees, deadline); equal to a list whose texts open theirs."""

    def __eq__(self, expected):
        return len(self) == len(expected) and all(
            text.startswith(want[0]) and (names, due) == want[1:] for (text, names, due), want in zip(self, expected))


def _tasks(text: str) -> _Tasks:
    data = to_contract(parse_text(text).fields)
    return _Tasks((t["text"], t["assignees"], t["deadline"]) for t in data["tasks"])


EXPECTED = [
    ("Sở Y tế chủ trì, phối hợp với các cơ qua", ["Sở Y tế", "các cơ quan liên quan"], "2026-03-31"),
    ("Sở Tài chính tham mưu bố trí kinh phí th", ["Sở Tài chính"], None),
    # the bodies it directs ("chỉ đạo các trạm y tế") are among a task's assignees
    ("Ủy ban nhân dân các huyện, thị xã, thành", ["Ủy ban nhân dân các huyện, thị xã, thành phố", "các trạm y tế"],
     None),
    ("Trong quá trình thực hiện, nếu có khó kh", ["các đơn vị"], None),  # a duty to report, its own paragraph
]


def test_the_printed_body_gives_one_task_an_item():
    assert _tasks(PRINTED) == EXPECTED


def test_items_run_together_on_one_line_are_read_as_printed():
    assert _tasks(RUN_TOGETHER) == EXPECTED


def test_the_addressees_end_where_the_bodys_first_sentence_starts():
    assert to_contract(parse_text(RUN_TOGETHER).fields)["recipients"] == ENTRIES


def test_only_spaces_become_breaks_and_the_length_stays():
    broken = with_body_breaks(RUN_TOGETHER)
    assert len(broken) == len(RUN_TOGETHER)
    assert all(a == b or (a == " " and b == "\n") for a, b in zip(RUN_TOGETHER, broken))
    lines = broken.split("\n")
    assert "- Sở Tài chính;" in lines and "- Ủy ban nhân dân các huyện, thị xã, thành phố." in lines
    assert PARAGRAPHS[0] in lines and PARAGRAPHS[2] in lines and PARAGRAPHS[4] in lines
    assert with_body_breaks(PRINTED) == PRINTED  # a printed body keeps its lines


def test_a_number_out_of_its_lists_order_is_no_marker():
    line = ("Ủy ban nhân dân tỉnh đề nghị các đơn vị thực hiện tốt các nội dung đã nêu tại Kế hoạch số 12/KH-UBND "
            "và các văn bản hướng dẫn có liên quan; tổng số cơ sở tiêm chủng là 5. 7. Kết quả được tổng hợp, báo "
            "cáo định kỳ theo quy định.")
    page = _page(line + "\n", "- Sở Y tế.\n")
    assert with_body_breaks(page) == page  # "7." after no "6.": a figure, not an item


def test_a_lettered_list_after_an_introduction_on_the_same_line():
    body = ("Để triển khai kịp thời, Ủy ban nhân dân tỉnh giao: a) Sở Y tế hướng dẫn chuyên môn cho các trạm y tế; "
            "b) Sở Tài chính bố trí kinh phí trước ngày 15/4/2026. Đề nghị các đơn vị nghiêm túc thực hiện./.")
    printed = ("Để triển khai kịp thời, Ủy ban nhân dân tỉnh giao:\na) Sở Y tế hướng dẫn chuyên môn cho các trạm y "
               "tế;\nb) Sở Tài chính bố trí kinh phí trước ngày 15/4/2026.\nĐề nghị các đơn vị nghiêm túc thực hiện./.")
    expected = [("Sở Y tế hướng dẫn chuyên môn cho các trạ", ["Sở Y tế"], None),
                ("Sở Tài chính bố trí kinh phí trước ngày ", ["Sở Tài chính"], "2026-04-15"),
                ("Đề nghị các đơn vị nghiêm túc thực hiện.", ["các đơn vị"], None)]
    assert _tasks(_page(printed + "\n", "- Sở Y tế;\n- Sở Tài chính.\n")) == expected
    assert _tasks(_page("", "- Sở Y tế; - Sở Tài chính. " + body + "\n")) == expected


def test_a_decision_run_together_after_its_title():
    head = HEAD.replace("V/v tổ chức tiêm chủng mở rộng năm 2026\n", "")
    page = head + ("QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác tiêm chủng\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
                   "QUYẾT ĐỊNH: Điều 1. Thành lập Tổ công tác tiêm chủng mở rộng tỉnh Hà Tĩnh. Điều 2. Tổ công tác "
                   "có nhiệm vụ theo dõi, đôn đốc việc tiêm chủng tại các huyện. Điều 3. Chánh Văn phòng Ủy ban "
                   "nhân dân tỉnh, Giám đốc Sở Y tế và các thành viên Tổ công tác chịu trách nhiệm thi hành Quyết "
                   "định này./.\n") + FOOT.replace("- Như trên;", "- Như Điều 3;")
    lines = with_body_breaks(page).split("\n")
    assert "Điều 2. Tổ công tác có nhiệm vụ theo dõi, đôn đốc việc tiêm chủng tại các huyện." in lines
    assert any(line.startswith("Điều 3. Chánh Văn phòng") for line in lines)


def test_an_articles_title_run_together_with_its_text():
    head = HEAD.replace("V/v tổ chức tiêm chủng mở rộng năm 2026\n", "")
    body = ("Điều 1. Phê duyệt Kế hoạch tiêm chủng mở rộng tỉnh Hà Tĩnh năm 2026 kèm theo Quyết định này. "
            "Điều 2. Tổ chức thực hiện Sở Y tế chủ trì, phối hợp với các cơ quan liên quan triển khai các nội dung "
            "sau: - Hướng dẫn các trạm y tế tổ chức tiêm chủng đúng lịch; - Tổng hợp, báo cáo kết quả trước ngày "
            "20/12/2026. Điều 3. Hiệu lực thi hành Quyết định này có hiệu lực kể từ ngày ký./.")
    page = head + "QUYẾT ĐỊNH\nVề việc phê duyệt Kế hoạch tiêm chủng mở rộng năm 2026\n" + body + "\n" + FOOT
    lines = with_body_breaks(page).split("\n")
    assert "Điều 2. Tổ chức thực hiện" in lines and "Điều 3. Hiệu lực thi hành" in lines
    assert "- Hướng dẫn các trạm y tế tổ chức tiêm chủng đúng lịch;" in lines
    # the items of the article's introduction are the tasks of the body it names
    assert _tasks(page) == [
        ("Hướng dẫn các trạm y tế tổ chức tiêm chủ", ["Sở Y tế", "các cơ quan liên quan"], None),
        ("Tổng hợp, báo cáo kết quả trước ngày 20/", ["Sở Y tế", "các cơ quan liên quan"], "2026-12-20")]


def test_the_addressee_then_the_body_without_a_full_stop():
    page = _page("", "Sở Y tế " + PARAGRAPHS[0].replace("có ý kiến như sau:", "đề nghị Sở Y tế xây dựng kế hoạch "
                                                         "tiêm chủng năm 2026, trình trước ngày 31/3/2026./.") + "\n")
    page = page.replace("Kính gửi:\n", "Kính gửi: ")
    data = to_contract(parse_text(page).fields)
    assert data["recipients"] == ["Sở Y tế"]
    assert [(t["assignees"], t["deadline"]) for t in data["tasks"]] == [(["Sở Y tế"], "2026-03-31")]


def test_items_after_a_heading_in_capitals():
    body = ("Để triển khai kế hoạch, Ủy ban nhân dân tỉnh đề nghị các đơn vị thực hiện các nội dung sau: "
            "A. NHIỆM VỤ CHUNG 1. Sở Y tế rà soát danh sách trẻ em trong độ tuổi tiêm chủng. 2. Sở Tài chính bố "
            "trí kinh phí thực hiện. B. NHIỆM VỤ CỤ THỂ 1. Ủy ban nhân dân các huyện tổ chức tiêm bù cho trẻ "
            "trước ngày 30/6/2026./.")
    lines = with_body_breaks(_page("", "- Sở Y tế; - Sở Tài chính. " + body + "\n")).split("\n")
    assert "A. NHIỆM VỤ CHUNG" in lines and "B. NHIỆM VỤ CỤ THỂ" in lines
    assert "2. Sở Tài chính bố trí kinh phí thực hiện." in lines


def _no_markers(text: str) -> str:
    import re

    return re.sub(r"(?m)^[ \t]*(?:\d{1,2}\.(?!\d)|[a-zđ]\)|[-–•+])[ \t]+", "", text)


def test_items_that_lost_their_markers_under_a_request_are_its_tasks():
    body = ("Để chuẩn bị tiêm chủng, Ủy ban nhân dân tỉnh giao Sở Y tế thực hiện các nội dung sau:\n"
            "- Rà soát danh sách trẻ em trong độ tuổi tiêm chủng trên địa bàn. Lập kế hoạch tiêm bù cho trẻ.\n"
            "- Hướng dẫn các trạm y tế bảo quản vắc xin đúng quy định.\n"
            "- Tổng hợp, báo cáo kết quả trước ngày 30/6/2026.\n"
            "(Gửi kèm bản sao Kế hoạch số 45/KH-BYT)./.\n")
    expected = [("Rà soát danh sách trẻ em trong độ tuổi ti", ["Sở Y tế"], None),  # one task of two sentences
                ("Hướng dẫn các trạm y tế bảo quản vắc xin ", ["Sở Y tế"], None),
                ("Tổng hợp, báo cáo kết quả trước ngày 30/", ["Sở Y tế"], "2026-06-30")]
    page = _page(body, "- Sở Y tế.\n")
    assert _tasks(page) == expected
    assert _tasks(_no_markers(page)) == expected  # the aside in brackets is no item


def test_a_duty_after_a_heading_that_lost_its_items_markers():
    body = ("Ủy ban nhân dân tỉnh thông báo lịch nghỉ Tết như sau:\n"
            "1. Thời gian nghỉ:\n"
            "- Cán bộ, công chức được nghỉ từ ngày 14/02/2026 đến hết ngày 22/02/2026.\n"
            "2. Thủ trưởng các cơ quan, đơn vị phải bố trí người trực bảo đảm an ninh trật tự.\n")
    expected = [("Thủ trưởng các cơ quan, đơn vị phải bố tr", ["các cơ quan, đơn vị"], None)]
    page = _page(body, "- Các sở, ban, ngành.\n")
    assert _tasks(page) == expected
    assert _tasks(_no_markers(page)) == expected


def test_items_that_lost_their_markers_need_no_verb_when_there_are_several():
    body = ("Ủy ban nhân dân tỉnh đề nghị các đơn vị thực hiện các nội dung sau:\n"
            "- Đối với trẻ em chưa tiêm đủ liều, lập danh sách và tiêm bù cho trẻ.\n"
            "- Việc bảo quản vắc xin thực hiện đúng hướng dẫn của Bộ Y tế.\n")
    expected = [("Đối với trẻ em chưa tiêm đủ liều", ["các đơn vị"], None),
                ("Việc bảo quản vắc xin", ["các đơn vị"], None)]
    page = _page(body, "- Các đơn vị y tế.\n")
    assert _tasks(page) == expected
    assert _tasks(_no_markers(page)) == expected


def test_addressees_that_lost_their_dashes_one_a_paragraph():
    body = PARAGRAPHS[0] + "\n" + "\n".join(PARAGRAPHS[1:4]) + "\n"
    entries = "".join(f"\n{e};\n" for e in ENTRIES[:-1]) + f"\n{ENTRIES[-1]}.\n\n"
    assert to_contract(parse_text(_page(body, entries)).fields)["recipients"] == ENTRIES
    page = _page(body, "").replace("Kính gửi:\n", "Kính gửi: - Sở Y tế;\n\nSở Tài chính.\n\n")  # the first kept its dash
    assert to_contract(parse_text(page).fields)["recipients"] == ["Sở Y tế", "Sở Tài chính"]


def test_an_articles_first_clause_after_its_title_on_one_line():
    head = HEAD.replace("V/v tổ chức tiêm chủng mở rộng năm 2026\n", "")
    body = ("Điều 1. Ban hành Quy chế tiêm chủng kèm theo Quyết định này. Điều 2. Giám sát và báo cáo 1. Trung tâm "
            "Kiểm soát bệnh tật tỉnh có trách nhiệm: a) Theo dõi phản ứng sau tiêm; b) Báo cáo Sở Y tế hằng tháng. "
            "2. Sở Y tế kiểm tra việc thực hiện Quy chế này./.")
    page = head + "QUYẾT ĐỊNH\nVề việc ban hành Quy chế tiêm chủng\n" + body + "\n" + FOOT
    lines = with_body_breaks(page).split("\n")
    assert "Điều 2. Giám sát và báo cáo" in lines and "a) Theo dõi phản ứng sau tiêm;" in lines
    assert _tasks(page) == [("Theo dõi phản ứng sau tiêm", ["Trung tâm Kiểm soát bệnh tật tỉnh"], None),
                            ("Báo cáo Sở Y tế hằng tháng", ["Trung tâm Kiểm soát bệnh tật tỉnh"], None),
                            ("Sở Y tế kiểm tra việc thực hiện", ["Sở Y tế"], None)]


def test_a_request_and_its_colon_end_a_sentence_before_the_body_it_asks():
    body = ("Để chuẩn bị tiêm chủng, Ủy ban nhân dân tỉnh đề nghị: Trung tâm Y tế các huyện rà soát danh sách trẻ em "
            "trong độ tuổi tiêm chủng, báo cáo Sở Y tế trước ngày 15/4/2026./.\n")
    assert _tasks(_page(body, "- Trung tâm Y tế các huyện.\n")) == [
        ("Trung tâm Y tế các huyện rà soát", ["Trung tâm Y tế các huyện"], "2026-04-15")]


def test_a_closing_request_of_a_body_after_the_last_item_on_one_line():
    body = ("Ủy ban nhân dân tỉnh thông báo lịch tiêm chủng như sau: 1. Các trạm y tế tổ chức tiêm vào ngày 20 hằng "
            "tháng. 2. Trung tâm Y tế các huyện cấp vắc xin cho các trạm y tế. Sở Y tế yêu cầu Giám đốc Trung tâm Y "
            "tế các huyện nghiêm túc thực hiện thông báo này./.")
    lines = with_body_breaks(_page("", "- Sở Y tế; - Trung tâm Y tế các huyện. " + body + "\n")).split("\n")
    assert "2. Trung tâm Y tế các huyện cấp vắc xin cho các trạm y tế." in lines
    assert any(line.startswith("Sở Y tế yêu cầu Giám đốc") for line in lines)


def test_an_article_titled_with_its_bodies_then_its_text_that_names_them():
    head = HEAD.replace("V/v tổ chức tiêm chủng mở rộng năm 2026\n", "")
    body = ("Điều 1. Bổ sung 20 tỷ đồng từ nguồn dự phòng ngân sách tỉnh năm 2026 cho Ủy ban nhân dân các huyện để "
            "mua vắc xin phục vụ tiêm chủng mở rộng. Điều 2. Trách nhiệm của Ủy ban nhân dân các "
            "huyện Ủy ban nhân dân các huyện quản lý, sử dụng kinh phí đúng mục đích, báo cáo kết quả trước ngày "
            "31/12/2026./.")
    basis = ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025 và "
             "Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\nXét đề nghị của Giám đốc Sở Tài chính tại Tờ trình "
             "số 112/TTr-STC ngày 02 tháng 3 năm 2026 về việc bổ sung kinh phí,\nQUYẾT ĐỊNH:\n")
    page = head + "QUYẾT ĐỊNH\nVề việc bổ sung kinh phí mua vắc xin\n" + basis + body + "\n" + FOOT
    lines = with_body_breaks(page).split("\n")
    assert "Điều 2. Trách nhiệm của Ủy ban nhân dân các huyện" in lines
    assert _tasks(page) == [("Ủy ban nhân dân các huyện quản lý", ["Ủy ban nhân dân các huyện"], "2026-12-31")]


def test_bodies_headings_that_lost_their_numbers_and_their_tasks():
    body = ("III. TỔ CHỨC THỰC HIỆN\n"
            "1. Sở Y tế\n"
            "- Chủ trì triển khai kế hoạch tiêm chủng trên địa bàn tỉnh;\n"
            "- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/11/2026.\n"
            "2. Sở Tài chính\n"
            "Tham mưu bố trí kinh phí thực hiện kế hoạch.\n")
    expected = [("Chủ trì triển khai kế hoạch tiêm chủng", ["Sở Y tế"], None),
                ("Tổng hợp kết quả, báo cáo", ["Sở Y tế"], "2026-11-30"),
                ("Tham mưu bố trí kinh phí", ["Sở Tài chính"], None)]
    page = _page(body, "- Sở Y tế;\n- Sở Tài chính.\n")
    assert _tasks(page) == expected
    assert _tasks(_no_markers(page)) == expected  # "Sở Y tế" / "Chủ trì …": a heading, then its tasks


def test_a_plans_parts_and_bodies_headings_run_together():
    head = HEAD.replace("V/v tổ chức tiêm chủng mở rộng năm 2026\n", "")
    body = ("KẾ HOẠCH Tổ chức tiêm chủng mở rộng năm 2026 I. MỤC ĐÍCH, YÊU CẦU 1. Bảo đảm trẻ em được tiêm đủ liều. "
            "II. TỔ CHỨC THỰC HIỆN 1. Sở Y tế - Chủ trì triển khai kế hoạch trên địa bàn tỉnh; - Tổng hợp kết quả, "
            "báo cáo Ủy ban nhân dân tỉnh trước ngày 30/11/2026. 2. Sở Tài chính Tham mưu bố trí kinh phí thực hiện "
            "kế hoạch. 3. Ủy ban nhân dân các huyện Nhiệm vụ cụ thể a) Tổ chức tiêm bù cho trẻ em; b) Tuyên truyền "
            "lợi ích của tiêm chủng./.")
    lines = with_body_breaks(head + body + "\n" + FOOT).split("\n")
    assert "I. MỤC ĐÍCH, YÊU CẦU" in lines and "II. TỔ CHỨC THỰC HIỆN" in lines
    assert "1. Sở Y tế" in lines and "- Chủ trì triển khai kế hoạch trên địa bàn tỉnh;" in lines
    assert "2. Sở Tài chính" in lines and "Tham mưu bố trí kinh phí thực hiện kế hoạch." in lines
    assert "3. Ủy ban nhân dân các huyện Nhiệm vụ cụ thể" in lines and "a) Tổ chức tiêm bù cho trẻ em;" in lines
    page = head + body + "\n" + FOOT
    assert _Tasks(_tasks(page)[:3]) == [("Chủ trì triển khai kế hoạch", ["Sở Y tế"], None),
                                ("Tổng hợp kết quả, báo cáo", ["Sở Y tế"], "2026-11-30"),
                                ("Tham mưu bố trí kinh phí", ["Sở Tài chính"], None)]


def test_a_closing_paragraph_of_a_body_and_its_action_after_a_list_on_one_line():
    body = ("Ủy ban nhân dân huyện yêu cầu: - Ủy ban nhân dân các xã kiểm tra, xử lý các trường hợp đổ rác không "
            "đúng nơi quy định; - Công ty Môi trường Đông Anh tăng tần suất vận chuyển rác. Phòng Tài nguyên và "
            "Môi trường theo dõi, tổng hợp, báo cáo kết quả trước ngày 15/11/2026./.")
    page = _page("", "- Ủy ban nhân dân các xã; - Công ty Môi trường Đông Anh. " + body + "\n")
    lines = with_body_breaks(page).split("\n")
    assert "- Công ty Môi trường Đông Anh tăng tần suất vận chuyển rác." in lines
    assert _tasks(page) == [
        ("Ủy ban nhân dân các xã kiểm tra", ["Ủy ban nhân dân các xã"], None),
        ("Công ty Môi trường Đông Anh tăng", ["Công ty Môi trường Đông Anh"], None),
        ("Phòng Tài nguyên và Môi trường theo dõi", ["Phòng Tài nguyên và Môi trường"], "2026-11-15")]


def test_a_table_run_into_the_item_that_introduces_it():
    body = ("Ủy ban nhân dân tỉnh quyết định: 1. Hỗ trợ 20 tỷ đồng cho các huyện để mua vắc xin. 2. Danh sách các "
            "huyện và mức hỗ trợ như sau: STT Huyện Mức hỗ trợ 1 Kỳ Anh 10 2 Hương Khê 10 3. Sở Tài chính hướng "
            "dẫn các huyện quyết toán kinh phí./.")
    lines = with_body_breaks(_page("", "- Sở Tài chính. " + body + "\n")).split("\n")
    assert "2. Danh sách các huyện và mức hỗ trợ như sau:" in lines  # the table on its own line, not the item's
    assert "3. Sở Tài chính hướng dẫn các huyện quyết toán kinh phí./." in lines  # with its number


def test_a_label_a_formula_and_information_after_items_that_lost_their_markers_ask_nothing():
    body = ("Ủy ban nhân dân tỉnh đề nghị các đơn vị thực hiện các nội dung sau:\n"
            "- Rà soát danh sách trẻ em trong độ tuổi tiêm chủng.\n"
            "- Tổ chức tiêm bù cho trẻ em chưa tiêm đủ liều.\n"
            "Hồ sơ tiêm chủng: lưu tại trạm y tế xã.\n"
            "Trân trọng./.\n")
    expected = [("Rà soát danh sách trẻ em", ["các đơn vị"], None),
                ("Tổ chức tiêm bù cho trẻ em", ["các đơn vị"], None)]
    page = _page(body, "- Các đơn vị y tế.\n")
    assert _tasks(page) == expected
    assert _tasks(_no_markers(page)) == expected


def test_a_line_cut_in_pieces_keeps_its_column():
    from dispatch_tools.parse.body_lines import columns_after_breaks

    assert columns_after_breaks("Sở A; - Sở B\nKT. GIÁM ĐỐC", "Sở A;\n- Sở B\nKT. GIÁM ĐỐC", ["left", "right"]) == [
        "left", "left", "right"]
    assert columns_after_breaks("a b", "a\nb", ["left", "right"]) is None  # columns of another text
    assert columns_after_breaks("a b", "a\nb", None) is None
