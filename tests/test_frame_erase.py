"""A black arrival stamp's frame across printed lines is taken off the page the engine reads: the
printed line it crossed is read whole, the letters it crossed keep their strokes, the stamp's own
words stay (the stamp is found and read on the page as scanned), and a page with no stamp-sized
frame goes to the engine as it was. A value whose line stops short of a frame whose side print
crosses at its height is flagged."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from dispatch_tools.ingest.stamp_frames import frames, line_masks
from dispatch_tools.ingest.frame_erase import erase_frames
from dispatch_tools.ingest.image import prepare
from dispatch_tools.ingest.tesseract import run_tesseract
from dispatch_tools.model import BBox, Mark
from dispatch_tools.options import Options
from dispatch_tools.parse.under_marks import _reaches

from .conftest import OCR_CACHE
from .test_arrival import BOLD, FONT
from .test_stamp_over_subject import _stamp

pytestmark = pytest.mark.skipif(not FONT.is_file(), reason="Liberation fonts are not installed")

SUBJECT = "Về việc bổ nhiệm vào ngạch Thanh tra viên và xếp lương"
UNDER = "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"


def _page(stamp: bool = True) -> Image.Image:
    """A decision's title block as a photocopy carries it: a black ``CV ĐẾN`` stamp pressed at the
    left, its right side through the subject's first words and its bottom line through the tops of
    the heading under it (as on the development scans' ``arrived`` variant)."""
    image = Image.new("RGB", (2480, 3508), "white")
    draw = ImageDraw.Draw(image)
    bold = ImageFont.truetype(str(BOLD), 50)
    draw.text((1000, 430), "QUYẾT ĐỊNH", fill="black", font=bold)
    draw.text((640, 560), SUBJECT, fill="black", font=bold)
    draw.text((640, 760), UNDER, fill="black", font=bold)
    if stamp:
        _stamp(draw, 70, 520)
    return image


def _gray(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L")).copy()


def test_the_frame_goes_and_its_words_and_the_print_stay():
    gray = _gray(_page())
    (box,) = [b for b, _ in frames(Image.fromarray(gray))]
    erased, found = erase_frames(gray)
    assert found == [box]
    _ink, horiz, vert = line_masks(erased)
    x0, y0, x1, y1 = (int(v) for v in (box.x0, box.y0, box.x1, box.y1))
    # no straight line of the frame is left: its top, its bottom, its sides, the line between its cells
    assert not horiz[y0 - 6:y0 + 12, x0:x1].any() and not horiz[y1 - 12:y1 + 6, x0:x1].any()
    assert not vert[y0:y1, x0 - 6:x0 + 12].any() and not vert[y0:y1, x1 - 12:x1 + 6].any()
    assert not vert[y0:y1, x0 + 150:x0 + 175].any()
    assert not frames(Image.fromarray(erased))
    # the stamp's own words and dots are ink still
    assert (erased[y0 + 40:y0 + 110, x0 + 20:x0 + 130] < 128).sum() > 500
    assert (erased[y0 + 30:y0 + 70, x0 + 180:x0 + 560] < 128).sum() > 500
    # the print away from the frame is untouched
    assert np.array_equal(erased[540:640, 760:2400], gray[540:640, 760:2400])


def test_a_letter_stroke_across_the_bottom_line_keeps_its_ink():
    """A stem that runs through the frame's bottom line from above to below it keeps its pixels
    there; the line beside it goes."""
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((300, 600, 940, 860), outline=0, width=5)
    draw.rectangle((500, 835, 507, 880), fill=0)  # a letter's stem (45 px, 11 pt) across the bottom line
    gray = np.asarray(image).copy()
    erased, found = erase_frames(gray)
    assert found
    assert (erased[835:881, 500:508] == 0).all()  # the stem, whole
    assert (erased[855:865, 320:480] == 255).all()  # the line beside it, gone


def test_a_page_without_a_stamp_sized_frame_goes_to_the_engine_as_it_was():
    plain = _gray(_page(stamp=False))
    erased, found = erase_frames(plain)
    assert found == [] and erased is plain
    table = Image.new("L", (2480, 3508), 255)  # a table's frame is wider than a stamp's
    ImageDraw.Draw(table).rectangle((150, 600, 2330, 1400), outline=0, width=5)
    gray = np.asarray(table).copy()
    erased, found = erase_frames(gray)
    assert found == [] and np.array_equal(erased, gray)


def test_the_line_the_frame_crossed_is_read_whole():
    """Tesseract reads the page as prepared for it: the subject's line that the stamp's side runs
    through, and the heading its bottom line runs over, come out with every word."""
    prepared, info = prepare(_page())
    assert info.get("frames")
    rows = run_tesseract(prepared, Options(ocr_cache=str(OCR_CACHE)))
    text = " ".join(r[0] for r in rows)
    assert "bổ nhiệm vào ngạch Thanh tra viên và xếp lương" in text
    assert "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" in text


def _line(x0: float, x1: float) -> BBox:
    return BBox(x0, 430.0, x1, 480.0)


def test_a_line_stopping_short_of_a_frame_print_crosses_at_its_height_runs_into_it():
    """The word that ran on under the frame's side was read with the stamp's words and left the
    line: the line ends a word's width before the side. Print crossing the side at the line's
    height says words were there; a frame beside a line with clean paper at its side says none."""
    crossed = Mark("arrival", BBox(912, 407, 1544, 696), values={"crossed": {"left": [[435.0, 483.0]], "right": []}})
    clean = Mark("arrival", BBox(912, 407, 1544, 696), values={"crossed": {"left": [], "right": []}})
    line = _line(355, 856)  # ``… của tà`` and ``đạo`` lost
    assert _reaches(crossed, line)
    assert not _reaches(clean, line)
    assert not _reaches(crossed, _line(355, 700))  # four heights of a line away: another matter
    unknown = Mark("arrival", BBox(912, 407, 1544, 696))
    assert not _reaches(unknown, line) and _reaches(unknown, _line(355, 880))


def test_a_development_scans_subject_under_a_black_stamp_is_read_whole():
    """``quangngai_17``'s page 1 with the ``arrived`` variant's black stamp pressed across its
    subject (its right side between ``Về`` and ``việc``, its dotted rows on the subject's
    baseline), where page 1 reads the subject's lines. Read with the frame on the page, the
    engine lost ``ngạch`` and read the line in two; read without it, the line is whole."""
    from dispatch_tools.evaluate.real_scans import page_one_image
    from dispatch_tools.evaluate.scan_variants_stamped import arrived

    from .conftest import shared_path

    page = page_one_image(shared_path("scans", "quangngai_17_90_QD_CT.pdf"))
    lines = [(583.0, 532.0, 1983.0, 589.0), (954.0, 602.0, 1607.0, 657.0)]  # the subject, as page 1 reads it
    prepared, info = prepare(arrived(page, 3406612526, lines))
    assert info.get("frames")
    text = " ".join(r[0] for r in run_tesseract(prepared, Options(ocr_cache=str(OCR_CACHE))))
    assert "nhiệm vào ngạch Thanh tra" in text  # as the engine reads it, before repair (``bỗ`` for ``bổ``)
    assert "đối với ông Võ Văn Dương" in text
