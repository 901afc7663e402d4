"""The header's day and month boxes on pages a photocopy, a JPEG or a photo made harder to read:
a month with a letter for a digit, a day glued between ``ngày`` and ``tháng``, and typed-looking
digits the second recogniser reads otherwise."""

from __future__ import annotations

from PIL import Image, ImageDraw

from dispatch_tools.ingest.box_digits import _digit_lookalikes
from dispatch_tools.ingest.handwriting import _typed_reading
from dispatch_tools.ingest.header_boxes import _month_year
from dispatch_tools.model import BBox, Word


def test_a_month_with_a_letter_for_a_digit_is_read_as_digits():
    assert _digit_lookalikes("I1") == "11" and _digit_lookalikes("O2") == "02"
    assert _digit_lookalikes("Il") == "Il" and _digit_lookalikes("tháng") == "tháng"
    words = [Word("tháng", BBox(100, 0, 160, 20), 95), Word("I1", BBox(170, 0, 190, 20), 60),
             Word("năm", BBox(200, 0, 240, 20), 95), Word("2024", BBox(250, 0, 300, 20), 95)]
    assert _month_year(words, {"close": 0}) == ("11", "2024")


def test_typed_digits_both_second_models_read_otherwise_are_not_confirmed_by_tesseract_alone():
    """The page OCR's ``5`` for a hand-filled ``15``: Tesseract agreeing with itself is no check
    when both models of the second recogniser read other digits, even unsurely."""
    second = {"value": "45", "check": "15", "conf": 0.69, "accepted": False}
    assert not _typed_reading("5", second, lambda: iter(["5", "5"]))
    assert _typed_reading("5", {"value": None, "check": None, "conf": 0.0, "accepted": False},
                          lambda: iter(["5"]))
    assert _typed_reading("15", second, lambda: iter(["15"]))


def _glued_date_line() -> list[Word]:
    return [Word("Quảng", BBox(1000, 300, 1080, 330), 95), Word("Ngãi,", BBox(1090, 300, 1160, 330), 95),
            Word("ngày24tháng", BBox(1170, 300, 1330, 330), 80), Word("01", BBox(1340, 300, 1370, 330), 95),
            Word("năm", BBox(1380, 300, 1430, 330), 95), Word("2025", BBox(1440, 300, 1500, 330), 95)]


def test_a_day_glued_between_ngay_and_thang_is_a_box_to_read(monkeypatch):
    """``ngày24tháng`` read as one word: the day is read as a box (the parser would otherwise take
    whatever digits the engine glued there), and the cue and ``tháng`` stay in the text."""
    from dispatch_tools.ingest import handwriting, header_boxes

    words = _glued_date_line()
    boxes = header_boxes.find_boxes(words, 3000)
    assert [(b["field"], b["open"], b["close"]) for b in boxes] == [("date", 2, 2)]
    assert header_boxes.page_reading(words, boxes[0]) == ("24", 80)
    ink = Image.new("RGB", (60, 40), "white")
    ImageDraw.Draw(ink).rectangle((20, 10, 40, 30), fill="black")
    monkeypatch.setattr(handwriting, "_decide", lambda *a, **k: {"reading": None, "typed": False, "conf": None,
                                                                  "page_read": "24", "reader": "tesseract"})
    edits, added, marks = handwriting.read_boxes(words, lambda box: ink, 3000, None, "test", None)
    assert edits[2].text == "ngày" and [w.text for _, w in added] == ["tháng"]
    assert edits[2].bbox.x1 <= added[0][1].bbox.x0
    assert marks[0].values["field"] == "date" and marks[0].values["month"] == "01"


def test_a_cue_box_stretched_over_the_hand_writing_glued_to_it_does_not_hide_it():
    """``Số:11`` with the ``11`` written against the colon: the engine reads ``Số:`` with a box
    over both digits. The hand-filled box starts where a printed ``Số:`` ends (one and a half of
    its heights), not at the stretched box's end, which would leave the first ``1`` out; a cue read
    at its own width keeps its box."""
    from dispatch_tools.ingest import header_boxes

    stretched = [Word("Số:", BBox(481, 473, 617, 525), 20), Word("/CT-UBND", BBox(657, 483, 911, 523), 89)]
    box = header_boxes.find_boxes(stretched, 3500)[0]
    assert box["field"] == "number" and box["inside"] == []
    assert header_boxes._box_bbox(stretched, box).x0 == 481 + 1.5 * 52
    clean = [Word("Số:", BBox(481, 473, 546, 525), 96), Word("11", BBox(560, 480, 630, 525), 60),
             Word("/CT-UBND", BBox(657, 483, 911, 523), 89)]
    assert header_boxes._box_bbox(clean, header_boxes.find_boxes(clean, 3500)[0]).x0 == 546
    day = [Word("Ngãi,", BBox(1090, 500, 1160, 550), 95), Word("ngày", BBox(1170, 500, 1385, 557), 60),
           Word("tháng", BBox(1388, 500, 1500, 550), 95)]
    assert header_boxes._box_bbox(day, header_boxes.find_boxes(day, 3500)[0]).x0 == 1170 + 2.3 * 57


def test_a_page_in_a_shadow_is_not_cut_at_the_shadow_as_if_it_were_a_photo():
    """The lit part of a scanned page whose right side lies in a shadow is a bright region with a
    tilted edge, but it runs along the picture's frame: no sheet on a table, nothing is warped."""
    import numpy as np

    from dispatch_tools.ingest.perspective import flatten, sheet

    page = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    for y in range(150, 1600, 40):
        draw.rectangle((120, y, 1100, y + 14), fill="black")
    rgb = np.asarray(page, np.float32)
    h, w = rgb.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    edge = 0.5 * w + 0.15 * w * yy / h  # a shadow whose edge runs slanted across the page
    light = np.where(xx > edge, 0.45, 1.0)
    shaded = Image.fromarray((rgb * light[..., None]).astype(np.uint8))
    assert sheet(shaded) is None
    assert flatten(shaded) == (shaded, False)


# --------------------------------------------------------------------------- the box read alone

def _fake_reader(monkeypatch, tight: tuple[str, str], wide: tuple[str, str], prob: float = 0.99,
                 wide_prob: float | None = None):
    """The two models read ``tight`` on the narrow crop and ``wide`` on the shown one (told apart by
    their width), with probability ``prob`` (``wide_prob`` on the shown one when given)."""
    from dispatch_tools.ingest import second_reader
    from dispatch_tools.ingest.second_reader import Reading

    def read(image, kind):
        texts = tight if image.width < 100 else wide
        text = texts[0] if kind == "digits" else texts[1]
        p = prob if image.width < 100 or wide_prob is None else wide_prob
        return Reading(text, [(ch, p) for ch in text])

    monkeypatch.setattr(second_reader, "read", read)


def _crops():
    from PIL import Image

    return Image.new("RGB", (60, 40), "white"), Image.new("RGB", (140, 40), "white")


def test_a_box_read_alone_surely_is_taken_when_another_reading_holds_its_digits(monkeypatch):
    from dispatch_tools.ingest.box_alone import read_alone

    tight, shown = _crops()
    _fake_reader(monkeypatch, ("18", "18"), ("y 18th", "y 18th"))
    row = {"value": "1", "check": "1", "conf": 0.62}  # ``ngày 1tháng``: the row's reading lost the 8
    assert read_alone(tight, shown, "date", row)["value"] == "18"
    _fake_reader(monkeypatch, ("07", "07"), ("", ""))
    assert read_alone(tight, shown, "date", {"value": "7", "check": "7", "conf": 0.79})["value"] == "7"


def test_a_box_read_alone_is_not_taken_when_the_wider_crop_reads_more(monkeypatch):
    from dispatch_tools.ingest.box_alone import read_alone

    tight, shown = _crops()
    _fake_reader(monkeypatch, ("1", "1"), ("S: 11 /CT", "S: 11 /CT"), wide_prob=0.8)  # the narrow crop cut a 1 off
    assert read_alone(tight, shown, "number", {"value": "41", "check": "11", "conf": 0.9}) is None
    # the wider crop read surely by both models, one run of digits a row reading holds: that one
    _fake_reader(monkeypatch, ("1", "1"), ("S: 11 /CT", "S: 11 /CT"))
    assert read_alone(tight, shown, "number", {"value": "41", "check": "11", "conf": 0.9})["value"] == "11"
    _fake_reader(monkeypatch, ("18", "18"), ("18", "18"), prob=0.7)  # read alike, not surely
    assert read_alone(tight, shown, "date", {"value": "18", "check": "18", "conf": 0.7}) is None
    _fake_reader(monkeypatch, ("18", "16"), ("18", "16"))  # the two models differ
    assert read_alone(tight, shown, "date", {"value": "18", "check": "16", "conf": 0.9}) is None
