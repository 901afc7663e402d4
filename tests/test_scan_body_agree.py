"""A scan's misread header value put right by what the document says elsewhere: a subject's word by
the body that prints the same words around it, an issue date by the signing time, and an OCR'd page
with no number found flagged."""

from __future__ import annotations

from dispatch_tools.model import Document, Fields, Line, Mark, Page, Word
from dispatch_tools.parse.body_agree import agree_words
from dispatch_tools.parse.marks import apply_marks, check_date
from dispatch_tools.parse.scan_checks import check_number_found


def _ocr_doc(lines: list[str], conf: float = 90.0, method: str = "ocr") -> Document:
    page = Page(1, method=method, lines=[Line(t, conf=conf, source="tesseract:vie" if method == "ocr" else "pdf-text",
                                              words=[Word(w, None, conf) for w in t.split()]) for t in lines])
    return Document(None, "image", pages=[page])


BODY = [
    "Thực hiện Kế hoạch của Thành ủy về công tác dân vận và dân chủ ở cơ sở trên địa bàn thành phố,",
    "Ủy ban nhân dân thành phố đề nghị các sở, ngành tăng cường dân chủ ở cơ sở trên địa bàn phụ trách.",
    "Triển khai 02 Chương trình MTQG: Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.",
]


def _subject(subject: str, body: list[str] = BODY, method: str = "ocr", conf: float = 90.0) -> Fields:
    doc = _ocr_doc(["V/v " + subject] + body, conf, method)
    start = doc.text.index(subject)
    doc.fields = Fields(subject=subject)
    doc.fields.sources["subject"] = doc.locate(start, start + len(subject))
    agree_words(doc, doc.fields)
    return doc.fields


def test_a_lone_consonant_takes_the_word_the_body_prints_twice_between_the_same_words():
    fields = _subject("thực hiện công tác dân vận và dân chủ v cơ sở trên địa bàn thành phố")
    assert fields.subject == "thực hiện công tác dân vận và dân chủ ở cơ sở trên địa bàn thành phố"
    assert "subject" not in fields.review  # the body reads it twice alike


def test_a_misread_abbreviation_read_once_in_the_body_is_taken_and_flagged(vietnamese):
    fields = _subject("tiến độ thực hiện 02 Chương trình MIQG: Phát triển kinh tế - xã hội", conf=59.0)
    assert fields.subject == "tiến độ thực hiện 02 Chương trình MTQG: Phát triển kinh tế - xã hội"
    assert fields.review["subject"] == ("cần xem lại: máy đọc ở đây “MIQG:”; thân văn bản ghi "
                                        "“Chương trình MTQG: Phát triển”")


def test_a_word_read_surely_that_the_body_always_spells_otherwise_takes_the_body_spelling(vietnamese):
    # ``MIQG`` read at 89 (no suspect word): the body prints ``MTQG`` twice, ``MIQG`` never
    body = BODY + ["Các chủ đầu tư của Chương trình MTQG báo cáo tiến độ giải ngân."]
    fields = _subject("tiến độ thực hiện 02 Chương trình MIQG: Phát triển kinh tế - xã hội", body)
    assert fields.subject == "tiến độ thực hiện 02 Chương trình MTQG: Phát triển kinh tế - xã hội"
    assert "subject" in fields.review  # between the same words once only
    # the body spelling it as the subject does somewhere: no evidence either way
    body = BODY + ["Các chủ đầu tư của Chương trình MTQG và MIQG báo cáo."]
    fields = _subject("tiến độ thực hiện 02 Chương trình MIQG: Phát triển kinh tế - xã hội", body)
    assert "MIQG:" in fields.subject


def test_the_body_taking_a_mark_away_puts_nothing_right():
    body = ["Ủy ban nhân dân tỉnh Quang Ngai ban hành kế hoạch; tỉnh Quang Ngai ban hành quy chế."]
    subject = "kế hoạch của Ủy ban nhân dân tỉnh Quảng Ngãi ban hành năm 2025"
    fields = _subject(subject, body)
    assert fields.subject == subject and not fields.review


def test_a_speck_between_two_words_the_body_prints_side_by_side_is_dropped():
    body = ["Góp ý dự thảo Quyết định sửa đổi Quyết định số 2269/QĐ-TTg; dự thảo Quyết định sửa đổi gửi Sở."]
    fields = _subject("góp ý dự thảo Quyết ‹ định sửa đổi, bổ sung một số điều", body)
    assert fields.subject == "góp ý dự thảo Quyết định sửa đổi, bổ sung một số điều"


def test_the_body_must_read_the_same_words_around_it_and_a_word_alike():
    # a context the body never prints: nothing to take
    fields = _subject("về dân chủ v cơ quan nhà nước", BODY)
    assert fields.subject == "về dân chủ v cơ quan nhà nước"
    # the body prints other words there (``tại``, not the letters of ``v``): no reading of the same word
    body = ["Tăng cường dân chủ tại cơ sở trên địa bàn; dân chủ tại cơ sở trên địa bàn xã."]
    fields = _subject("thực hiện dân chủ k cơ sở trên địa bàn xã", body)
    assert fields.subject == "thực hiện dân chủ k cơ sở trên địa bàn xã"
    # the body reading the place two ways decides nothing
    body = ["dân chủ ở cơ sở trên địa bàn; dân chủ ô cơ sở trên địa bàn."]
    fields = _subject("thực hiện dân chủ k cơ sở trên địa bàn xã", body)
    assert fields.subject == "thực hiện dân chủ k cơ sở trên địa bàn xã"


def test_a_body_reading_with_a_speck_of_its_own_is_not_taken():
    body = ["trên địa bàn thành phố Cần Thơ từ ,nay đến cuối năm 2025 và các năm sau."]
    fields = _subject("dân chủ ở cơ sở trên địa bàn thành phố Cần Thơ từ-may đến cuối năm 2025", body)
    assert "từ-may" in fields.subject


def test_words_read_right_and_typed_subjects_are_left_alone():
    subject = "thực hiện công tác dân vận và dân chủ ở cơ sở trên địa bàn thành phố"
    assert _subject(subject).subject == subject
    typed = "thực hiện công tác dân vận và dân chủ v cơ sở trên địa bàn thành phố"
    assert _subject(typed, method="text-layer").subject == typed


# --------------------------------------------------------------------------- issue date and signing time

def _signed(time: str, iso: str) -> Mark:
    return Mark("esign", None, "", {"kind": "signed", "signed_by": "Ủy ban nhân dân thành phố Cần Thơ",
                                    "time": time, "iso": iso})


def test_a_year_read_a_figure_off_takes_the_signing_year_flagged(vietnamese):
    fields = Fields(date="2023-09-15")
    fields.esign = []
    doc = Document(None, "image", pages=[Page(1, method="ocr", marks=[_signed("15/09/2025 09:07", "2025-09-15T09:07:04")])])
    doc.fields = fields
    apply_marks(doc)
    assert doc.fields.date == "2025-09-15"
    assert doc.fields.review["date"].startswith("cần xem lại: ngày ban hành 15/09/2023 không khớp")
    # on a text layer the date is the document's own: flagged, never changed
    doc = Document(None, "pdf", pages=[Page(1, method="text-layer", marks=[_signed("15/09/2025 09:07", "2025-09-15T09:07:04")])])
    doc.fields = Fields(date="2023-09-15")
    apply_marks(doc)
    assert doc.fields.date == "2023-09-15" and "date" in doc.fields.review


def test_a_date_two_figures_off_or_fitting_two_ways_is_only_flagged():
    from dispatch_tools.model import ESign

    stamp = ESign("Ủy ban", "15/09/2025", "2025-09-15T09:07:04", None, "signature", 1)
    fields = Fields(date="2019-09-15", esign=[stamp])  # 2019 is two figures from 2025
    check_date(fields, ocr=True)
    assert fields.date == "2019-09-15" and "date" in fields.review
    stamp = ESign("Ủy ban", "29/11/2024", "2024-11-29T07:25:14", None, "signature", 1)
    fields = Fields(date="2024-01-29", esign=[stamp])  # 29/10 and 29/11 would both fit
    check_date(fields, ocr=True, months=(11, 10))
    assert fields.date == "2024-01-29" and "date" in fields.review


def test_the_month_the_second_recogniser_read_is_taken_when_it_fits_the_signing_time():
    second = {"value": "15", "conf": 1.0, "check": "15", "accepted": True,
              "text": "Quảng Ngãi, ngày 15 tháng 11 năm 2024", "check_text": "Quáng Ngāi, ngày 15 tháng 11 nǎm 2024"}
    mark = Mark("handwriting", None, "", {"field": "date", "reading": "15", "month": "1", "year": "2024",
                                          "reader": "pp-ocrv6+v5", "second": second})
    # the provincial gazette's stamp, put on after the signing (no signer's stamp on the page)
    gazette = Mark("esign", None, "", {"kind": "stamp", "signed_by": "TRUNG TÂM CÔNG BÁO VÀ TIN HỌC",
                                       "time": "18.11.2024 07:25:14", "iso": "2024-11-18T07:25:14"})
    doc = Document(None, "image", pages=[Page(1, method="ocr", marks=[mark, gazette])])
    doc.fields = Fields(date="2024-01-15")
    apply_marks(doc)
    assert doc.fields.date == "2024-11-15" and "date" in doc.fields.review


# --------------------------------------------------------------------------- no number found

def test_an_ocr_page_with_no_number_found_is_flagged(vietnamese):
    fields = Fields(issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI 36:41 /CT-UBND")
    check_number_found(fields, ocr=True)
    assert fields.review["number"] == "cần xem lại: không tìm thấy số, ký hiệu (Số: …) ở phần đầu văn bản"
    fields = Fields()
    check_number_found(fields, ocr=False)  # a text layer with no number has none
    assert not fields.review


# --------------------------------------------------------------------------- the place of the date line

def _place_doc(issuer: str, place: str) -> Document:
    doc = _ocr_doc([issuer, f"{place}, ngày 15 tháng 11 năm 2024"])
    doc.fields = Fields(issuer=issuer, place=place)
    start = doc.text.index(place, len(issuer))
    doc.fields.sources["place"] = doc.locate(start, start + len(place))
    return doc


def test_a_place_a_letter_off_the_issuers_province_is_flagged_not_the_issuer():
    from dispatch_tools.parse.ocr_check import check_read_words

    doc = _place_doc("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Quảng Ngẫi")
    check_read_words(doc, doc.fields)
    assert "place" in doc.fields.review and "issuer" not in doc.fields.review
    # the issuer misread beside a place read right: the issuer alone
    doc = _place_doc("ỦY BAN NHÂN DÂN TỈNH QUANG NGẮT", "Quảng Ngãi")
    check_read_words(doc, doc.fields)
    assert "issuer" in doc.fields.review and "place" not in doc.fields.review


def test_a_place_holding_a_syllable_vietnamese_has_not_got_is_flagged():
    from dispatch_tools.parse.ocr_check import check_read_words

    doc = _place_doc("ỦY BAN NHÂN DÂN HUYỆN BA TƠ", "Ba Tơq")
    check_read_words(doc, doc.fields)
    assert "place" in doc.fields.review
    doc = _place_doc("ỦY BAN NHÂN DÂN HUYỆN BA TƠ", "Ba Tơ")
    check_read_words(doc, doc.fields)
    assert not doc.fields.review


def test_a_symbol_with_a_small_letter_no_code_prints_is_flagged():
    from dispatch_tools.parse.scan_checks import check_symbol_letters

    for number, flagged in (("24/UBnD-VX", True), ("12/TIrn-UBND", True), ("7/QĐ-UBNDl", True),
                            ("24/TTr-UBND", False), ("27/CT-TTg", False), ("1595/SGDĐT-CTrTT", False),
                            ("115/CV-PA83", False), ("06/2024/QĐ-UBND", False)):
        fields = Fields(number=number)
        check_symbol_letters(fields, ocr=True)
        assert ("number" in fields.review) is flagged, number
    fields = Fields(number="24/UBnD-VX")
    check_symbol_letters(fields, ocr=False)  # a text layer's symbol is the document's own
    assert not fields.review


def test_a_subject_under_a_title_opening_with_va_viec_is_a_misread_ve_viec():
    from dispatch_tools.parse import parse_text

    text = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NGÃI\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 87/QĐ-UBND\tQuảng Ngãi, ngày 16 tháng 01 năm 2023\n\nQUYẾT ĐỊNH\n"
            "{lead} bổ nhiệm vào ngạch Thanh tra viên và xếp lương\nđối với bà Lê Thị Kim Yến\n\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n\nQUYẾT ĐỊNH:\nĐiều 1. Bổ nhiệm bà Lê Thị Kim Yến.\n")
    for lead in ("Về việc", "và việc"):
        subject = parse_text(text.format(lead=lead)).fields.subject
        assert subject == "bổ nhiệm vào ngạch Thanh tra viên và xếp lương đối với bà Lê Thị Kim Yến", lead


# --------------------------------------------------------------------------- number and day read unsurely or cut

def _header_doc(lines: list[tuple[str, float]]) -> Document:
    page = Page(1, method="ocr", lines=[Line(" ".join(w for w, _ in ws), conf=90.0, source="tesseract:vie",
                                             words=[Word(w, None, c) for w, c in ws]) for ws in lines])
    return Document(None, "image", pages=[page])


def test_a_number_that_stops_inside_a_word_is_flagged(vietnamese):
    from dispatch_tools.parse.scan_checks import check_number_end

    doc = _header_doc([[("Số:", 4.0), ("115", 94.3), ("/CV-PAS§3", 56.0)]])
    start = doc.text.index("115")
    doc.fields = Fields(number="115/CV-PAS")
    doc.fields.sources["number"] = doc.locate(start, doc.text.index("§"))
    check_number_end(doc, doc.fields)
    assert doc.fields.review["number"].endswith("(“115 /CV-PAS§3”)")
    # ending at a space, a comma or a place glued to it: nothing to say
    for line in ("Số: 115/CV-PA83 Đà Nẵng", "Số: 115/CV-PA83, Đà Nẵng", "Số: 115/CV-PA83Đà Nẵng"):
        doc = _header_doc([[(w, 95.0) for w in line.split()]])
        start = doc.text.index("115")
        doc.fields = Fields(number="115/CV-PA83")
        doc.fields.sources["number"] = doc.locate(start, start + len("115/CV-PA83"))
        check_number_end(doc, doc.fields)
        assert not doc.fields.review, line


def test_a_day_the_page_ocr_read_unsurely_is_flagged_not_a_printed_month():
    from dispatch_tools.parse.scan_checks import check_unsure_figures

    def flagged(day: float, month: float) -> bool:
        words = [("Quảng", 95.0), ("Ngãi,", 18.0), ("ngày", 96.0), ("2", day), ("tháng", 96.0), ("01", month),
                 ("năm", 96.0), ("2025", 87.0)]
        doc = _header_doc([words])
        start = doc.text.index("ngày")
        doc.fields = Fields(date="2025-01-02")
        doc.fields.sources["date"] = doc.locate(start, len(doc.text))
        check_unsure_figures(doc, doc.fields)
        return "date" in doc.fields.review

    assert flagged(49.0, 95.0)
    assert not flagged(93.0, 40.0)
    assert not flagged(81.0, 95.0)  # a box reader's figures at 0.81


def test_an_ocr_page_with_no_date_or_place_found_is_flagged(vietnamese):
    fields = Fields(number="24/TTr-UBND")
    check_number_found(fields, ocr=True)
    assert fields.review["date"] == "cần xem lại: không tìm thấy ngày ban hành (…, ngày … tháng … năm …) ở phần đầu văn bản"
    assert "place" in fields.review and "number" not in fields.review
