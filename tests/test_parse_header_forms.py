"""Header and foot mechanisms on made-up dispatches, one test per mechanism: the wording differs
from every development document on purpose (what is tested is the layout, not the words)."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
BODY = "\n\nKính gửi: Các phòng, ban chuyên môn.\n\nĐề nghị các đơn vị thực hiện nghiêm túc./.\n"


def parse(text: str) -> dict:
    return to_contract(parse_text(text).fields)


def merged(left: list[str], right: list[str]) -> str:
    """Two header columns merged line by line, as a web page flattens a header table."""
    rows = [f"{left[k] if k < len(left) else ''} {right[k] if k < len(right) else ''}".strip()
            for k in range(max(len(left), len(right)))]
    return "\n".join(rows)


@pytest.mark.parametrize("place", ["Long Xuyên", "Thị xã Sơn Tây", "Phan Rang - Tháp Chàm", "TP. Vũng Tàu",
                                   "Quận 5", "Thành phố Thủ Đức"])
def test_place_after_the_issuers_capitals_on_a_merged_line(place):
    left = ["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "SỞ Y TẾ", "Số: 215/SYT-NV", "V/v phòng chống sốt xuất huyết"]
    data = parse(merged(left, RIGHT + [f"{place}, ngày 09 tháng 5 năm 2025"]) + BODY)
    assert (data["place"], data["date"]) == (place, "2025-05-09")
    assert (data["parent_issuer"], data["issuer"]) == ("ỦY BAN NHÂN DÂN TỈNH AN GIANG", "SỞ Y TẾ")


def test_the_subject_line_merged_with_the_date_ends_before_the_place():
    left = ["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 1290/BNNMT-KH", "V/v rà soát danh mục dự án", "đầu tư công năm 2026"]
    data = parse(merged(left, RIGHT + ["Hà Nội, ngày 12 tháng 3 năm 2026"]) + BODY)
    assert data["subject"] == "rà soát danh mục dự án đầu tư công năm 2026"
    assert data["place"] == "Hà Nội"


def test_a_party_body_merged_with_its_place_is_no_place():
    left = ["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "BAN DÂN VẬN", "*", "Số 215-CV/BDVTU"]
    data = parse(merged(left, ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đà Lạt, ngày 4 tháng 8 năm 2023"]) + BODY)
    assert (data["place"], data["issuer"], data["parent_issuer"]) == ("Đà Lạt", "BAN DÂN VẬN", "ĐẢNG BỘ TỈNH LÂM ĐỒNG")


def test_a_date_cited_at_the_start_of_a_line_is_no_issuer():
    text = ("Thông báo về việc lịch tiếp công dân tháng 6.\nKính gửi: Trưởng các phòng ban. Thực hiện Quy chế\n"
            "số 14/QC-UBND ngày 2 tháng 1 năm 2024 của Ủy ban nhân dân tỉnh, Văn phòng thông báo như sau.\n")
    data = parse(text)
    assert not data["issuer"] and data["date"] is None


SIGN = "\n\nNơi nhận:\n- Như trên;\n- Các sở, ban, ngành;\n- Lưu: VT, KT.\n"


def test_a_signature_without_prefix_above_the_distribution():
    head = merged(["TRƯỜNG THPT NGUYỄN DU", "Số: 33/KH-NDU"], RIGHT + ["Buôn Ma Thuột, ngày 1 tháng 9 năm 2022"])
    data = parse(head + BODY + "\nHIỆU TRƯỞNG\n\nĐặng Quốc Khánh" + SIGN)
    assert data["signer"] == {"authority": None, "capacity": None, "title": "HIỆU TRƯỞNG", "name": "Đặng Quốc Khánh"}
    assert data["distribution"] == ["Như trên", "Các sở, ban, ngành", "Lưu: VT, KT"]


def test_a_signers_name_between_distribution_entries_or_after_one_on_its_line():
    head = merged(["SỞ XÂY DỰNG TỈNH NGHỆ AN", "Số: 77/SXD-QLN"], RIGHT + ["Vinh, ngày 3 tháng 3 năm 2023"])
    interleaved = ("Nơi nhận:\nKT. GIÁM ĐỐC\n- Như trên;\nPHÓ GIÁM ĐỐC\n- Các phòng thuộc Sở;\n"
                   "Trịnh Thu Hà\n- Lưu: VT.\n")
    side_by_side = ("Nơi nhận: KT. GIÁM ĐỐC\n- Như trên; PHÓ GIÁM ĐỐC\n- Các phòng thuộc Sở; Trịnh Thu Hà\n- Lưu: VT.\n")
    for foot in (interleaved, side_by_side):
        data = parse(head + BODY + "\n" + foot)
        assert data["signer"] == {"authority": "KT.", "capacity": "GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC",
                                  "name": "Trịnh Thu Hà"}, foot
        assert data["distribution"] == ["Như trên", "Các phòng thuộc Sở", "Lưu: VT"], foot


@pytest.mark.parametrize("left, parent, issuer", [
    (["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "CÔNG ĐOÀN NGÀNH Y TẾ"], "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
     "CÔNG ĐOÀN NGÀNH Y TẾ"),
    (["TỈNH ỦY QUẢNG NGÃI", "ĐẢNG BỘ KHỐI CÁC CƠ QUAN"], "TỈNH ỦY QUẢNG NGÃI", "ĐẢNG BỘ KHỐI CÁC CƠ QUAN"),
    (["TRƯỜNG ĐẠI HỌC Y DƯỢC HẢI PHÒNG", "KHOA ĐIỀU DƯỠNG"], "TRƯỜNG ĐẠI HỌC Y DƯỢC HẢI PHÒNG", "KHOA ĐIỀU DƯỠNG"),
    (["BAN CHỈ ĐẠO TỈNH TRÀ VINH", "PHÒNG, CHỐNG THIÊN TAI"], None, "BAN CHỈ ĐẠO TỈNH TRÀ VINH PHÒNG, CHỐNG THIÊN TAI"),
    (["VIỆN HÀN LÂM", "KHOA HỌC XÃ HỘI VIỆT NAM"], None, "VIỆN HÀN LÂM KHOA HỌC XÃ HỘI VIỆT NAM"),
])
def test_a_body_under_its_parent_opens_with_a_head_word(left, parent, issuer):
    data = parse(merged(left + ["Số: 45/CV-BCĐ"], RIGHT + ["Trà Vinh, ngày 2 tháng 10 năm 2020"]) + BODY)
    assert (data["parent_issuer"], data["issuer"]) == (parent, issuer)


@pytest.mark.parametrize("title", ["PHÓ TRƯỞNG KHOA", "CHÁNH ÁN", "CHỈ HUY TRƯỞNG", "TỔNG BIÊN TẬP"])
def test_signer_titles_without_a_prefix(title):
    head = merged(["SỞ VĂN HÓA TỈNH BẾN TRE", "Số: 8/SVH"], RIGHT + ["Bến Tre, ngày 5 tháng 5 năm 2015"])
    data = parse(head + BODY + f"\n{title}\n\nHuỳnh Văn Lợi" + SIGN)
    assert (data["signer"]["title"], data["signer"]["name"]) == (title, "Huỳnh Văn Lợi")


def read_page(rows: list[tuple[str, str]]) -> dict:
    """Parse lines as a page's layout read them, each with its column (``left``, ``right``, ``full``)."""
    from dispatch_tools.parse import document_from_text, parse_document

    doc = document_from_text("\n".join(text for text, _ in rows))
    for line, (_, column) in zip(doc.pages[0].lines, rows):
        line.column = column
    return to_contract(parse_document(doc).fields)


def test_an_issuers_last_word_wrapped_onto_a_line_of_its_own():
    for left, issuer in ((["ỦY BAN NHÂN DÂN TỈNH QUẢNG", "NAM"], "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM"),
                         (["VIỆN NGHIÊN CỨU HẢI SẢN VIỆT", "NAM"], "VIỆN NGHIÊN CỨU HẢI SẢN VIỆT NAM"),
                         (["SỞ NỘI VỤ - BAN TÔN GIÁO", "VIỆT NAM"], "BAN TÔN GIÁO VIỆT NAM")):
        data = parse("\n".join(left) + "\n\nSố: 19/CV-BTG\n\n" + "\n".join(RIGHT) + "\n\nTam Kỳ, ngày 8 tháng 8 năm 2018" + BODY)
        assert data["issuer"] == issuer


def test_specks_a_scan_leaves_before_a_body_under_its_parent():
    data = parse("HỘI CỰU CHIẾN BINH VIỆT NAM\n-_ BAN THƯỜNG VỤ TỈNH HỘI\n\nSố 21-CV/HCCB\n\n" + "\n".join(RIGHT)
                 + "\n\nSóc Trăng, ngày 3 tháng 4 năm 2019" + BODY)
    assert (data["parent_issuer"], data["issuer"]) == ("HỘI CỰU CHIẾN BINH VIỆT NAM", "BAN THƯỜNG VỤ TỈNH HỘI")


def test_a_left_column_body_in_sentence_case_under_its_parent():
    data = read_page([("UBND PHƯỜNG TÂN ĐỊNH", "left"), ("Chi đoàn khu phố 3", "left"), ("Số: 04/KH", "left"),
                      ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "right"), ("Tân Định, ngày 2 tháng 2 năm 2012", "right"),
                      ("", "full"), ("Kính gửi: Các đoàn viên.", "full")])
    assert (data["parent_issuer"], data["issuer"]) == ("UBND PHƯỜNG TÂN ĐỊNH", "Chi đoàn khu phố 3")


def test_the_countrys_name_written_inside_a_sentence_is_no_header():
    text = ("Giấy mời tham dự Hội nghị tổng kết năm học\n1. Thành phần:\n- Đại diện Đại sứ quán nước Cộng hòa\n"
            "Xã hội Chủ nghĩa Việt Nam tại Lào;\n- Đại diện các trường.\n2. Thời gian: 8 giờ ngày 5/6/2019.\n")
    assert not parse(text)["issuer"]


@pytest.mark.parametrize("subject_lines, subject", [
    (["V/v tổ chức Ngày hội đọc sách", "_ năm 2024 tại các trường _", "trên địa bàn huyện"],
     "tổ chức Ngày hội đọc sách năm 2024 tại các trường trên địa bàn huyện"),
    (["V/v kế hoạch tuyển sinh năm học 2024-", "2025 của các trường THCS"], "kế hoạch tuyển sinh năm học 2024-2025 của các trường THCS"),
    (["V/v tuyên truyền Giải chạy “Vì", "hòa bình” - Tự do - Hạnh phúc"], "tuyên truyền Giải chạy “Vì hòa bình”"),
    # "Về" with its ề read as à: no subject opens with "và"
    (["Và tăng cường phòng chống đuối nước", "cho học sinh"], "tăng cường phòng chống đuối nước cho học sinh"),
    (["và việc cử giáo viên dự tập huấn"], "cử giáo viên dự tập huấn"),
    (["Về tăng cường phòng chống đuối nước"], "tăng cường phòng chống đuối nước"),
])
def test_subject_lines_as_a_scan_reads_them(subject_lines, subject):
    text = "PHÒNG GIÁO DỤC HUYỆN ĐÔNG ANH\nSố: 310/PGD\n" + "\n".join(subject_lines) + "\n\nKính gửi: Các trường.\n"
    assert parse(text)["subject"] == subject


def test_a_type_name_with_specks_and_a_subject_that_ends_before_a_list_with_specks():
    text = ("BỘ Y TẾ\nSố: 12/CT-BYT\n" + "\n".join(RIGHT) + "\nHà Nội, ngày 3 tháng 3 năm 2021\n\n- CHỈ THỊ\n"
            "VỀ VIỆC TĂNG CƯỜNG PHÒNG CHỐNG DỊCH\n\nBệnh viện các tuyến phải sẵn sàng.\n")
    data = parse(text)
    assert (data["doc_type"], data["subject"]) == ("Chỉ thị", "TĂNG CƯỜNG PHÒNG CHỐNG DỊCH")
    text = ("BỘ Y TẾ\nSố: 13/QĐ-BYT\n" + "\n".join(RIGHT) + "\nHà Nội, ngày 3 tháng 3 năm 2021\n\nQUYẾT ĐỊNH\n"
            "Về việc ban hành quy trình khám bệnh\n\n_- Căn cứ Luật Khám bệnh, chữa bệnh;\n~ Căn cứ Nghị định số 75/2017/NĐ-CP;\n")
    assert parse(text)["subject"] == "ban hành quy trình khám bệnh"


def test_a_page_title_wrapped_onto_the_next_line():
    text = ("Thông báo về việc tạm dừng cung cấp nước sạch tại các phường trung tâm thành phố để :\n"
            "sửa chữa đường ống\nCông ty thông báo tới khách hàng lịch tạm dừng.\n")
    assert parse(text)["subject"] == ("tạm dừng cung cấp nước sạch tại các phường trung tâm thành phố để "
                                      "sửa chữa đường ống")


def test_a_short_note_in_brackets_under_the_subject_is_part_of_it():
    text = "SỞ Y TẾ\nSố: 12/SYT-NV\nV/v đề nghị cung cấp số liệu\n(lần 2)\n\nKính gửi: Các bệnh viện.\n"
    assert parse(text)["subject"] == "đề nghị cung cấp số liệu (lần 2)"


@pytest.mark.parametrize("line, place, date", [
    ("BẮC KẠN, ngày 26 tháng 01 năm 2024", "BẮC KẠN", "2024-01-26"),  # a place in capitals, alone before its date
    ("Bắc Kạn, ngày 26/01/2024", "Bắc Kạn", "2024-01-26"),  # the date in figures
    ("Bắc Kạn, ngày 26 - 01 - 2024", "Bắc Kạn", "2024-01-26"),
    ("Bắc Kạn, ngày      tháng 01 năm 2024", "Bắc Kạn", None),  # the day left blank, the month printed
])
def test_place_and_date_forms(line, place, date):
    text = ("SỞ CÔNG THƯƠNG\nSố: 31/SCT-QLTM\nV/v bình ổn giá\n\n" + "\n".join(RIGHT) + f"\n\n{line}\n\n"
            "Kính gửi: Các doanh nghiệp.\n\nĐề nghị báo cáo trước ngày 30/01/2024.\n")
    data = parse(text)
    assert (data["place"], data["date"]) == (place, date)


def test_the_mottos_end_merged_after_the_subjects_last_words():
    text = ("SỞ NỘI VỤ\nSố: 8/SNV-VP\nV/v tham dự hội thảo “Chuyển đổi số\ntrong công tác văn thư” - Tự do - hạnh phúc\n\n"
            "Kính gửi: Các phòng.\n")
    assert parse(text)["subject"] == "tham dự hội thảo “Chuyển đổi số trong công tác văn thư”"


@pytest.mark.parametrize("left, parent, issuer", [
    (["UBND TỈNH LÀO CAI", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ", "HỘI"], "UBND TỈNH LÀO CAI",
     "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
    (["ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN", "SỞ TÀI NGUYÊN VÀ MÔI", "TRƯỜNG"], "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN",
     "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
    (["BỘ NÔNG NGHIỆP VÀ", "PHÒNG CHỐNG THIÊN TAI"], None, "BỘ NÔNG NGHIỆP VÀ PHÒNG CHỐNG THIÊN TAI"),
])
def test_a_name_wrapped_where_its_next_word_would_open_a_body(left, parent, issuer):
    data = parse("\n".join(left) + "\nSố: 70/SLĐTBXH-VP\nV/v rà soát\n\nĐiện Biên Phủ, ngày 2 tháng 2 năm 2021" + BODY)
    assert (data["parent_issuer"], data["issuer"]) == (parent, issuer)


def test_a_number_label_read_in_lower_case():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nsố: 310/QĐ-UBND\n\n" + "\n".join(RIGHT) + "\n\nPhủ Lý, ngày 1 tháng 3 năm 2019\n"
            "\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG NHẬN XÃ ĐẠT CHUẨN NÔNG THÔN MỚI\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền.\n")
    data = parse(text)
    assert (data["number"], data["issuer"]) == ("310/QĐ-UBND", "ỦY BAN NHÂN DÂN TỈNH HÀ NAM")
    assert data["subject"] == "CÔNG NHẬN XÃ ĐẠT CHUẨN NÔNG THÔN MỚI"  # the decision's authority line is no title
    cited = "Thông báo về lịch họp.\nKính gửi: Các phòng.\nTheo Quyết định\nsố: 12/QĐ-UBND ngày 2/2/2019 của tỉnh."
    assert parse(cited)["number"] is None


def test_a_speck_alone_between_the_words_of_a_name():
    data = parse("BAN TỔ CHỨC | HỘI THAO NGÀNH Y TẾ\nTIỂU BAN HẬU CẦN\nSố: 3/TBHC\nV/v chuẩn bị\n\nHuế, ngày 1 tháng 3 năm 2019" + BODY)
    assert data["parent_issuer"] == "BAN TỔ CHỨC HỘI THAO NGÀNH Y TẾ"


def test_a_run_of_specks_after_a_short_last_word_of_the_issuer():
    data = parse("HỘI NÔNG DÂN...\nXÃ AN BÌNH\nSố: 5/HND\nV/v tập huấn\n\nAn Bình, ngày 1 tháng 3 năm 2019" + BODY)
    assert data["issuer"] == "HỘI NÔNG DÂN XÃ AN BÌNH"


def test_a_subject_line_merged_with_a_place_and_date_whose_day_is_blank():
    text = ("BỘ NỘI VỤ\n\nSố: 12 /BNV-TCCB\n\n" + "\n".join(RIGHT) + "\n\nV/v tuyển dụng viên chức\tHà Nội, ngày\t"
            "tháng 3 năm 2019\nngành văn hóa tỉnh Cao Bằng" + BODY)
    data = parse(text)
    assert (data["place"], data["subject"]) == ("Hà Nội", "tuyển dụng viên chức ngành văn hóa tỉnh Cao Bằng")


@pytest.mark.parametrize("title, subject", [
    ("KẾ HOẠCH", "Thực hiện Chương trình chuyển đổi số của ngành văn hóa, thể thao và du lịch năm 2026"),
    ("TỜ TRÌNH", "Đề nghị bổ sung dự toán kinh phí sửa chữa trụ sở làm việc của các xã biên giới"),
])
def test_a_subject_under_its_type_name_that_opens_with_the_words_of_a_paragraph(title, subject):
    left = ["ỦY BAN NHÂN DÂN", "HUYỆN MƯỜNG TÈ", "Số: 45/KH-UBND"]
    data = parse(merged(left, RIGHT + ["Mường Tè, ngày 3 tháng 2 năm 2026"]) + f"\n\n{title}\n{subject}\n\n"
                 "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 5/1/2026 của Hội đồng nhân dân huyện;\n")
    assert data["subject"] == subject


def test_a_party_subject_without_vv_that_opens_with_the_words_of_a_paragraph():
    head = "HUYỆN ỦY PHÚ LƯƠNG\nBAN DÂN VẬN\n*\nSố 38 - CV/BDVHU\n"
    right = "\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nPhú Lương, ngày 7 tháng 5 năm 2025\n"
    data = parse(head + "Triển khai tháng cao điểm dân vận khéo năm 2025 trong các chi bộ nông thôn" + right + BODY)
    assert data["subject"] == "Triển khai tháng cao điểm dân vận khéo năm 2025 trong các chi bộ nông thôn"
    # the right column's place and date merged after the subject's first words, apart by a run of spaces
    data = parse(head + "Triển khai tháng cao điểm          Phú Lương, ngày 7 tháng 5 năm 2025\n"
                 "dân vận khéo năm 2025\n\nĐẢNG CỘNG SẢN VIỆT NAM\n" + BODY)
    assert (data["subject"], data["place"]) == ("Triển khai tháng cao điểm dân vận khéo năm 2025", "Phú Lương")
    # a paragraph of the body right under the number is no subject
    data = parse(head + "\nĐẢNG CỘNG SẢN VIỆT NAM\nPhú Lương, ngày 7 tháng 5 năm 2025\nKính gửi: Các chi bộ.\n"
                 "Thực hiện Kế hoạch số 12-KH/HU ngày 2/4/2025 của Huyện ủy, Ban Dân vận đề nghị các chi bộ báo cáo.\n")
    assert data["subject"] == ""


@pytest.mark.parametrize("lines, subject", [
    (["V/v tuyên truyền phát triển kinh tế -", "xã hội vùng đồng bào dân tộc"],
     "tuyên truyền phát triển kinh tế - xã hội vùng đồng bào dân tộc"),
    (["V/v tuyên truyền phát triển kinh tế", "- xã hội vùng đồng bào dân tộc"],
     "tuyên truyền phát triển kinh tế - xã hội vùng đồng bào dân tộc"),
    (["V/v kế hoạch đầu tư công giai đoạn 2026 –", "2030 của huyện"], "kế hoạch đầu tư công giai đoạn 2026 – 2030 của huyện"),
])
def test_a_subject_wrapped_at_the_dash_of_a_compound(lines, subject):
    data = parse(merged(["BAN DÂN TỘC", "Số: 88/BDT-TT"] + lines, RIGHT + ["Sơn La, ngày 9 tháng 6 năm 2025"]) + BODY)
    assert data["subject"] == subject


def test_a_capitals_title_whose_last_line_is_figures():
    left = ["ỦY BAN NHÂN DÂN", "TỈNH ĐIỆN BIÊN", "Số: 71/KH-UBND"]
    data = parse(merged(left, RIGHT + ["Điện Biên, ngày 4 tháng 3 năm 2026"])
                 + "\n\nKẾ HOẠCH\nTHỰC HIỆN PHONG TRÀO THI ĐUA GIAI ĐOẠN\n2026 - 2030\n\nI. MỤC ĐÍCH, YÊU CẦU\n")
    assert data["subject"] == "THỰC HIỆN PHONG TRÀO THI ĐUA GIAI ĐOẠN 2026 - 2030"


def test_a_name_wrapped_after_the_dash_between_its_parts():
    left = ["ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "SỞ VĂN HÓA -", "THỂ THAO VÀ DU LỊCH", "Số: 301/SVHTTDL-VP",
            "V/v tổ chức giải chạy việt dã"]
    data = parse(merged(left, RIGHT + ["Lai Châu, ngày 2 tháng 4 năm 2025"]) + BODY)
    assert (data["parent_issuer"], data["issuer"]) == ("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "SỞ VĂN HÓA - THỂ THAO VÀ DU LỊCH")


@pytest.mark.parametrize("number_line, subject", [
    ("Số: 77/SNV-CCVC   Về: tuyển dụng viên chức năm 2025", "tuyển dụng viên chức năm 2025"),
    ("Số: 77/SNV-CCVC\tVề việc tuyển dụng viên chức năm 2025", "tuyển dụng viên chức năm 2025"),
])
def test_the_subject_after_ve_on_the_numbers_line(number_line, subject):
    text = f"SỞ NỘI VỤ\n\n{RIGHT[0]}\n{RIGHT[1]}\n\n{number_line}\n\nSơn La, ngày 9 tháng 6 năm 2025\n" + BODY
    assert parse(text)["subject"] == subject


def test_the_place_of_a_blank_date_under_a_party_subject_that_opens_with_the_words_of_a_paragraph():
    text = ("THÀNH ỦY VINH\t\tĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 52 - CV/TU\n"
            "Triển khai công tác kiểm tra, giám sát của các chi bộ trong toàn Đảng bộ năm 2025\n"
            "Vinh, ngày     tháng     năm 2025\n" + BODY)
    data = parse(text)
    assert (data["place"], data["date"]) == ("Vinh", None)
    assert data["subject"].startswith("Triển khai công tác kiểm tra")


@pytest.mark.parametrize("line, parent, issuer", [
    ("UBND TỈNH ĐIỆN BIÊN SỞ XÂY DỰNG", "UBND TỈNH ĐIỆN BIÊN", "SỞ XÂY DỰNG"),
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ BAN QUẢN LÝ DỰ ÁN", "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "BAN QUẢN LÝ DỰ ÁN"),
    ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", None, "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU"),
])
def test_a_province_committee_and_the_body_under_it_flattened_on_one_line(line, parent, issuer):
    text = f"{line}\nSố: 64/SXD-QLXD\nV/v kiểm tra công trình\n{RIGHT[0]}\n{RIGHT[1]}\nĐiện Biên, ngày 2 tháng 6 năm 2025" + BODY
    data = parse(text)
    assert (data["parent_issuer"], data["issuer"]) == (parent, issuer)


def glued(left: list[str], right: list[str]) -> str:
    """Two header columns merged line by line with no space between them, as a page that lost the
    table's cells prints them."""
    return "\n".join(f"{left[k] if k < len(left) else ''}{right[k] if k < len(right) else ''}"
                     for k in range(max(len(left), len(right))))


def test_columns_glued_without_a_space_keep_the_issuers_last_word():
    left = ["ỦY BAN NHÂN DÂN", "HUYỆN ĐẢO CÔN SƠN", "Số: 318/UBND-VP", "V/v kiểm tra tàu cá"]
    data = parse(glued(left, RIGHT + ["Côn Sơn, ngày 3 tháng 7 năm 2025"]) + BODY)
    assert data["issuer"] == "ỦY BAN NHÂN DÂN HUYỆN ĐẢO CÔN SƠN"
    party = parse(glued(["HUYỆN ỦY MỸ KHÁNH", "*", "Số 27-CV/HU"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Mỹ Khánh, ngày "
                                                                     "14 tháng 8 năm 2025"]) + BODY)
    assert (party["issuer"], party["number"]) == ("HUYỆN ỦY MỸ KHÁNH", "27-CV/HU")


@pytest.mark.parametrize("place", ["Bến Lức", "Phan Rang - Tháp Chàm", "Hà Nội"])
def test_a_place_glued_to_the_symbol_is_no_part_of_it(place):
    left = ["BỘ KHOA HỌC VÀ CÔNG NGHỆ", "VIỆN NĂNG LƯỢNG NGUYÊN TỬ", f"Số: 77/TTr-VNLNT{place}, ngày 2 tháng 6 năm 2025"]
    data = parse("\n".join(left + RIGHT + ["", "TỜ TRÌNH", "Về việc mua sắm thiết bị đo"]) + BODY)
    assert (data["number"], data["place"], data["date"]) == ("77/TTr-VNLNT", place, "2025-06-02")


@pytest.mark.parametrize("line, number, place", [
    ("Số 41 - CV/HUMỹ Khánh, ngày 2 tháng 6 năm 2025", "41-CV/HU", "Mỹ Khánh"),
    ("Số: 41/BC-HĐTNQuận 3, ngày 2 tháng 6 năm 2025", "41/BC-HĐTN", "Quận 3"),
    ("Số: 41/QĐ-TTg Hà Nội, ngày 2 tháng 6 năm 2025", "41/QĐ-TTg", "Hà Nội"),  # Tg is no syllable: no glue
    ("Số: 41/ĐHKTTP. Hồ Chí Minh, ngày 2 tháng 6 năm 2025", "41/ĐHKT", "TP. Hồ Chí Minh"),
    ("Số: 41/QĐ-TTgHà Nội, ngày 2 tháng 6 năm 2025", "41/QĐ-TTg", "Hà Nội"),  # after a code's small letter
    ("Số: 41/UBND-VPĐông Hưng A, ngày 2 tháng 6 năm 2025", "41/UBND-VP", "Đông Hưng A"),  # a one-letter word
    ("Số: 41/UBND-VPHòa Bình,\nngày 2 tháng 6 năm 2025", "41/UBND-VP", "Hòa Bình"),  # the date wrapped
])
def test_a_place_glued_to_a_party_code_or_before_a_number(line, number, place):
    data = parse("\n".join(["CƠ QUAN THỬ NGHIỆM", line, "V/v kiểm tra định kỳ"]) + BODY)
    assert (data["number"], data["place"]) == (number, place)


@pytest.mark.parametrize("row, place", [
    ("V/v sửa chữa trụ sở làm việcBến Lức, ngày 2 tháng 6 năm 2025", "Bến Lức"),
    ("“V/v sửa chữa trụ sở làm việc năm 2025”Bến Lức, ngày 2 tháng 6 năm 2025", "Bến Lức"),
    ("V/v sửa chữa trụ sở làm việc ĐắkLắk, ngày 2 tháng 6 năm 2025", "ĐắkLắk"),  # one word as printed
])
def test_a_place_glued_to_the_subject_line(row, place):
    data = parse("\n".join(["ỦY BAN NHÂN DÂN HUYỆN BẾN LỨC", "Số: 90/UBND-VP", row]) + BODY)
    assert data["place"] == place
    assert data["subject"].lstrip("“").startswith("sửa chữa trụ sở làm việc") and place not in data["subject"]


def test_a_copys_own_block_after_the_foot_is_not_the_documents():
    head = "BAN QUẢN LÝ KHU KINH TẾ\nSố: 61/BQL-QHXD\nV/v cấp phép xây dựng\n\n" + "\n".join(RIGHT) + \
           "\nRạch Giá, ngày 8 tháng 4 năm 2025"
    foot = ("\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTRƯỞNG BAN\n\nLục Văn Khải\n\n\nUBND TỈNH KIÊN GIANG\n"
            "VĂN PHÒNG\nSố: 14/SY-VP\nSAO Y\nRạch Giá, ngày 10 tháng 4 năm 2025\n\nNơi nhận:\n- Sở Xây dựng;\n"
            "- Lưu: VT.\n\nTL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nTạ Thị Vân\n")
    data = parse(head + BODY + foot)
    assert data["signer"] == {"authority": None, "capacity": None, "title": "TRƯỞNG BAN", "name": "Lục Văn Khải"}
    assert data["distribution"] == ["Như trên", "Lưu: VT"]


def test_a_title_of_two_offices_without_a_prefix():
    foot = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nBỘ TRƯỞNG, CHỦ NHIỆM\n\nLục Văn Khải\n"
    data = parse("ỦY BAN DÂN TỘC\nSố: 61/UBDT-VP\nV/v công tác dân tộc\n" + BODY + foot)
    assert (data["signer"]["title"], data["signer"]["name"]) == ("BỘ TRƯỞNG, CHỦ NHIỆM", "Lục Văn Khải")


def test_a_date_line_wrapped_in_a_narrow_column_ends_the_subject_above_it():
    for date in ("Sa Đéc,\nngày 2 tháng 6 năm 2025", "Sa Đéc, ngày 2 tháng 6\nnăm 2025"):
        data = parse("\n".join(["ỦY BAN NHÂN DÂN THÀNH PHỐ SA ĐÉC", "Số: 90/UBND-VP", "V/v sửa chữa trụ sở",
                                 "làm việc của phường", date]) + BODY)
        assert (data["subject"], data["place"], data["date"]) == ("sửa chữa trụ sở làm việc của phường", "Sa Đéc",
                                                                 "2025-06-02")


@pytest.mark.parametrize("cited", ["5084/TTr-UBND", "6012/STC-NS"])
def test_a_cited_number_opening_a_line_is_no_number_of_a_document_without_one(cited):
    """A resolution with no `Số` line: a cited number that a line break puts first on a line is
    not taken for `Số` read as `50` or `56` and the rest of the figures."""
    left = ["HỘI ĐỒNG NHÂN DÂN", "TỈNH BẾN TRE"]
    text = (merged(left, RIGHT + ["Bến Tre, ngày 10 tháng 7 năm 2025"]) +
            "\n\nNGHỊ QUYẾT\nVề việc điều chỉnh kế hoạch đầu tư công năm 2025\n\n"
            "Xét Tờ trình số\n" + cited + " ngày 02 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh;\n"
            "Điều 1. Điều chỉnh kế hoạch đầu tư công năm 2025 như phụ lục kèm theo.\n")
    data = parse(text)
    assert data["number"] is None and data["doc_type"] == "Nghị quyết"


@pytest.mark.parametrize("label", ["S6:", "56:", "50:", "5o"])
def test_a_number_label_read_with_figures_still_opens_the_number(label):
    left = ["HỘI ĐỒNG NHÂN DÂN", "TỈNH BẾN TRE", f"{label} 12/NQ-HĐND"]
    text = merged(left, RIGHT + ["Bến Tre, ngày 10 tháng 7 năm 2025"]) + "\n\nNGHỊ QUYẾT\nVề việc điều chỉnh kế hoạch\n"
    assert parse(text)["number"] == "12/NQ-HĐND"


@pytest.mark.parametrize("title, subject", [
    ("Và tăng cường phòng chống dịch bệnh mùa mưa", "Về tăng cường phòng chống dịch bệnh mùa mưa"),
    ("Về tăng cường phòng chống dịch bệnh mùa mưa", "Về tăng cường phòng chống dịch bệnh mùa mưa"),
    ("Vận động toàn dân tham gia hiến máu", "Vận động toàn dân tham gia hiến máu"),
])
def test_a_title_under_a_type_name_opening_with_ve_misread(title, subject):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 07/CT-UBND\n" + "\n".join(RIGHT) +
            "\nQuy Nhơn, ngày 3 tháng 5 năm 2024\n\nCHỈ THỊ\n" + title + "\n\nThời gian qua, công tác phòng chống dịch bệnh\n"
            "trên địa bàn tỉnh đã có chuyển biến, song vẫn còn hạn chế.\nĐể chủ động phòng chống dịch bệnh,\n"
            "Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n1. Sở Y tế chủ trì theo dõi tình hình dịch bệnh.\n")
    assert parse(text)["subject"] == subject


@pytest.mark.parametrize("row, place", [
    ("V/v góp ý dự thảo Quy Hà Nội, ngày 2 tháng 6 năm 2025", "Hà Nội"),
    ("V/v góp ý dự thảo Quy Tp. Huế, ngày 2 tháng 6 năm 2025", "Tp. Huế"),
    ("V/v góp ý dự thảo Quy Thừa Thiên Huế, ngày 2 tháng 6 năm 2025", "Thừa Thiên Huế"),
])
def test_a_capitalised_word_of_the_subject_before_the_province_is_no_part_of_the_place(row, place):
    data = parse("\n".join(["SỞ TƯ PHÁP", "Số: 90/STP-VP", row, "chế phối hợp liên ngành"]) + BODY)
    assert (data["place"], data["subject"]) == (place, "góp ý dự thảo Quy chế phối hợp liên ngành")
