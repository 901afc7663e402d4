"""Heads composed for these tests that an earlier round left wrong: a notice's opening sentence under
its title taken for the subject, an issuer run into a number line whose label OCR misread, a
parent's wrapped end dropped as a piece of the national title, and a number whose figure OCR read
as a slash given as sure."""

from __future__ import annotations

from dispatch_tools.model import Document, Line, Page, Word
from dispatch_tools.parse import parse_document, parse_text, to_contract

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
FOOT = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nLê Văn Minh\n"


def _ocr(text: str) -> dict:
    page = Page(1, method="ocr", lines=[Line(t, conf=90.0, source="tesseract:vie",
                                             words=[Word(w, None, 90.0) for w in t.split()]) for t in text.split("\n")])
    doc = parse_document(Document(None, "image", pages=[page]))
    return to_contract(doc.fields) | {"review": doc.fields.review}


def _notice(intro: str) -> str:
    return ("UBND TỈNH NGHỆ AN\nSỞ NỘI VỤ\nSố: 1204/TB-SNV\n\n" + MOTTO + "Nghệ An, ngày 3 tháng 10 năm 2024\n\n"
            f"THÔNG BÁO\n\n{intro}\n\n1. Danh sách thí sinh trúng tuyển kèm theo.\n" + FOOT)


def test_a_notices_opening_sentence_under_its_title_is_no_subject():
    for intro in ("Sở Nội vụ thông báo kết quả xét tuyển viên chức sự nghiệp giáo dục\nnăm 2024 (vòng 2) như sau:",
                  "Nhà trường thông báo kế hoạch kiểm tra cuối học kỳ I như sau",
                  "Thường trực Đảng ủy thông báo lịch làm việc tuần 15 năm 2024:"):
        assert to_contract(parse_text(_notice(intro)).fields)["subject"] == ""
    # a title line printed without "Về việc" is still the subject
    text = _notice("Kết quả kiểm tra công tác phòng cháy, chữa cháy quý II năm 2024")
    assert to_contract(parse_text(text).fields)["subject"] == "Kết quả kiểm tra công tác phòng cháy, chữa cháy quý II năm 2024"


def test_an_issuer_stops_at_a_number_line_glued_to_it_whose_label_was_misread():
    tail = "\n\n" + MOTTO + "Tân Phú, ngày 2 tháng 5 năm 2024\nV/v rà soát hộ nghèo năm 2024\n\nKính gửi: Các thôn.\n" + FOOT
    data = _ocr("ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ 36:41 /CT-UBND" + tail)
    assert data["issuer"] == "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ" and "issuer" not in data["review"]
    data = _ocr("ỦY BAN NHÂN DÂN HUYỆN KRÔNG BÔNG 5ố:128 /UBND-VP" + tail)
    assert (data["issuer"], data["number"]) == ("ỦY BAN NHÂN DÂN HUYỆN KRÔNG BÔNG", "128/UBND-VP")


def test_a_parents_wrapped_end_that_looks_like_a_piece_of_the_national_title_is_kept():
    text = ("HỘI NÔNG\nDÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH LONG AN\nSố: 86-CV/HNDT\n\n" + MOTTO +
            "Long An, ngày 17 tháng 6 năm 2024\nV/v hướng dẫn xét chọn hộ sản xuất kinh doanh giỏi\n\n"
            "Kính gửi: Hội Nông dân các huyện.\n" + FOOT)
    data = to_contract(parse_text(text).fields)
    assert (data["parent_issuer"], data["issuer"]) == ("HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH LONG AN")
    # a piece of the title on its own line still goes
    text = text.replace("DÂN VIỆT NAM\n", "DÂN VIỆT NAM\nCHỦ NGHĨA VIỆT NAM\n", 1)
    assert to_contract(parse_text(text).fields)["parent_issuer"] == "HỘI NÔNG DÂN VIỆT NAM"


def _numbered(number: str) -> str:
    return ("UBND TỈNH QUẢNG TRỊ\nSỞ CÔNG THƯƠNG\nSố: " + number + "\n\n" + MOTTO + "Quảng Trị, ngày 11 tháng 11 "
            "năm 2024\nV/v kiểm tra thị trường cuối năm 2024\n\nKính gửi: Các đội.\n" + FOOT)


def test_an_ocr_number_with_a_short_part_between_slashes_is_flagged():
    data = _ocr(_numbered("28/6/SCT-QLTM"))
    assert data["number"] == "28/6/SCT-QLTM" and "28/6/" in data["review"]["number"]
    assert "number" in _ocr(_numbered("1/25/UBND-TNMT"))["review"]
    for sure in ("45/2024/TT-BTC", "2876/SCT-QLTM"):  # a year, or no part between slashes
        assert "number" not in _ocr(_numbered(sure))["review"]
    # a text layer's number is the document's own
    assert "number" not in parse_text(_numbered("28/6/SCT-QLTM")).fields.review


def test_a_bodys_last_line_printed_with_the_number_on_it_stays_the_bodys():
    tail = ("\n\n" + MOTTO + "Lào Cai, ngày 1 tháng 3 năm 2024\nV/v báo cáo tiến độ giải ngân\n\n"
            "Kính gửi: Các đơn vị.\n" + FOOT)
    for label in ("Số: ", "5ố: "):
        data = _ocr("UBND TỈNH LÀO CAI\nSỞ NÔNG NGHIỆP VÀ PTNT " + label + "77 /SNN-KH" + tail)
        assert (data["parent_issuer"], data["issuer"], data["number"]) == (
            "UBND TỈNH LÀO CAI", "SỞ NÔNG NGHIỆP VÀ PTNT", "77/SNN-KH")
    data = to_contract(parse_text("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ VỊ THANH Số: 215/UBND-NC" + tail).fields)
    assert (data["parent_issuer"], data["issuer"]) == (None, "ỦY BAN NHÂN DÂN THÀNH PHỐ VỊ THANH")
