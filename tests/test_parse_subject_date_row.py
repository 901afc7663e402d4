"""A subject whose lines the header's place and date stand between (the two columns of a head read
row by row, then broken again at the date)."""

from dispatch_tools.parse import parse_text, to_contract

BODY = ("Kính gửi: Các phòng, ban chuyên môn.\n"
        "Sở Xây dựng đề nghị các phòng rà soát số liệu, gửi về Văn phòng Sở trước ngày 15/7/2025./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Quang Vinh\n")


def _subject(text: str):
    return to_contract(parse_text(text).fields)["subject"]


def test_the_subject_goes_on_below_the_date_row():
    text = ("UBND TỈNH NINH BÌNH\nSỞ XÂY DỰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 1042/SXD-QLN\nV/v rà soát số liệu nhà ở xã hội phục vụ xây dựng\n"
            "Ninh Bình, ngày 02 tháng 7 năm 2025\nkế hoạch phát triển nhà ở năm 2026\n" + BODY)
    assert _subject(text) == "rà soát số liệu nhà ở xã hội phục vụ xây dựng kế hoạch phát triển nhà ở năm 2026"


def test_a_page_on_one_line_with_the_date_inside_the_subject():
    text = ("UBND TỈNH NINH BÌNH SỞ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "Số: 1042/SXD-QLN V/v rà soát số liệu nhà ở xã hội phục vụ xây dựng Ninh Bình, ngày 02 tháng 7 "
            "năm 2025 kế hoạch phát triển nhà ở năm 2026 " + BODY.replace("\n", " "))
    assert _subject(text) == "rà soát số liệu nhà ở xã hội phục vụ xây dựng kế hoạch phát triển nhà ở năm 2026"


def test_a_line_in_sentence_case_below_the_date_is_no_part_of_the_subject():
    text = ("UBND TỈNH NINH BÌNH\nSỞ XÂY DỰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 1042/SXD-QLN\nV/v rà soát số liệu nhà ở xã hội.\n"
            "Ninh Bình, ngày 02 tháng 7 năm 2025\nkế hoạch phát triển nhà ở năm 2026\n" + BODY)
    assert _subject(text) == "rà soát số liệu nhà ở xã hội."


def test_the_addressees_opening_on_a_subject_line_end_the_subject():
    # a head laid out as one narrow column: the subject's last line runs on into "Kính gửi"
    text = ("ĐẢNG BỘ TỈNH NINH BÌNH\nĐẢNG ỦY PHƯỜNG HOA LƯ\n\nHoa Lư, ngày 02 tháng 10 năm 2025\nSố 31-CV/ĐU\n"
            "V/v lấy ý kiến góp ý dự thảo văn kiện\nĐại hội Kính gửi: Các chi bộ trực\nthuộc.\n\n"
            "ĐẢNG CỘNG SẢN VIỆT NAM\n\nBan Thường vụ Đảng ủy đề nghị các chi bộ báo cáo kết quả trước ngày 15 tháng 12 "
            "năm 2025.\n\nNơi nhận:\n- Như trên,\n- Lưu VP Đảng ủy.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nĐinh Thị Thu Hà\n")
    contract = to_contract(parse_text(text).fields)
    assert contract["subject"] == "lấy ý kiến góp ý dự thảo văn kiện Đại hội"
    assert contract["recipients"] == ["Các chi bộ trực thuộc"]
