"""Where a page on one line breaks again between the head's last parts and the body, and inside the
foot: the addressees' and the subject's end before the body's first sentence, a capacity of two
titles, a deputy's title, a page with no head. Made-up dispatches, unlike the development documents."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.flat import with_line_breaks

HEAD = ("BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Số: 512/BXD-QLN "
        "V/v rà soát nhà ở xã hội năm 2025 Hà Nội, ngày 14 tháng 3 năm 2025 ")
BODY = ("Bộ Xây dựng đề nghị các đơn vị rà soát, tổng hợp số liệu nhà ở xã hội và gửi báo cáo về Bộ trước "
        "ngày 15/4/2025 để tổng hợp, báo cáo Thủ tướng Chính phủ./. ")
FOOT = "Nơi nhận: - Như trên; - Lưu: VT, QLN. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn Sinh"


def _read(text: str) -> dict:
    broken = with_line_breaks(text + "\n")
    assert len(broken) == len(text) + 1  # only spaces became breaks
    return to_contract(parse_text(text + "\n").fields)


def test_one_addressee_ends_before_the_bodys_first_sentence():
    data = _read(HEAD + "Kính gửi: Sở Xây dựng các tỉnh, thành phố trực thuộc Trung ương Căn cứ Nghị định số "
                 "100/2024/NĐ-CP ngày 26 tháng 7 năm 2024 của Chính phủ; " + BODY + FOOT)
    assert data["recipients"] == ["Sở Xây dựng các tỉnh, thành phố trực thuộc Trung ương"]


def test_an_address_with_abbreviations_and_a_word_like_an_opener_stays_in_the_addressee():
    # "P." and "Q." end no addressee; "Đê" is not the opener "Để"; the body opens with "Trả lời"
    addressee = "Công ty Cổ phần Xây lắp Hồng Hà (Đ/c: số 12 Đê La Thành, P. Ô Chợ Dừa, Q. Đống Đa, Hà Nội)"
    data = _read(HEAD + "Kính gửi: " + addressee + " Trả lời công văn số 18/HH ngày 02/3/2025 của Công ty, "
                 + BODY + FOOT)
    assert data["recipients"] == [addressee]


def test_addressees_listed_after_commas():
    data = _read(HEAD + "Kính gửi: - Sở Xây dựng các tỉnh, - Sở Tài chính các tỉnh, - Ngân hàng Chính sách xã hội. "
                 + BODY + FOOT)
    assert data["recipients"] == ["Sở Xây dựng các tỉnh", "Sở Tài chính các tỉnh", "Ngân hàng Chính sách xã hội"]


def test_a_capacity_of_two_titles_joined_by_a_comma():
    foot = "Nơi nhận: - Như trên; - Lưu: VT, KTN. KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Lê Minh Khái"
    data = _read(HEAD + "Kính gửi: Bộ Tài chính. " + BODY + foot)
    assert data["signer"] == {"authority": "KT.", "capacity": "BỘ TRƯỞNG, CHỦ NHIỆM", "title": "PHÓ CHỦ NHIỆM",
                              "name": "Lê Minh Khái"}


def test_a_deputys_title_the_lexicon_lacks():
    foot = "Nơi nhận: - Như trên; - Lưu: VT. KT. CHÁNH VĂN PHÒNG PHÓ VĂN PHÒNG Đỗ Thanh Bình"
    data = _read(HEAD + "Kính gửi: Bộ Tài chính. " + BODY + foot)
    assert data["signer"] == {"authority": "KT.", "capacity": "CHÁNH VĂN PHÒNG", "title": "PHÓ VĂN PHÒNG",
                              "name": "Đỗ Thanh Bình"}


def test_names_inside_entries_of_the_distribution_stay_there():
    foot = ("Nơi nhận: - Như trên; - BT. Trần Hồng Minh (để b/c); - TTr. Bùi Xuân Dũng (để b/c); - Lưu: VT, QLN. "
            "KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Văn Sinh")
    data = _read(HEAD + "Kính gửi: Bộ Tài chính. " + BODY + foot)
    assert data["distribution"] == ["Như trên", "BT. Trần Hồng Minh (để b/c)", "TTr. Bùi Xuân Dũng (để b/c)",
                                    "Lưu: VT, QLN"]
    assert data["signer"]["name"] == "Nguyễn Văn Sinh"


def test_a_subject_in_capitals_ends_where_the_capitals_end():
    text = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "Số: 88/KH-UBND Ninh Bình, ngày 02 tháng 4 năm 2025 KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI NĂM 2025 "
            "Năm 2024, mưa lớn kéo dài gây ngập úng tại nhiều địa phương. Ủy ban nhân dân tỉnh yêu cầu các sở, "
            "ngành rà soát phương án ứng phó và báo cáo trước ngày 30/4/2025./. Nơi nhận: - Các sở, ngành; "
            "- Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Song Tùng")
    data = _read(text)
    assert data["doc_type"] == "Kế hoạch"
    assert data["subject"] == "PHÒNG, CHỐNG THIÊN TAI NĂM 2025"
    # the body's first heading in capitals is no part of it
    text = text.replace("NĂM 2025 Năm 2024,", "NĂM 2025 I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích Năm 2024,")
    assert _read(text)["subject"] == "PHÒNG, CHỐNG THIÊN TAI NĂM 2025"


def test_a_decision_repeats_its_issuer_under_the_subject():
    text = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "Số: 15/2025/QĐ-UBND Ninh Bình, ngày 02 tháng 4 năm 2025 QUYẾT ĐỊNH BAN HÀNH QUY CHẾ QUẢN LÝ CỤM "
            "CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH NINH BÌNH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH Căn cứ Luật Tổ chức chính "
            "quyền địa phương ngày 19 tháng 02 năm 2025; QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này "
            "Quy chế quản lý cụm công nghiệp./. Nơi nhận: - Như Điều 1; - Lưu: VT. TM. ỦY BAN NHÂN DÂN "
            "CHỦ TỊCH Phạm Quang Ngọc")
    lines = with_line_breaks(text).split("\n")
    assert "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH" in lines[1:]  # the authority on a line of its own
    assert "BAN HÀNH QUY CHẾ QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH NINH BÌNH" in lines
    assert _read(text)["subject"] == "BAN HÀNH QUY CHẾ QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH NINH BÌNH"
    # the authority printed as the start of the issuer's name
    lines = with_line_breaks(text.replace("NINH BÌNH Căn cứ", "Căn cứ")).split("\n")
    assert "ỦY BAN NHÂN DÂN TỈNH" in lines


def test_a_page_with_no_head_that_opens_with_its_type():
    text = ("QUYẾT ĐỊNH Về việc thành lập Tổ công tác chuyển đổi số - Luật Tổ chức chính quyền địa phương năm 2025; "
            "- Xét đề nghị của Giám đốc Sở Khoa học và Công nghệ. Điều 1. Thành lập Tổ công tác chuyển đổi số "
            "của tỉnh gồm các thành viên có tên tại danh sách kèm theo. Điều 2. Quyết định này có hiệu lực kể "
            "từ ngày ký./.")
    assert _read(text)["subject"] == "thành lập Tổ công tác chuyển đổi số"
    text = ("Thông báo về việc nghỉ Tết Dương lịch năm 2026. Kính gửi: Các tổ chuyên môn. Thực hiện công văn "
            "của Sở Nội vụ, nhà trường thông báo lịch nghỉ Tết Dương lịch năm 2026 như sau: cán bộ, giáo viên "
            "nghỉ ngày 01/01/2026 và đi làm lại từ ngày 02/01/2026. Các tổ chuyên môn phân công người trực, bảo "
            "đảm an toàn tài sản của nhà trường trong những ngày nghỉ./.")
    data = _read(text)
    assert data["subject"] == "nghỉ Tết Dương lịch năm 2026."
    assert data["recipients"] == ["Các tổ chuyên môn"]


def test_a_title_at_the_pages_end_with_no_prefix():
    body = HEAD + "Kính gửi: Bộ Tài chính. " + BODY.replace("./. ", ". ")
    assert _read(body + "TRƯỞNG PHÒNG")["signer"]["title"] == "TRƯỞNG PHÒNG"
    data = _read(body + "Nơi nhận: - Như trên; - Lưu: VT P. GIÁM ĐỐC (Đã ký) Ngô Thị Hạnh")
    assert (data["signer"]["title"], data["signer"]["name"]) == ("P. GIÁM ĐỐC", "Ngô Thị Hạnh")
    assert data["distribution"] == ["Như trên", "Lưu: VT"]


def test_a_footnote_after_the_signers_name():
    data = _read(HEAD + "Kính gửi: Bộ Tài chính. " + BODY + FOOT + " [1] Gửi kèm bản điện tử về địa chỉ thư của Cục")
    assert data["signer"]["name"] == "Nguyễn Văn Sinh"


def test_addressees_after_dashes_with_no_stop_and_a_name_with_a_dash_kept():
    text = ("HỘI CỰU CHIẾN BINH VIỆT NAM BAN CHẤP HÀNH TRUNG ƯƠNG * Số 215 - CV/CCB V/v hưởng ứng Tháng hành động "
            "vì môi trường Hà Nội, ngày 05 tháng 5 năm 2025 Kính gửi: - Hội Cựu chiến binh các tỉnh, thành phố "
            "- Các cơ quan báo chí của Hội - Sở Quy hoạch - Kiến trúc thành phố Căn cứ Chương trình công tác năm "
            "2025, Ban Thường vụ Trung ương Hội đề nghị các cấp Hội tổ chức ra quân làm sạch môi trường và báo cáo "
            "kết quả trước ngày 30/6/2025./. Nơi nhận: - Như trên; - Lưu: VP. TM. BAN THƯỜNG VỤ CHỦ TỊCH "
            "Nguyễn Văn Được")
    assert _read(text)["recipients"] == ["Hội Cựu chiến binh các tỉnh, thành phố", "Các cơ quan báo chí của Hội",
                                         "Sở Quy hoạch - Kiến trúc thành phố"]


def test_the_motto_ends_its_line_before_a_place_no_list_holds():
    text = ("BỘ NỘI VỤ Số: 77/TB-BNV CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Toàn quốc, "
            "ngày 10 tháng 6 năm 2025 Kính gửi: Bộ Tài chính. " + BODY + FOOT)
    assert "Độc lập - Tự do - Hạnh phúc" in with_line_breaks(text).split("\n")
    assert _read(text)["place"] == "Toàn quốc"


def test_an_opener_after_a_bodys_head_goes_on_its_name():
    data = _read(HEAD + "Kính gửi: Trung tâm Xét nghiệm tỉnh Quảng Trị Thực hiện Kế hoạch số 12/KH-UBND ngày "
                 "10/01/2025 của Ủy ban nhân dân tỉnh, " + BODY + FOOT)
    assert data["recipients"] == ["Trung tâm Xét nghiệm tỉnh Quảng Trị"]
    data = _read(HEAD + "Kính gửi: Chính phủ Thực hiện Nghị quyết số 01/NQ-CP ngày 08/01/2025 của Chính phủ, "
                 + BODY + FOOT)
    assert data["recipients"] == ["Chính phủ"]  # a body's whole name, not its head only


def test_a_dash_inside_a_name_of_the_distribution_is_no_entry():
    foot = ("Nơi nhận: - Như trên; - Các phòng: Kế hoạch - Tài chính; Tổ chức cán bộ; - Lưu: VT. "
            "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Hà Minh Tuấn")
    data = _read(HEAD + "Kính gửi: Bộ Tài chính. " + BODY + foot)
    assert data["distribution"] == ["Như trên", "Các phòng: Kế hoạch - Tài chính; Tổ chức cán bộ", "Lưu: VT"]
