"""A page whose text lost its line breaks (the whole head, body and foot on one line) gets them back
where the head and the foot break for sure; made-up dispatches, unlike the development documents."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.flat import with_line_breaks

FLAT = ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- "
        "Số: 214/SNNMT-TL V/v kiểm tra an toàn hồ đập trước mùa mưa Vĩnh Yên, ngày 12 tháng 5 năm 2025 "
        "Kính gửi: - Ủy ban nhân dân các huyện; - Công ty Thủy lợi Liễn Sơn. Để chủ động phòng, chống "
        "thiên tai, Sở đề nghị các đơn vị kiểm tra các hồ đập và báo cáo trước ngày 30/5/2025./. "
        "Nơi nhận: - Như trên; - Lưu: VT, TL. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Hà Minh Tuấn\n")


def test_the_length_and_the_body_stay_and_only_spaces_become_breaks():
    broken = with_line_breaks(FLAT)
    assert len(broken) == len(FLAT)
    assert all(a == b or (a == " " and b == "\n") for a, b in zip(FLAT, broken))
    assert "Để chủ động phòng, chống thiên tai, Sở đề nghị các đơn vị" in broken  # the body as it was
    assert with_line_breaks("Kính gửi: Sở Y tế.\nĐề nghị báo cáo.\n") == "Kính gửi: Sở Y tế.\nĐề nghị báo cáo.\n"


def test_a_page_on_one_line_is_read_as_a_page():
    data = to_contract(parse_text(FLAT).fields)
    assert (data["number"], data["issuer"], data["place"], data["date"]) == (
        "214/SNNMT-TL", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Vĩnh Yên", "2025-05-12")
    assert data["subject"] == "kiểm tra an toàn hồ đập trước mùa mưa"
    assert data["recipients"] == ["Ủy ban nhân dân các huyện", "Công ty Thủy lợi Liễn Sơn"]
    assert data["distribution"] == ["Như trên", "Lưu: VT, TL"]
    assert data["signer"] == {"authority": "KT.", "capacity": "GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC",
                              "name": "Hà Minh Tuấn"}


def test_a_national_title_with_lost_glyphs_is_no_part_of_the_issuer():
    text = FLAT.replace("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập", "C NG HOÀ XÃ H I CH NGHĨA VI T NAM c l p")
    assert to_contract(parse_text(text).fields)["issuer"] == "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"


def test_a_types_title_after_the_number_on_a_page_on_one_line():
    flat = ("HUYỆN ỦY TAM NÔNG ĐẢNG CỘNG SẢN VIỆT NAM * Số: 41-TTr/HU TỜ TRÌNH Về việc sửa chữa hội trường "
            "Tam Nông, ngày 3 tháng 9 năm 2025 Kính gửi: Ban Thường vụ Tỉnh ủy. Huyện ủy đề nghị Ban Thường vụ "
            "xem xét, bố trí kinh phí sửa chữa hội trường trong năm 2025 để phục vụ các hội nghị lớn./. "
            "Nơi nhận: - Như trên; - Lưu: VP. T/M BAN THƯỜNG VỤ BÍ THƯ Võ Thị Diệu\n")
    data = to_contract(parse_text(flat).fields)
    assert (data["number"], data["doc_type"], data["issuer"]) == ("41-TTr/HU", "Tờ trình", "HUYỆN ỦY TAM NÔNG")
    assert data["subject"] == "sửa chữa hội trường"


HEAD = FLAT.split("./. ")[0] + "./. "
FEET = [
    # the signature in sentence case after the list
    ("Nơi nhận: - Như trên; - Lưu: VT. KT. Giám đốc Phó giám đốc Hà Minh Tuấn\n",
     {"authority": "KT.", "capacity": "Giám đốc", "title": "Phó giám đốc", "name": "Hà Minh Tuấn"}),
    # the two columns read line by line before the page lost its breaks
    ("Nơi nhận: KT. GIÁM ĐỐC - Như trên; PHÓ GIÁM ĐỐC - UBND tỉnh (b/c); Hà Minh Tuấn - Lưu: VT.\n",
     {"authority": "KT.", "capacity": "GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC", "name": "Hà Minh Tuấn"}),
    # the signature in sentence case
    ("KT. Giám đốc Phó giám đốc Hà Minh Tuấn Nơi nhận: - Như trên; - Lưu: VT.\n",
     {"authority": "KT.", "capacity": "Giám đốc", "title": "Phó giám đốc", "name": "Hà Minh Tuấn"}),
    # the signature before the list, marked as signed
    ("TL. BỘ TRƯỞNG VỤ TRƯỞNG VỤ PHÁP CHẾ (Đã ký) Hà Minh Tuấn Nơi nhận: - Như trên; - Lưu: VT.\n",
     {"authority": "TL.", "capacity": "BỘ TRƯỞNG", "title": "VỤ TRƯỞNG VỤ PHÁP CHẾ", "name": "Hà Minh Tuấn"}),
    # a capacity that is a title itself, the name in capitals
    ("Nơi nhận: - Như trên; - Lưu: VT. KT. BỘ TRƯỞNG THỨ TRƯỞNG HÀ MINH TUẤN\n",
     {"authority": "KT.", "capacity": "BỘ TRƯỞNG", "title": "THỨ TRƯỞNG", "name": "Hà Minh Tuấn"}),
]


@pytest.mark.parametrize("foot, signer", FEET)
def test_the_signature_of_a_page_on_one_line(foot, signer):
    data = to_contract(parse_text(HEAD + foot).fields)
    assert data["signer"] == signer
    assert data["distribution"][0] == "Như trên"


def test_the_columns_of_a_foot_read_line_by_line_break_where_they_were():
    broken = with_line_breaks(HEAD + "Nơi nhận: KT. GIÁM ĐỐC - Như trên; PHÓ GIÁM ĐỐC - UBND tỉnh (b/c); "
                                     "Hà Minh Tuấn - Lưu: VT.\n")
    assert broken.split("./.\n")[1].splitlines() == [
        "Nơi nhận:", "KT. GIÁM ĐỐC", "- Như trên;", "PHÓ GIÁM ĐỐC", "- UBND tỉnh (b/c);", "Hà Minh Tuấn", "- Lưu: VT."]


def test_a_types_title_and_its_subject_on_a_page_on_one_line_end_where_the_body_starts():
    flat = ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "Số: 41/KH-UBND Đồng Tháp, ngày 14 tháng 3 năm 2024 KẾ HOẠCH Tổ chức Ngày hội đọc sách của tỉnh "
            "năm 2024 Thực hiện Chỉ thị số 12/CT-UBND ngày 02/01/2024 của Ủy ban nhân dân tỉnh, các sở tổ chức "
            "Ngày hội đọc sách trước ngày 30/4/2024./. Nơi nhận: - Các sở; - Lưu: VT. TM. ỦY BAN NHÂN DÂN "
            "CHỦ TỊCH Hà Minh Tuấn\n")
    data = to_contract(parse_text(flat).fields)
    assert (data["doc_type"], data["subject"]) == ("Kế hoạch", "Tổ chức Ngày hội đọc sách của tỉnh năm 2024")
    assert data["signer"] == {"authority": "TM.", "capacity": "ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH",
                              "name": "Hà Minh Tuấn"}


def test_a_name_merged_after_the_last_entry_of_the_list_by_one_space():
    text = ("SỞ Y TẾ\nSố: 77/SYT-NV\nV/v lịch trực tết\nĐồng Tháp, ngày 14 tháng 3 năm 2024\n\n"
            "Kính gửi: Các phòng.\n\nĐề nghị các đơn vị thực hiện nghiêm túc./.\n\n"
            "Nơi nhận: KT. GIÁM ĐỐC\n- Như trên; PHÓ GIÁM ĐỐC\n- Các phòng; (Đã ký)\n- Lưu: VT, NV. Hà Minh Tuấn\n")
    data = to_contract(parse_text(text).fields)
    assert data["signer"] == {"authority": "KT.", "capacity": "GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC",
                              "name": "Hà Minh Tuấn"}
    assert data["distribution"] == ["Như trên", "Các phòng", "Lưu: VT, NV"]


def test_a_blank_date_before_the_issuer_on_a_page_on_one_line():
    flat = ("ĐẢNG CỘNG SẢN VIỆT NAM Cao Lãnh, ngày tháng năm 2024 TỈNH ỦY ĐỒNG THÁP * Số 41-KH/TU KẾ HOẠCH "
            "Tổ chức Ngày hội đọc sách năm 2024 Thực hiện Chỉ thị số 12-CT/TW ngày 02/01/2024 của Ban Bí thư, "
            "các huyện ủy tổ chức Ngày hội đọc sách trước ngày 30/4/2024./. Nơi nhận: - Các huyện ủy; "
            "- Lưu: VT. T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ Hà Minh Tuấn\n")
    data = to_contract(parse_text(flat).fields)
    assert (data["issuer"], data["place"], data["date"]) == ("TỈNH ỦY ĐỒNG THÁP", "Cao Lãnh", None)
    assert data["signer"] == {"authority": "TM.", "capacity": "BAN THƯỜNG VỤ", "title": "PHÓ BÍ THƯ",
                              "name": "Hà Minh Tuấn"}
