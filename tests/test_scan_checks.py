"""Checks that keep a misread header value of a scan from being given as sure, and the seeded
scan variants the header reading is measured on."""

from __future__ import annotations

import pytest

from dispatch_tools.model import Document, Fields, Line, Mark, Page, Source, Word
from dispatch_tools.parse.marks import apply_marks, check_number_digits, check_symbol_letters
from dispatch_tools.parse.ocr_check import check_read_words, suspect


# --------------------------------------------------------------------------- words of an OCR'd field

@pytest.mark.parametrize("token", ["»", "__", "..", "„", "£Ồ", ".*›.", "2269/QĐÐ-", "v", "d", "k",
                                   "TỈNHQUẢNGNGÃ", "QUẢÁNG", "TRỊNỘIBỘ", "Mhubsnuukiokbii", "phỗ", "từ-may"])
def test_misread_words_are_suspect(token):
    assert suspect(token, caps_field=False, confidences={})


@pytest.mark.parametrize("token", ["Về", "việc", "bổ", "sung", "-", "&", "2021", "31", "2269/QĐ-TTg", "ở", "à",
                                   "UBND", "HĐND", "THPT", "(trong", "bền", "vững;", "“Đức", "MTQG:",
                                   "DỤC-ĐÀO", "Covid-19"])
def test_printed_words_are_not_suspect(token):
    assert not suspect(token, caps_field=False, confidences={"MTQG": 95.0})


def test_an_unknown_abbreviation_is_suspect_only_when_read_unsurely():
    assert suspect("MIQG:", caps_field=False, confidences={"MIQG": 59.0})
    assert not suspect("MTQG", caps_field=False, confidences={"MTQG": 93.0})


def test_the_number_line_glued_to_the_issuer_is_suspect():
    assert suspect("36:41", caps_field=True, confidences={})
    assert not suspect("PA83", caps_field=True, confidences={})


@pytest.mark.parametrize("token", ["5O", "AAA", "I:AI", "HỘILHPN"])
def test_a_letter_after_a_figure_a_letter_thrice_or_a_colon_in_a_name_is_suspect(token):
    """``XO 5O KIÊN THIẾT`` (``XỔ SỐ KIẾN THIẾT``), ``HUYỆN ỦY NÚI THÀNH AAA`` (a rule's specks),
    ``HĐND TỈNH GIA I:AI``, ``HỘILHPN``: a unit's code prints letters, then figures (``PA83``, ``C500``)."""
    assert suspect(token, caps_field=True, confidences={})
    assert not suspect("C500", caps_field=True, confidences={})


def test_a_province_a_units_number_in_roman_numerals_and_tp_are_printed_words():
    """``TỈNH ĐẮK LẮK`` (a syllable the corpus seldom writes), ``KHO BẠC NHÀ NƯỚC KHU VỰC XVIII`` read
    unsurely, ``Tp. Huế``: right values that were flagged."""
    assert not suspect("ĐẮK", caps_field=True, confidences={})
    assert not suspect("Đắk", caps_field=False, confidences={})
    assert not suspect("XVIII", caps_field=True, confidences={"XVIII": 60.0})
    assert not suspect("Tp.", caps_field=False, confidences={})
    assert suspect("IIII", caps_field=True, confidences={"IIII": 60.0})
    assert suspect("ĐÀ", caps_field=False, confidences={})  # a syllable the corpus knows, in capitals amid small letters


def test_a_parent_body_and_a_province_a_letter_or_two_off_are_flagged():
    """The parent body is read and checked as the issuer is; a province after ``TỈNH`` that is no
    province's name but two letters off one (``ĐẮC LẮC``) was misread. A right name, a ``THÀNH PHỐ``
    that is no province (``SƠN TÂY``, two letters off ``SƠN LA``) and a text layer are not flagged."""
    def checked(ocr: bool = True, **values) -> dict:
        doc = _ocr_doc(["x"]) if ocr else Document(None, "pdf", pages=[Page(1, method="text-layer", lines=[Line("x")])])
        fields = Fields(**values)
        check_read_words(doc, fields)
        return fields.review

    assert "I:AI" in checked(parent_issuer="HĐND TỈNH GIA I:AI", issuer="THƯỜNG TRỰC HĐND")["parent_issuer"]
    assert "ĐẮC LẮC" in checked(issuer="BAN CHẤP HÀNH HỘI NÔNG DÂN TỈNH ĐẮC LẮC")["issuer"]
    assert not checked(parent_issuer="HĐND TỈNH GIA LAI", issuer="HỘI NÔNG DÂN TỈNH ĐẮK LẮK")
    assert not checked(issuer="UBND THÀNH PHỐ SƠN TÂY")
    assert not checked(ocr=False, issuer="BAN CHẤP HÀNH HỘI NÔNG DÂN TỈNH ĐẮC LẮC")


@pytest.mark.parametrize("token", ["na", "Ở", "I", "BAN.-NHÂN", "TỈNHQUẢNGNGÃI"])
def test_small_letters_lone_letters_and_glued_signs_in_an_issuer_in_capitals_are_suspect(token):
    assert suspect(token, caps_field=True, confidences={})


@pytest.mark.parametrize("token", ["NGÃI", "PHÒNG", "DỤC-ĐÀO", "UBND", "&"])
def test_an_issuer_as_printed_is_not_suspect(token):
    assert not suspect(token, caps_field=True, confidences={})


def test_a_syllable_in_capitals_is_suspect_amid_small_letters_only():
    assert suspect("SỞ", caps_field=False, confidences={}, small_letters=True)
    assert not suspect("SỞ", caps_field=False, confidences={}, small_letters=False)
    assert suspect("-TTg", caps_field=False, confidences={})


def _ocr_doc(lines: list[str], conf: float = 90.0) -> Document:
    page = Page(1, method="ocr", lines=[Line(t, conf=conf, source="tesseract:vie",
                                             words=[Word(w, None, conf) for w in t.split()]) for t in lines])
    return Document(None, "image", pages=[page])


def test_an_ocr_subject_with_a_misread_word_is_kept_and_flagged(vietnamese):
    doc = _ocr_doc(["V/v thông báo hoạt động của tà đạo .*›. Hội thánh"])
    start = doc.text.index("thông")
    doc.fields = Fields(subject=doc.text[start:], issuer=None)
    doc.fields.sources["subject"] = doc.locate(start, len(doc.text))
    check_read_words(doc, doc.fields)
    assert doc.fields.subject.startswith("thông báo")
    assert doc.fields.review["subject"] == "cần xem lại: máy đọc ở đây một chữ rất có thể đã đọc sai (“.*›.”)"


@pytest.mark.parametrize("subject, word", [("Và tăng cường chỉ đạo Kỳ thi", "Và"),
                                           ("đăng ký bổ sung nội dung trình HDND) tỉnh", "HDND)"),
                                           ("Thực hiện công tác dân vận và dân chủ của", "của"),
                                           ("góp ý dự thảo Quyết: định sửa đổi", "Quyết:"),
                                           ("của Quyết định số 2269/QĐ-TTg.về Chương trình", "2269/QĐ-TTg.về"),
                                           ("KẾ HOẠCH CÔNG TÁC DÂN VẬN NĂM 202", "NĂM 202")])
def test_a_subject_that_opens_or_ends_as_no_subject_does_is_flagged(subject, word):
    doc = _ocr_doc([subject])
    doc.fields = Fields(subject=subject)
    check_read_words(doc, doc.fields)
    assert doc.fields.review["subject"].endswith(f"(“{word}”)")


def test_a_clean_subject_and_a_text_layer_are_not_flagged():
    for subject in ("góp ý dự thảo Quyết định sửa đổi, bổ sung", "TỔ CHỨC HOẠT ĐỘNG NGOẠI KHÓA THÁNG 11/2017",
                    "Chương trình MTQG: Phát triển kinh tế tại TP.HCM, v.v.",
                    "Kết luận về tình hình (trong thời gian qua) và nhiệm vụ trong thời gian đến",
                    "KẾ HOẠCH CÔNG TÁC DÂN VẬN NĂM 2024", "tổ chức thi cho sinh viên năm 3"):
        doc = _ocr_doc([subject])
        doc.fields = Fields(subject=subject, issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")
        check_read_words(doc, doc.fields)
        assert not doc.fields.review, subject
    layer = Document(None, "pdf", pages=[Page(1, method="text-layer", lines=[Line("V/v a »")])])
    layer.fields = Fields(subject="a »")
    check_read_words(layer, layer.fields)
    assert not layer.fields.review


# --------------------------------------------------------------------------- number and date

def test_a_number_without_digits_is_left_empty_and_flagged():
    fields = Fields(number="/CV-PA83")
    fields.sources["number"] = Source(0, 8)
    check_number_digits(fields)
    assert fields.number is None and "…/CV-PA83" in fields.review["number"]
    fields = Fields(number="115/CV-PA83")
    check_number_digits(fields)
    assert fields.number == "115/CV-PA83" and not fields.review
    fields = Fields(number="/KH-UBND")  # a typed draft not numbered yet
    check_number_digits(fields, ocr=False)
    assert fields.number == "/KH-UBND" and not fields.review


def test_a_symbol_with_a_digit_between_its_letters_is_flagged():
    fields = Fields(number="24/T1r-UBND")
    check_symbol_letters(fields)
    assert fields.number == "24/T1r-UBND" and "24/T1r-UBND" in fields.review["number"]
    for number in ("24/TTr-UBND", "115/CV-PA83", "07-TB/TU", "12/QĐ-BCA-C07"):
        fields = Fields(number=number)
        check_symbol_letters(fields)
        assert not fields.review, number
    fields = Fields(number="24/T1r-UBND")
    check_symbol_letters(fields, ocr=False)  # a text layer's symbol is the document's own
    assert not fields.review


@pytest.mark.parametrize("number", ["1043/QĐ.CT", "1486/TTr.ĐHV", "12/UBND,VX"])
def test_a_symbol_with_a_dot_between_two_codes_is_flagged(number):
    """``1049/QĐ-CT`` read ``1043/QĐ.CT``: the dash misread, and a figure beside it; no code prints a
    dot, so the number is kept as read and flagged. ``12/2025/NĐ-CP`` has none."""
    fields = Fields(number=number)
    check_symbol_letters(fields)
    assert fields.number == number and number in fields.review["number"]
    fields = Fields(number="12/2025/NĐ-CP")
    check_symbol_letters(fields)
    assert not fields.review


def test_a_date_after_the_gazette_stamp_or_long_before_it_is_flagged():
    """With no signer's stamp, the provincial gazette's stamp (put on after the signing) checks the date."""
    stamp = Mark("esign", None, "", {"kind": "stamp", "signed_by": "TRUNG TÂM CÔNG BÁO VÀ TIN HỌC",
                                     "time": "18.11.2024 07:35:14", "iso": "2024-11-18T07:35:14"})
    for date, flagged in (("2024-01-15", True), ("2024-11-19", True), ("2024-11-15", False)):
        doc = Document(None, "image", pages=[Page(1, marks=[stamp])])
        doc.fields = Fields(date=date)
        apply_marks(doc)
        assert ("date" in doc.fields.review) is flagged, date


def test_a_month_the_second_recogniser_reads_otherwise_is_flagged(vietnamese):
    second = {"value": "15", "conf": 1.0, "check": "15", "accepted": True,
              "text": "Quảng Ngãi, ngày 15 tháng 11 năm 2024", "check_text": "Quáng Ngāi, ngày 15 tháng 11 nǎm 2024"}
    mark = Mark("handwriting", None, "", {"field": "date", "reading": "15", "month": "1", "year": "2024",
                                          "reader": "pp-ocrv6+v5", "second": second})
    doc = Document(None, "image", pages=[Page(1, marks=[mark])])
    doc.fields = Fields()
    apply_marks(doc)
    assert "date" in doc.fields.review and "11" in doc.fields.review["date"]


def test_an_issuer_whose_province_is_near_the_place_but_not_it_is_flagged():
    for issuer, flagged in (("ỦY BAN NHÂN DÂN TỈNH QUANG NGẮT", True), ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", False),
                            ("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", False), ("SỞ Y TẾ TỈNH BÌNH ĐỊNH", False)):
        doc = _ocr_doc([issuer])
        doc.fields = Fields(issuer=issuer, place="Quảng Ngãi" if "TỈNH" in issuer else "Cần Thơ")
        if issuer.startswith("SỞ"):
            doc.fields.place = "Quy Nhơn"  # a place other than the province: nothing to compare
        check_read_words(doc, doc.fields)
        assert ("issuer" in doc.fields.review) is flagged, issuer


def test_an_abbreviation_cut_in_two_is_flagged():
    subject = "công bố Danh mục TTHC và quy trình nội bộ giải quyết TT HC"
    doc = _ocr_doc([subject])
    doc.fields = Fields(subject=subject)
    check_read_words(doc, doc.fields)
    assert doc.fields.review["subject"].endswith("(“TT HC”)")
    subject = "cổ phần hóa Công ty TNHH MTV Đầu tư"  # two abbreviations side by side
    doc = _ocr_doc([subject])
    doc.fields = Fields(subject=subject)
    check_read_words(doc, doc.fields)
    assert not doc.fields.review


def test_a_stamp_misread_by_the_ocr_is_no_evidence_against_the_date_or_the_issuer():
    """A gazette stamp's year read as 3025, a signer's stamp read as garbage: no flag from them."""
    stamp = Mark("esign", None, "", {"kind": "stamp", "time": "24.01.3025 20:01:14", "iso": "3025-01-24T20:01:14"})
    signed = Mark("esign", None, "", {"kind": "signed", "signed_by": "Ủy ban nhân nị đã tìn nh Quảng Ngãi",
                                      "time": "11/05/2021 11:26:39", "iso": "2021-05-11T11:26:39"})
    doc = Document(None, "image", pages=[Page(1, marks=[stamp])])
    doc.fields = Fields(date="2025-01-24")
    apply_marks(doc)
    assert "date" not in doc.fields.review
    # a year two years off that is no misreading (a signed copy of 2025, a date read as 2023) is flagged
    copy = Mark("esign", None, "", {"kind": "copy", "time": "2025-09-15T09:07:04+07:00", "iso": "2025-09-15T09:07:04"})
    doc = Document(None, "image", pages=[Page(1, marks=[copy])])
    doc.fields = Fields(date="2023-09-15")
    apply_marks(doc)
    assert "date" in doc.fields.review
    doc = Document(None, "image", pages=[Page(1, marks=[signed])])
    doc.fields = Fields(date="2021-05-11", issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")
    apply_marks(doc)
    assert "issuer" not in doc.fields.review
