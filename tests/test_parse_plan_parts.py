"""A plan read as a clerk reads it: the activities listed under its ``Nội dung`` or ``Nhiệm vụ`` part
are tasks even when no body is named and the opening sentence only issues the plan; a ``báo cáo
viên`` (a speaker) is no report."""

from dispatch_tools.parse import parse_text, to_contract

HEAD = ("ỦY BAN NHÂN DÂN\nHUYỆN CẦN GIUỘC\nSố: 71/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nCần Giuộc, ngày 02 tháng 6 năm 2025\nKẾ HOẠCH\n"
        "Tổ chức Ngày Pháp luật Việt Nam năm 2025 trên địa bàn huyện\n"
        "Thực hiện Kế hoạch số 88/KH-UBND ngày 20/5/2025 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân huyện ban hành "
        "Kế hoạch tổ chức Ngày Pháp luật Việt Nam năm 2025 như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Nâng cao ý thức tôn trọng, chấp hành pháp luật của cán bộ và Nhân dân.\n"
        "2. Các hoạt động được tổ chức thiết thực, tiết kiệm.\n")
FOOT = ("Nơi nhận:\n- UBND tỉnh;\n- Các cơ quan, đơn vị;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n"
        "PHÓ CHỦ TỊCH\nNguyễn Thị Lan\n")
ORGANISE = ("III. TỔ CHỨC THỰC HIỆN\n"
            "1. Phòng Tư pháp\n"
            "Chủ trì tham mưu tổ chức các hoạt động của Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân dân "
            "huyện trước ngày 20/11/2025.\n"
            "2. Công an huyện\n"
            "Cử báo cáo viên tham gia các buổi tọa đàm tại các xã, thị trấn.\n")


def _tasks(body: str) -> list[dict]:
    return to_contract(parse_text(HEAD + body + FOOT).fields)["tasks"]


def test_the_activities_of_a_plan_s_content_part_are_tasks():
    for heading in ("II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN\n1. Thời gian: từ ngày 01/11/2025 đến hết ngày "
                    "15/11/2025.\n2. Nội dung\n", "II. NHIỆM VỤ VÀ GIẢI PHÁP\n"):
        tasks = _tasks(heading + "a) Tổ chức tọa đàm, giao lưu tìm hiểu pháp luật tại các xã, thị trấn.\n"
                       "b) Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật tại trụ sở các cơ quan.\n" + ORGANISE)
        assert [t["text"].split()[0] for t in tasks] == ["Tổ", "Treo", "Chủ", "Cử"], heading
        assert [t["assignees"] for t in tasks[:2]] == [[], []]


def test_the_purposes_of_a_plan_stay_no_tasks():
    tasks = _tasks("II. NỘI DUNG\na) Tổ chức tọa đàm tại các xã.\n" + ORGANISE)
    assert not any(t["text"].startswith(("Nâng cao", "Các hoạt động")) for t in tasks)


def test_a_speaker_is_no_report_and_takes_no_deadline_of_the_plan():
    tasks = _tasks("II. THỜI GIAN\nTừ ngày 01/11/2025 đến hết ngày 15/11/2025.\n" + ORGANISE)
    police = [t for t in tasks if t["assignees"] == ["Công an huyện"]]
    assert len(police) == 1
    assert police[0]["report"] is False and police[0]["deadline"] is None


def test_an_action_item_misread_with_a_colon_is_still_a_task():
    tasks = _tasks("II. NỘI DUNG\n"
                   "a) Tổ chức tọa đàm, giao lưu tìm hiểu pháp luật tại các xã, thị trấn.\n"
                   "b) Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật tại trụ sở các cơ quan:\n"
                   "c) Đăng tải tin, bài trên Trang thông tin điện tử huyện.\n" + ORGANISE + "3. Phòng Văn hóa và Thông tin:\n")
    assert [t["text"].split()[0] for t in tasks] == ["Tổ", "Treo", "Đăng", "Chủ", "Cử"]  # a body's cut heading: none


def test_a_paragraph_under_a_numbered_body_takes_its_number_and_heading():
    data = to_contract(parse_text(HEAD + ORGANISE + FOOT).fields)
    details = [(d["number"], d["heading"]) for d in data["task_details"]]
    assert details == [("III.1", "Phòng Tư pháp"), ("III.2", "Công an huyện")]
