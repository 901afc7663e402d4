"""A page whose text lost its line breaks (the whole head, body and foot on one line) gets them back
where the head and the foot break for sure; made-up dispatches, unlike the development documents."""

from __future__ import annotations

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
