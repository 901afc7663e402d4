"""The signer's name and title as a scan reads them: specks before a title go, a rank is not part
of the name, a family name's lost marks come back when only one family name fits, and a name
that opens with no family name is kept but flagged."""

from __future__ import annotations

import pytest

from dispatch_tools.model import Fields, Signer
from dispatch_tools.parse.signer_name import check_signer, clean_title, surname_fixed, without_rank


@pytest.mark.parametrize("read, title", [("£7- CHỦ TỊCH", "CHỦ TỊCH"), ("— 12 PHÓ GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
                                         ("PHÓ CHỦ TỊCH", "PHÓ CHỦ TỊCH"), ("7", "7")])
def test_a_title_loses_the_letterless_tokens_before_it(read, title):
    assert clean_title(read) == title


@pytest.mark.parametrize("read, name", [("Thượng tá Trần Minh Đức", "Trần Minh Đức"),
                                        ("Đại úy Lê Thu Hà", "Lê Thu Hà"),
                                        ("THIẾU TƯỚNG PHẠM VĂN SƠN", "PHẠM VĂN SƠN"),
                                        ("Trung Văn Hải", "Trung Văn Hải")])  # no rank: a name as printed
def test_a_rank_before_the_name_is_not_part_of_it(read, name):
    assert without_rank(read) == name


def test_a_family_name_with_lost_marks_is_put_right_when_only_one_fits():
    assert surname_fixed("Nguyen Thị Lan") == ("Nguyễn Thị Lan", True)
    assert surname_fixed("TRAN QUỐC BẢO") == ("TRẦN QUỐC BẢO", True)
    assert surname_fixed("Tran Quoc Bao") == ("Tran Quoc Bao", True)  # no marks at all: left to repair
    assert surname_fixed("Lê Văn Tám") == ("Lê Văn Tám", True)
    # marks misread, or a middle name where the family name was lost: not guessed, flagged
    assert surname_fixed("Nguyên Văn Ba") == ("Nguyên Văn Ba", False)
    assert surname_fixed("Thị Phương Hồng") == ("Thị Phương Hồng", False)


def test_a_name_that_opens_with_no_family_name_is_kept_and_flagged(vietnamese):
    fields = Fields(signer=Signer(title="£7- CHỦ TỊCH", name="À va"))
    check_signer(fields)
    assert fields.signer.title == "CHỦ TỊCH" and fields.signer.name == "À va"
    assert fields.review["signer.name"].startswith("cần xem lại: họ tên người ký “À va”")
    typed = Fields(signer=Signer(title="CHỦ TỊCH", name="Thị Phương Hồng"))
    check_signer(typed, ocr=False)  # a text layer, a DOCX, a text: the name as the issuer typed it
    assert typed.signer.name == "Thị Phương Hồng" and "signer.name" not in typed.review
    sure = Fields(signer=Signer(title="GIÁM ĐỐC", name="Thượng tá Nguyen Văn Hùng"))
    check_signer(sure)
    assert sure.signer.name == "Nguyễn Văn Hùng" and "signer.name" not in sure.review


@pytest.mark.parametrize("capacity, read, title", [("GIÁM ĐỐC", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
                                                   ("CHỦ TỊCH", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                                                   ("BỘ TRƯỞNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG"),
                                                   ("Hiệu trưởng", "Hiệu trưởng", "Phó hiệu trưởng")])
def test_under_kt_a_title_read_as_the_capacity_is_the_deputys_and_flagged(vietnamese, capacity, read, title):
    fields = Fields(signer=Signer(authority="KT.", capacity=capacity, title=read, name="Lâm Quốc Bảo"))
    check_signer(fields)
    assert fields.signer.title == title
    assert fields.review["signer.title"].startswith("cần xem lại:")
    for authority in ("TM.", "TL.", None):  # only a deputy signs for the head
        other = Fields(signer=Signer(authority=authority, capacity=capacity, title=read, name="Lâm Quốc Bảo"))
        check_signer(other)
        assert other.signer.title == read and "signer.title" not in other.review


@pytest.mark.parametrize("read, name", [("PGS.TS. Trịnh Văn Lực", "Trịnh Văn Lực"), ("ThS. Trịnh Văn Lực", "Trịnh Văn Lực"),
                                        ("GS.TSKH. Trịnh Văn Lực", "Trịnh Văn Lực"), ("BS.CKII Trịnh Văn Lực", "Trịnh Văn Lực"),
                                        ("TS Trịnh Văn Lực", "TS Trịnh Văn Lực")])  # no full stop: not sure it is one
def test_degrees_before_the_name_are_not_part_of_it(read, name):
    assert without_rank(read) == name


def test_a_sure_name_opens_with_a_family_name_and_is_not_in_capitals():
    from dispatch_tools.parse.signer_name import person_name

    assert person_name("Trần Phước Hiền", family=True) and person_name("Lê Văn Tám", family=True)
    assert not person_name("À va", family=True) and not person_name("VỤ TỈNH ĐOÀN", family=True)
    assert not person_name("Lê", family=True) and not person_name("Nguyễn V. An", family=True)


@pytest.mark.parametrize("read, name", [("Nguyên Hữu Vũ", "Nguyễn Hữu Vũ"), ("Định Trung Trực", "Đinh Trung Trực"),
                                        ("NGUYÊN VĂN BA", "NGUYỄN VĂN BA")])
def test_a_family_name_read_by_ocr_with_another_tone_is_put_right_and_flagged(vietnamese, read, name):
    fields = Fields(signer=Signer(title="CHỦ TỊCH", name=read))
    check_signer(fields)
    assert fields.signer.name == name
    assert fields.review["signer.name"].startswith(f"cần xem lại: họ tên người ký đọc được là “{read}”")
    typed = Fields(signer=Signer(title="CHỦ TỊCH", name=read))
    check_signer(typed, ocr=False)  # typed: the name as the issuer typed it
    assert typed.signer.name == read and "signer.name" not in typed.review


def test_a_middle_name_where_the_family_name_was_lost_is_not_taken_for_one(vietnamese):
    fields = Fields(signer=Signer(title="CHỦ TỊCH", name="Thị Phương Hồng"))
    check_signer(fields)
    assert fields.signer.name == "Thị Phương Hồng"
    assert "không bắt đầu bằng một họ quen thuộc" in fields.review["signer.name"]


def test_a_name_under_a_signature_is_capitalised_words_an_initial_among_them():
    from dispatch_tools.parse.signer_name import person_name

    assert person_name("Hoàng Thị Mai Anh") and person_name("Nguyễn V. An") and person_name("À Va")
    assert not person_name("VỤ TỈNH ĐOÀN") and not person_name("- Như trên;") and not person_name("Lê")
    assert not person_name("Một Hai Ba Bốn Năm Sáu") and not person_name("Lê văn Tám")
