"""Head and foot layouts that Decree 30 and the Party's and Youth Union's guides allow and the fourth
draw of the header variants makes (dispatch_tools.evaluate.header_variants_fourth): the national
title wrapped over two lines beside the issuer, công điện heads, a bare ``Về`` after the number, a
head printed as two paragraphs with a Party number and no colon, sentence-case signer titles. The
wording is made up (no development document's words)."""

from __future__ import annotations

import random

from dispatch_tools.evaluate.header_variants import variant
from dispatch_tools.evaluate import header_variants_fourth as four
from dispatch_tools.parse import parse_text, to_contract

BODY = "\n\nĐề nghị các đơn vị triển khai thực hiện nghiêm túc./.\n"
FOOT = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn Bình\n"


def parse(text: str) -> dict:
    return to_contract(parse_text(text).fields)


def test_a_wrapped_national_title_merged_beside_the_issuer_is_no_part_of_its_name():
    head = ("UBND HUYỆN GIA LÂM                     CỘNG HÒA XÃ HỘI\n"
            "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG           CHỦ NGHĨA VIỆT NAM\n"
            "                                        Độc lập – Tự do – Hạnh phúc\n"
            "Số: 318/TNMT-ĐĐ                         Gia Lâm, ngày 14 tháng 6 năm 2025\n"
            "V/v rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất\n\nKính gửi: UBND các xã, thị trấn.")
    data = parse(head + BODY + FOOT)
    assert data["issuer"] == "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"
    assert data["parent_issuer"] == "UBND HUYỆN GIA LÂM"


def test_a_title_half_glued_to_the_issuer_is_cut_but_a_sentence_naming_the_state_is_not():
    from dispatch_tools.parse.header_lines import motto_cut
    from dispatch_tools.parse.text import key

    line = key("BAN QUẢN LÝ DỰ ÁNCỘNG HÒA XÃ HỘI")
    assert motto_cut(line) == (len("ban quan ly du an"), len(line))
    line = key("**TRUNG TÂM Y TẾ CHỦ NGHĨA VIỆT NAM**")  # a page in markdown keeps the bold
    assert motto_cut(line) == (len("**trung tam y te "), len(line))
    assert motto_cut(key("xây dựng Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam")) != (
        len("xay dung nha nuoc phap quyen xa hoi "), len("xay dung nha nuoc phap quyen xa hoi chu nghia viet nam"))


def test_a_cong_dien_subject_ends_before_the_senders_line_and_none_is_read_when_it_has_none():
    head = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 07/CĐ-UBND\nQuảng Bình, ngày 02 tháng 10 năm 2025\n\nCÔNG ĐIỆN\n{subject}"
            "UBND TỈNH QUẢNG BÌNH điện:\n- Giám đốc các sở, ngành;\n- Chủ tịch UBND các huyện, thị xã.\n")
    data = parse(head.format(subject="Tập trung khắc phục hậu quả đợt mưa lớn kéo dài\n") + BODY + FOOT)
    assert (data["doc_type"], data["subject"]) == ("Công điện", "Tập trung khắc phục hậu quả đợt mưa lớn kéo dài")
    data = parse(head.format(subject="") + BODY + FOOT)
    assert data["doc_type"] == "Công điện" and not data["subject"]


def test_a_bare_ve_after_the_number_on_its_line_opens_the_subject():
    head = ("SỞ XÂY DỰNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 512/SXD-QLN   Về kiểm tra an toàn chung cư cũ\ntrên địa bàn tỉnh\n"
            "Ninh Bình, ngày 3 tháng 4 năm 2025\n\nKính gửi: UBND các huyện, thành phố.")
    assert parse(head + BODY + FOOT)["subject"] == "kiểm tra an toàn chung cư cũ trên địa bàn tỉnh"


def test_a_head_printed_as_two_paragraphs_with_a_party_number_without_colon():
    head = ("TỈNH ĐOÀN NGHỆ AN BAN TỔ CHỨC - KIỂM TRA *** Số 45 - CV/BTCKT V/v tổng hợp số liệu đoàn viên năm 2025\n\n"
            "ĐOÀN TNCS HỒ CHÍ MINH Nghệ An, ngày 20 tháng 11 năm 2025\n\nKính gửi: Các huyện, thành đoàn.")
    data = parse(head + BODY + FOOT)
    assert data["number"] == "45-CV/BTCKT"
    assert (data["parent_issuer"], data["issuer"]) == ("TỈNH ĐOÀN NGHỆ AN", "BAN TỔ CHỨC - KIỂM TRA")


def test_a_party_number_without_colon_is_not_taken_from_a_citation_in_words():
    text = ("Căn cứ ý kiến tại văn bản số 12 - CV/TU của Ban Thường vụ,\nđề nghị các đơn vị thực hiện./.\n")
    assert parse(text)["number"] is None


def test_a_signer_title_in_sentence_case_is_read_after_a_prefix_and_above_the_distribution():
    head = ("ĐẢNG BỘ TỈNH PHÚ YÊN\nĐẢNG ỦY KHỐI DOANH NGHIỆP\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Số 88-CV/ĐUK\nPhú Yên, ngày 5 tháng 5 năm 2025\nV/v kiểm điểm tập thể cuối năm\n\n"
            "Kính gửi: Các chi bộ trực thuộc.\n\nĐề nghị các chi bộ thực hiện./.\n")
    foot = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTUQ. BÍ THƯ\nTrưởng phòng tổ chức - hành chính\n\nLê Thị Hoa\n"
    assert parse(head + foot)["signer"]["title"] == "Trưởng phòng tổ chức - hành chính"
    foot = "\nTrưởng ban\n\nPhan Văn Long\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    signer = parse(head + foot)["signer"]
    assert (signer["title"], signer["name"]) == ("Trưởng ban", "Phan Văn Long")


def test_the_fourth_draw_makes_its_layouts_with_truths_that_follow_the_gold():
    seen = set()
    for i in range(400):
        v = variant(6, i)
        tags = set(v.tags)
        seen |= {t.split(":")[0] + ":" + t.split(":")[1].split("+")[0] for t in tags if ":" in t}
        if v.truth["doc_type"] == "Công điện":
            assert "CÔNG ĐIỆN" in v.text and "điện:" in v.text.lower() and "/CĐ-" in v.truth["number"]
        if "subject:Về_bare" in tags:
            assert not v.truth["subject"].startswith("Về")
    assert {"fourth:under_ministry", "fourth:university", "fourth:party_sector", "fourth:youth", "type:CĐ",
            "motto:wrapped", "layout:paragraphs", "subject:Về_bare", "head:glued_rule"} <= seen
    words = four.sentence_case(("KT.", "GIÁM ĐỐC", ["PHÓ GIÁM ĐỐC"]))
    assert words == ("KT.", "GIÁM ĐỐC", ["Phó Giám đốc"])
    lines, subject, to = four.cong_dien(random.Random(3), type("O", (), {"issuer_lines": ["BỘ Y TẾ"],
                                                                      "tag": "office:ministry"})(), 2025)
    assert to[0].endswith(("điện:", "ĐIỆN:")) or to[1].endswith(("điện:", "ĐIỆN:"))


def test_a_dash_line_that_opens_with_xa_hoi_goes_on_with_the_name_above():
    head = ("HỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH\nBAN VĂN HÓA\n- XÃ HỘI\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nSố: 41/BVHXH\nHòa Bình, ngày 8 tháng 8 năm 2025\n"
            "V/v giám sát việc thực hiện chính sách bảo trợ\n\nKính gửi: Sở Y tế.")
    assert parse(head + BODY + FOOT)["issuer"] == "BAN VĂN HÓA - XÃ HỘI"


def test_a_dash_line_merged_with_the_motto_beside_it_is_no_list_item_of_the_body():
    head = ("HĐND TỈNH HÀ GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN KINH TẾ\tĐộc lập - Tự do - Hạnh phúc\n"
            "- NGÂN SÁCH\n\nSố: 17/BKTNS\tHà Giang, ngày 2 tháng 9 năm 2025\nV/v thẩm tra dự toán ngân sách\n\n"
            "Kính gửi: Sở Tài chính.")
    head2 = head.replace("BAN KINH TẾ\tĐộc lập - Tự do - Hạnh phúc\n- NGÂN SÁCH\n",
                         "BAN KINH TẾ\n- NGÂN SÁCH\tĐộc lập - Tự do - Hạnh phúc\n")
    for text in (head, head2):
        assert parse(text + BODY + FOOT)["issuer"] == "BAN KINH TẾ - NGÂN SÁCH"


def test_a_name_wrapped_inside_khen_thuong_stays_one_name():
    head = ("BỘ NỘI VỤ\nBAN THI ĐUA - KHEN\nTHƯỞNG TRUNG ƯƠNG\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nSố: 230/BTĐKT-VP\nHà Nội, ngày 4 tháng 3 năm 2025\n"
            "V/v hồ sơ đề nghị khen thưởng\n\nKính gửi: Các bộ, ngành.")
    data = parse(head + BODY + FOOT)
    assert (data["parent_issuer"], data["issuer"]) == ("BỘ NỘI VỤ", "BAN THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG")


def test_a_copys_number_after_a_short_document_is_not_its_own():
    head = ("TỈNH ỦY LÀO CAI BAN DÂN VẬN * Số: 73-CV/BDVTU V/v khảo sát mô hình dân vận khéo\n\n"
            "ĐẢNG CỘNG SẢN VIỆT NAM Lào Cai, ngày 6 tháng 6 năm 2025\n\nKính gửi: Các huyện ủy, thành ủy.")
    copy = ("\n\nUBND TỈNH LÀO CAI\nVĂN PHÒNG\nSố: 15/SY-VP\nSAO Y\nLào Cai, ngày 9 tháng 6 năm 2025\n\n"
            "Nơi nhận:\n- Lưu: VT.\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nĐỗ Văn Tâm\n")
    data = parse(head + BODY + FOOT + copy)
    assert data["number"] == "73-CV/BDVTU"
    assert parse("SAO Y\nSố: 15/SY-VP\nLào Cai, ngày 9 tháng 6 năm 2025\n" + BODY)["number"] == "15/SY-VP"


def test_a_general_department_run_together_with_its_provincial_department_is_its_parent():
    head = ("TỔNG CỤC HẢI QUAN CỤC HẢI QUAN TỈNH LẠNG SƠN\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nSố: 902/HQLS-NV\nLạng Sơn, ngày 12 tháng 3 năm 2025\n"
            "V/v thủ tục hải quan đối với hàng quá cảnh\n\nKính gửi: Các chi cục hải quan cửa khẩu.")
    data = parse(head + BODY + FOOT)
    assert (data["parent_issuer"], data["issuer"]) == ("TỔNG CỤC HẢI QUAN", "CỤC HẢI QUAN TỈNH LẠNG SƠN")


def test_a_sentence_case_title_merged_on_a_line_of_the_distribution_is_the_signers():
    head = ("TỈNH ỦY CAO BẰNG\nBAN DÂN VẬN\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 31-CV/BDVTU\n"
            "Cao Bằng, ngày 7 tháng 7 năm 2025\nV/v sơ kết phong trào thi đua dân vận khéo\n\n"
            "Kính gửi: Các huyện ủy, thành ủy.\n\nĐề nghị các đơn vị thực hiện./.\n\n")
    one = "Nơi nhận: KT. TRƯỞNG BAN\n- Như trên; Phó trưởng ban\n- Lưu: VT.\n\nHoàng Thị Mai\n"
    data = parse(head + one)
    assert (data["signer"]["title"], data["distribution"]) == ("Phó trưởng ban", ["Như trên", "Lưu: VT"])
    tab = "Nơi nhận:\tTrưởng ban\n- Như trên;\n- Lưu: VT.\tNông Văn Hải\n"
    signer = parse(head + tab)["signer"]
    assert (signer["title"], signer["name"]) == ("Trưởng ban", "Nông Văn Hải")


def test_a_degree_before_the_name_under_an_acting_heads_prefix_is_no_title():
    head = ("UBND HUYỆN ĐẢO LÝ SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 77/UBND-VP\nLý Sơn, ngày 1 tháng 4 năm 2025\nV/v phòng chống dịch bệnh trên cây tỏi\n\n"
            "Kính gửi: UBND các xã.\n\nĐề nghị các đơn vị thực hiện./.\n\n")
    foot = "Nơi nhận:\tQ. CHỦ TỊCH\n- Như trên;\n- Lưu: VT.\tPGS.TS Tô Công Lan\n"
    signer = parse(head + foot)["signer"]
    assert (signer["authority"], signer["title"], signer["name"]) == ("Q.", None, "Tô Công Lan")
    foot = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTS. Lê Thị Hà\n"
    signer = parse(head + foot)["signer"]
    assert (signer["title"], signer["name"]) == ("PHÓ CHỦ TỊCH", "Lê Thị Hà")
