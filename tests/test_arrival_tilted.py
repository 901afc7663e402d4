"""An arrival stamp on a page fed in at 2.5–3° (a phone's shot, a sheet pushed in crooked): the
frame is looked for on the page turned upright, as its words were read, so that the stamp is found
and its words leave the text, and the printed line under its edge keeps every word."""

from __future__ import annotations

import pytest
from PIL import ImageDraw

from dispatch_tools.ingest import arrival
from dispatch_tools.ingest.image import rotate_colour
from dispatch_tools.ingest.tesseract import run_tesseract
from dispatch_tools.options import Options

from .conftest import OCR_CACHE
from .test_arrival import FONT, _page

pytestmark = pytest.mark.skipif(not FONT.is_file(), reason="Liberation fonts are not installed")


def _thin_stamp_page():
    """The stamp page of ``test_arrival`` with a flatter frame drawn in thin lines, as a rubber
    stamp prints it: turned near 3°, its top line falls more across its width than an eighth of
    its height."""
    image, words, keys = _page()
    draw = ImageDraw.Draw(image)
    draw.rectangle((60, 560, 700, 800), outline="white", width=5)
    draw.line((220, 560, 220, 800), fill="white", width=4)
    draw.rectangle((60, 572, 700, 762), outline="black", width=3)
    draw.line((220, 572, 220, 762), fill="black", width=3)
    return image, words, keys


@pytest.mark.parametrize("angle", [2.8, -2.6])
def test_the_stamp_of_a_page_turned_near_3_degrees_is_found(angle):
    image, words, keys = _thin_stamp_page()
    scanned = rotate_colour(image, -angle)
    marks, used = arrival.find_arrival(scanned, words, keys, Options(ocr_cache=str(OCR_CACHE)), run_tesseract,
                                       "t", deskew=angle, turned=True)
    (mark,) = marks
    b = mark.bbox
    assert abs((b.x0 + b.x1) / 2 - 380) < 8 and abs((b.y0 + b.y1) / 2 - 667) < 8  # where the words were read
    gone = {words[i].text for i in used}
    assert {"CV", "ĐẾN", "Chuyển:..................."} <= gone
    kept = [w.text for k, w in enumerate(words) if k not in used]
    assert "Trong" in kept and kept[:1] == ["Số:"]
    for key in ((3, 1, 1), (3, 1, 2)):  # the printed lines keep every word
        assert all(w.text in kept for w, k in zip(words, keys) if k == key)


def test_a_turned_page_under_the_limit_is_searched_as_scanned(monkeypatch):
    """Under :data:`arrival.UPRIGHT` the frame is found on the page as scanned (no page turned)."""
    turned = []
    monkeypatch.setattr(arrival, "rotate_colour", lambda image, angle: turned.append(angle) or image)
    image, words, keys = _page()
    arrival.find_arrival(rotate_colour(image, -1.5), words, keys, Options(ocr_cache=str(OCR_CACHE)), run_tesseract,
                         "t", deskew=1.5, turned=True)
    assert not turned


def test_a_frame_whose_crop_reads_no_cue_is_a_stamp_when_the_page_read_its_words():
    """A photographed stamp whose crop and cells the engine misreads (``RUNG``, ``Ngày:áÁL``), while
    the page's reading holds ``CV``, ``ĐẾN``, ``Số``, ``Ngày``, ``Chuyển`` inside the frame: the page's
    words are a second reading of the frame, so the stamp is found and its words leave the text; a
    printed line under its edge keeps every word."""
    image, words, keys = _page()

    def engine(img, options, psm=3, extra=""):
        return [["RUNG", 10, 10, 50, 20, 40.0, 1, 1, 1], ["Ngày:áÁL..Â", 70, 10, 90, 20, 30.0, 1, 1, 1]]

    marks, used = arrival.find_arrival(image, words, keys, Options(ocr_cache=str(OCR_CACHE)), engine, "t")
    (mark,) = marks
    assert mark.kind == "arrival"
    assert {"CV", "ĐẾN", "Chuyển:..................."} <= {words[i].text for i in used}
    kept = [w.text for k, w in enumerate(words) if k not in used]
    assert "Trong" in kept and all(w.text in kept for w, k in zip(words, keys) if k == (3, 1, 2))


def test_a_frame_neither_reading_holds_stamp_words_is_no_stamp():
    """A frame whose readings hold no stamp word and that has no form's dotted rows is no stamp (a
    frame with them is one stamped over print: ``test_stamp_over_subject``)."""
    image, words, keys = _page()
    ImageDraw.Draw(image).rectangle((225, 575, 635, 770), fill="white")  # the rows' dotted lines
    plain = [w if k[0] != 2 else type(w)("bảng", w.bbox, w.conf) for w, k in zip(words, keys)]

    def engine(img, options, psm=3, extra=""):
        return [["RUNG", 10, 10, 50, 20, 40.0, 1, 1, 1]]

    marks, used = arrival.find_arrival(image, plain, keys, Options(ocr_cache=str(OCR_CACHE)), engine, "t")
    assert not marks and not used
