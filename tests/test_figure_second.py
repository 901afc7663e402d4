"""The second reading of unsure printed figures (ingest/figure_second.py): which figures two other
recognisers may change, and a printed line whose figure Tesseract misread."""

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from dispatch_tools.ingest import second_reader
from dispatch_tools.ingest.figure_second import figure_relook, figures_taken

FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")


def test_figures_are_taken_where_only_figures_differ():
    assert figures_taken("9027/UBND-VH", "5027/UBND-VH") == "5027/UBND-VH"
    assert figures_taken("5o84/TTr-BNNMT", "5584/TTr-BNNMT") == "5584/TTr-BNNMT"  # a letter for a figure
    assert figures_taken("(0b).", "(2b).") == "(2b)."
    assert figures_taken("1O/3/2024", "10/3/2024") == "10/3/2024"
    assert figures_taken("I1", "11") == "11"  # in place, however a matcher would align them
    assert figures_taken("57/QĐ-UBND", "51/QD-UBND") == "51/QĐ-UBND"  # its own marks kept


def test_anything_else_keeps_tesseracts_word():
    assert figures_taken("1135/⁄QĐ-BXD", "1135/QD-BXD") is None  # not as long
    assert figures_taken("/2024/QĐ-UBND", "06/2024/QD-UBND") is None  # a figure added
    assert figures_taken("Điều3", "r Dieu 3;") is None
    assert figures_taken("S5:", "-S:") is None  # a figure lost
    assert figures_taken("K5", "45") is None  # K is no figure's look-alike
    assert figures_taken("26/QĐÐ-BGD", "26/QD-BGD") is None
    assert figures_taken("3451/VPCP-TCCV", "3451/VPCP-TCCV") is None  # the same: nothing to take


def _line(text: str) -> Image.Image:
    image = Image.new("RGB", (1400, 120), "white")
    ImageDraw.Draw(image).text((40, 30), text, font=ImageFont.truetype(str(FONT), 50), fill="black")
    return image


def _rows(image: Image.Image, words: list[tuple[str, str, float]]) -> list[list]:
    """Rows as Tesseract gives them for the words printed on ``image`` (each as printed, as read,
    with a confidence), their boxes measured with the font."""
    font, x, out = ImageFont.truetype(str(FONT), 50), 40.0, []
    space = font.getlength(" ")
    for printed, read, conf in words:
        left, top, right, bottom = font.getbbox(printed)
        out.append([read, int(x + left), 30 + top, int(right - left), bottom - top, conf, 1, 1, 1])
        x += font.getlength(printed) + space
    return out


@pytest.mark.skipif(not FONT.is_file() or not (second_reader.available("digits")
                                               and second_reader.available("digits-check")),
                    reason="Liberation fonts or the digits recognisers are not installed")
def test_a_misread_figure_is_read_again():
    image = _line("theo Công văn số 5027/UBND-VH ngày 15/7/2017")
    printed = [("theo", 96), ("Công", 95), ("văn", 96), ("số", 94), ("5027/UBND-VH", 45), ("ngày", 96),
               ("15/7/2017", 93)]
    misread = {"5027/UBND-VH": "9027/UBND-VH"}
    rows = _rows(image, [(w, misread.get(w, w), c) for w, c in printed])
    out = figure_relook(image, rows)
    assert [r[0] for r in out] == [w for w, _ in printed]
    assert out[4][5] > 45 and out[4][1:5] == rows[4][1:5]
    sure = _rows(image, [(w, w, c) for w, c in printed])  # read right, however unsure: unchanged
    assert [r[0] for r in figure_relook(image, sure)] == [w for w, _ in printed]
    wrong_sure = _rows(image, [(w, misread.get(w, w), 96) for w, _ in printed])  # a sure word is not read again
    assert figure_relook(image, wrong_sure)[4][0] == "9027/UBND-VH"


@pytest.mark.skipif(not FONT.is_file() or not second_reader.available("digits"),
                    reason="Liberation fonts or the digits recognisers are not installed")
def test_a_neighbour_whose_box_runs_into_the_word_is_no_margin():
    """Tesseract's boxes may overlap (a speck read with a word): the crop is the word's own then."""
    image = _line("số 5027/UBND-VH ngày")
    rows = _rows(image, [("số", "số", 96), ("5027/UBND-VH", "9027/UBND-VH", 45), ("ngày", "ngày", 96)])
    rows[0][3] = rows[1][1] + rows[1][3] + 10 - rows[0][1]  # the first word's box reaches past the second's
    rows[2][1] = rows[1][1] + 5
    assert figure_relook(image, rows)[1][0] in ("5027/UBND-VH", "9027/UBND-VH")


def test_a_speck_is_not_read_again(monkeypatch):
    """A "word" far lower than the page's words (a speck read ``2``) is never read again: its
    second reading is a speck's too (``7``), and would come back surer."""
    read = []
    monkeypatch.setattr(second_reader, "available", lambda kind: True)
    monkeypatch.setattr(second_reader, "read", lambda image, kind: read.append(kind))
    rows = [["theo", 40, 30, 90, 40, 96.0, 1, 1, 1], ["2", 140, 50, 9, 9, 64.0, 1, 1, 1],
            ["văn", 160, 30, 70, 40, 96.0, 1, 1, 1], ["số", 240, 30, 50, 40, 96.0, 1, 1, 1]]
    assert figure_relook(Image.new("RGB", (400, 120), "white"), rows) == rows
    assert not read
    rows[1][2:5] = [30, 9, 40]  # as tall as the words: read again
    figure_relook(Image.new("RGB", (400, 120), "white"), rows)
    assert read == ["digits"]


def test_a_count_lost_from_its_brackets_is_put_back_but_no_number_before_its_slash():
    assert figures_taken("ĐP().", "DP(5).") == "ĐP(5)."
    assert figures_taken("),", "(3),") == "(3),"
    assert figures_taken("/2024/QĐ-UBND", "06/2024/QD-UBND") is None  # a header's number is filled by hand
    assert figures_taken("/QĐ-UBND", "574/QD-UBND") is None
    assert figures_taken("25/11", "125/11") is None
    assert figures_taken("Số:57", "So:574") is None  # a figure added beside figures
