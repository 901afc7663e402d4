"""Head and foot conventions of the layout guide checked on made-up dispatches: a body's name
wrapped before ``VÀ``, a title in capitals right above ``Nơi nhận`` with the name after the list, a
degree before the name read beside the title, a name on the last entry's line, and a title under a
type name that goes on with a day's name or names a body in sentence case."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
BODY = "Kính gửi: Các đơn vị trực thuộc.\n\nĐề nghị các đơn vị triển khai thực hiện./.\n\n"


def parse(text: str) -> dict:
    return to_contract(parse_text(text).fields)


def test_a_name_line_that_opens_with_va_goes_on_the_name_above():
    data = parse("BỘ Y TẾ\nCỤC Y TẾ DỰ PHÒNG\nVÀ PHÒNG, CHỐNG HIV/AIDS\nSố: 88/DP-VP\n"
                 "V/v thống kê ca bệnh năm 2025\n" + MOTTO + "Hà Nội, ngày 3 tháng 6 năm 2025\n\n" + BODY)
    assert data["issuer"] == "CỤC Y TẾ DỰ PHÒNG VÀ PHÒNG, CHỐNG HIV/AIDS"
    assert data["parent_issuer"] == "BỘ Y TẾ"


HEAD = ("UBND HUYỆN TAM NÔNG\nPHÒNG TÀI CHÍNH - KẾ HOẠCH\nSố: 77/TCKH\nV/v quyết toán kinh phí năm 2025\n"
        + MOTTO + "Tam Nông, ngày 9 tháng 12 năm 2025\n\n")


def test_a_title_in_capitals_right_above_the_distribution_with_the_name_after_it():
    data = parse(HEAD + BODY + "                              TRƯỞNG PHÒNG\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                 "                              Huỳnh Văn Sáu\n")
    assert data["signer"] == {"authority": None, "capacity": None, "title": "TRƯỞNG PHÒNG", "name": "Huỳnh Văn Sáu"}
    assert data["distribution"] == ["Như trên", "Lưu: VT"]


def test_a_degree_before_the_name_in_interleaved_columns_is_no_part_of_the_title():
    data = parse(HEAD + BODY + "Nơi nhận:\nTL. CHỦ TỊCH\n- Như trên;\nTRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ\n- Lưu: VT.\n"
                 "BSCKI. Đào Thị Lan\n")
    assert data["signer"] == {"authority": "TL.", "capacity": "CHỦ TỊCH", "title": "TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ",
                              "name": "Đào Thị Lan"}


def test_the_name_merged_after_the_last_entry_and_its_full_stop():
    data = parse(HEAD + BODY + "Nơi nhận:          KT. TRƯỞNG PHÒNG\n- Như trên;        PHÓ TRƯỞNG PHÒNG\n"
                 "- Lưu: VT, TCKH.   Lý Thị Mỹ\n")
    assert data["distribution"] == ["Như trên", "Lưu: VT, TCKH"]
    assert data["signer"]["name"] == "Lý Thị Mỹ"


def test_a_title_under_the_type_name_goes_on_with_a_day_name_and_a_body_in_sentence_case():
    data = parse("HỘI NÔNG DÂN VIỆT NAM\nHỘI NÔNG DÂN TỈNH BẾN TRE\nSố: 12/KH-HND\n" + MOTTO
                 + "Bến Tre, ngày 2 tháng 9 năm 2025\n\nKẾ HOẠCH\nTổ chức các hoạt động chào mừng 95 năm\n"
                 "Ngày truyền thống Hội Nông dân Việt Nam (14/10)\n\nThực hiện chỉ đạo của cấp trên, "
                 "Ban Thường vụ xây dựng kế hoạch như sau:\n")
    assert data["subject"] == ("Tổ chức các hoạt động chào mừng 95 năm Ngày truyền thống Hội Nông dân "
                               "Việt Nam (14/10)")


def test_a_qualifier_under_the_title_goes_on_it():
    data = parse(HEAD + BODY + "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\nPHỤ TRÁCH\n\nĐoàn Văn Lực\n\nNơi nhận:\n"
                 "- Như trên;\n- Lưu: VT.\n")
    assert data["signer"] == {"authority": "KT.", "capacity": "TRƯỞNG PHÒNG", "title": "PHÓ TRƯỞNG PHÒNG PHỤ TRÁCH",
                              "name": "Đoàn Văn Lực"}


def test_the_signed_mark_after_the_name_on_its_line():
    data = parse(HEAD + BODY + "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n\nĐoàn Văn Lực (Đã ký)\n\nNơi nhận:\n"
                 "- Như trên;\n- Lưu: VT.\n")
    assert data["signer"]["name"] == "Đoàn Văn Lực"


def test_a_department_named_with_a_type_word_wrapped_before_va():
    data = parse("UBND TỈNH PHÚ YÊN\nSỞ KẾ HOẠCH\nVÀ ĐẦU TƯ\nSố: 901/SKHĐT-TH\nV/v tổng hợp nhu cầu vốn năm 2026\n"
                 + MOTTO + "Phú Yên, ngày 4 tháng 7 năm 2025\n\n" + BODY)
    assert data["issuer"] == "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"
    assert data["parent_issuer"] == "UBND TỈNH PHÚ YÊN"
    assert data["subject"] == "tổng hợp nhu cầu vốn năm 2026"


def test_a_subject_in_capitals_wrapped_onto_a_second_line_of_capitals():
    data = parse("SỞ NỘI VỤ TỈNH PHÚ YÊN\nSố: 77/SNV-VP\nV/V TỔ CHỨC HỘI NGHỊ TẬP HUẤN\nCÔNG TÁC VĂN THƯ LƯU TRỮ\n"
                 + MOTTO + "Phú Yên, ngày 4 tháng 7 năm 2025\n\n" + BODY)
    assert data["subject"] == "TỔ CHỨC HỘI NGHỊ TẬP HUẤN CÔNG TÁC VĂN THƯ LƯU TRỮ"


def test_a_title_in_capitals_that_ends_on_cua_goes_on_with_the_body_it_names():
    data = parse("ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 12/QĐ-UBND\n" + MOTTO + "Phú Yên, ngày 4 tháng 7 năm 2025\n\n"
                 "QUYẾT ĐỊNH\nBAN HÀNH NỘI QUY TIẾP CÔNG DÂN CỦA\nỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\n\n"
                 "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\n\nCăn cứ Luật Tiếp công dân;\n\nQUYẾT ĐỊNH:\n"
                 "Điều 1. Ban hành kèm theo Quyết định này Nội quy tiếp công dân.\n")
    assert data["subject"] == "BAN HÀNH NỘI QUY TIẾP CÔNG DÂN CỦA ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN"


def test_a_flattened_page_whose_signature_comes_before_the_distribution():
    data = parse("BCH TỈNH ĐOÀN PHÚ YÊN Số: 77-CV/TĐTN V/v tập huấn công tác văn thư ĐOÀN TNCS HỒ CHÍ MINH "
                 "Phú Yên, ngày 4 tháng 7 năm 2025 Kính gửi: Các cơ sở đoàn trực thuộc. Đề nghị các đơn vị cử "
                 "người tham dự đầy đủ, đúng thành phần và báo cáo kết quả về Văn phòng Tỉnh đoàn trước ngày 20/7/2025. TM. BAN THƯỜNG VỤ TỈNH ĐOÀN PHÓ BÍ THƯ Trần Minh Khoa Nơi nhận: - Như trên; "
                 "- Lưu: VT.\n")
    assert data["signer"] == {"authority": "TM.", "capacity": "BAN THƯỜNG VỤ TỈNH ĐOÀN", "title": "PHÓ BÍ THƯ",
                              "name": "Trần Minh Khoa"}
    assert data["distribution"] == ["Như trên", "Lưu: VT"]
