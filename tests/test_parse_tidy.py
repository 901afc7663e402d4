"""OCR specks are stripped from short header fields, and nothing else is touched."""

import pytest

from dispatch_tools.parse import parse_text
from dispatch_tools.parse.tidy import tidy_name, tidy_place


@pytest.mark.parametrize("read,clean", [
    (".PHÓ CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    ("TỈNH .ĐOÀN NGHỆ AN", "TỈNH ĐOÀN NGHỆ AN"),
    ("ỦY BAN NHÂN DÂN... TỈNH SÓC TRĂNG", "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG"),
    ("._ Sóc Trăng", "Sóc Trăng"),
    ("_ PHÓ GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
    ("Nguyễn Hữu Thành Bình", "Nguyễn Hữu Thành Bình"),
    ("BCH ĐOÀN TỈNH KIÊN GIANG", "BCH ĐOÀN TỈNH KIÊN GIANG"),
    ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"),
    ("", None), (None, None),
])
def test_tidy_name(read, clean):
    assert tidy_name(read) == clean


def test_specks_around_header_lines_do_not_reach_the_fields():
    text = ("ỦY BAN NHÂN DÂN...\n.TỈNH SÓC TRĂNG\nSố: 812/UBND-VX\nV/v bình chọn Phố cổ Hội An\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "._ Sóc Trăng, ngày 14 tháng 9 năm 2012\n\nKính gửi: Sở Văn hóa, Thể thao và Du lịch.\n\n"
            "Đề nghị Sở triển khai thực hiện./.\n\nKT. CHỦ TỊCH\n.PHÓ CHỦ TỊCH\n\nNguyễn Văn A")
    fields = parse_text(text).fields
    assert fields.issuer == "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG"
    assert fields.place == "Sóc Trăng"
    assert (fields.signer.capacity, fields.signer.title) == ("CHỦ TỊCH", "PHÓ CHỦ TỊCH")


@pytest.mark.parametrize("read,clean", [
    ("Báo cáo kết quả chuyến công tác —.. của PTTg", "Báo cáo kết quả chuyến công tác của PTTg"),
    ("Thường trực Chính phủ,. Trưởng ban", "Thường trực Chính phủ, Trưởng ban"),
    ("'TRIỂN KHAI TRÊN ĐỊA BÀN TỈNH BẮC NINH -", "TRIỂN KHAI TRÊN ĐỊA BÀN TỈNH BẮC NINH"),
    ("“Ngày hội thiếu nhi vui khỏe 1/6/2019”", "“Ngày hội thiếu nhi vui khỏe 1/6/2019”"),
    ("Việt Nam – Những bằng chứng lịch sử", "Việt Nam – Những bằng chứng lịch sử"),
    ("giai đoạn 2017 - 2024", "giai đoạn 2017 - 2024"),
    ("kế hoạch phòng chống bão năm 2027 Straight Arrow Connector 4", "kế hoạch phòng chống bão năm 2027"),
    ("Text Box 12 thi đua khen thưởng", "thi đua khen thưởng"),
])
def test_tidy_subject(read, clean):
    from dispatch_tools.parse.tidy import tidy_subject

    assert tidy_subject(read) == clean


def test_tidy_subject_keeps_a_final_full_stop_as_printed():
    from dispatch_tools.parse.tidy import tidy_subject

    assert tidy_subject("tham gia ý kiến về dự thảo Quy chế thi.") == "tham gia ý kiến về dự thảo Quy chế thi."


def test_report_recipient_found_when_ocr_glued_a_speck_to_ve():
    text = ("BCH ĐOÀN TỈNH KIÊN GIANG\nSố: 1690-CV/TĐTN-BTG\nV/v triển khai chiến dịch\n\n"
            "Rạch Giá, ngày 20 tháng 9 năm 2022\n\nKính gửi: Ban Thường vụ các Huyện đoàn.\n\n"
            "Ban Thường vụ Tỉnh đoàn đề nghị Ban Thường vụ các Huyện đoàn thực hiện các nội dung sau:\n\n"
            "1. Tham gia sử dụng công cụ hỗ trợ xử lý mã độc.\n\n"
            "2. Chủ động giám sát, kiểm tra và xử lý các máy tính.\n\n"
            "3. Thống kê, báo cáo kết quả triển khai trên địa bàn, phạm vi quản lý về.Ban\n"
            "Tuyên giáo Tỉnh đoàn chậm nhất ngày 22/9/2022, đồng thời điền báo cáo.\n")
    report = parse_text(text).fields.report
    assert report is not None and report.to == "Ban Tuyên giáo Tỉnh đoàn"
    assert report.deadline == "2022-09-22"


@pytest.mark.parametrize("raw, place", [
    ("SÓC Trăng", "Sóc Trăng"),
    ("Thừa Thiên HUẾ", "Thừa Thiên Huế"),
    ("TP. Hồ Chí Minh", "TP. Hồ Chí Minh"),
    ("HÀ NỘI", "HÀ NỘI"),
    ("_. Cần Thơ", "Cần Thơ"),
])
def test_place_read_with_a_capital_among_title_case_words(raw, place):
    assert tidy_place(raw) == place


def test_tidy_ocr_splits_glued_syllables_but_not_a_bracketed_abbreviation():
    from dispatch_tools.parse.tidy import tidy_ocr

    assert tidy_ocr("ĐỀ ÁN NÔNGTHÔN MỚI") == "ĐỀ ÁN NÔNG THÔN MỚI"
    assert tidy_ocr("CHƯƠNG TRÌNH DU LỊCH XANH (ANOP) NĂM 2030") == "CHƯƠNG TRÌNH DU LỊCH XANH (ANOP) NĂM 2030"


def test_tidy_ocr_keeps_an_abbreviation_the_corpus_uses_whole():
    """``ASEAN``, ``OCOP`` and ``APEC`` are letters of two syllables the corpus knows (``A SEAN``,
    ``OC OP``, ``AP EC``) but words it uses whole, hundreds of times: read by OCR they stay."""
    from dispatch_tools.parse.tidy import tidy_ocr

    assert tidy_ocr("Cơ chế một cửa ASEAN và Cơ chế một cửa quốc gia") == "Cơ chế một cửa ASEAN và Cơ chế một cửa quốc gia"
    assert tidy_ocr("đăng ký tham gia Hội chợ OCOP, diễn đàn APEC") == "đăng ký tham gia Hội chợ OCOP, diễn đàn APEC"
    assert tidy_ocr("CHƯƠNG TRÌNH NÔNGTHÔN MỚI") == "CHƯƠNG TRÌNH NÔNG THÔN MỚI"


@pytest.mark.parametrize("read, clean", [
    # a pair of quotes read in two styles takes the opening one's
    ('xây dựng Đề án "Nông thôn mới kiểu mẫu giai đoạn 2026 - 2030”.',
     'xây dựng Đề án "Nông thôn mới kiểu mẫu giai đoạn 2026 - 2030".'),
    ("hưởng ứng cuộc thi “Sáng tạo trẻ\" năm 2025", "hưởng ứng cuộc thi “Sáng tạo trẻ” năm 2025"),
    # pairs printed alike stay
    ('hưởng ứng cuộc thi "Sáng tạo trẻ" và “Ý tưởng xanh”', 'hưởng ứng cuộc thi "Sáng tạo trẻ" và “Ý tưởng xanh”'),
])
def test_tidy_subject_makes_a_pair_of_quotes_alike(read, clean):
    from dispatch_tools.parse.tidy import tidy_subject

    assert tidy_subject(read) == clean


@pytest.mark.parametrize("read, clean", [
    ('xây dựng Đề án "Nông thôn mới kiểu mẫu đến năm 2030”.', 'xây dựng Đề án "Nông thôn mới kiểu mẫu đến năm 2030".'),
    ('hưởng ứng "Ngày hội đọc sách" năm 2025', 'hưởng ứng "Ngày hội đọc sách" năm 2025'),
    ('ỦY BAN NHÂN DÂN "TỈNH HÀ NAM', "ỦY BAN NHÂN DÂN TỈNH HÀ NAM"),  # a quote alone: a speck
])
def test_an_ocr_field_keeps_a_pair_of_quotes_and_loses_a_lone_one(read, clean):
    from dispatch_tools.parse.tidy import tidy_ocr, tidy_subject

    assert tidy_subject(tidy_ocr(read)) == clean


@pytest.mark.parametrize("read, clean", [
    ("công bố Danh mục TTHC và quy trình nội bộ giải quyết TT HC", "công bố Danh mục TTHC và quy trình nội bộ giải quyết TTHC"),
    ("rà soát TT HC thuộc thẩm quyền", "rà soát TT HC thuộc thẩm quyền"),  # no whole TTHC in the field: left (flagged)
    ("Công ty TNHH MTV Xổ số kiến thiết", "Công ty TNHH MTV Xổ số kiến thiết"),  # two abbreviations
])
def test_tidy_ocr_puts_together_an_abbreviation_the_field_prints_whole(read, clean):
    from dispatch_tools.parse.tidy import tidy_ocr

    assert tidy_ocr(read) == clean


@pytest.mark.parametrize("ocr, read, clean, flagged", [
    (True, "cổ phần hóa Công ty Quảng Ngãi (trong thời gian qua", "cổ phần hóa Công ty Quảng Ngãi trong thời gian qua", True),
    (True, "đăng ký nội dung) trình tại kỳ họp thứ 31", "đăng ký nội dung trình tại kỳ họp thứ 31", True),
    (True, "Hội nghị tổng kết 1) năm thực hiện", "Hội nghị tổng kết 1) năm thực hiện", False),  # a figure misread
    (True, "hưởng ứng Chương trình (lần 2) năm 2025", "hưởng ứng Chương trình (lần 2) năm 2025", False),
    (False, "cổ phần hóa Công ty Quảng Ngãi (trong thời gian qua", "cổ phần hóa Công ty Quảng Ngãi (trong thời gian qua", False),
])
def test_a_bracket_glued_to_a_word_that_pairs_with_none_is_taken_out_of_an_ocr_field_and_flagged(ocr, read, clean,
                                                                                                flagged):
    from dispatch_tools.model import Fields
    from dispatch_tools.parse.tidy import tidy

    fields = tidy(Fields(subject=read), ocr=ocr)
    assert fields.subject == clean
    assert ("subject" in fields.review) is flagged


@pytest.mark.parametrize("read, clean", [
    ("Lưu:VT", "Lưu: VT"),
    ("Lưu VP,BTG, website", "Lưu VP,BTG, website"),  # a comma glued to a code is printed so as often (seed 000)
    (":- Lưu: VT, NN", "Lưu: VT, NN"),
    ("Lưu: VT; Phòng Quản lý, Tổ chức giao thông", "Lưu: VT; Phòng Quản lý, Tổ chức giao thông"),  # as printed
    ("Lưu VT, (VX/P) T", "Lưu VT, (VX/P) T"),
    ("Lưu: VT; NV3", "Lưu: VT, NV3"), ("Lưu: VT; QLBT (2)", "Lưu: VT, QLBT (2)"),
    ("kưu: VT", "Lưu: VT"), ("Lưu: VT-", "Lưu: VT"), ("N hư trên", "Như trên"), ("Như trên", "Như trên"),
    ("Sở Kế hoạch - Đầu tư", "Sở Kế hoạch - Đầu tư"),
    ("UBND các huyện,TX", "UBND các huyện,TX"),  # only the filing line's codes
])
def test_an_ocr_distribution_entry_gets_back_the_filing_lines_space_and_loses_leading_specks(read, clean):
    from dispatch_tools.parse.tidy import tidy_note

    assert tidy_note(read) == clean


@pytest.mark.parametrize("read, clean", [
    ("119/2020/QHI4", "119/2020/QH14"), ("12/2021/QHl5", "12/2021/QH15"), ("119/2020/QH14", "119/2020/QH14"),
    ("01/KHI2", "01/KHI2"),  # no term after another code
])
def test_the_national_assemblys_term_read_with_a_letter_for_its_one(read, clean):
    from dispatch_tools.parse.tidy import tidy_symbol

    assert tidy_symbol(read) == clean
