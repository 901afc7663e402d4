"""The arrival stamp (CV ĐẾN / Số / Ngày / Chuyển): found by its frame and words, its words out of
the text, every printed line kept, its number and date read only when sure."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from dispatch_tools.ingest import arrival
from dispatch_tools.ingest.tesseract import run_tesseract
from dispatch_tools.model import BBox, Document, Fields, Page, Word
from dispatch_tools.options import Options
from dispatch_tools.parse.marks import apply_marks

from .conftest import OCR_CACHE, shared_path

FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
BOLD = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf")
pytestmark = pytest.mark.skipif(not FONT.is_file(), reason="Liberation fonts are not installed")


def _page() -> tuple[Image.Image, list[Word], list[tuple]]:
    """Part of a page 1: the number line, and an arrival stamp beside the body whose first line
    starts under the stamp's right edge."""
    image = Image.new("RGB", (2480, 3508), "white")
    draw = ImageDraw.Draw(image)
    body = ImageFont.truetype(str(FONT), 50)
    small = ImageFont.truetype(str(FONT), 30)
    big = ImageFont.truetype(str(BOLD), 52)
    words, keys = [], []

    def text(x, y, line, font, key):
        for part in line.split():
            w = draw.textlength(part, font=font)
            draw.text((x, y), part, fill="black", font=font)
            size = font.size
            words.append(Word(part, BBox(x, y + 0.15 * size, x + w, y + 1.05 * size), 95.0))
            keys.append(key)
            x += w + draw.textlength(" ", font=font)

    text(450, 200, "Số: 12/UBND-VP", body, (1, 1, 1))
    # the stamp: a frame with CV ĐẾN on the left and Số / Ngày / Chuyển on the right
    draw.rectangle((60, 560, 700, 800), outline="black", width=5)
    draw.line((220, 560, 220, 800), fill="black", width=4)
    text(90, 600, "CV", big, (2, 1, 1))
    text(80, 690, "ĐẾN", big, (2, 1, 2))
    text(240, 585, "Số:......................", small, (2, 2, 1))
    text(240, 655, "Ngày:....................", small, (2, 2, 2))
    text(240, 725, "Chuyển:...................", small, (2, 2, 3))
    # a body line that starts under the stamp's right edge, and one below the stamp
    text(640, 735, "Trong thời gian qua, công tác triển khai thi hành Luật", body, (3, 1, 1))
    text(400, 900, "chính; việc tổ chức thi hành những bản án, quyết định", body, (3, 1, 2))
    return image, words, keys


def test_arrival_stamp_beside_the_body_is_found_and_its_words_leave_the_text():
    image, words, keys = _page()
    marks, used = arrival.find_arrival(image, words, keys, Options(ocr_cache=str(OCR_CACHE)), run_tesseract, "t")
    (mark,) = marks
    assert mark.kind == "arrival" and mark.crop
    assert mark.bbox.x0 <= 60 and mark.bbox.x1 >= 700 and mark.bbox.y0 <= 560 and mark.bbox.y1 >= 800
    gone = {words[i].text for i in used}
    assert {"CV", "ĐẾN", "Số:......................", "Chuyển:..................."} <= gone


def test_a_stamp_never_removes_a_printed_line():
    """Every word of a printed line that runs under the stamp stays, even the one under its edge."""
    image, words, keys = _page()
    marks, used = arrival.find_arrival(image, words, keys, Options(ocr_cache=str(OCR_CACHE)), run_tesseract, "t")
    assert marks
    kept = [w.text for k, w in enumerate(words) if k not in used]
    assert kept[:1] == ["Số:"] and "Trong" in kept
    for key in ((3, 1, 1), (3, 1, 2)):
        line = [w.text for w, k in zip(words, keys) if k == key]
        assert all(t in kept for t in line)


def test_a_framed_table_without_the_stamp_words_is_not_a_stamp():
    image = Image.new("RGB", (2480, 3508), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((60, 560, 700, 800), outline="black", width=5)
    draw.text((100, 640), "Bảng 1: Kết quả", fill="black", font=ImageFont.truetype(str(FONT), 50))
    marks, used = arrival.find_arrival(image, [], [], Options(ocr_cache=str(OCR_CACHE)), run_tesseract, "t")
    assert not marks and not used


def test_a_stamp_whose_whole_frame_reads_no_cue_is_read_cell_by_cell():
    """A photographed stamp read as a whole ran its big ``CV ĐẾN`` into the rows beside it and gave
    no stamp word but ``Ngày``: its cells, cut at the frame's inner line, are read one by one."""
    image, words, keys = _page()
    calls = []

    def engine(img, options, psm=3, extra=""):
        calls.append(img.size)
        if len(calls) == 1:  # the whole frame, misread
            return [["RUNG", 10, 10, 50, 20, 40.0, 1, 1, 1], ["Ngày:áÁL..Â", 70, 10, 90, 20, 30.0, 1, 1, 1]]
        return run_tesseract(img, options, psm, extra)

    marks, used = arrival.find_arrival(image, words, keys, Options(ocr_cache=str(OCR_CACHE)), engine, "t")
    (mark,) = marks
    assert len(calls) == 3  # the whole frame, then its two cells
    assert arrival.is_stamp(mark.text) and "CV" in mark.text
    assert {"CV", "ĐẾN"} <= {words[i].text for i in used}
    cells = arrival._cells(image.crop((60, 560, 701, 801)))
    assert [c.width for c in cells] == [160, 481]


def test_stamp_cues():
    assert arrival.is_stamp("CV | Số... 2352 | Ngày 21/3/18 | ĐẾN Chuyển:")
    assert arrival.is_stamp("CÔNG VĂN ĐẾN Số: Ngày:")
    assert not arrival.is_stamp("Bảng 1: Kết quả thực hiện")


def test_an_unsure_arrival_stamp_is_flagged_with_its_crop(vietnamese):
    mark = arrival.Mark("arrival", BBox(0, 0, 10, 10), "CV ĐẾN", {"number": None, "date": None, "time": None},
                        crop="AA")
    doc = Document(None, "pdf", pages=[Page(1, unit="px", marks=[mark])])
    doc.fields = Fields()
    apply_marks(doc)
    assert doc.fields.arrival is not None and doc.fields.arrival.number is None
    assert doc.fields.review["arrival"].startswith("cần xem lại")
    assert doc.fields.crops["arrival"].png == "AA"


def test_real_arrival_stamp_over_the_first_body_line(monkeypatch, tmp_path):
    """A black-and-white scan whose CV ĐẾN stamp covers the start of the first body lines: the stamp
    is a mark, its heading never reaches the subject, and the title is whole."""
    from dispatch_tools.evaluate.real_scans import page_one_image
    from dispatch_tools.ingest.tesseract import ocr_page

    monkeypatch.setenv("DISPATCH_OCR_CACHE", str(tmp_path))  # the shared file's readings stay out of tests/
    page = ocr_page(page_one_image(shared_path("scans", "quangngai_05_2352_07_CT_UBND.pdf")), 1, Options())
    stamps = [m for m in page.marks if m.kind == "arrival"]
    assert len(stamps) == 1 and stamps[0].crop
    text = "\n".join(line.text for line in page.lines)
    assert "TRUNG TÂM" not in text.upper().replace("†", "T") and "Chuyển" not in text
    assert "Về việc tăng cường công tác" in text and "trên địa bàn tỉnh Quảng Ngãi" in text
    # its hand-written number and date are read only when sure: never a wrong value
    assert stamps[0].values["number"] in (None, "2352")
    assert stamps[0].values["date"] in (None, "2018-03-21")


def test_a_readable_arrival_stamp_gives_the_arrival_number_and_date_in_the_json():
    """Số đến / Ngày đến for the register: the stamp's number, date and time go to
    ``fields.arrival`` and the JSON's ``arrival``, and survive a round trip of the fields."""
    from dispatch_tools.model import Arrival
    from dispatch_tools.parse import to_contract

    mark = arrival.Mark("arrival", BBox(0, 0, 10, 10), "CV ĐẾN Số: 2352 Ngày 21/3/18 Giờ 8:30",
                        {"number": "2352", "date": "2018-03-21", "time": "08:30"}, crop="AA")
    doc = Document(None, "pdf", pages=[Page(1, unit="px", marks=[mark])])
    doc.fields = Fields(date="2018-03-20")
    apply_marks(doc)
    assert doc.fields.arrival == Arrival("2352", "2018-03-21", "08:30", 1)
    assert "arrival" not in doc.fields.review
    assert to_contract(doc.fields)["arrival"] == {"number": "2352", "date": "2018-03-21", "time": "08:30", "page": 1}
    assert Fields.from_dict(doc.fields.to_dict()).arrival == doc.fields.arrival


def test_an_arrival_date_before_the_issue_date_is_flagged(vietnamese):
    mark = arrival.Mark("arrival", BBox(0, 0, 10, 10), "CV ĐẾN", {"number": "12", "date": "2018-01-02", "time": None})
    doc = Document(None, "pdf", pages=[Page(1, unit="px", marks=[mark])])
    doc.fields = Fields(date="2018-03-20")
    apply_marks(doc)
    assert doc.fields.arrival.number == "12" and doc.fields.review["arrival"].startswith("cần xem lại")


@pytest.mark.parametrize("angle", [2.0, -2.0])
def test_the_stamp_of_a_deskewed_page_is_where_its_words_were_read(angle):
    """The words were read on the page turned straight; the frame is found on the page as
    scanned (skewed) and turned so too before its words are picked out."""
    image, words, keys = _page()
    from dispatch_tools.ingest.image import rotate_colour

    scanned = rotate_colour(image, -angle)
    marks, used = arrival.find_arrival(scanned, words, keys, Options(ocr_cache=str(OCR_CACHE)), run_tesseract, "t",
                                       deskew=angle)
    (mark,) = marks
    # the frame (60, 560)-(700, 800) where the words are: its centre, within the bounds of its turned corners
    b = mark.bbox
    assert abs((b.x0 + b.x1) / 2 - 380) < 6 and abs((b.y0 + b.y1) / 2 - 680) < 6
    assert b.x0 <= 60 and b.x1 >= 700 and b.y0 <= 560 and b.y1 >= 800 and b.height < 240 + 60
    gone = {words[i].text for i in used}
    assert {"CV", "ĐẾN", "Số:......................", "Ngày:....................", "Chuyển:..................."} <= gone
    kept = [w.text for k, w in enumerate(words) if k not in used]
    assert "Trong" in kept and kept[:1] == ["Số:"]


def test_the_stamps_number_and_date_are_taken_only_when_both_models_read_them_surely(monkeypatch):
    """The stamp's rows are read by the second recogniser's two models under the header boxes'
    rule: a value both read alike, its least sure digit sure enough; the readings are kept."""
    from dispatch_tools.ingest import second_reader

    crop = Image.new("RGB", (400, 200), "white")
    rows = [["Số:", 50, 50, 60, 40], ["Ngày:", 50, 250, 80, 40]]  # in ink_image's coordinates

    def reader(first: str, check: str, sure: float = 0.97):
        def read(image, kind):
            text = first if kind == "digits" else check
            return second_reader.Reading(text, [(c, sure) for c in text])
        return read

    monkeypatch.setattr(second_reader, "read", reader("Số: 2352 Ngày 21/3/18", "Số: 2352 Ngày 21/3/18"))
    values = arrival.read_fields(crop, rows)
    assert (values["number"], values["date"]) == ("2352", "2018-03-21")
    assert values["readings"]["number"] == ["Số: 2352 Ngày 21/3/18"] * 2
    monkeypatch.setattr(second_reader, "read", reader("Số: 2352 Ngày 21/3/18", "Số: 2852 Ngày 27/3/18"))
    disputed = arrival.read_fields(crop, rows)  # the check reads other digits
    assert (disputed["number"], disputed["date"]) == (None, None)
    monkeypatch.setattr(second_reader, "read", reader("Số: 2352 Ngày 21/3/18", "Số: 2352 Ngày 21/3/18", 0.6))
    unsure = arrival.read_fields(crop, rows)
    assert (unsure["number"], unsure["date"]) == (None, None)
    monkeypatch.setattr(second_reader, "read", lambda image, kind: None)  # not installed
    assert arrival.read_fields(crop, rows) == {"number": None, "date": None, "time": None, "readings": {}}


def test_a_thin_frame_of_a_turned_page_is_found_though_its_lines_step():
    """A stamp's frame drawn with thin lines on a page fed in at 1.5°: each line steps from one
    pixel row to the next, so no row of it runs long; on a page known to be turned it is found,
    and a round seal's ring is no frame even so."""
    from dispatch_tools.ingest.image import rotate_colour

    image = Image.new("RGB", (2480, 3508), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((60, 560, 700, 800), outline="black", width=2)
    draw.ellipse((1400, 900, 1840, 1340), outline="black", width=3)
    turned = rotate_colour(image, 1.5)
    assert not arrival.frames(turned)
    (found,) = arrival.frames(turned, turned=True)
    box = found[0]
    assert abs(box.width - 640) < 30 and abs(box.height - 240) < 40  # the frame, turned
    assert arrival.frames(image) and arrival.frames(image, turned=True)  # a straight page alike


def test_a_stamp_word_at_a_printed_lines_height_far_from_it_leaves_the_text():
    """The stamp's big ``CV`` may stand at the height of a printed line that runs beside the
    stamp, far to its right: it is the stamp's; a word under the stamp's edge beside the rest of
    its line is the line's."""
    line = [Word(t, BBox(x, 640, x + 150, 690), 95.0) for t, x in (("trên", 1000), ("địa", 1170), ("bàn", 1340))]
    cv = Word("CV", BBox(40, 642, 140, 692), 60.0)
    edge = Word("Trong", BBox(600, 900, 740, 950), 95.0)
    after = [Word(t, BBox(x, 900, x + 150, 950), 95.0) for t, x in (("thời", 760), ("gian", 930))]
    words = [cv, *line, edge, *after]
    keys = [(1, 1, 1)] * 4 + [(1, 1, 2)] * 3
    used = arrival.stamp_words(words, keys, BBox(20, 560, 710, 960))
    assert used == {0}
