"""A page that lost its line breaks: a copy's own block after the foot, bold type's marks around
the signature block, and a foot whose rows were read with the signature's column first."""

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.flat_foot import entry_head_cuts

HEAD = ("ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
        "Số: 215/UBND-KT Hòa Bình, ngày 12 tháng 5 năm 2025 V/v kiểm tra công tác phòng cháy, chữa cháy "
        "tại các chợ Kính gửi: Các sở, ban, ngành tỉnh. Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, "
        "Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành rà soát phương án phòng cháy tại các chợ "
        "trên địa bàn, báo cáo kết quả về Sở Công Thương trước ngày 30/5/2025 để tổng hợp./. ")


def _signer(text: str) -> dict:
    return to_contract(parse_text(text).fields)["signer"]


def test_a_copy_block_after_the_foot_is_no_part_of_the_signature():
    text = HEAD + ("Nơi nhận: - Như trên; - Lưu: VT, KT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH "
                   "Bùi Văn Khánh UBND TỈNH HÒA BÌNH VĂN PHÒNG Số: 88/SY-VP SAO Y BẢN CHÍNH Hòa Bình, "
                   "ngày 14 tháng 5 năm 2025 Nơi nhận: - Các huyện, thành phố; - Lưu: VT. TL. CHỦ TỊCH "
                   "KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG Đinh Thị Hoa")
    fields = to_contract(parse_text(text).fields)
    assert fields["signer"]["title"] == "PHÓ CHỦ TỊCH"
    assert fields["signer"]["name"] == "Bùi Văn Khánh"
    assert fields["number"] == "215/UBND-KT"


def test_bold_marks_around_the_signature_block():
    text = HEAD + "**TM. ỦY BAN NHÂN DÂN** **CHỦ TỊCH** Bùi Văn Khánh Nơi nhận: - Như trên; - Lưu: VT, KT."
    signer = _signer(text)
    assert (signer["authority"], signer["capacity"], signer["title"], signer["name"]) == \
        ("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Bùi Văn Khánh")


def test_bold_prefix_after_the_last_entry():
    text = HEAD + "Nơi nhận: - Như trên; - Lưu: VT. **TL. CHỦ TỊCH** **CHÁNH VĂN PHÒNG** Đinh Thị Hoa"
    signer = _signer(text)
    assert (signer["authority"], signer["capacity"], signer["title"], signer["name"]) == \
        ("TL.", "CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Đinh Thị Hoa")


def test_rows_read_with_the_signature_first_on_a_page_dumped_with_runs_of_spaces():
    text = HEAD.replace(". Thực hiện", ".     Thực hiện").replace("Kính gửi", "    Kính gửi") + (
        "Nơi nhận:      TM. ỦY BAN NHÂN DÂN - Như trên;                 KT. CHỦ TỊCH - Sở Công Thương;"
        "                 PHÓ CHỦ TỊCH - Lưu: VT, KT.                 Bùi Văn Khánh")
    signer = _signer(text)
    assert (signer["capacity"], signer["title"], signer["name"]) == ("ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "Bùi Văn Khánh")


def test_a_signature_piece_then_an_entry_breaks_before_the_entry():
    assert entry_head_cuts("BÍ THƯ - Thường trực Tỉnh ủy (b/c);") == [6]
    assert entry_head_cuts("Lê Thị Thu Hà - Lưu: VT.") == [13]
    # a title with a dash inside it, an entry that opens with a dash, words of a sentence: no break
    assert entry_head_cuts("TRƯỞNG PHÒNG TỔ CHỨC - HÀNH CHÍNH") == []
    assert entry_head_cuts("- Như trên; - Lưu: VT.") == []
    assert entry_head_cuts("các đơn vị thực hiện - Như trên") == []


def test_a_parent_body_in_bold_is_a_line_of_its_own():
    text = ("**BỘ CÔNG THƯƠNG** CỤC XÚC TIẾN THƯƠNG MẠI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
            "Hạnh phúc Số: 412/XTTM-KH Hà Nội, ngày 3 tháng 6 năm 2025 V/v góp ý dự thảo kế hoạch xúc tiến "
            "thương mại năm 2026 Kính gửi: Sở Công Thương các tỉnh, thành phố. Cục Xúc tiến thương mại đề nghị "
            "các Sở Công Thương góp ý dự thảo kế hoạch, gửi về Cục trước ngày 20/6/2025./. Nơi nhận: - Như trên; "
            "- Lưu: VT, KH. KT. CỤC TRƯỞNG PHÓ CỤC TRƯỞNG Lê Hoàng Tài")
    fields = to_contract(parse_text(text).fields)
    assert fields["issuer"] == "CỤC XÚC TIẾN THƯƠNG MẠI"
    assert fields["parent_issuer"] == "BỘ CÔNG THƯƠNG"


# a page on one line that kept only its columns' padding as runs of spaces: the head's rows between them
PADDED = ("SỞ Y TẾ TỈNH QUẢNG NAM                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TRUNG TÂM KIỂM SOÁT "
          "BỆNH TẬT               Độc lập – Tự do – Hạnh phúc --------------- Số: 2308/KSBT-NV     Quảng Nam, "
          "ngày 13  tháng 5  năm 2025 V/v: triển khai công tác phòng, chống dịch bệnh mùa mưa bão năm 2025 "
          "Kính gửi: Các trạm y tế xã, phường. Trung tâm Kiểm soát bệnh tật tỉnh đề nghị các trạm y tế rà soát "
          "vật tư, hóa chất phòng chống dịch, báo cáo về Trung tâm trước ngày 30/5/2025 để tổng hợp./. "
          "Nơi nhận:                          Q. GIÁM ĐỐC - Như trên; - Sở Y tế (b/c); - Lưu: VT, NV.     "
          "Đoàn Thanh Thắng")


def test_the_head_rows_a_padded_page_leaves_whole_break_as_a_flat_page_does():
    fields = to_contract(parse_text(PADDED).fields)
    assert fields["subject"] == "triển khai công tác phòng, chống dịch bệnh mùa mưa bão năm 2025"
    assert fields["number"] == "2308/KSBT-NV"
    assert fields["date"] == "2025-05-13"


def test_a_copy_block_run_on_after_the_last_entry_of_a_padded_page():
    text = PADDED + (" ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM VĂN PHÒNG Số: 996/SY-VP SAO Y Quảng Nam, ngày 15 tháng 5 năm "
                     "2025 Nơi nhận: - Các sở, ban, ngành tỉnh; - Lưu: VT. TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG "
                     "PHÓ CHÁNH VĂN PHÒNG Mai Đức Lan")
    fields = to_contract(parse_text(text).fields)
    assert fields["number"] == "2308/KSBT-NV"
    assert fields["signer"]["name"] == "Đoàn Thanh Thắng"


def test_a_bare_title_then_a_name_at_a_flat_page_end_and_no_sender_for_a_title():
    text = ("THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 88/CĐ-TTg "
            "Hà Nội, ngày 20 tháng 9 năm 2025 CÔNG ĐIỆN THỦ TƯỚNG CHÍNH PHỦ ĐIỆN: - Chủ tịch Ủy ban nhân dân "
            "các tỉnh, thành phố ven biển Bão số 9 đang tiến vào vùng biển phía Bắc. Thủ tướng Chính phủ yêu cầu "
            "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển tổ chức kêu gọi tàu thuyền vào nơi trú "
            "ẩn an toàn trước 17 giờ ngày 21 tháng 9 năm 2025. THỦ TƯỚNG Phạm Minh Chính")
    signer = _signer(text)
    assert (signer["authority"], signer["title"], signer["name"]) == (None, "THỦ TƯỚNG", "Phạm Minh Chính")


def test_noi_nhan_in_capitals_run_on_after_the_body_of_a_headless_page_on_one_line():
    body = " ".join(f"{n}. Bộ, ngành thứ {n} chủ trì rà soát các quy định có liên quan đến chính sách, báo cáo "
                    f"kết quả thực hiện về Bộ Tài chính trước ngày {n} tháng 12 năm 2026." for n in range(1, 9))
    # the page as a web site prints a resolution's text: no head, the legal bases first
    text = ("- Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15; - Căn cứ Luật Nhà ở số 27/2023/QH15; Theo đề nghị "
            "của Bộ trưởng Bộ Xây dựng; CHÍNH PHỦ QUYẾT NGHỊ: "
            f"Điều 1. Trách nhiệm của các bộ, ngành {body} Điều 2. Các bộ, cơ quan ngang bộ và chính quyền địa "
            "phương đề cao trách nhiệm của người đứng đầu; không để trục lợi chính sách, thất thoát, lãng phí. "
            "NƠI NHẬN - Ban Bí thư Trung ương Đảng; - Các bộ, cơ quan ngang bộ; - Kiểm toán nhà nước; "
            "- Lưu: VT, KTTH (2b). TM. CHÍNH PHỦ THỦ TƯỚNG Phạm Minh Chính")
    fields = to_contract(parse_text(text).fields)
    assert fields["distribution"] == ["Ban Bí thư Trung ương Đảng", "Các bộ, cơ quan ngang bộ", "Kiểm toán nhà nước",
                                      "Lưu: VT, KTTH (2b)"]


def test_a_signature_block_run_on_after_the_closing_mark_of_a_body_on_one_line():
    text = ("UBND TỈNH LAI CHÂU\nSỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 311/SNV-CCVC\nV/v báo cáo số lượng viên chức năm 2025\nLai Châu, ngày 9 tháng 6 năm 2025\n\n"
            "Kính gửi: Các đơn vị sự nghiệp trực thuộc.\n"
            "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Nội vụ đề nghị các đơn vị thực hiện các nội dung sau: "
            "1. Rà soát số lượng viên chức hiện có của đơn vị. 2. Báo cáo kết quả về Sở Nội vụ trước ngày "
            "20/6/2025 để tổng hợp. Đề nghị các đơn vị quan tâm thực hiện./. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC "
            "Hoàng Văn Sơn\nNơi nhận:\n- Như trên;\n- Lưu: VT, CCVC.\n")
    signer = _signer(text)
    assert (signer["authority"], signer["capacity"], signer["title"], signer["name"]) == \
        ("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Sơn")
