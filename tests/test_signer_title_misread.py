"""A signer's title read by OCR with one word misread takes the one known title it fits, flagged."""

from __future__ import annotations

import pytest

from dispatch_tools.model import Fields, Signer
from dispatch_tools.parse.signer_name import check_signer


@pytest.mark.parametrize("read, title", [
    ("PHÓ l THƯ", "PHÓ BÍ THƯ"),  # the seed 000 scan: BÍ under the signature's stroke read as "l"
    ("Phó chủ tjch", "Phó chủ tịch"),  # one letter away, in sentence case
])
def test_a_title_with_one_word_misread_takes_the_known_title_and_is_flagged(vietnamese, read, title):
    fields = Fields(signer=Signer(authority="TM.", capacity="BAN THƯỜNG VỤ", title=read, name="Lê Thị Hồng"))
    check_signer(fields)
    assert fields.signer.title == title
    assert fields.review["signer.title"] == (
        f"cần xem lại: chức vụ người ký đọc được là “{read}”, không phải một chức vụ quen thuộc; "
        f"đã lấy “{title}”: hãy đối chiếu với bản gốc")


@pytest.mark.parametrize("read", [
    "Q. GIÁM ĐỐC",  # an authority before the title, not a misread word
    "PHÓ GIÁM ĐÔC",  # a known title once its marks are folded: nothing to take
    "PHÓ TRƯỞNG BAN THƯỜNG TRỰC",  # no known title fits with one word changed
    "TRƯỞNG BAN CHỈ ĐẠO",  # a title the lexicon lacks, every word real
    "PHÓ l",  # a remnant beside one word read right: too little to go on
])
def test_a_title_that_fits_no_single_known_title_is_left_as_read(read):
    fields = Fields(signer=Signer(title=read, name="Lê Thị Hồng"))
    check_signer(fields)
    assert fields.signer.title == read and "signer.title" not in fields.review


def test_a_title_typed_in_a_text_is_never_changed():
    fields = Fields(signer=Signer(title="PHÓ l THƯ", name="Lê Thị Hồng"))
    check_signer(fields, ocr=False)
    assert fields.signer.title == "PHÓ l THƯ" and "signer.title" not in fields.review
