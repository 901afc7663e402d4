"""The renderer draws each part of a dispatch where a printed page has it, whatever way the text
wrote its header and foot (made-up texts, one per layout the web pages use)."""

from __future__ import annotations

import pytest

from dispatch_tools.evaluate.layout import split_layout
from dispatch_tools.evaluate.layout_header import segments

TAIL = "\n\nKính gửi: Các phòng chuyên môn.\n\nĐề nghị các đơn vị thực hiện.\n"


@pytest.mark.parametrize("line, kinds", [
    ("SỞ NỘI VỤ TỈNH GIA LAI   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ["caps", "mark"]),
    ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc", ["mark", "mark"]),
    ("HỘI NÔNG DÂN TỈNH YÊN BÁI ---------- Số: 52 / CV-HND", ["caps", "rule", "number"]),
    ("Số: 77/UBND-TH V/v rà soát hộ nghèo năm 2025", ["number", "subject"]),
    ("Số 19-CV/HU      Quận 3, ngày 02 tháng 3 năm 2021", ["number", "date"]),
    ("Toàn quốc, ngày 11 tháng 9 năm 2015", ["date"]),
    ("BAN TỔ CHỨC HỘI THI DÂN TỘC THIỂU SỐ TỈNH", ["caps"]),  # "SỐ" inside a name is no number
    ("ĐOÀN TNCS HỒ CHÍ MINH QUẬN HAI BÀ TRƯNG", ["caps"]),  # the Youth Union's name, not its title
    ("Trường Mầm non Hoa Sen Độc lập - Tự do - Hạnh phúc", ["text", "mark"]),
])
def test_header_lines_are_cut_where_a_part_starts(line, kinds):
    assert [s.kind for s in segments(line)] == kinds


def test_subject_forms_stay_in_the_left_column_over_lines_and_blanks():
    for lead in ("V/v", "Về việc", "Về", "VỀ VIỆC"):
        text = (f"UBND HUYỆN ĐAN PHƯỢNG\nPHÒNG NÔNG NGHIỆP\n\nSố: 41/PNN\n{lead} kiểm tra công tác\n\n"
                "phòng chống hạn mặn vụ Đông Xuân\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
                "\n\nĐan Phượng, ngày 03 tháng 02 năm 2019" + TAIL)
        lay = split_layout(text)
        assert lay.header_left[-1] == f"{lead} kiểm tra công tác phòng chống hạn mặn vụ Đông Xuân", lead
        assert lay.header_right[-1] == "Đan Phượng, ngày 03 tháng 02 năm 2019"
        assert lay.recipients == ["Kính gửi: Các phòng chuyên môn."]


def test_a_header_flattened_onto_two_lines_is_cut_into_its_columns():
    text = ("LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC KẠN ------- Số: 09 / CV-LĐLĐ\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Bắc Kạn, ngày 5 tháng 01 năm 2016"
            + TAIL)
    lay = split_layout(text)
    assert lay.header_left == ["LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC KẠN", "---", "Số: 09 / CV-LĐLĐ"]
    assert lay.header_right == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---",
                                "Bắc Kạn, ngày 5 tháng 01 năm 2016"]


def test_places_a_page_prints_before_the_date_go_right():
    for place in ("Quận 10", "Toàn quốc", "TP. Hồ Chí Minh", "Thị xã Ninh Hòa"):
        text = f"BỘ Y TẾ\nSố: 300/BYT-KCB\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{place}, ngày 9 tháng 9 năm 2009" + TAIL
        assert split_layout(text).header_right[-1] == f"{place}, ngày 9 tháng 9 năm 2009"


def test_legal_basis_printed_above_the_header_goes_to_the_body():
    text = ("- Căn cứ Luật Tổ chức chính quyền địa phương;\n\nXét đề nghị của Giám đốc Sở Tư pháp.\n\n"
            "ỦY BAN NHÂN DÂN TỈNH CÀ MAU\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 12/QĐ-UBND\n\n"
            "Cà Mau, ngày 4 tháng 4 năm 2026\n\nQUYẾT ĐỊNH\n\nVề việc công bố thủ tục hành chính\n\n"
            "Điều 1. Công bố kèm theo Quyết định này.\n")
    lay = split_layout(text)
    assert lay.header_left == ["ỦY BAN NHÂN DÂN TỈNH CÀ MAU", "Số: 12/QĐ-UBND"]
    assert lay.title == ["QUYẾT ĐỊNH", "Về việc công bố thủ tục hành chính"]
    assert lay.body[0] == "- Căn cứ Luật Tổ chức chính quyền địa phương;"
    assert lay.body[-1] == "Điều 1. Công bố kèm theo Quyết định này."


def test_a_sentence_case_title_ends_where_the_body_starts():
    text = ("TRƯỜNG THCS LÊ LỢI\nSố: 05/KH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVinh, ngày 1 tháng 3 năm 2022\n"
            "KẾ HOẠCH\nTổ chức giải bóng đá học sinh\nThực hiện kế hoạch năm học, nhà trường tổ chức giải.\n")
    lay = split_layout(text)
    assert lay.title == ["KẾ HOẠCH", "Tổ chức giải bóng đá học sinh"]
    assert lay.body == ["Thực hiện kế hoạch năm học, nhà trường tổ chức giải."]


def test_the_distribution_glued_to_the_body_or_in_capitals_goes_to_the_foot():
    text = ("BỘ CÔNG THƯƠNG\nSố: 88/BCT-TC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 2 tháng 2 năm 2012\n"
            "\nKính gửi: Sở Công Thương các tỉnh.\n\nĐề nghị các Sở báo cáo./.Nơi nhận:- Như trên;- Lưu: VT, TC.\n"
            "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nĐỗ Văn An\n")
    lay = split_layout(text)
    assert lay.body == ["Đề nghị các Sở báo cáo./."]
    assert lay.foot_left == ["Nơi nhận:", "- Như trên;", "- Lưu: VT, TC."]
    assert lay.foot_right == ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Đỗ Văn An"]
    lay = split_layout(text.replace("./.Nơi nhận:- Như trên;- Lưu: VT, TC.", "./.\n\nNƠI NHẬN\n\n- Như trên;\n- Lưu: VT."))
    assert lay.foot_left == ["NƠI NHẬN", "- Như trên;", "- Lưu: VT."]


def test_a_note_under_the_signers_name_is_printed_under_the_foot_not_in_the_signature():
    text = ("BỘ TƯ PHÁP\nSố: 9/BTP-VP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 1 tháng 1 năm 2020\n"
            "\nKính gửi: Các Sở Tư pháp.\n\nĐề nghị báo cáo[1]./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
            "(Kèm theo biểu mẫu)\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nPhan Chí Hiếu\n\n[1] Gửi về Văn phòng Bộ, 60 Trần Phú.\n")
    lay = split_layout(text)
    assert lay.foot_left == ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "(Kèm theo biểu mẫu)"]
    assert lay.foot_right == ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Phan Chí Hiếu"]
    assert lay.footnotes == ["[1] Gửi về Văn phòng Bộ, 60 Trần Phú."]


def test_the_last_addressee_without_its_full_stop_is_not_joined_to_the_body():
    text = ("BỘ TƯ PHÁP\nSố: 9/BTP-VP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 1 tháng 1 năm 2020\n"
            "\nKính gửi: - Các Sở Tư pháp\n\n- Các Cục thi hành án dân sự\n\nCăn cứ Luật Hộ tịch, Bộ hướng dẫn như sau.\n")
    lay = split_layout(text)
    assert lay.recipients == ["Kính gửi: - Các Sở Tư pháp", "- Các Cục thi hành án dân sự"]
    assert lay.body == ["Căn cứ Luật Hộ tịch, Bộ hướng dẫn như sau."]


def test_header_fragments_a_page_spread_over_blank_lines():
    text = ("VĂN PHÒNG UBND TỈNH\nSố:\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n/TTr-VP\n\n"
            "Vĩnh Long, ngày\n\ntháng\n\nnăm 2019\n\nDỰ THẢO\n\nTỜ TRÌNH\nVề việc phê duyệt đề án\n\nKính gửi: Ủy ban nhân dân tỉnh\n"
            "Thực hiện chỉ đạo của tỉnh, Văn phòng trình như sau.\n")
    lay = split_layout(text)
    assert lay.header_left == ["VĂN PHÒNG UBND TỈNH", "Số: /TTr-VP"]
    assert lay.header_right[-1] == "Vĩnh Long, ngày tháng năm 2019"
    assert lay.title == ["DỰ THẢO", "TỜ TRÌNH", "Về việc phê duyệt đề án"]
    assert lay.recipients == ["Kính gửi: Ủy ban nhân dân tỉnh"]


def test_a_title_in_capitals_broken_anywhere_is_one_paragraph():
    text = ("UBND TỈNH PHÚ YÊN\nSố: 9/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTuy Hòa, ngày\n5 tháng 1 năm 2015\n\n"
            "KẾ HOẠCH\nPHÁT\nTRIỂN DU LỊCH NĂM 2015\nThực hiện nghị quyết của Tỉnh ủy.\n")
    lay = split_layout(text)
    assert lay.header_right[-1] == "Tuy Hòa, ngày 5 tháng 1 năm 2015"
    assert lay.title == ["KẾ HOẠCH", "PHÁT TRIỂN DU LỊCH NĂM 2015"]


def test_a_party_subject_under_the_number_over_a_blank_line():
    text = ("HUYỆN ỦY CAN LỘC\nBAN DÂN VẬN\n*\nSố 41 - CV/BDVHU\n\nGửi tài liệu sinh hoạt chi bộ tháng\n\n"
            "10 năm 2022\n\nKính gửi: Các chi bộ trực thuộc.\n")
    lay = split_layout(text)
    assert lay.header_left[-1] == "Gửi tài liệu sinh hoạt chi bộ tháng 10 năm 2022"


def test_a_signature_without_distribution_or_prefix_is_drawn_as_one():
    text = ("BỘ Y TẾ\nSố: 5/QĐ-BYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 1 tháng 1 năm 2020\n\nQUYẾT ĐỊNH\n"
            "Về việc thành lập Hội đồng\n\nĐiều 1. Thành lập Hội đồng.\n\nBỘ TRƯỞNG\n\n(Đã ký)\n\nLê Minh Châu\n")
    lay = split_layout(text)
    assert lay.body == ["Điều 1. Thành lập Hội đồng."]
    assert lay.foot_right == ["BỘ TRƯỞNG", "(Đã ký)", "Lê Minh Châu"]


DECISION = ("BỘ Y TẾ\nSố: 9/QĐ-BYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 1 tháng 1 năm 2020\n"
            "QUYẾT ĐỊNH\nQuy định trách nhiệm thực hiện\nQUYẾT ĐỊNH:\n")


def test_a_numbered_heading_is_printed_on_a_line_of_its_own():
    # a page prints an article's or an item's title alone, in bold, over the text it heads
    text = DECISION + ("Điều 2. Tổ chức thực hiện\nChánh Văn phòng Bộ, Cục trưởng Cục Quản lý Dược chịu trách nhiệm thi hành.\n"
                       "3. Thời gian, lộ trình hoàn thành\nBộ Giáo dục và Đào tạo chủ trì xây dựng đề án.\n")
    body = split_layout(text).body
    assert body[:2] == ["Điều 2. Tổ chức thực hiện",
                        "Chánh Văn phòng Bộ, Cục trưởng Cục Quản lý Dược chịu trách nhiệm thi hành."]
    assert body[2:] == ["3. Thời gian, lộ trình hoàn thành", "Bộ Giáo dục và Đào tạo chủ trì xây dựng đề án."]


def test_a_heading_whose_sentence_goes_on_is_still_joined():
    # "… của" / "Bộ Y tế …": the text broke a title inside it; so it did a long line of a text broken everywhere
    text = DECISION + "Điều 2. Trách nhiệm của Cục Quản lý Dược và các đơn vị trực thuộc của\nBộ Y tế tại các tỉnh\n"
    assert split_layout(text).body == ["Điều 2. Trách nhiệm của Cục Quản lý Dược và các đơn vị trực thuộc của Bộ Y tế "
                                       "tại các tỉnh"]
    wrapped = ["1. Sở Y tế chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư, Sở Nội vụ, Sở Tư pháp",
               "Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan triển khai",
               "thực hiện kế hoạch kiểm tra an toàn thực phẩm trên địa bàn tỉnh trong dịp Tết Nguyên đán."] * 4
    body = split_layout(DECISION + "\n".join(wrapped) + "\n").body
    assert body[0].startswith("1. Sở Y tế chủ trì") and "Ủy ban nhân dân các huyện" in body[0]


@pytest.mark.parametrize("mark", ["1-", "1/", "(1)", "1.", "1)", "1.Giao", "a)", "a.", "b)Giao", "-", "+", "•", "III/."])
def test_an_item_after_a_heading_starts_its_own_line_whatever_its_marker(mark):
    # "Điều 2. Tổ chức thực hiện" / "1- Giao Sở …": no page prints a list's marker inside a line
    item = f"{mark} Sở Tài chính chủ trì thẩm định dự toán;"
    body = split_layout(DECISION + f"Điều 2. Tổ chức thực hiện\n{item}\nSở Y tế phối hợp thực hiện.\n").body
    assert body[:2] == ["Điều 2. Tổ chức thực hiện", item]


def test_items_marked_in_other_styles_run_one_a_line_after_an_item_that_goes_on():
    # "b) Tuyên truyền …," / "c) Cung cấp …": an item ending on a comma does not swallow the next one
    text = DECISION + ("a) Tuyên truyền, vận động thực hiện công tác dân số,\nb)Cung cấp các dịch vụ dân số\n"
                       "c. Tổ chức thực hiện pháp luật về dân số trong cơ quan.\n")
    assert split_layout(text).body == ["a) Tuyên truyền, vận động thực hiện công tác dân số,",
                                       "b)Cung cấp các dịch vụ dân số",
                                       "c. Tổ chức thực hiện pháp luật về dân số trong cơ quan."]


@pytest.mark.parametrize("head", ["2- Tổ chức thực hiện", "(2) Tổ chức thực hiện", "b. Kinh phí thực hiện"])
def test_a_heading_numbered_in_another_style_is_printed_alone(head):
    text = DECISION + f"{head}\nSở Tài chính bố trí kinh phí thực hiện kế hoạch.\n"
    assert split_layout(text).body == [head, "Sở Tài chính bố trí kinh phí thực hiện kế hoạch."]


@pytest.mark.parametrize("end", ["hoặc", "trong", "với", "theo"])
def test_a_heading_ending_on_a_word_its_sentence_goes_on_from_is_joined(end):
    # the renderer reads a heading's end with the parser's own connectors (parse.addressees.CONNECTOR_END)
    text = DECISION + f"Điều 2. Trách nhiệm của các sở {end}\nỦy ban nhân dân các huyện\n"
    assert split_layout(text).body == [f"Điều 2. Trách nhiệm của các sở {end} Ủy ban nhân dân các huyện"]


def test_the_renderer_measures_a_wrapped_text_as_the_parser_does():
    from dispatch_tools.evaluate.layout import _wrap_width
    from dispatch_tools.parse.blocks import wrapped_line_width
    # a quotation's end (".”") ends no line the page filled for the parser: the renderer reads it alike
    lines = ["Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, các cơ quan tổ chức hoạt động “Ngày Pháp luật.”"] * 4 \
        + ["Sở Tư pháp đề nghị các cơ quan, đơn vị triển khai các nội dung sau."] * 7
    assert _wrap_width(lines) == wrapped_line_width(lines) > 0
    assert _wrap_width(lines + ["A\tB"] * 40) == _wrap_width(lines)  # a table's rows are laid out apart


def test_addressees_and_distribution_numbered_in_another_style_run_one_a_line():
    text = ("UBND TỈNH NAM ĐỊNH\nSỞ Y TẾ\nSố: 12/SYT-KHTC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Nam Định, ngày 2 tháng 3 năm 2024\n\nKính gửi:\n- Bệnh viện Đa khoa tỉnh\n1/ Trung tâm Y tế các huyện\n\n"
            "Đề nghị các đơn vị báo cáo.\n\nNơi nhận:\n▪ Như trên;\n▪ Lưu: VT.\nGIÁM ĐỐC\n\nTrần Văn Bình\n")
    lay = split_layout(text)
    assert lay.recipients[-2:] == ["- Bệnh viện Đa khoa tỉnh", "1/ Trung tâm Y tế các huyện"]
    assert lay.foot_left == ["Nơi nhận:", "▪ Như trên;", "▪ Lưu: VT."]


def test_a_heading_ending_on_the_units_under_a_body_is_printed_alone():
    # "… trực thuộc" ends a name ("các đơn vị trực thuộc"); "… ở" goes on, as the parser reads them
    text = DECISION + ("Điều 3. Trách nhiệm của các đơn vị trực thuộc\nCác đơn vị chủ động bố trí kinh phí.\n\n"
                       "Điều 4. Hỗ trợ người dân ở\nVùng sâu, vùng xa\n")
    assert split_layout(text).body == ["Điều 3. Trách nhiệm của các đơn vị trực thuộc",
                                       "Các đơn vị chủ động bố trí kinh phí.", "Điều 4. Hỗ trợ người dân ở Vùng sâu, vùng xa"]
