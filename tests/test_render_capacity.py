"""The office a deputy signs for, read by OCR one word off a known title (``CHỬU NHIỆM``): that
title, flagged for a look; a capacity read right, a collective body under ``TM.`` and one off no
title stay as read."""

from __future__ import annotations

import pytest

from dispatch_tools.model import Fields, Signer
from dispatch_tools.parse.signer_name import check_signer


def _checked(authority: str, capacity: str, ocr: bool = True) -> Fields:
    fields = Fields()
    fields.signer = Signer(authority=authority, capacity=capacity, title="PHÓ CHỦ NHIỆM", name="Trần Quốc Toản")
    check_signer(fields, ocr=ocr)
    return fields


def test_an_office_one_letter_off_a_title_takes_it_and_is_flagged():
    fields = _checked("KT.", "BỘ TRƯỞNG, CHỬU NHIỆM")
    assert fields.signer.capacity == "BỘ TRƯỞNG, CHỦ NHIỆM"
    assert "BỘ TRƯỞNG, CHỬU NHIỆM" in fields.review["signer.capacity"]


@pytest.mark.parametrize("authority, capacity", [
    ("KT.", "BỘ TRƯỞNG, CHỦ NHIỆM"),  # read right
    ("TM.", "ỦY BAN NHÂN DÂN"),  # a collective body
    ("KT.", "XYZ QWE"),  # no title near it
])
def test_a_capacity_read_right_or_off_no_title_stays(authority, capacity):
    fields = _checked(authority, capacity)
    assert fields.signer.capacity == capacity and "signer.capacity" not in fields.review


def test_a_text_keeps_its_capacity_as_typed():
    assert _checked("KT.", "BỘ TRƯỞNG, CHỬU NHIỆM", ocr=False).signer.capacity == "BỘ TRƯỞNG, CHỬU NHIỆM"
