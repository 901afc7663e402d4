"""Lines whose end the engine dropped (ingest/line_ends.py): the lost ink is found right of the last
word, the line is read again, and only a reading that keeps every word and adds to it is taken."""

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from dispatch_tools.ingest import line_ends
from dispatch_tools.ingest.tesseract import run_tesseract
from dispatch_tools.options import Options

FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf")


def _page(words: list[str], size: int = 44) -> tuple[Image.Image, list[list]]:
    """A line of bold print in a page-wide strip, and the engine's rows for each word, read right."""
    font = ImageFont.truetype(str(FONT), size)
    image = Image.new("L", (1800, 120), 255)
    draw, rows, x = ImageDraw.Draw(image), [], 40
    for word in words:
        draw.text((x, 30), word, fill=0, font=font)
        left, top, right, bottom = draw.textbbox((x, 30), word, font=font)
        rows.append([word, left, top, right - left, bottom - top, 96.0, 1, 1, 1])
        x = right + 16
    return image, rows


def _dropped_end(rows: list[list], letters: int = 1) -> list[list]:
    """The rows as the engine gives them when it ended the line ``letters`` letters early."""
    *head, last = [list(r) for r in rows]
    kept = last[0][:-letters]
    last[3] = round(last[3] * len(kept) / len(last[0]))
    last[0] = kept
    return head + [last]


def _text(rows: list[list]) -> str:
    return " ".join(r[0] for r in sorted(rows, key=lambda r: r[1]))


needs_font = pytest.mark.skipif(not FONT.is_file(), reason="Liberation fonts are not installed")


@needs_font
def test_a_lost_last_figure_is_found_right_of_the_last_word():
    image, rows = _page(["CẢI", "CÁCH", "HÀNH", "CHÍNH", "NĂM", "2014"])
    assert line_ends.ragged_pieces(image, rows) == []  # read whole: nothing lost
    pieces = line_ends.ragged_pieces(image, _dropped_end(rows))
    assert len(pieces) == 1
    region, seg = pieces[0]
    assert region[2] >= rows[-1][1] + rows[-1][3]  # the region reaches past the lost figure's ink
    assert _text(seg) == "CẢI CÁCH HÀNH CHÍNH NĂM 201"


@needs_font
def test_a_full_stop_or_a_rule_under_the_line_is_no_lost_end():
    image, rows = _page(["tháng", "đầu", "năm", "2025"])
    draw = ImageDraw.Draw(image)
    right = rows[-1][1] + rows[-1][3]
    bottom = max(r[2] + r[4] for r in rows)
    draw.rectangle((right + 4, bottom - 6, right + 10, bottom), fill=0)  # a full stop
    draw.line((40, bottom + 6, right + 60, bottom + 6), fill=0, width=2)  # a rule under the line
    assert line_ends.ragged_pieces(image, rows) == []


@needs_font
def test_ink_another_word_covers_is_no_lost_end():
    image, rows = _page(["tháng", "đầu", "năm", "2025", "theo"])
    *first, other = rows
    assert line_ends.ragged_pieces(image, first + [other]) == []
    assert line_ends.ragged_pieces(image, first) != []  # the same ink with no word over it is


@needs_font
def test_signs_and_lone_letters_are_not_lines_of_print():
    for last, lost in [("—", False), ("x", False), ("xy", True)]:
        image, rows = _page(["tháng", "năm", last, "2025"])
        assert bool(line_ends.ragged_pieces(image, rows[:-1])) is lost, last


def test_only_a_reading_that_keeps_every_word_and_adds_to_it_is_taken():
    old = [["NĂM", 10, 0, 60, 30, 96.0, 1, 1, 1], ["201", 80, 0, 50, 30, 96.0, 1, 1, 1]]

    def new(*words):
        return [[w, 10 + 70 * i, 0, 60, 30, 90.0, 1, 1, 1] for i, w in enumerate(words)]

    assert line_ends._gives_back(new("NĂM", "2014"), old)
    assert line_ends._gives_back(new("NĂM", "201", "4"), old)
    assert not line_ends._gives_back(new("NĂM", "2014."), old[:1] + [new("x", "2014")[1]])  # only a sign added
    assert not line_ends._gives_back(new("NẮM", "2014"), old)  # a word changed
    assert not line_ends._gives_back(new("NĂM", "201"), old)  # nothing added
    assert not line_ends._gives_back(new("NĂM", "201."), old)


@needs_font
def test_a_line_whose_end_the_engine_dropped_is_read_again_and_given_back():
    image, rows = _page(["CẢI", "CÁCH", "HÀNH", "CHÍNH", "TỈNH", "TUYÊN", "QUANG", "NĂM", "2014"])
    others = [["Thực", 40, 95, 60, 20, 96.0, 2, 1, 1], ["hiện", 120, 95, 60, 20, 96.0, 2, 1, 1],
              ["Nghị", 200, 95, 60, 20, 96.0, 2, 1, 1]]  # another line's words stay as they are
    got = line_ends.mend_line_ends(image, _dropped_end(rows) + others, Options(), run_tesseract)
    assert _text([r for r in got if r[6] == 1]) == "CẢI CÁCH HÀNH CHÍNH TỈNH TUYÊN QUANG NĂM 2014"
    assert [r for r in got if r[6] == 2] == others


def test_a_reading_that_changes_a_word_is_not_taken():
    image = Image.new("L", (900, 100), 255)
    ImageDraw.Draw(image).rectangle((275, 30, 300, 70), fill=0)  # ink right of the last word
    rows = [["Quyết", 40, 30, 100, 40, 96.0, 1, 1, 1], ["định", 160, 30, 100, 40, 96.0, 1, 1, 1],
            ["số", 20, 200, 40, 40, 96.0, 2, 1, 1], ["12", 80, 200, 40, 40, 96.0, 2, 1, 1]]
    calls = []

    def read(sheet, options, psm):
        calls.append(psm)
        return [["Quyết", 30, 20, 100, 40, 90.0, 1, 1, 1], ["đinh", 150, 20, 100, 40, 90.0, 1, 1, 1],
                ["x", 290, 20, 30, 40, 90.0, 1, 1, 1]]

    assert line_ends.mend_line_ends(image, rows, Options(), read) == rows
    assert calls == [6]  # the piece was read again, in one call


def _header_with_a_lost_word() -> tuple[Image.Image, list[list], tuple[int, int, int, int]]:
    """Two header lines read and a wrapped last word (``BẮC``) on a line of its own that no word covers."""
    font = ImageFont.truetype(str(FONT), 44)
    image = Image.new("L", (1800, 330), 255)
    draw, rows = ImageDraw.Draw(image), []
    for line, (y, words) in enumerate([(30, ["HỘI", "LHPN", "TỈNH", "BẮC", "NINH"]),
                                       (110, ["BCH", "HỘI", "LHPN", "PHƯỜNG", "KINH"])], start=1):
        x = 300
        for word in words:
            draw.text((x, y), word, fill=0, font=font)
            left, top, right, bottom = draw.textbbox((x, y), word, font=font)
            rows.append([word, left, top, right - left, bottom - top, 96.0, 1, 1, line])
            x = right + 16
    draw.text((560, 190), "BẮC", fill=0, font=font)
    return image, rows, draw.textbbox((560, 190), "BẮC", font=font)


@needs_font
def test_a_word_the_engine_lost_whole_is_found_read_and_added():
    image, rows, lost = _header_with_a_lost_word()
    regions = line_ends.lost_words(image, rows)
    assert len(regions) == 1
    left, top, right, bottom = regions[0]
    assert left <= lost[0] and right >= lost[2] and top <= lost[1] and bottom >= lost[3]
    got = line_ends.mend_line_ends(image, rows, Options(), run_tesseract)
    added = [r for r in got if r[6] != 1]
    assert [r[0] for r in added] == ["BẮC"] and rows == got[:len(rows)]


@needs_font
def test_no_word_is_looked_for_in_a_seal_nor_taken_from_what_reads_as_no_print():
    image, rows, lost = _header_with_a_lost_word()
    seal = (lost[0] - 30, lost[1] - 30, lost[2] + 30, lost[3] + 30)
    assert line_ends.lost_words(image, rows, seals=[seal]) == []

    def words(*read):
        return [[text, 10 + 90 * k, 0, 80, 40, conf, 1, 1, 1] for k, (text, conf) in enumerate(read)]

    assert line_ends._print(words(("BẮC", 96.0)))
    assert line_ends._print(words(("-", 55.0), ("PTGĐ", 90.0), ("Đỗ", 95.0), ("Thị", 97.0), ("Phương", 96.0)))
    assert not line_ends._print(words(("thị", 77.0)))  # read unsurely
    assert not line_ends._print(words(("âu", 89.0), ("scti", 89.0)))  # half of it no word
    assert not line_ends._print(words(("5H", 95.0), ("BHXH", 95.0)))
    assert not line_ends._print(words(("—", 96.0), (".", 96.0)))  # signs only
