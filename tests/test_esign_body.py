"""The body an e-signature stamp read by OCR names, spelt as the page prints it
(parse/esign_body.py), a certified copy's stamp whose marks the OCR misread, and a signing time
whose year it misread (ingest/esign.py)."""

import pytest

from dispatch_tools.ingest.esign import read_stamp
from dispatch_tools.model import ESign, Fields
from dispatch_tools.parse.esign_body import spell_stamp_bodies, spelt_as


def test_a_copys_stamp_is_read_with_its_marks_misread():
    """``SẠO Y`` for ``SAO Y`` and ``Thời ký`` for ``Thời gian ký`` (the photo of a certified copy)."""
    values = read_stamp("SẠO Y; ỦY BẠN NHÂN DÂN THÀNH PHÓ CÀN THƠ.\nThời ký: 2025-09-15T09:07:04+07:00")
    assert values["kind"] == "copy"
    assert values["signed_by"] == "ỦY BẠN NHÂN DÂN THÀNH PHÓ CÀN THƠ"
    assert values["iso"] == "2025-09-15T09:07:04+07:00"


def test_the_stamps_body_takes_the_printed_issuers_marks_and_keeps_its_case():
    assert spelt_as("ỦY BẠN NHÂN DÂN THÀNH PHÓ CÀN THƠ", "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ") \
        == "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ"
    assert spelt_as("Ủy ban nhân dân thành phố Đà Năng", "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG") \
        == "Ủy ban nhân dân thành phố Đà Nẵng"
    assert spelt_as("Ủy ban nhân dân tỉnh Quảng Ngãi", "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG") is None
    assert spelt_as("Sở Tài chính", "SỞ TÀI CHÍNH TỈNH") is None  # not the same letters


def _fields(**kw) -> Fields:
    fields = Fields()
    for name, value in kw.items():
        setattr(fields, name, value)
    return fields


def test_only_a_stamp_read_by_ocr_is_spelt_again():
    fields = _fields(issuer="SỞ Y TẾ", parent_issuer="UBND TỈNH CÀ MAU",
                     esign=[ESign("UBND TỈNH CA MAU", kind="copy"), ESign("Sở Y tê", kind="signature"),
                            ESign("Bộ Y tế", kind="signature")])
    spell_stamp_bodies(fields, ocr=True)
    assert [s.signed_by for s in fields.esign] == ["UBND TỈNH CÀ MAU", "Sở Y tế", "Bộ Y tế"]
    layer = _fields(issuer="SỞ Y TẾ", esign=[ESign("Sở Y tê", kind="signature")])
    spell_stamp_bodies(layer, ocr=False)  # a PDF's stamp layer is as the software wrote it
    assert layer.esign[0].signed_by == "Sở Y tê"


def test_a_word_spelt_with_its_tone_mark_elsewhere_stays_as_the_stamp_prints_it():
    assert spelt_as("Uỷ ban nhân dân tỉnh Quảng Ngai", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI") \
        == "Uỷ ban nhân dân tỉnh Quảng Ngãi"
    assert spelt_as("UỶ BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN") == "UỶ BAN NHÂN DÂN"


@pytest.mark.parametrize("printed, iso", [
    ("31.03.3018 16:41:00 +07:00", None),  # ``2018`` read with its ``2`` a ``3``
    ("21.03.2018 16:41:00 +07:00", "2018-03-21T16:41:00+07:00"),
    ("2025-09-15T09:07:04+07:00", "2025-09-15T09:07:04+07:00"),
    ("1025-09-15T09:07:04+07:00", None),
])
def test_a_signing_time_in_a_year_no_dispatch_was_signed_is_no_time(printed, iso):
    """A figure of the year misread gives a signing time a thousand years off: no time to check
    the issue date against, or to take its day from (the time as read stays for a person)."""
    values = read_stamp(f"Trung tâm Công báo và Tin học\nttcbth@quangngai.gov.vn\n{printed}")
    assert values["iso"] == iso and values["time"] == printed
