"""The closing article of a circular, decree or decision (``Tổ chức thực hiện``, ``Trách nhiệm thi
hành``): whose work each clause is (made-up circulars, in the wording such articles use)."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

PAGE = """BỘ CÔNG THƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 14/2026/TT-BCT
Hà Nội, ngày 09 tháng 4 năm 2026

THÔNG TƯ
Quy định về quản lý hoạt động xúc tiến thương mại trực tuyến

Điều 1. Thông tư này quy định về quản lý hoạt động xúc tiến thương mại trực tuyến.
Điều 2. Tổ chức thực hiện
{article}

Nơi nhận:
- Như Điều 2;
- Lưu: VT, PC.

BỘ TRƯỞNG

Trần Minh Khoa
"""


def _tasks(article: str) -> list[tuple[str, list[str]]]:
    fields = parse_text(PAGE.format(article=article)).fields
    return [(t["text"][:24], t["assignees"]) for t in to_contract(fields)["tasks"]]


def test_bodies_named_at_length_before_their_duties_head_the_points():
    # the heading names several bodies, one described ("… của các Bộ, cơ quan ngang Bộ"), before
    # "có trách nhiệm:": its points are theirs, and the duty words are no part of a name
    bodies = ["Các đơn vị chuyên môn về xúc tiến thương mại của các Bộ", "cơ quan ngang Bộ", "cơ quan thuộc Chính phủ",
              "Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương"]
    assert _tasks("1. Cục Xúc tiến thương mại chủ trì hướng dẫn thực hiện Thông tư này.\n"
                  "2. Các đơn vị chuyên môn về xúc tiến thương mại của các Bộ, "
                  "cơ quan ngang Bộ, cơ quan thuộc Chính phủ và Sở Công Thương các tỉnh, thành phố trực "
                  "thuộc Trung ương có trách nhiệm:\n"
                  "a) Phổ biến, hướng dẫn các doanh nghiệp trên địa bàn thực hiện Thông tư này;\n"
                  "b) Tổng hợp kết quả hoạt động xúc tiến và gửi về Bộ Công Thương trước ngày 20 tháng 12 "
                  "hằng năm.") == [
        ("Cục Xúc tiến thương mại ", ["Cục Xúc tiến thương mại"]),
        ("Phổ biến, hướng dẫn các ", bodies),
        ("Tổng hợp kết quả hoạt độ", bodies)]


def test_a_body_described_before_its_duties_keeps_its_whole_name():
    assert _tasks("1. Các đơn vị chuyên môn về xúc tiến và Sở Công Thương các tỉnh có trách nhiệm:\n"
                  "a) Hướng dẫn doanh nghiệp đăng ký chương trình xúc tiến;\n"
                  "b) Kiểm tra việc thực hiện chương trình xúc tiến trên địa bàn.") == [
        ("Hướng dẫn doanh nghiệp đ", ["Các đơn vị chuyên môn về xúc tiến", "Sở Công Thương các tỉnh"]),
        ("Kiểm tra việc thực hiện ", ["Các đơn vị chuyên môn về xúc tiến", "Sở Công Thương các tỉnh"])]


def test_organisations_beside_persons_after_and_are_a_body_of_their_own():
    # "và tổ chức, cá nhân …": "tổ chức" beside "cá nhân" is a kind of body, not the verb "organise"
    assert _tasks("Cục Xúc tiến thương mại, Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương và "
                  "tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Thông tư này.") == [
        ("Cục Xúc tiến thương mại,", ["Cục Xúc tiến thương mại", "Sở Công Thương các tỉnh, thành phố trực thuộc Trung ương",
                                      "tổ chức, cá nhân có liên quan"])]


def test_a_request_after_a_circumstance_set_apart_by_commas_asks():
    # "Trong quá trình …, nếu …, đề nghị phản ánh …": the request opens the main clause, nobody named
    assert _tasks("1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.\n"
                  "2. Trong quá trình triển khai, nếu phát sinh khó khăn, đề nghị kịp thời gửi ý kiến về "
                  "Bộ Công Thương để được hướng dẫn.") == [("Trong quá trình triển kh", [])]


def test_a_request_word_listed_among_the_acts_of_a_circumstance_asks_nothing():
    assert _tasks("Khi kiểm tra hồ sơ, yêu cầu bổ sung tài liệu hoặc lấy ý kiến chuyên gia thì thời hạn "
                  "thẩm định được kéo dài thêm 10 ngày.") == []


def test_a_request_paragraph_between_two_items_is_a_task_of_its_own():
    # an unnumbered "Đề nghị …" between clauses 1 and 2 asks other bodies: not the rest of clause 1
    assert _tasks("1. Cục Xúc tiến thương mại chủ trì, phối hợp với Vụ Pháp chế hướng dẫn thực hiện Thông tư này.\n"
                  "Đề nghị Phòng Thương mại và Công nghiệp Việt Nam, các hiệp hội ngành hàng phối hợp với "
                  "Bộ Công Thương phổ biến Thông tư này đến doanh nghiệp.\n"
                  "2. Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện Thông tư này.") == [
        ("Cục Xúc tiến thương mại ", ["Cục Xúc tiến thương mại", "Vụ Pháp chế"]),
        ("Đề nghị Phòng Thương mại", ["Phòng Thương mại và Công nghiệp Việt Nam", "các hiệp hội ngành hàng",
                                      "Bộ Công Thương"]),
        ("Vụ Kế hoạch - Tài chính ", ["Vụ Kế hoạch - Tài chính"])]


def test_an_adverb_of_manner_after_a_level_of_bodies_ends_the_name():
    # "Ủy ban nhân dân các cấp | chủ động phối hợp …": the manner of the act, no part of the name
    assert _tasks("Ủy ban nhân dân các cấp chủ động phối hợp với Hội Doanh nghiệp cùng cấp phổ biến Thông tư "
                  "này.") == [("Ủy ban nhân dân các cấp ", ["Ủy ban nhân dân các cấp", "Hội Doanh nghiệp cùng cấp"])]


def test_a_contact_line_after_a_circumstance_asks_nothing():
    # "…, nếu có vướng mắc, đề nghị liên hệ ông A, số điện thoại …": whom to call, not work asked
    assert _tasks("1. Vụ Pháp chế hướng dẫn thực hiện Thông tư này.\n"
                  "2. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ ông Lê Văn Hùng, chuyên viên "
                  "Vụ Pháp chế, số điện thoại 024.3825.1234 để được hướng dẫn.") == [
        ("Vụ Pháp chế hướng dẫn th", ["Vụ Pháp chế"])]
