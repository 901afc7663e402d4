"""Tasks as a structure: one test per failure the parser showed on dispatches it had not seen
(execution clauses, rules of law, approvals, replies, request sentences, assignee spans that ran
on, a verb misread by OCR), and the roles and deadlines of a task."""

from __future__ import annotations

import pytest

from dispatch_tools.options import Options
from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.pipeline import read
from tests.conftest import SAMPLES

HEADER = """{issuer}
Số: {number}
{subject}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 05 tháng 3 năm 2025

{body}
"""

DECISION = HEADER.format(issuer="ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN", number="15/QĐ-UBND", subject="QUYẾT ĐỊNH\n"
                         "Về việc công nhận trường đạt chuẩn quốc gia", body="{body}")
LETTER = HEADER.format(issuer="VĂN PHÒNG CHÍNH PHỦ", number="123/VPCP-KTTH", subject="V/v thực hiện ý kiến chỉ đạo",
                       body="Kính gửi: Bộ Tài chính; Bộ Kế hoạch và Đầu tư.\n\n{body}")


def tasks_of(template: str, body: str) -> list[dict]:
    return to_contract(parse_text(template.format(body=body)).fields)["tasks"]


def test_the_execution_clause_of_a_decision_is_one_task_with_all_its_bodies():
    body = ("Điều 1. Công nhận Trường Tiểu học Minh Hoàng đạt chuẩn quốc gia mức độ 1.\n"
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký. Chánh Văn phòng UBND tỉnh, "
            "Giám đốc các sở: Giáo dục và Đào tạo, Kế hoạch và Đầu tư, Nội vụ; Chủ tịch UBND huyện Phù Cừ "
            "và thủ trưởng các cơ quan liên quan căn cứ Quyết định thi hành./.")
    (task,) = tasks_of(DECISION, body)
    assert task["text"].startswith("Chánh Văn phòng UBND tỉnh")
    assert task["assignees"] == ["Văn phòng UBND tỉnh", "Sở Giáo dục và Đào tạo", "Sở Kế hoạch và Đầu tư",
                                 "Sở Nội vụ", "UBND huyện Phù Cừ", "các cơ quan liên quan"]


def test_an_execution_clause_whose_words_a_web_page_glued():
    body = ("Điều 3. Các ông, bà: Chánh Văn phòng UBND tỉnh;Giám đốc các Sở: Giáo dục và Đào tạo, Tài chính;"
            "Chủ tịch UBND huyện Na Hang; Thủ trưởng các đơn vị liên quan chịu trách nhiệmthi hành Quyết định này./.")
    (task,) = tasks_of(DECISION, body)
    assert task["assignees"] == ["Văn phòng UBND tỉnh", "Sở Giáo dục và Đào tạo", "Sở Tài chính",
                                 "UBND huyện Na Hang", "các đơn vị liên quan"]


@pytest.mark.parametrize("rule", [
    "Điều 2. Mức trợ cấp hằng tháng được hưởng từ ngày 01 tháng 7 năm 2025.",
    "Điều 3. Thông tư này có hiệu lực kể từ ngày 15 tháng 4 năm 2025.",
    "Điều 1. Đồng ý cho Trường Đại học Đà Nẵng thành lập Viện Nghiên cứu Việt - Anh.",
    "1. Tổ chức, cá nhân được phép khai thác vượt không quá 15% công suất mà không phải thực hiện thủ tục điều chỉnh.",
    "3. Bộ Tài chính, Bộ Nông nghiệp và Môi trường chịu trách nhiệm về các nội dung, số liệu báo cáo.",
])
def test_rules_of_law_and_approvals_give_no_task(rule):
    assert tasks_of(DECISION, rule) == []


def test_a_reply_that_asks_nothing_gives_no_task():
    body = ("Trả lời Công văn số 325/BHXH-CĐBHXH ngày 12/3/2015 của Bảo hiểm xã hội thành phố Đà Nẵng, "
            "BHXH Việt Nam có ý kiến như sau:\n"
            "Theo quy định tại Thông tư số 41/2009/TT-BLĐTBXH, việc tính thời gian công tác trước ngày 01/01/1995 "
            "được thực hiện theo hướng dẫn tại các văn bản quy định trước đây.\n"
            "Văn phòng Chính phủ xin thông báo để Bộ Tài chính biết, thực hiện./.")
    assert tasks_of(LETTER, body) == []


def test_a_body_that_cooperates_with_another_is_asked_to_act():
    (task,) = tasks_of(LETTER, "Bộ Tài chính phối hợp với Bộ Kế hoạch và Đầu tư, đề xuất phương án xử lý.")
    assert task["lead"] == ["Bộ Tài chính"]
    assert task["cooperating"] == ["Bộ Kế hoạch và Đầu tư"]
    assert task["assignees"] == ["Bộ Tài chính", "Bộ Kế hoạch và Đầu tư"]


def test_a_call_on_the_addressees_is_a_task_and_ends_with_their_name():
    (task,) = tasks_of(LETTER, "Ủy ban nhân dân tỉnh Lào Cai kêu gọi Quý đơn vị ủng hộ đồng bào vùng lũ.")
    assert task["assignees"] == ["Quý đơn vị"]


def test_an_assignee_span_ends_where_the_name_of_the_body_ends():
    body = ("Điều 2. Giao Bộ trưởng Bộ Giáo dục và Đào tạo thừa ủy quyền Thủ tướng Chính phủ, "
            "thay mặt Chính phủ ký Tờ trình gửi Ủy ban Thường vụ Quốc hội.")
    (task,) = tasks_of(DECISION, body)
    assert task["assignees"] == ["Bộ Giáo dục và Đào tạo"]


def test_an_allocation_is_no_request_and_names_no_assignee():
    assert tasks_of(LETTER, "Giao dự toán năm 2025 cho Sở Dân tộc - Tôn giáo tỉnh theo Phụ lục đính kèm.") == []


def test_lead_and_cooperating_bodies_and_the_deadline_of_a_request():
    body = ("Giao Sở Y tế chủ trì, phối hợp với các Sở - ngành liên quan và Ủy ban nhân dân các quận - huyện "
            "tham mưu trình Ủy ban nhân dân Thành phố kế hoạch triển khai, trước ngày 17 tháng 4 năm 2025.")
    (task,) = tasks_of(LETTER, body)
    assert task["lead"] == ["Sở Y tế"]
    assert task["cooperating"] == ["các Sở - ngành liên quan", "Ủy ban nhân dân các quận - huyện"]
    assert task["deadline"] == "2025-04-17"


def test_items_under_a_body_inherit_it_and_name_whom_they_cooperate_with_or_direct():
    body = ("Điều 3. Giao Bộ Tài chính:\n"
            "a) Chủ trì thu thập, tổng hợp thông tin thống kê;\n"
            "b) Chủ trì, phối hợp với các bộ, ngành, địa phương theo dõi, đánh giá kết quả;\n"
            "c) Chỉ đạo Kho bạc Nhà nước kiểm soát chi.")
    a, b, c = tasks_of(DECISION, body)
    assert a["lead"] == b["lead"] == c["lead"] == ["Bộ Tài chính"]
    assert b["cooperating"] == ["các bộ, ngành, địa phương"]
    assert c["assignees"] == ["Bộ Tài chính", "Kho bạc Nhà nước"]


def test_a_deadline_in_the_sentence_after_a_request_is_its_deadline():
    body = ("Tiểu ban yêu cầu Ban Chỉ đạo cấp tỉnh thực hiện một số nội dung sau:\n"
            "1. Lập hồ sơ khen thưởng và tuyến trình theo quy định.\n"
            "Hồ sơ đề nghị khen thưởng gửi về các cơ quan liên quan trước ngày 31/3/2025.")
    (task,) = tasks_of(LETTER, body)
    assert task["assignees"] == ["Ban Chỉ đạo cấp tỉnh"]
    assert task["deadline"] == "2025-03-31"


def test_information_items_of_an_event_are_no_tasks():
    body = ("Để chuẩn bị Lễ trao học bổng, Hội Khuyến học tỉnh thông báo:\n"
            "- Thời gian: ngày 18/03/2025.\n- Địa điểm: Văn Miếu Xích Đằng.\n- Trang phục: áo trắng.")
    assert tasks_of(LETTER, body) == []


def test_seed002_task_verb_misread_by_ocr_is_read_from_its_twin_in_the_document():
    doc = read(SAMPLES / "seed002.txt", Options(jobs=1))
    first = doc.fields.tasks[0]
    assert first.text.startswith("Đăng tải, chia sẻ")
    assert first.assignees == ["Các Sở, Ban ngành thành phố"]
    assert any(ch.replacement == "Đăng tải" and ch.confidence < 1 for ch in doc.changes)


def test_items_under_a_body_to_direct_name_it_too():
    body = ("Điều 4. Tổ chức thực hiện\n1. Sở Nông nghiệp và Môi trường có trách nhiệm:\n"
            "a) Chỉ đạo Giám đốc Chi cục Kiểm lâm, Giám đốc Trung tâm Khuyến nông:\n"
            "- Rà soát diện tích rừng trồng mới;\n- Báo cáo kết quả thực hiện hằng quý.")
    first, second = tasks_of(DECISION, body)
    assert first["lead"] == ["Sở Nông nghiệp và Môi trường"]
    assert first["assignees"] == ["Sở Nông nghiệp và Môi trường", "Chi cục Kiểm lâm", "Trung tâm Khuyến nông"]
    assert second["assignees"] == first["assignees"]


def test_the_rows_of_a_task_table_are_tasks_with_their_bodies_and_deadlines():
    body = ("Điều 2. Tổ chức thực hiện\nPhân công nhiệm vụ như sau:\nSTT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\n"
            "Thời gian hoàn thành\n1\nXây dựng kế hoạch triển khai Nghị quyết\nSở Y tế\nSở Tài chính, Sở Nội vụ\n"
            "Quý II/2025\n2\nTổ chức tập huấn cho cán bộ cơ sở\nSở Giáo dục và Đào tạo\nCác sở, ngành liên quan\n"
            "Năm 2025\n3\nKiểm tra, giám sát việc thực hiện\nVăn phòng UBND tỉnh\nCác cơ quan liên quan\nThường xuyên\n"
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.")
    data = to_contract(parse_text(DECISION.format(body=body)).fields)
    rows = [(t["text"], t["lead"], t["cooperating"], t["deadline"]) for t in data["tasks"]]
    assert rows == [
        ("Xây dựng kế hoạch triển khai Nghị quyết", ["Sở Y tế"], ["Sở Tài chính", "Sở Nội vụ"], "2025-06-30"),
        ("Tổ chức tập huấn cho cán bộ cơ sở", ["Sở Giáo dục và Đào tạo"], ["Các sở, ngành liên quan"], "2025-12-31"),
        ("Kiểm tra, giám sát việc thực hiện", ["Văn phòng UBND tỉnh"], ["Các cơ quan liên quan"], None),
    ]
    assert {d["date"] for d in data["deadlines"]} == {"2025-06-30", "2025-12-31"}


def test_each_task_says_whom_it_reports_to():
    body = ("Đề nghị Sở Tài chính rà soát số liệu, gửi báo cáo về Bộ Kế hoạch và Đầu tư trước ngày 20/3/2025.\n"
            "Đề nghị Sở Nội vụ phối hợp thực hiện.")
    first, second = to_contract(parse_text(LETTER.format(body=body)).fields)["task_details"]
    assert (first["report"], first["report_to"]) == (True, "Bộ Kế hoạch và Đầu tư")
    assert (second["report"], second["report_to"]) == (False, None)
