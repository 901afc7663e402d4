"""A word read by an OCR engine that knows Vietnamese, its marks right but one plain letter
misread so that it has not even the letters of a syllable, is read as the syllable the language
model likes in its place (made-up lines)."""

from __future__ import annotations

import pytest

from dispatch_tools.repair import restore


@pytest.mark.parametrize("read, fixed", [
    ("Đồng chí Lê Irọng Tấn, Phó Chủ tịch", "Đồng chí Lê Trọng Tấn, Phó Chủ tịch"),
    ("KT. THỦ TƯỚNG\nPHÓ FHỦ TƯỚNG", "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG"),  # in capitals too
])
def test_one_misread_letter_of_ocr_text_is_read_again(read, fixed):
    assert restore(read, read_by_ocr=True).text == fixed


def test_typed_text_and_abbreviations_stay():
    typed = "Đồng chí Lê Irọng Tấn, Phó Chủ tịch"
    assert restore(typed).text == typed
    abbreviations = "Bộ GDĐT, UBND tỉnh, BCĐ và Sở NN&PTNT; chương trình OCOP"
    assert restore(abbreviations, read_by_ocr=True).text == abbreviations
