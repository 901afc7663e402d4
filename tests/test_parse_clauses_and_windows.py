"""Clauses of tasks that read otherwise than they look, on made-up sentences of the kind a Government
resolution, a provincial decision or a reminder holds (not taken from any document): an execution clause whose
list of bodies a page wrapped after a semicolon, the owners of what is reported after ``của``, a request denied
(``Không yêu cầu``), bodies set apart by ``Riêng``, a short name the text gives its addressees, whom the heads
answer to, the closing that says whom to ask, the window of a weekly report, and an item that follows up."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract
from tests.test_parse_task_mechanisms import letter

WIDE = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025 và các văn bản hướng dẫn thi hành;\n"


def _decision(articles: str) -> list[dict]:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 1486/QĐ-UBND\nGia Lai, ngày 12 tháng 5 năm 2026\nQUYẾT ĐỊNH\nBan hành Kế hoạch tổ chức Hội nghị\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIA LAI\n" + WIDE * 3 + "QUYẾT ĐỊNH:\n" + articles +
            "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, KTTH.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐỗ Văn Quyết\n")
    return to_contract(parse_text(text).fields)["tasks"]


def test_an_execution_clause_wrapped_after_a_semicolon_is_one_task():
    tasks = _decision(
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổ chức Hội nghị xúc tiến đầu tư tỉnh Gia\n"
        "Lai năm 2026.\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở: Tài chính, Công Thương, Y\n"
        "tế, Khoa học và Công nghệ; Giám đốc Sở Văn hóa, Thể thao và Du lịch; Giám đốc Công an tỉnh;\n"
        "Trưởng Ban Quản lý Khu kinh tế tỉnh; Chủ tịch Ủy ban nhân dân phường Quy Nhơn và Thủ trưởng\n"
        "các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.\n")
    (task,) = tasks
    assert task["text"].startswith("Chánh Văn phòng Ủy ban nhân dân tỉnh;")
    assert task["assignees"][0] == "Văn phòng Ủy ban nhân dân tỉnh"
    assert "Ban Quản lý Khu kinh tế tỉnh" in task["assignees"] and "Sở Y tế" in task["assignees"]


def test_the_owners_after_cua_are_no_subject_of_a_later_clause():
    tasks = letter("2. Bộ Tài chính:\n\na) Định kỳ hằng tháng tổng hợp tình hình giải ngân của các bộ, cơ quan trung "
                   "ương và địa phương, báo cáo Thủ tướng Chính phủ tại phiên họp Chính phủ thường kỳ.\n")
    assert [t["assignees"] for t in tasks] == [["Bộ Tài chính"]]


def test_a_request_denied_asks_the_items_bodies():
    tasks = letter("1. Ủy ban nhân dân các xã, phường:\n\na) Không yêu cầu tổ chức, cá nhân nộp bản sao giấy tờ đã "
                   "được số hóa hoặc có thể khai thác từ cơ sở dữ liệu.\n")
    assert [t["assignees"] for t in tasks] == [["Ủy ban nhân dân các xã, phường"]]


def test_a_verb_of_reform_ends_the_body_that_opens_the_item():
    tasks = letter("Đề nghị các bộ thực hiện các nội dung sau:\n\n"
                   "a) Bộ Nông nghiệp và Môi trường rút ngắn thời gian giải quyết thủ tục đăng ký đất đai.\n\n"
                   "b) Bộ Tư pháp cắt giảm các thủ tục hành chính không cần thiết.\n")
    assert [t["assignees"] for t in tasks] == [["Bộ Nông nghiệp và Môi trường"], ["Bộ Tư pháp"]]


def test_providers_of_networks_and_the_portal_are_bodies():
    (task,) = letter("Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh và Viễn "
                     "thông Lâm Đồng nâng cấp hệ thống thông tin giải quyết thủ tục hành chính.")
    assert task["assignees"] == ["Sở Khoa học và Công nghệ", "Văn phòng Ủy ban nhân dân tỉnh", "Viễn thông Lâm Đồng"]


def test_bodies_set_apart_by_rieng_are_what_the_request_asks():
    tasks = letter("Đến nay, Ủy ban nhân dân tỉnh mới nhận được báo cáo của 19/27 cơ quan, đơn vị. Riêng Sở Y tế, "
                   "Sở Giáo dục và Đào tạo đã gửi báo cáo nhưng số liệu chưa thống nhất, đề nghị rà soát, điều chỉnh "
                   "và gửi lại báo cáo trước ngày 28/10/2026.")
    assert [(t["assignees"], t["deadline"]) for t in tasks] == [
        (["Sở Y tế", "Sở Giáo dục và Đào tạo"], "2026-10-28")]


def test_the_short_name_of_the_addressees_names_them():
    text = ("BẢO HIỂM XÃ HỘI VIỆT NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 3120/BHXH-QLT\nHà Nội, ngày 25 tháng 11 năm 2026\nV/v đẩy mạnh thu, giảm nợ\n"
            "Kính gửi: Bảo hiểm xã hội các tỉnh, thành phố trực thuộc trung ương.\n"
            "Bảo hiểm xã hội Việt Nam đề nghị Giám đốc Bảo hiểm xã hội các tỉnh, thành phố trực thuộc trung ương "
            "(sau đây gọi là BHXH tỉnh) tập trung chỉ đạo thực hiện các nội dung sau:\n"
            "1. Rà soát, phân loại đơn vị nợ theo thời gian nợ.\n"
            "BHXH tỉnh báo cáo kết quả thu, giảm nợ về Bảo hiểm xã hội Việt Nam trước ngày 20/12/2026; Giám đốc "
            "BHXH tỉnh chịu trách nhiệm trước Tổng Giám đốc nếu để tỷ lệ nợ tăng.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. TỔNG GIÁM ĐỐC\nPHÓ TỔNG GIÁM ĐỐC\nTrần Đình Liệu\n")
    tasks = to_contract(parse_text(text).fields)["tasks"]
    assert [(t["text"][:9], t["assignees"], t["deadline"]) for t in tasks][-1] == (
        "BHXH tỉnh", ["BHXH tỉnh"], "2026-12-20")


def test_whom_the_heads_answer_to_adds_no_body():
    (task,) = letter("Yêu cầu Thủ trưởng các cơ quan, đơn vị có liên quan triển khai thực hiện nghiêm túc; trường hợp "
                     "để xảy ra cháy, nổ do buông lỏng quản lý, Thủ trưởng cơ quan, đơn vị phải chịu trách nhiệm trước "
                     "Chủ tịch Ủy ban nhân dân tỉnh.")
    assert task["assignees"] == ["các cơ quan, đơn vị có liên quan"]


def test_the_window_of_a_weekly_report_is_no_deadline():
    (task,) = letter("Giao Phòng Kinh tế theo dõi tình hình thị trường, tổng hợp báo cáo Ủy ban nhân dân tỉnh định kỳ "
                     "hằng tuần trong thời gian từ ngày 15/12/2026 đến ngày 15/02/2027.")
    assert task["deadline"] is None
    (task,) = letter("Đề nghị các đơn vị duy trì lực lượng trực từ ngày 15/12/2026 đến ngày 15/02/2027.")
    assert task["deadline"] == "2027-02-15"


def test_an_item_that_follows_up_cites_nothing():
    tasks = letter("III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU\n"
                   "- Theo dõi sát diễn biến cung cầu, giá cả các mặt hàng thiết yếu để kịp thời tham mưu biện pháp "
                   "điều tiết.\n\n- Kết nối doanh nghiệp phân phối với hợp tác xã.\n")
    assert [t["text"].split()[0] for t in tasks] == ["Theo", "Kết"]
