"""Task and deadline conventions of the gold (dev/README.md, docs/FORMAT.md) checked on dispatches written
apart from the development documents: a span of days printed with a dash, an approved period, the days of
the issuer's own event under a time label, a long finish phrase, a ``Đối với X:`` heading, an item that
opens with ``Báo cáo`` as a verb, teams of a council in a list, the bodies an item directs after its colon,
and a request whose bodies are listed after ``các Sở:``."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

UBND = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 1234/UBND-VX\nQuảng Nam, ngày 10 tháng 3 năm 2025\nV/v triển khai nhiệm vụ\n"
        "Kính gửi: Các sở, ban, ngành tỉnh\n")
SO = ("UBND TỈNH QUẢNG NAM\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\nSố: 300/SVHTTDL-VH\nQuảng Nam, ngày 10 tháng 3 năm 2025\nV/v tổ chức Hội thi\n"
      "Kính gửi: Trung tâm Văn hóa - Thể thao các huyện, thị xã, thành phố\n")
DOAN = ("BCH ĐOÀN TỈNH QUẢNG NAM\nHUYỆN ĐOÀN NÚI THÀNH\n***\nĐOÀN TNCS HỒ CHÍ MINH\nSố: 45-CV/HĐTN\n"
        "Núi Thành, ngày 10 tháng 3 năm 2025\nV/v tổ chức Tháng Thanh niên năm 2025\nKính gửi: Các cơ sở Đoàn trực thuộc\n")
FOOT = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"


def read(body: str, head: str = UBND) -> dict:
    return to_contract(parse_text(head + body + FOOT).fields)


def dates(data: dict) -> list[str]:
    return [d["date"] for d in data["deadlines"]]


def test_a_span_of_days_with_a_dash_ends_on_its_last_day():
    data = read("Đề nghị UBND các huyện, thị xã, thành phố tổ chức đợt cao điểm kiểm tra an toàn thực phẩm "
                "từ ngày 09 – 31/5/2025.")
    assert dates(data) == ["2025-05-31"]
    assert [t["deadline"] for t in data["tasks"]] == ["2025-05-31"]


def test_a_span_of_days_told_as_a_fact_is_no_deadline():
    data = read("Theo báo cáo của Sở Y tế, dự kiến từ ngày 09 – 31/5/2025 nắng nóng kéo dài trên địa bàn tỉnh.")
    assert dates(data) == []


@pytest.mark.parametrize("sentence, expected", [
    # an approved event's days are what is approved
    ("Cho phép Trường Đại học Quảng Nam tổ chức Hội thảo khoa học quốc tế từ ngày 12 đến ngày 13/6/2025 tại "
     "thành phố Tam Kỳ.", []),
    ("Đồng ý để Sở Văn hóa, Thể thao và Du lịch tổ chức Lễ hội từ ngày 20/4/2025 đến ngày 22/4/2025.", []),
    # an extension granted is a time limit all the same, and a request keeps its period
    ("Đồng ý gia hạn thời gian thực hiện dự án đến hết ngày 30/6/2025.", ["2025-06-30"]),
    ("Đề nghị các cơ quan, đơn vị tổ chức tuyên truyền, treo cờ Tổ quốc từ ngày 25/3/2025 đến hết ngày "
     "30/4/2025.", ["2025-04-30"]),
])
def test_an_approved_period_is_no_deadline(sentence, expected):
    assert dates(read(sentence)) == expected


def test_the_days_under_a_time_label_after_the_issuers_own_event_are_no_deadline():
    body = ("Sở Văn hóa, Thể thao và Du lịch tổ chức Hội thi tuyên truyền lưu động toàn tỉnh năm 2025.\n"
            "Thời gian: từ ngày 15/5/2025 đến ngày 18/5/2025.\n"
            "Địa điểm: Quảng trường 24/3, thành phố Tam Kỳ.\n"
            "Đề nghị Trung tâm Văn hóa - Thể thao các huyện, thị xã, thành phố cử đội tham gia và đăng ký về Sở "
            "trước ngày 30/4/2025.")
    assert dates(read(body, SO)) == ["2025-04-30"]


def test_a_campaigns_days_under_a_time_label_stay_a_deadline():
    body = ("Đề nghị các địa phương tổ chức ra quân dọn vệ sinh môi trường.\n"
            "Thời gian: từ ngày 15/5/2025 đến hết ngày 15/6/2025.")
    assert dates(read(body)) == ["2025-06-15"]


def test_a_long_finish_phrase_before_vao_cuoi_quy():
    data = read("Giao Sở Thông tin và Truyền thông hoàn thành việc kết nối hệ thống quản lý văn bản với Trục "
                "liên thông văn bản quốc gia vào cuối quý II/2025.")
    assert dates(data) == ["2025-06-30"]
    assert data["tasks"][0]["deadline"] == "2025-06-30"


def test_a_heading_doi_voi_names_the_bodies_of_its_items():
    data = read("UBND tỉnh yêu cầu các cơ quan, địa phương triển khai các nội dung sau:\n"
                "1. Đối với UBND các huyện, thị xã, thành phố:\n"
                "a) Chỉ đạo UBND các xã tăng cường kiểm tra, giám sát;\n"
                "b) Báo cáo kết quả về Sở Nông nghiệp và Phát triển nông thôn trước ngày 25/4/2025.")
    tasks = data["tasks"]
    assert len(tasks) == 2
    assert tasks[0]["assignees"] == ["UBND các huyện, thị xã, thành phố", "UBND các xã"]
    assert tasks[1]["assignees"] == ["UBND các huyện, thị xã, thành phố"]
    assert tasks[1]["deadline"] == "2025-04-25"


def test_an_item_opening_with_bao_cao_as_a_verb_is_a_task():
    data = read("Ban Thường vụ Huyện đoàn đề nghị Ban Thường vụ các cơ sở Đoàn triển khai một số nội dung sau:\n"
                "1. Tổ chức ra quân đồng loạt vào ngày 02/3/2025.\n"
                "2. Báo cáo kết quả thực hiện về Huyện đoàn chậm nhất 10h00 ngày 31/3/2025.", DOAN)
    assert [t["text"].split()[0] for t in data["tasks"]] == ["Tổ", "Báo"]
    assert data["tasks"][1]["deadline"] == "2025-03-31"


def test_a_cited_report_item_is_no_task():
    data = read("Căn cứ các văn bản sau:\n- Báo cáo số 12/BC-UBND ngày 05/01/2025 của UBND tỉnh;\n"
                "- Báo cáo Kết quả kiểm tra năm 2024 của Sở Nội vụ.\n"
                "Đề nghị các sở, ngành nghiên cứu, thực hiện.")
    assert [t["text"].split()[0] for t in data["tasks"]] == ["Đề"]


def test_the_teams_of_a_council_are_bodies_of_their_own():
    data = read("Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu "
                "và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.")
    assert data["tasks"][0]["assignees"] == ["Thường trực Hội đồng nhân dân tỉnh",
                                             "các Ban của Hội đồng nhân dân tỉnh", "các Tổ đại biểu",
                                             "đại biểu Hội đồng nhân dân tỉnh"]


def test_an_item_directs_a_body_after_its_colon():
    data = read("UBND tỉnh giao nhiệm vụ cụ thể như sau:\n"
                "- Sở Y tế: Chủ trì kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.\n"
                "- UBND các huyện, thị xã, thành phố: Chỉ đạo UBND cấp xã tuyên truyền đến người dân.")
    assert data["tasks"][1]["assignees"] == ["UBND các huyện, thị xã, thành phố", "UBND cấp xã"]


def test_a_request_of_bodies_listed_after_cac_so_is_a_task():
    data = read("Yêu cầu Giám đốc các Sở: Nội vụ, Tài chính, Tư pháp có ý kiến góp ý bằng văn bản, gửi Văn phòng "
                "UBND tỉnh trước 16 giờ 30 phút ngày 14/3/2025.")
    assert len(data["tasks"]) == 1
    assert data["tasks"][0]["assignees"] == ["Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp"]
    assert data["tasks"][0]["deadline"] == "2025-03-14"
    assert [(d["date"], d["time"]) for d in data["deadlines"]] == [("2025-03-14", "16:30")]


def test_the_body_under_an_addressee_ending_truc_thuoc_is_no_part_of_it():
    data = read("Ban Thường vụ Huyện đoàn đề nghị các cơ sở Đoàn thực hiện tốt một số nội dung sau:\n"
                "- Xây dựng kế hoạch tổ chức hoạt động hè, gửi về Huyện đoàn trước ngày 10/5/2025;\n"
                "- Báo cáo tổng kết hoạt động hè gửi về Huyện đoàn chậm nhất ngày 20/8/2025.", DOAN)
    assert data["recipients"] == ["Các cơ sở Đoàn trực thuộc"]
    assert dates(data) == ["2025-05-10", "2025-08-20"]
    assert [t["deadline"] for t in data["tasks"]] == ["2025-05-10", "2025-08-20"]


def test_an_addressee_wrapped_after_thuoc_still_goes_on():
    head = UBND.replace("Kính gửi: Các sở, ban, ngành tỉnh\n", "Kính gửi: Các đơn vị sự nghiệp thuộc\nỦy ban nhân dân tỉnh\n")
    data = read("Đề nghị các đơn vị báo cáo trước ngày 20/3/2025.", head)
    assert data["recipients"] == ["Các đơn vị sự nghiệp thuộc Ủy ban nhân dân tỉnh"]


def test_an_approval_after_nhu_sau_names_no_deadline():
    data = read("Xét đề nghị của Sở Văn hóa và Thể thao tại Tờ trình số 55/TTr-SVHTT ngày 01/3/2025, Chủ tịch UBND tỉnh "
                "có ý kiến như sau:\nĐồng ý để Sở Văn hóa và Thể thao phối hợp với UBND thành phố Tam Kỳ tổ chức Lễ "
                "hội đường phố từ ngày 30/4/2025 đến ngày 02/5/2025.")
    assert dates(data) == []


def test_a_span_of_two_dates_with_a_dash_opening_an_item():
    data = read("Sở Giáo dục và Đào tạo thông báo lịch công tác như sau:\n"
                "- Từ ngày 21/4 - 30/4/2025: các trường tổ chức cho thí sinh đăng ký dự thi trực tuyến;\n"
                "- Ngày 26, 27/6/2025: tổ chức kỳ thi.")
    assert dates(data) == ["2025-04-30"]


def test_the_office_of_two_councils_after_its_chiefs_title_is_one_body():
    data = read("Giao Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ huyện theo dõi, đôn đốc việc thực hiện.")
    assert data["tasks"][0]["assignees"] == ["Văn phòng HĐND và UBND huyện", "phòng Nội vụ huyện"]


def test_a_notice_under_a_single_addressee_opens_the_body():
    head = UBND.replace("Kính gửi: Các sở, ban, ngành tỉnh\n", "Kính gửi: Các đơn vị trực thuộc\n")
    data = read("Phòng Nội vụ thông báo lịch tiếp công dân định kỳ của lãnh đạo huyện.\n"
                "Đề nghị các đơn vị báo cáo trước ngày 20/5/2025.", head)
    assert data["recipients"] == ["Các đơn vị trực thuộc"]
    assert dates(data) == ["2025-05-20"]


REMINDER = UBND.replace("ngày 10 tháng 3 năm 2025", "ngày 18 tháng 4 năm 2025")


def test_a_request_told_with_its_past_day_is_no_task_of_the_reminder():
    data = read("Ngày 20/3/2025, UBND tỉnh có Công văn số 900/UBND-TH đề nghị các sở, ngành báo cáo kết quả thực "
                "hiện trước ngày 30/4/2025. Đến nay, mới có 05 đơn vị gửi báo cáo. UBND tỉnh đề nghị các đơn vị còn "
                "lại khẩn trương thực hiện.", REMINDER)
    assert [t["text"].split()[:4] for t in data["tasks"]] == [["UBND", "tỉnh", "đề", "nghị"]]
    assert dates(data) == ["2025-04-30"]  # the earlier dispatch's deadline, repeated, is still listed


def test_a_request_after_a_days_clause_and_a_semicolon_still_asks():
    data = read("Ngày 15/4/2025, Bộ Y tế ban hành Công văn số 123/BYT-DP về phòng chống dịch; UBND tỉnh đề nghị Sở Y "
                "tế triển khai thực hiện.", REMINDER)
    assert [t["assignees"] for t in data["tasks"]] == [["Sở Y tế"]]


@pytest.mark.parametrize("label", ["Thời gian thực hiện: từ nay đến ngày 30/6/2025.",
                                   "Thời gian thực hiện: từ nay đến hết ngày 30/6/2025."])
def test_a_time_label_after_a_request_gives_it_its_deadline(label):
    data = read("Đề nghị UBND các huyện, thị xã, thành phố tổ chức tổng vệ sinh môi trường, diệt lăng quăng phòng "
                "chống sốt xuất huyết.\n" + label)
    assert dates(data) == ["2025-06-30"]
    assert [t["deadline"] for t in data["tasks"]] == ["2025-06-30"]


def test_an_item_doi_voi_x_colon_names_x():
    data = read("Để bảo đảm an toàn trong mùa mưa bão, UBND tỉnh yêu cầu:\n"
                "1. Đối với Bộ Chỉ huy Quân sự tỉnh: xây dựng phương án huy động lực lượng ứng cứu khi có bão.\n"
                "2. Đối với Công an tỉnh: bảo đảm an ninh trật tự tại các khu vực sơ tán.")
    assert [t["assignees"] for t in data["tasks"]] == [["Bộ Chỉ huy Quân sự tỉnh"], ["Công an tỉnh"]]


def test_a_task_with_a_period_and_a_report_date_is_due_at_the_first():
    data = read("Đề nghị các đơn vị tổ chức các hoạt động Tháng hành động vì trẻ em từ ngày 01 - 30/6/2025 và báo cáo "
                "kết quả về Sở trước ngày 05/7/2025.")
    assert dates(data) == ["2025-06-30", "2025-07-05"]
    assert [t["deadline"] for t in data["tasks"]] == ["2025-06-30"]


def test_a_reminder_lists_the_earlier_deadline_and_asks_only_its_own_request():
    data = read("Ngày 15/4/2025, Sở Lao động - Thương binh và Xã hội có Công văn số 720/SLĐTBXH-BTXH đề nghị Phòng Lao "
                "động - Thương binh và Xã hội các huyện báo cáo kết quả rà soát hộ nghèo trước ngày 10/5/2025.\n"
                "Đến nay, Sở mới nhận được báo cáo của 06/13 đơn vị. Sở đề nghị các đơn vị chưa gửi báo cáo khẩn "
                "trương hoàn thành, gửi về Sở chậm nhất ngày 16/5/2025.",
                UBND.replace("ngày 10 tháng 3 năm 2025", "ngày 12 tháng 5 năm 2025"))
    assert dates(data) == ["2025-05-10", "2025-05-16"]
    # one task, the reminder's own (its body's name is cut at "chưa" by the name reader, left as it is here)
    assert [t["deadline"] for t in data["tasks"]] == ["2025-05-16"]
    assert data["tasks"][0]["text"].startswith("Sở đề nghị các đơn vị chưa gửi báo cáo")


def test_a_past_day_told_as_an_event_is_still_no_deadline():
    data = read("Đề nghị các đơn vị tiếp tục triển khai các nội dung đã thống nhất tại hội nghị tổ chức trước ngày "
                "01/3/2025.")
    assert dates(data) == []


def test_a_faculty_named_on_its_own_has_its_duty():
    data = read("Đồng ý cho Khoa Sư phạm tổ chức Hội thảo khoa học cấp khoa vào ngày 28/5/2025 tại Hội trường A.\n"
                "Khoa Sư phạm có trách nhiệm chuẩn bị nội dung, cơ sở vật chất và báo cáo kết quả về Phòng Khoa học "
                "trước ngày 10/6/2025.")
    assert [(t["assignees"], t["deadline"]) for t in data["tasks"]] == [(["Khoa Sư phạm"], "2025-06-10")]
