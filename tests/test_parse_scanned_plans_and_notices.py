"""Layouts of signed dispatches read from their scans: a plan's items whose columns are lettered points
apart by blank lines, a notice of a meeting's conclusions, an exam's days before the items it asks."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

from .test_parse_task_mechanisms import letter

PLAN = """ỦY BAN NHÂN DÂN
THÀNH PHỐ CẦN THƠ
Số: 70/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Cần Thơ, ngày 12 tháng 8 năm 2025

KẾ HOẠCH
Thực hiện công tác dân vận chính quyền năm 2025

II. NỘI DUNG
{items}

III. TỔ CHỨC THỰC HIỆN
Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch này.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình
{after}"""


def _plan(items: str, after: str = "") -> list[dict]:
    return to_contract(parse_text(PLAN.format(items=items, after=after)).fields)["tasks"]


LETTERED = """1. Rà soát lại các văn bản về công tác dân vận của thành phố để điều chỉnh, thay thế
phù hợp với tình hình thực tế của cơ quan, đơn vị, địa phương sau sắp xếp, cụ thể:

a) Cơ quan chủ trì: Sở Nội vụ;

b) Cơ quan phối hợp: Các cơ quan, đơn vị, địa phương;

c) Thời gian thực hiện: Hoàn thành trước ngày 31 tháng 10 năm 2025.
2. Nâng cao hiệu quả công tác tiếp dân, đối thoại với Nhân dân theo tinh thần Nghị quyết của Ban Chấp hành
Trung ương Đảng về công tác dân vận, cụ thể:

a) Cơ quan chủ trì: Thanh tra thành phố;
4

b) Cơ quan phối hợp: Sở Nội vụ, các cơ quan, đơn vị, địa phương;

c) Thời gian thực hiện: Thường xuyên.

3. Ban hành văn bản phân công lãnh đạo phụ trách công tác dân vận, cụ thể:

a) Cơ quan thực hiện: Các cơ quan, đơn vị, địa phương;

"Theo tinh thần Nghị quyết số 171/NQ-HĐND ngày 31 tháng 7 năm 2025 của Hội đồng nhân dân thành phố.
3
b) Thời gian thực hiện: Năm 2025.
"""


def test_lettered_labels_apart_by_blank_lines_are_the_columns_of_their_item():
    tasks = _plan(LETTERED)
    assert [t["text"].split()[:3] for t in tasks] == [["Rà", "soát", "lại"], ["Nâng", "cao", "hiệu"],
                                                     ["Ban", "hành", "văn"], ["Sở", "Nội", "vụ"]]
    first, second, third, _ = tasks
    assert first["lead"] == ["Sở Nội vụ"] and first["cooperating"] == ["Các cơ quan, đơn vị, địa phương"]
    assert first["deadline"] == "2025-10-31"
    # the item's text wrapped after a word that ends no sentence ("… Ban Chấp hành" / "Trung ương Đảng …"),
    # a page's number between its points
    assert second["lead"] == ["Thanh tra thành phố"]
    assert second["cooperating"] == ["Sở Nội vụ", "các cơ quan, đơn vị, địa phương"]
    assert second["deadline"] is None  # "Thường xuyên"
    # a footnote the page put between a) and b)
    assert third["assignees"] == ["Các cơ quan, đơn vị, địa phương"] and third["deadline"] == "2025-12-31"


def test_a_lettered_point_that_names_no_column_stays_a_task_of_its_own():
    tasks = _plan("1. Tăng cường sự lãnh đạo đối với công tác dân vận\n\n"
                  "a) Sở Nội vụ tham mưu tổ chức hội nghị sơ kết công tác dân vận;\n\n"
                  "b) Thời gian: tháng 9 năm 2025.\n")
    assert [t["assignees"] for t in tasks][:1] == [["Sở Nội vụ"]]
    assert not any(t["lead"] == ["Sở Nội vụ"] and t["text"].startswith("Tăng cường") for t in tasks)


def test_after_the_signature_lettered_labels_apart_by_blank_lines_give_no_tasks():
    annex = ("\nPHỤ LỤC\nNHIỆM VỤ CỤ THỂ\n\n1. Đẩy mạnh công tác tuyên truyền về vai trò của giáo dục.\n\n"
             "a) Cơ quan chủ trì: Sở Giáo dục và Đào tạo;\n\nb) Cơ quan phối hợp: Sở Văn hóa, Thể thao và Du lịch.\n")
    texts = [t["text"] for t in _plan("1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n", annex)]
    assert not any(t.startswith("Đẩy mạnh") for t in texts)


NOTICE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI

Số: 05/TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Ngãi, ngày 10 tháng 01 năm 2025

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về công tác cổ phần hóa

Ngày 03/01/2025, Phó Chủ tịch UBND tỉnh chủ trì họp nghe báo cáo về tình hình thực hiện công tác
cổ phần hóa Công ty. Tham dự họp có đại diện lãnh đạo các Sở: Tài chính, Nội vụ.

Phó Chủ tịch UBND tỉnh kết luận và chỉ đạo như sau:

1. Công ty TNHH MTV Đầu tư, Xây dựng và Kinh doanh dịch vụ
Quảng Ngãi tiếp thu các ý kiến tại cuộc họp, khẩn trương rà soát, báo cáo
toàn bộ quá trình cổ phần hóa. Hoàn thành và báo cáo UBND tỉnh trước ngày 08/02/2025.

2. Giao Sở Nội vụ tiếp thu các ý kiến tại cuộc họp, rà soát thành viên Ban Chỉ đạo.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Võ Văn An
"""


def test_a_meeting_told_by_its_past_day_asks_nothing_and_a_wrapped_name_heads_no_item():
    tasks = to_contract(parse_text(NOTICE).fields)["tasks"]
    assert [t["assignees"] for t in tasks] == [
        ["Công ty TNHH MTV Đầu tư, Xây dựng và Kinh doanh dịch vụ Quảng Ngãi"], ["Sở Nội vụ"]]
    assert [t["deadline"] for t in tasks] == ["2025-02-08", None]


def test_the_days_an_exam_takes_place_are_no_deadline_of_the_items_asked_for_it():
    tasks = letter("Nhằm bảo đảm trật tự an toàn giao thông trong thời gian diễn ra kỳ thi từ ngày 23/9/2024 đến "
                   "hết ngày 27/9/2024, Sở yêu cầu Thủ trưởng các đơn vị, trường học thực hiện một số nội dung "
                   "sau:\n\n1. Tăng cường công tác tuyên truyền pháp luật về giao thông.\n\n"
                   "2. Báo cáo kết quả về Sở trước ngày 25/10/2024.\n")
    assert [t["deadline"] for t in tasks] == [None, "2024-10-25"]
    assert tasks[0]["assignees"] == ["các đơn vị, trường học"]  # a plural of kinds under the title of their heads


DIRECTIVE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI

Số: 07/CT-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Ngãi, ngày 10 tháng 3 năm 2025

CHỈ THỊ
Về tăng cường công tác thi hành án hành chính trên địa bàn tỉnh

Chủ tịch UBND tỉnh yêu cầu:

1. Sở Tư pháp chủ trì theo dõi việc thi hành án hành chính.

2. Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình tỉnh,
Báo Quảng Ngãi:
Phối hợp với Sở Tư pháp thực hiện việc đưa tin tuyên truyền, phổ biến pháp luật.

Căn cứ Chỉ thị này, Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các huyện xây dựng kế hoạch
cụ thể, báo cáo kết quả về UBND tỉnh. Giao Sở Tư pháp theo dõi, đôn đốc, kiểm tra việc triển khai

thực hiện Chỉ thị, định kỳ báo cáo kết quả với Ủy ban nhân dân tỉnh./.

Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn An
"""


def test_a_directive_closes_on_itself_and_its_list_of_bodies_wraps_after_a_comma():
    tasks = to_contract(parse_text(DIRECTIVE).fields)["tasks"]
    assert [t["assignees"] for t in tasks] == [
        ["Sở Tư pháp"],
        ["Sở Thông tin và Truyền thông", "Đài Phát thanh và Truyền hình tỉnh", "Báo Quảng Ngãi", "Sở Tư pháp"],
        ["các sở, ban, ngành", "UBND các huyện"],  # "Căn cứ Chỉ thị này, …": no basis of a preamble
        ["Sở Tư pháp"]]
    # the sentence the page broke after "triển khai" (its number blanked, then small letters) is one task
    assert not any(t["text"].startswith("thực hiện Chỉ thị") for t in tasks)


def test_a_part_that_tells_and_a_sentence_of_causes_ask_nothing():
    tasks = letter("Sau khi tham gia vào hệ phái này, nhiều tín đồ là công nhân bỏ việc làm, sinh viên bỏ học vì "
                   "phải tụ tập sinh hoạt.\n\n"
                   "Phó Chủ tịch UBND tỉnh kết luận và chỉ đạo như sau:\n\nI. Đánh giá chung\n"
                   "UBND tỉnh xác định các Chương trình mục tiêu quốc gia có ý nghĩa đặc biệt quan trọng.\n\n"
                   "II. Nhiệm vụ trọng tâm\n"
                   "1. Sở Lao động - Thương binh và Xã hội rà soát các khó khăn, vướng mắc.\n\n"
                   "Trong quá trình thực hiện Thủ trưởng các địa phương chủ động phối hợp với Sở Tài chính để kịp "
                   "thời tháo gỡ.\n")
    assert [t["assignees"] for t in tasks] == [["Sở Lao động - Thương binh và Xã hội"],
                                              ["các địa phương", "Sở Tài chính"]]


def test_a_meetings_chair_and_day_under_its_item_are_no_columns_of_a_task():
    invitation = NOTICE.replace("THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về công tác cổ phần hóa",
                                "GIẤY MỜI\nHọp nghe báo cáo tình hình thực hiện các dự án")
    head, _, foot = invitation.partition("Ngày 03/01/2025")
    foot = foot[foot.index("Nơi nhận:"):]
    text = head + ("Ủy ban nhân dân tỉnh tổ chức cuộc họp, cụ thể như sau:\n\n"
                   "1. Nghe báo cáo tình hình thực hiện các dự án đầu tư công năm 2025.\n\n"
                   "a) Chủ trì: Đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh;\n\n"
                   "b) Thời gian: 08 giờ 00 ngày 15/3/2025.\n\n") + foot
    assert to_contract(parse_text(text).fields)["tasks"] == []


ITEM_RUNS_ON = ("1. Quán triệt, tuyên truyền các Nghị quyết của Trung ương và các chương\n"
                "trình của Thành ủy: Chương trình số 35-CTr/TU về đổi mới giáo dục và đào tạo.\n\n"
                "a) Cơ quan chủ trì: Sở Giáo dục và Đào tạo;\n\nb) Cơ quan phối hợp: Sở Văn hóa, Thể thao và Du lịch.\n")


def test_an_item_whose_text_runs_on_past_a_colon_in_small_letters_keeps_its_columns():
    # "… các chương" / "trình của Thành ủy: Chương trình số 35 …": the wrapped line is the item's text going on,
    # not a label of a column
    tasks = _plan(ITEM_RUNS_ON)
    first = tasks[0]
    assert first["lead"] == ["Sở Giáo dục và Đào tạo"] and first["cooperating"] == ["Sở Văn hóa, Thể thao và Du lịch"]
    whole = parse_text(PLAN.format(items=ITEM_RUNS_ON, after="")).fields.tasks[0].text
    assert whole.endswith("Chương trình số 35-CTr/TU về đổi mới giáo dục và đào tạo.")  # the task's whole text
