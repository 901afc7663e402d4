"""Pages unlike the development scans: a page in uneven light, a ``SỐ:`` read in capitals, and a
hand-filled number the row's printed words lead both models to misread."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw

from dispatch_tools.ingest import box_alone, handwriting, image
from dispatch_tools.ingest.box_alone import disputed
from dispatch_tools.ingest.header_boxes import find_boxes
from dispatch_tools.model import BBox, Word

from .conftest import shared_path


def _lines_page(width: int) -> Image.Image:
    """A page of dark bars like lines of print, as an A4 sheet ``width`` pixels wide."""
    height = round(width * 297 / 210)
    page = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(page)
    step = max(4, width // 60)
    for y in range(height // 10, height * 9 // 10, 3 * step):
        draw.rectangle((width // 10, y, width * 9 // 10, y + step // 2), fill="black")
    return page


def test_a_shadow_does_not_turn_the_page():
    """A page's skew is measured on the page with its light made even: a shadow's and a dark
    corner's edges are no lines of text (``shadow`` of the scan variants gave a level page a turn)."""
    from dispatch_tools.evaluate.real_scans import page_one_image
    from dispatch_tools.evaluate.scan_variants import variant

    page = page_one_image(shared_path("scans", "danang_coretest_3.pdf"))
    _plain, info = image.prepare(page)
    assert "deskew" not in info  # the page itself is level enough to read as it is
    shaded = variant(page, "danang_coretest_3", "shadow")  # its seeded shadow: a dark corner, a band
    gray = np.asarray(shaded.convert("L"))
    assert image.uneven(image.background(gray))
    _prepared, info = image.prepare(shaded)
    assert "deskew" not in info and info["binarised"]


def test_a_turned_page_in_uneven_light_is_still_straightened():
    page = _lines_page(1654).rotate(1.5, resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))
    rgb = np.asarray(page, np.float32)
    light = np.linspace(0.55, 1.0, rgb.shape[1], dtype=np.float32)[None, :, None]
    _prepared, info = image.prepare(Image.fromarray((rgb * light).astype(np.uint8)))
    assert info["binarised"] and abs(info["deskew"] + 1.5) <= 0.2


def test_a_number_cue_read_in_capitals_opens_the_box():
    """``SỐ:`` (the engine read the small ``ố`` of a blurred page as a capital) still opens the
    number's box, so that the hand-written digits are read as a box and not as print."""
    words = [Word("SỐ:", BBox(100, 300, 150, 330), 80), Word("Z340", BBox(170, 300, 240, 330), 40),
             Word("/UBND-SGDĐT", BBox(250, 300, 420, 330), 90)]
    boxes = find_boxes(words, 3000)
    assert [(b["field"], b["open"], b["inside"], b["close"]) for b in boxes] == [("number", 0, [1], 2)]


# ------------------------------------------------- a row's sure reading the wider crop disputes

def _number_line() -> tuple[list[Word], Callable[[BBox], Image.Image]]:
    words = [Word("Số:", BBox(100, 100, 150, 130), 95), Word("/CT-UBND", BBox(260, 100, 400, 130), 95)]

    def crop(box: BBox) -> Image.Image:
        ink = Image.new("RGB", (max(1, int(box.width)), max(1, int(box.height))), "white")
        ImageDraw.Draw(ink).rectangle((10, 10, 40, ink.height - 10), fill="black")
        return ink

    return words, crop


def _read(monkeypatch, row: str, wide: tuple[str, str], alone: dict | None = None):
    monkeypatch.setattr(handwriting, "recognise", lambda image, field: {
        "value": row, "conf": 0.968, "check": row, "text": f"Số:{row} /CT", "check_text": f"Số:{row} /CT",
        "accepted": True})
    monkeypatch.setattr(handwriting, "wide_reading", lambda shown, field: {
        "value": None, "conf": 0.0, "check": None, "text": wide[0], "check_text": wide[1]})
    monkeypatch.setattr(box_alone, "recognise_box", lambda image, field: alone)
    words, crop = _number_line()
    return handwriting.read_boxes(words, crop, 3000, None, "test", None)


def test_a_sure_row_reading_the_wider_crop_reads_otherwise_is_left_empty_and_flagged(monkeypatch):
    """A hand-written ``11`` after ``Số:`` read ``41`` by both models, surely, in the row; framed
    alone, the box reads ``11``: the number is left empty for a person, with the readings."""
    _edits, added, marks = _read(monkeypatch, "41", ("3:11 /C", "S:11 1C"))
    assert marks[0].values["reading"] is None and marks[0].confidence is None
    assert marks[0].values["second"]["disputed"] == {"text": "3:11 /C", "check_text": "S:11 1C"}
    assert not [w for _, w in added if any(ch.isdigit() for ch in w.text)]


def test_a_sure_row_reading_the_wider_crop_holds_is_taken(monkeypatch):
    _edits, added, marks = _read(monkeypatch, "574", ("Số: 5 74 /U", "5:574/"))  # a space in one reading
    assert marks[0].values["reading"] == "574" and "disputed" not in marks[0].values["second"]
    assert [w.text for _, w in added] == ["574"]
    # one model of the wider crop reads no digits at all: no dispute
    _edits, _added, marks = _read(monkeypatch, "41", ("S: /C", "S:11 1C"))
    assert marks[0].values["reading"] == "41"


def test_a_disputed_row_reading_does_not_support_the_box_read_alone(monkeypatch):
    """The box read alone surely as the disputed digits is held only by the wider crop's own
    readings, never by the row's reading that was disputed."""
    sure = {"value": "41", "conf": 0.95, "check": "41", "text": "41", "check_text": "41", "accepted": True}
    _edits, _added, marks = _read(monkeypatch, "41", ("3:11 /C", "S:11 1C"), alone=sure)
    assert marks[0].values["reading"] is None
    eleven = {**sure, "value": "11", "check": "11", "text": "11", "check_text": "11"}
    _edits, added, marks = _read(monkeypatch, "41", ("3:11 /C", "S:11 1C"), alone=eleven)
    assert marks[0].values["reading"] == "11" and [w.text for _, w in added] == ["11"]


def test_what_disputes_a_reading():
    """Both models must read a run of other digits at least as long as the value; a shorter run
    (the wider crop cut a digit off) or a longer one holding the value (ink beside the box) is no
    evidence against it."""
    wide = {"text": "ngày 18 tháng", "check_text": "ngay 18thang"}
    assert not disputed("18", wide) and disputed("16", wide)
    assert not disputed("16", {"text": "6 thá", "check_text": "'6 th"})
    assert not disputed("4", {"text": "y 0411", "check_text": "041"})
    assert not disputed("16", {"text": "ngày tháng", "check_text": "ngay 18thang"})
    assert not disputed("41", None) and not disputed(None, wide)
