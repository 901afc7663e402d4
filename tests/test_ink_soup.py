"""Ink that is not print (a seal's show-through, a scribble) read as a row of signs is not a line."""

from __future__ import annotations

from dispatch_tools.ingest.layout import reading_order
from dispatch_tools.model import BBox, Word


def _row(texts: list[tuple[str, float, float]], y: float, x: float = 400.0) -> list[Word]:
    """Words (text, height, confidence) left to right on a row centred on ``y``."""
    out = []
    for text, height, conf in texts:
        out.append(Word(text, BBox(x, y - height / 2, x + 22 * len(text), y + height / 2), conf))
        x += 22 * len(text) + 18
    return out


def _page(*rows: list[Word]) -> list[str]:
    words = [w for row in rows for w in row]
    return [line.text for line in reading_order(words, page_width=2480, source="t")]


def test_a_row_of_small_unsure_signs_between_title_lines_is_dropped():
    lines = _page(_row([("QUYẾT", 50, 90), ("ĐỊNH", 50, 94)], 1000),
                  _row([("À", 24, 78), (".ˆ^A", 24, 26), ("r$", 36, 80), (".^A", 25, 35), ("`", 11, 96), ("Ấ", 24, 27)], 1080),
                  _row([("Về", 41, 90), ("việc", 40, 96), ("bổ", 41, 75), ("nhiệm", 50, 96)], 1160))
    assert [t for t in lines if t] == ["QUYẾT ĐỊNH", "Về việc bổ nhiệm"]


def test_short_printed_rows_of_signs_stay():
    """A page number, a list label and a row of figures are the text's height or read surely."""
    lines = _page(_row([("Căn", 45, 96), ("cứ", 45, 96), ("Luật", 50, 96)], 1000),
                  _row([("-", 8, 90), ("2", 45, 95), ("-", 8, 90)], 1080),
                  _row([("a)", 45, 93)], 1160),
                  _row([("1.", 44, 70), ("25%", 44, 62)], 1240))
    assert [t for t in lines if t] == ["Căn cứ Luật", "- 2 -", "a)", "1. 25%"]


def test_a_speck_read_as_a_dash_or_a_lone_mark_is_dropped_however_surely_read():
    """``KẾ HOẠCH - ˆ``: toner specks a fifth of the text's height, read as a dash and a mark with
    confidence 84 and 90, would make the title line no title; a printed dash is longer and stays."""
    title = _row([("KẾ", 50, 91), ("HOẠCH", 50, 91)], 1000)
    specks = [Word("-", BBox(771, 1000, 776, 1005), 84), Word("ˆ", BBox(810, 994, 815, 999), 90)]
    dash = _row([("kinh", 45, 96), ("tế", 45, 96)], 1100) + [Word("-", BBox(590, 1100, 606, 1104), 93)]
    lines = _page(title + specks, dash + _row([("xã", 45, 96), ("hội", 45, 96)], 1100, x=630))
    assert [t for t in lines if t] == ["KẾ HOẠCH", "kinh tế - xã hội"]


def test_a_flat_speck_read_as_a_dash_with_no_confidence_is_dropped():
    """``bổ sung - nội dung``: a scratch of toner a quarter of the text's height long, read as a
    dash with confidence 0 between two words of a subject; a printed dash read unsurely (a list's,
    at 40) stays."""
    words = _row([("bổ", 48, 93), ("sung", 48, 91)], 1000)
    words.append(Word("-", BBox(570, 1001, 583, 1003), 0.0))
    words += _row([("nội", 48, 96), ("dung", 48, 96)], 1000, x=600)
    item = [Word("-", BBox(400, 1100, 412, 1104), 42.0)] + _row([("Như", 48, 90), ("trên;", 48, 90)], 1100, x=430)
    assert [t for t in _page(words, item) if t] == ["bổ sung nội dung", "- Như trên;"]


def test_a_letter_read_in_ink_below_its_line_is_dropped():
    """``Thông I báo``: a speck under the line, half the text's height and wholly below the words
    either side, read as ``I`` with confidence 75; a small letter of the line reaches into its
    neighbours' height and stays."""
    line = _row([("thực", 28, 96), ("hiện", 28, 96), ("Thông", 28, 90)], 1000)
    line.append(Word("I", BBox(620, 1016, 629, 1028), 75.0))
    line += _row([("báo", 28, 96), ("số", 28, 93)], 1000, x=640)
    small = _row([("tại", 28, 96), ("kỳ", 28, 96)], 1100) + [Word("a", BBox(560, 1094, 572, 1108), 90.0)] \
        + _row([("họp", 28, 96), ("thứ", 28, 96)], 1100, x=590)
    keys = [(1, 1, 1)] * len(line) + [(1, 1, 2)] * len(small)  # the engine put the speck in the line
    lines = reading_order(line + small, page_width=2480, source="t", keys=keys)
    assert [line.text for line in lines if line.text] == ["thực hiện Thông báo số", "tại kỳ a họp thứ"]


def test_a_speck_read_as_a_low_quote_after_a_head_line_is_dropped():
    """``ỦY BAN NHÂN DÂN „``: a speck at the foot of a head line read as a low quote, which
    Vietnamese print never uses, surely read or not; a full stop after a word stays."""
    lines = _page(_row([("ỦY", 48, 96), ("BAN", 48, 96), ("NHÂN", 46, 96), ("DÂN", 48, 77), ("„", 12, 58)], 1000),
                  _row([("THÀNH", 46, 93), ("PHỐ", 48, 87), ("HUẾ", 46, 91), ("‚", 13, 30)], 1080),
                  _row([("Số:", 45, 95), ("12/UBND", 45, 93), (".", 8, 90)], 1160))
    assert [t for t in lines if t] == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ", "Số: 12/UBND ."]


def test_a_last_line_of_figures_after_a_speck_stays():
    """``: 2020``: the last line of a subject (``… giai đoạn 2016 -`` / ``2020``) with a speck read as a
    colon at 24 far left of it; the row's mean confidence and its median height are a speck's, but
    ``2020`` is the text's height and read at 96, so it is print. Ink soup read surely as figures of
    a speck's height still goes."""
    subject = _row([("chiều", 45, 96), ("áp", 45, 96), ("dụng,", 45, 96), ("2016", 45, 93), ("-", 8, 93)], 1000)
    last = [Word(":", BBox(410, 1078, 412, 1082), 24.0)] + _row([("2020", 45, 96)], 1080, x=671)
    soup = _row([("À", 24, 78), ("11", 24, 92), (".^A", 25, 35)], 1160)
    lines = _page(subject, last, soup, _row([("Kính", 45, 96), ("gửi:", 45, 96)], 1240))
    assert [t for t in lines if t] == ["chiều áp dụng, 2016 -", "2020", "Kính gửi:"]


def test_the_marks_of_a_word_read_a_second_time_are_dropped():
    """``Zatt`` read at 35, 19 px high, over the ``ố`` and the quote of ``thuốc"`` (read at 70) made a
    line of its own inside a subject and cut it in two; a small word beside the line, over no word,
    and a small word read surely over another stay."""
    first = _row([("Về", 44, 96), ("ban", 44, 96), ("hành", 44, 96), ("nguyên", 44, 96)], 1000)
    second = _row([("tắc,", 44, 96), ("tiêu", 44, 96), ("chuẩn", 44, 96), ('thuốc"', 44, 70)], 1060)
    quote = second[-1].bbox
    twice = Word("Zatt", BBox(quote.x0 + 40, quote.y0 - 2, quote.x0 + 116, quote.y0 + 17), 35.0)
    assert [t for t in _page(first, second, [twice]) if t] == ["Về ban hành nguyên", 'tắc, tiêu chuẩn thuốc"']
    sure = Word("ố", BBox(quote.x0 + 40, quote.y0 - 2, quote.x0 + 70, quote.y0 + 17), 80.0)
    apart = Word("Zatt", BBox(quote.x1 + 200, quote.y0 - 40, quote.x1 + 276, quote.y0 - 21), 35.0)
    assert [t for t in _page(first, second, [sure]) if t] != ["Về ban hành nguyên", 'tắc, tiêu chuẩn thuốc"']
    assert "Zatt" in " ".join(_page(first, second, [apart]))
