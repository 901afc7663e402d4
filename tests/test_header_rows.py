"""The header's number row on a page: the ``Số:`` that opens a line, not a number cited in the
text; its crop framed for the second recogniser: the row is the ink across the crop's middle (the
crop is framed around the row's printed words), not a longer line below it."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from dispatch_tools.ingest.box_image import one_line
from dispatch_tools.ingest.header_boxes import find_boxes
from tests.test_handwriting import _words  # words of a line laid out as the OCR pass gives them


def test_a_number_cited_in_the_text_is_not_the_header_number():
    words = _words("Kế hoạch SỐ 1231 /KH- UBND ngày 13 tháng 4", 200, 900)
    assert not find_boxes(words, 3500)
    words = _words("Số: 1231 /KH-UBND", 200, 400)
    assert [b["field"] for b in find_boxes(words, 3500)] == ["number"]
    words = _words("' Số: 1231 /KH-UBND", 200, 400)  # a speck before the cue
    assert [b["field"] for b in find_boxes(words, 3500)] == ["number"]


def _row_over_a_longer_line() -> Image.Image:
    """``Số: 4244/BNN-KL`` (short) in the middle of its crop, a rule above it and the whole
    width of the subject's line under it (``V/v báo cáo số liệu …``), nearer the bottom edge."""
    row = Image.new("RGB", (700, 146), "white")
    draw = ImageDraw.Draw(row)
    draw.rectangle([100, 21, 600, 23], fill="black")  # the rule under the issuer
    draw.rectangle([40, 40, 480, 75], fill="black")  # the row's words
    draw.rectangle([0, 105, 699, 140], fill="black")  # the line below: more ink than the row
    return row


def test_the_row_across_the_middle_is_framed_not_the_longer_line_below():
    framed = one_line(_row_over_a_longer_line())
    ink = np.asarray(framed.convert("L")) < 128
    cols = np.flatnonzero(ink.any(axis=0))
    rows = np.flatnonzero(ink.any(axis=1))
    assert cols[-1] - cols[0] + 1 == 441  # the row's width, not the line below's
    assert rows[-1] - rows[0] + 1 == 36  # the row's height alone


def test_a_crop_with_no_ink_across_its_middle_keeps_the_band_with_most_ink():
    row = Image.new("RGB", (600, 120), "white")
    draw = ImageDraw.Draw(row)
    draw.rectangle([40, 10, 560, 40], fill="black")
    draw.rectangle([40, 80, 100, 100], fill="black")
    framed = one_line(row)
    ink = np.asarray(framed.convert("L")) < 128
    assert np.flatnonzero(ink.any(axis=0)).size == 521
