"""Tasks of government resolutions and decisions, composed apart from the development documents: a plan's
task table printed after the decision's signature, a table written with pipes on a page that lost its line
breaks, and a submission due within a year (``…, trình Thủ tướng Chính phủ trong năm 2026``)."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.flat import pipe_table_cuts

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 128/QĐ-UBND\nThanh Hóa, ngày 15 tháng 01 năm 2026\nQUYẾT ĐỊNH\n"
        "Ban hành Kế hoạch cải cách hành chính tỉnh năm 2026\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính tỉnh năm 2026.\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
        "Điều 3. Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.\n")
FOOT = "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nCHỦ TỊCH\nĐỗ Minh Tuấn\n"
ANNEX = ("KẾ HOẠCH\nCải cách hành chính tỉnh năm 2026\n(Ban hành kèm theo Quyết định số 128/QĐ-UBND ngày 15/01/2026)\n"
         "STT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn thành\n"
         "1\nRà soát, đơn giản hóa thủ tục hành chính của tỉnh\nSở Nội vụ\nCác sở, ban, ngành\nQuý II/2026\n"
         "2\nKiểm tra công tác cải cách hành chính\nSở Nội vụ\nThanh tra tỉnh\nHằng năm\n")


def read(text: str) -> dict:
    return to_contract(parse_text(text).fields)


def test_a_task_table_printed_after_the_signature_gives_its_rows():
    data = read(HEAD + FOOT + ANNEX)
    rows = [(t["text"], t["assignees"], t["deadline"]) for t in data["tasks"][1:]]
    assert rows == [("Rà soát, đơn giản hóa thủ tục hành chính của tỉnh", ["Sở Nội vụ", "Các sở, ban, ngành"], "2026-06-30"),
                    ("Kiểm tra công tác cải cách hành chính", ["Sở Nội vụ", "Thanh tra tỉnh"], None)]
    assert "2026-06-30" in [d["date"] for d in data["deadlines"]]


def test_a_pipe_table_on_a_flattened_line_gets_a_line_a_row():
    line = ("II. NHIEM VU | STT | Noi dung | Chu tri | Phoi hop | Thoi gian | | 1 | Ra soat | So A | | Quy III/2026 | "
            "| 2 | Kiem tra | So B | So C | Nam 2026 | III. TO CHUC THUC HIEN 1. Cac so")
    out = list(line)
    for pos in pipe_table_cuts(line):
        out[pos] = "\n"
    assert "".join(out).split("\n") == [
        "II. NHIEM VU", "| STT | Noi dung | Chu tri | Phoi hop | Thoi gian |", "| 1 | Ra soat | So A | | Quy III/2026 |",
        "| 2 | Kiem tra | So B | So C | Nam 2026 |", "III. TO CHUC THUC HIEN 1. Cac so"]


def test_a_plan_on_one_line_reads_its_pipe_tables_rows():
    page = ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "Số: 415/KH-UBND Nghệ An, ngày 20 tháng 7 năm 2026 KẾ HOẠCH Triển khai chính sách hỗ trợ hộ kinh doanh "
            "Thực hiện Nghị quyết số 212/NQ-CP ngày 14/7/2026 của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau: "
            "I. NHIỆM VỤ CỤ THỂ | STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | "
            "| 1 | Tiếp nhận, thẩm định hồ sơ đề nghị hỗ trợ | Sở Tài chính | Ủy ban nhân dân các xã, phường | Quý III/2026 | "
            "| 2 | Kiểm tra việc chi trả kinh phí hỗ trợ | Sở Tài chính | Thanh tra tỉnh | Thường xuyên | "
            "II. TỔ CHỨC THỰC HIỆN Giao Sở Tài chính theo dõi, đôn đốc việc thực hiện Kế hoạch này./. "
            "Nơi nhận: - Bộ Tài chính; - Lưu: VT, KT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Đệ")
    tasks = [(t["text"], t["assignees"], t["deadline"]) for t in read(page)["tasks"]]
    assert tasks[:2] == [
        ("Tiếp nhận, thẩm định hồ sơ đề nghị hỗ trợ", ["Sở Tài chính", "Ủy ban nhân dân các xã, phường"], "2026-09-30"),
        ("Kiểm tra việc chi trả kinh phí hỗ trợ", ["Sở Tài chính", "Thanh tra tỉnh"], None)]


def test_a_submission_due_within_a_year_ends_on_its_last_day():
    body = ("Điều 2. Tổ chức thực hiện\nBộ Giáo dục và Đào tạo chủ trì tổ chức triển khai Kế hoạch; xây dựng chương trình "
            "bồi dưỡng giáo viên, trình Thủ tướng Chính phủ trong năm 2026.\n")
    data = read(HEAD.replace("Điều 2.", "Điều 4.") + body + FOOT)
    assert "2026-12-31" in [d["date"] for d in data["deadlines"]]
    # a goal's horizon after trong is none
    data = read(HEAD + "Điều 4. Sở Nội vụ tổ chức triển khai để hoàn thiện các mục tiêu trong năm 2026.\n" + FOOT)
    assert "2026-12-31" not in [d["date"] for d in data["deadlines"]]


def test_a_date_after_a_task_table_is_not_its_last_rows():
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 77/KH-UBND\nĐồng Tháp, ngày 03 tháng 3 năm 2026\nKẾ HOẠCH\nChuyển đổi số năm 2026\n"
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số năm 2026 như sau:\nI. NHIỆM VỤ\n"
            "TT\nNội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời gian thực hiện\n"
            "1\nNâng cấp Trung tâm dữ liệu tỉnh\nSở Khoa học và Công nghệ\nVăn phòng UBND tỉnh\nQuý IV/2026\n"
            "2\nTuyên truyền kỹ năng số cho người dân\nSở Văn hóa, Thể thao và Du lịch\nTỉnh Đoàn\nThường xuyên\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ là cơ quan thường trực, giúp Ủy ban nhân dân tỉnh "
            "theo dõi việc thực hiện; tổng hợp, báo cáo trước ngày 20 tháng 11 năm 2026.\n")
    tasks = read(plan + FOOT)["tasks"]
    row = next(t for t in tasks if t["text"].startswith("Tuyên truyền"))
    assert row["deadline"] is None


UBND = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 55/KH-UBND\nQuảng Nam, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\nTriển khai chính sách hỗ trợ năm 2026\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n")
SIGN = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n"


CV = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "Số: 1234/UBND-VX\nQuảng Nam, ngày 10 tháng 3 năm 2026\nV/v phòng, chống dịch sốt xuất huyết\n"
      "Kính gửi: Ủy ban nhân dân các xã, phường\n")


def tasks_of(body: str, head: str = UBND) -> list[tuple]:
    return [(t["text"][:40], t["assignees"], t["deadline"]) for t in read(head + body + SIGN)["tasks"]]


def test_bodies_that_act_on_a_basis_printed_before_their_verb_are_asked():
    tasks = tasks_of("Các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được giao tại Kế "
                     "hoạch này chủ động triển khai thực hiện; báo cáo kết quả về Sở Tài chính trước ngày 05 tháng 12 "
                     "năm 2026.\nGiao Sở Tài chính theo dõi, đôn đốc việc thực hiện.")
    assert tasks == [("Các sở, ban, ngành cấp tỉnh, Ủy ban nhân", ["Các sở, ban, ngành cấp tỉnh", "Ủy ban nhân dân các xã, phường"],
                      "2026-12-05"),
                     ("Giao Sở Tài chính theo dõi, đôn đốc việc", ["Sở Tài chính"], None)]


def test_the_standing_office_of_a_plan_is_asked_what_it_helps_do():
    tasks = tasks_of("Sở Khoa học và Công nghệ là cơ quan thường trực, giúp Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc "
                     "thực hiện Kế hoạch; tổng hợp, báo cáo trước ngày 20 tháng 11 năm 2026.")
    assert tasks == [("Sở Khoa học và Công nghệ là cơ quan thườ", ["Sở Khoa học và Công nghệ"], "2026-11-20")]
    # naming the office alone asks nothing
    assert tasks_of("Sở Nội vụ là cơ quan thường trực của Hội đồng Thi đua - Khen thưởng tỉnh.") == []


def test_a_requirements_heading_whose_marker_was_lost_asks_nothing():
    body = ("I. MỤC ĐÍCH, YÊU CẦU\nMục đích\nTriển khai kịp thời chính sách hỗ trợ.\nYêu cầu\nXác định rõ nhiệm vụ, "
            "cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành.\nII. TỔ CHỨC THỰC HIỆN\n"
            "Giao Sở Tài chính theo dõi, đôn đốc việc thực hiện.")
    assert [t[0] for t in tasks_of(body)] == ["Giao Sở Tài chính theo dõi, đôn đốc việc"]


def test_a_rate_set_among_unmarked_items_is_no_task():
    body = ("Giao Ủy ban nhân dân các xã, phường:\nHuy động người dân tham gia chiến dịch vệ sinh môi trường;\n"
            "Bố trí kinh phí cho công tác phòng, chống dịch.\nMức chi bồi dưỡng cho người tham gia chiến dịch thực hiện "
            "theo quy định hiện hành của Bộ Tài chính.")
    assert [t[0] for t in tasks_of(body, CV)] == ["Huy động người dân tham gia chiến dịch v", "Bố trí kinh phí cho công tác phòng, chốn"]


TTG = ("THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 31/CT-TTg\n"
       "Hà Nội, ngày 20 tháng 10 năm 2026\nCHỈ THỊ\nVề đẩy mạnh giải ngân vốn đầu tư công\n"
       "Đến hết tháng 9 năm 2026, tỷ lệ giải ngân vốn đầu tư công mới đạt 52% kế hoạch.\n")
TTG_SIGN = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTHỦ TƯỚNG\nPhạm Minh Chính\n"
UBND_TW = ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]


def test_unnumbered_body_headings_with_a_colon_give_their_dash_items():
    body = ("Để giải ngân trên 95% kế hoạch vốn năm 2026, Thủ tướng Chính phủ yêu cầu:\nBộ Tài chính:\n"
            "- Chủ trì rà soát, điều chuyển kế hoạch vốn của các dự án chậm giải ngân;\n"
            "- Chỉ đạo Kho bạc Nhà nước rút ngắn thời gian kiểm soát chi.\n"
            "Ủy ban nhân dân các tỉnh, thành phố trực\nthuộc trung ương:\n"
            "- Thành lập tổ công tác đặc biệt để đôn đốc giải ngân;\n"
            "- Đẩy nhanh công tác giải phóng mặt bằng, hoàn thành trong tháng 12 năm 2026.\n")
    tasks = [(t["text"][:30], t["assignees"], t["deadline"]) for t in read(TTG + body + TTG_SIGN)["tasks"]]
    assert tasks == [("Chủ trì rà soát, điều chuyển k", ["Bộ Tài chính"], None),
                     ("Chỉ đạo Kho bạc Nhà nước rút n", ["Bộ Tài chính", "Kho bạc Nhà nước"], None),
                     ("Thành lập tổ công tác đặc biệt", UBND_TW, None),
                     ("Đẩy nhanh công tác giải phóng ", UBND_TW, "2026-12-31")]


def test_a_heading_that_names_bodies_and_their_remit_gives_its_points_those_bodies():
    body = ("Thủ tướng Chính phủ yêu cầu:\n1. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các "
            "tỉnh, thành phố trực thuộc trung ương theo chức năng, nhiệm vụ được giao:\n"
            "a) Xây dựng kế hoạch thực hiện Chỉ thị, ban hành trước ngày 31 tháng 10 năm 2026;\n"
            "b) Định kỳ hằng quý báo cáo tình hình thực hiện về Bộ Tài chính.\n")
    tasks = [(t["text"][:30], t["assignees"], t["deadline"]) for t in read(TTG + body + TTG_SIGN)["tasks"]]
    bodies = ["Các bộ", "cơ quan ngang bộ", "cơ quan thuộc Chính phủ"] + UBND_TW
    assert tasks == [("Xây dựng kế hoạch thực hiện Ch", bodies, "2026-10-31"),
                     ("Định kỳ hằng quý báo cáo tình ", bodies, None)]


def test_a_numbered_item_that_asks_nothing_keeps_its_dates_from_the_item_before():
    body = ("Để Nhân dân đón Tết an toàn, Thủ tướng Chính phủ chỉ thị:\n"
            "1. Bộ Văn hóa, Thể thao và Du lịch hướng dẫn các địa phương tổ chức các hoạt động mừng Xuân.\n"
            "2. Thời gian nghỉ Tết Nguyên đán của cán bộ, công chức từ ngày 04 tháng 02 năm 2027 đến hết ngày 10 tháng "
            "02 năm 2027.\n")
    tasks = read(TTG + body + TTG_SIGN)["tasks"]
    assert [(t["assignees"], t["deadline"]) for t in tasks] == [(["Bộ Văn hóa, Thể thao và Du lịch"], None)]


def test_a_tab_table_on_a_page_dumped_on_one_line_gives_its_rows():
    plan = """ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 230/KH-UBND
Bình Định, ngày 14 tháng 4 năm 2026
KẾ HOẠCH
Thực hiện Chương trình phát triển nhà ở xã hội trên địa bàn tỉnh năm 2026
Thực hiện Nghị quyết số 33/NQ-CP ngày 11/3/2023 của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC TIÊU
Hoàn thành đầu tư xây dựng 2.000 căn hộ nhà ở xã hội trong năm 2026.
II. NHIỆM VỤ CỤ THỂ
STT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn hoàn thành
1\tRà soát quỹ đất dành để phát triển nhà ở xã hội\tSở Nông nghiệp và Môi trường\tỦy ban nhân dân các xã, phường\tTrước ngày 30/6/2026
2\tLựa chọn chủ đầu tư các dự án nhà ở xã hội\tSở Xây dựng\tSở Tài chính\tQuý III/2026
3\tKiểm tra việc xét duyệt đối tượng mua, thuê nhà ở xã hội\tSở Xây dựng\tCông an tỉnh\tHằng năm
III. TỔ CHỨC THỰC HIỆN
Giao Sở Xây dựng chủ trì, phối hợp với các sở, ngành liên quan theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2026.
Nơi nhận:
- Bộ Xây dựng;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lâm Hải Giang
"""
    page = " ".join(plan.split("\n")).strip()  # the page dumped on one line, its table's tabs kept
    tasks = [(t["text"], t["assignees"], t["deadline"]) for t in read(page)["tasks"]]
    assert tasks[:3] == [
        ("Rà soát quỹ đất dành để phát triển nhà ở xã hội", ["Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã, phường"],
         "2026-06-30"),
        ("Lựa chọn chủ đầu tư các dự án nhà ở xã hội", ["Sở Xây dựng", "Sở Tài chính"], "2026-09-30"),
        ("Kiểm tra việc xét duyệt đối tượng mua, thuê nhà ở xã", ["Sở Xây dựng", "Công an tỉnh"], None)]  # twelve words


def test_a_pipe_tables_rule_row_on_a_flattened_line_is_a_row_of_its_own():
    line = "I. NV | TT | Noi dung | Chu tri | Thoi gian | |---|---|---|---| | 1 | Ra soat | So A | Quy III/2026 | II. TO CHUC"
    out = list(line)
    for pos in pipe_table_cuts(line):
        out[pos] = "\n"
    assert "".join(out).split("\n") == ["I. NV", "| TT | Noi dung | Chu tri | Thoi gian |", "|---|---|---|---|",
                                        "| 1 | Ra soat | So A | Quy III/2026 |", "II. TO CHUC"]
