"""Typed digits in the header's number and day boxes are read as typed; only digits that do not
stand like the print (another size, off the baseline, coloured ink) are a hand-filled box."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from dispatch_tools.ingest.handwriting import read_boxes
from dispatch_tools.ingest.tesseract import run_tesseract
from dispatch_tools.ingest.typed import coloured, ink_band, stands_printed, year_band
from dispatch_tools.model import BBox, Document, Fields, Page, Word
from dispatch_tools.options import Options
from dispatch_tools.parse.marks import apply_marks

from .conftest import OCR_CACHE

FONTS = Path("/usr/share/fonts/truetype/liberation2")
REGULAR, ITALIC = FONTS / "LiberationSerif-Regular.ttf", FONTS / "LiberationSerif-Italic.ttf"
SIZE = 40
pytestmark = pytest.mark.skipif(not (REGULAR.is_file() and ITALIC.is_file()),
                                reason="Liberation fonts are not installed")


def _draw_words(draw: ImageDraw.ImageDraw, x: float, y: float, parts: list[tuple[str, dict]],
                font: ImageFont.FreeTypeFont) -> list[Word]:
    """Words drawn left to right on one baseline; a part may carry its own font, fill, size, lift."""
    words = []
    for text, how in parts:
        f = ImageFont.truetype(how["font"], how["size"]) if "size" in how else font
        top = y - how.get("lift", 0) - (f.getmetrics()[0] - font.getmetrics()[0])
        draw.text((x, top), text, fill=how.get("fill", "black"), font=f)
        x0, y0, x1, y1 = draw.textbbox((x, top), text, font=f)
        words.append(Word(text, BBox(x0, y0, x1, y1), 96.0))
        x = x1 + 0.3 * SIZE
    return words


def _header(day: str, **day_ink) -> tuple[Image.Image, list[Word]]:
    """Page 1's top: ``Số: 58/KH-UBND`` and ``Vĩnh Thạnh, ngày DAY tháng 9 năm 2022`` (italic),
    with the day drawn as ``day_ink`` says (by default typed in the line's own font)."""
    image = Image.new("RGB", (1654, 700), "white")
    draw = ImageDraw.Draw(image)
    regular, italic = ImageFont.truetype(str(REGULAR), SIZE), ImageFont.truetype(str(ITALIC), SIZE)
    words = _draw_words(draw, 200, 250, [("Số:", {}), ("58/KH-UBND", {})], regular)
    how = {"font": str(ITALIC), **day_ink}
    words += _draw_words(draw, 900, 250, [("Vĩnh", {}), ("Thạnh,", {}), ("ngày", {}), (day, how), ("tháng", {}),
                                          ("9", {}), ("năm", {}), ("2022", {})], italic)
    return image, words


def _read(image: Image.Image, words: list[Word]):
    def crop(box):
        region = (max(0, int(box.x0)), max(0, int(box.y0)), min(image.width, int(box.x1)),
                  min(image.height, int(box.y1)))
        return image.crop(region) if region[2] > region[0] and region[3] > region[1] else None

    edits, added, marks = read_boxes(words, crop, 3500, Options(ocr_cache=str(OCR_CACHE)), "t", run_tesseract)
    doc = Document(None, "image", pages=[Page(1, unit="px", marks=marks)])
    doc.fields = Fields(number="58/KH-UBND", date="2022-09-20")
    apply_marks(doc)
    return {m.values["field"]: m for m in marks}, doc.fields


def _crop_of(image: Image.Image):
    return lambda box: image.crop((int(box.x0), int(box.y0), int(box.x1), int(box.y1)))


@pytest.mark.tesseract
@pytest.mark.parametrize("second_reader", ["off", "on"])
def test_typed_number_and_day_are_read_as_typed_and_not_flagged(monkeypatch, second_reader):
    if second_reader == "off":
        monkeypatch.setenv("DISPATCH_SECOND_READER", "off")
    image, words = _header("20")
    marks, fields = _read(image, words)
    assert marks["date"].values["typed"] and marks["date"].values["reading"] == "20"
    assert marks["number"].values["typed"] and marks["number"].values["reading"] == "58"
    assert fields.date == "2022-09-20" and fields.number == "58/KH-UBND"
    assert "date" not in fields.review and "number" not in fields.review


@pytest.mark.tesseract
def test_digits_written_larger_and_off_the_baseline_are_not_taken_for_typed(monkeypatch):
    monkeypatch.setenv("DISPATCH_SECOND_READER", "off")
    image, words = _header("20", size=int(SIZE * 1.7), lift=18)
    marks, fields = _read(image, words)
    assert not marks["date"].values["typed"]
    assert fields.date != "2022-09-20" or "date" in fields.review  # never a confident unflagged day


def test_the_ink_band_leaves_out_a_speck_above_and_finds_the_baseline_under_descenders():
    image = Image.new("RGB", (400, 160), "white")
    draw = ImageDraw.Draw(image)
    draw.text((20, 40), "ngày", fill="black", font=ImageFont.truetype(str(ITALIC), SIZE))
    draw.rectangle((200, 5, 203, 8), fill="black")  # a speck well above the word
    top, bottom, baseline = ink_band(image)
    assert top > 10  # the speck is its own run of rows
    _, _, _, y_base = draw.textbbox((20, 40), "nà", font=ImageFont.truetype(str(ITALIC), SIZE))
    assert abs(baseline - y_base) <= 3 and bottom - baseline > 5  # the g and y go below the baseline
    assert ink_band(Image.new("RGB", (50, 50), "white")) is None


def _stands(image: Image.Image, words: list[Word], year: bool = True) -> bool:
    by = {w.text: w for w in words}
    day = by["20"]
    beside = [(w.bbox.x0, w.bbox.x1, w) for w in (by["ngày"], by["tháng"])]
    crop = _crop_of(image)
    return stands_printed(crop, (day.bbox.x0, day.bbox.x1, day), year_band(crop, by["2022"] if year else None), beside)


def test_digits_of_another_height_or_off_the_row_do_not_stand_printed():
    assert _stands(*_header("20"))
    assert not _stands(*_header("20", size=int(SIZE * 1.7)))  # written larger
    assert not _stands(*_header("20", lift=15))  # the print's size, above the line
    assert not _stands(*_header("20"), year=False)  # nothing printed to measure by


def test_coloured_ink_is_a_pen_or_a_stamp():
    image, words = _header("20", fill=(200, 20, 30))
    day = next(w for w in words if w.text == "20")
    assert coloured(image.crop((int(day.bbox.x0), int(day.bbox.y0), int(day.bbox.x1), int(day.bbox.y1))))
    plain, _ = _header("20")
    assert not coloured(plain.crop((int(day.bbox.x0), int(day.bbox.y0), int(day.bbox.x1), int(day.bbox.y1))))


SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.mark.tesseract
@pytest.mark.parametrize("name,number,date", [
    ("seed000_scan_page1.png", "1690-CV/TĐTN-BTG", "2022-09-20"),  # an italic typed 20 a tight box cuts
    ("seed000_photo.jpg", "1690-CV/TĐTN-BTG", "2022-09-20"),
    ("kehoach_scan_page1.png", "58/KH-UBND", "2025-04-14"),  # a typed number glued to its symbol
])
def test_the_samples_typed_number_and_day_are_read_by_tesseract_alone(monkeypatch, name, number, date):
    from dispatch_tools.parse import to_contract
    from dispatch_tools.pipeline import read

    monkeypatch.setenv("DISPATCH_SECOND_READER", "off")
    doc = read(SAMPLES / name, Options(jobs=1))
    contract = to_contract(doc.fields, [])
    assert (contract["number"], contract["date"]) == (number, date)
    assert not {"number", "date"} & set(contract["review"])


def test_the_month_is_found_under_a_stretched_thang():
    """The engine stretched ``tháng``'s box over the month (``01`` starts inside it): the month
    is still the date line's."""
    from dispatch_tools.ingest.header_boxes import _month_year, find_boxes

    words = [Word(t, BBox(*box), 96.0) for t, box in [
        ("Huế,", (1500, 484, 1620, 535)), ("ngày", (1635, 489, 1746, 543)), ("26", (1761, 476, 1819, 515)),
        ("tháng", (1836, 484, 2033, 543)), ("01", (1981, 479, 2038, 547)), ("năm", (2056, 485, 2152, 526)),
        ("2024", (2169, 486, 2284, 526))]]
    (box,) = find_boxes(words, 3508)
    assert box["field"] == "date" and _month_year(words, box) == ("01", "2024")


@pytest.mark.parametrize("glued", [False, True])
def test_typed_digits_of_a_pdf_page_are_measured_where_they_are_drawn(monkeypatch, tmp_path, glued):
    """A PDF page's words are in points and its boxes are read from the page rendered: the typed
    number and day (an e-office system's, read from its form fields) are measured on their own
    ink, so that they stand like the print, whether the number is a word of its own or glued to
    its symbol."""
    import pypdfium2 as pdfium

    from dispatch_tools.ingest import pdf, tesseract

    monkeypatch.setenv("DISPATCH_SECOND_READER", "off")
    monkeypatch.setattr(tesseract, "run_tesseract", lambda *args, **kwargs: [["20", 0, 0, 40, 30, 96.0]])
    image = Image.new("RGB", (1654, 700), "white")
    draw = ImageDraw.Draw(image)
    regular, italic = ImageFont.truetype(str(REGULAR), SIZE), ImageFont.truetype(str(ITALIC), SIZE)
    number = [("Số:", {}), ("20/KH-UBND", {})] if glued else [("Số:", {}), ("20", {}), ("/KH-UBND", {})]
    words = _draw_words(draw, 200, 250, number, regular)
    words += _draw_words(draw, 900, 250, [("Vĩnh", {}), ("Thạnh,", {}), ("ngày", {}), ("20", {}), ("tháng", {}),
                                          ("9", {}), ("năm", {}), ("2022", {})], italic)
    path, dpi = tmp_path / "header.pdf", 200
    image.save(path, resolution=dpi)
    points = [Word(w.text, BBox(*(v * 72 / dpi for v in (w.bbox.x0, w.bbox.y0, w.bbox.x1, w.bbox.y1))), w.conf)
              for w in words]
    doc = pdfium.PdfDocument(str(path))
    try:
        _, _, marks = pdf._box_reader(doc[0], Options(), True)(points)
    finally:
        doc.close()
    by_field = {m.values["field"]: m for m in marks}
    twenties = [w for w in points if w.text.startswith("20") and w.text != "2022"]
    for field, digits in zip(("number", "date"), twenties):
        mark = by_field[field]
        assert mark.values["typed"] and mark.values["reading"] == "20", field
        # the box is in the words' points, around the digits
        assert mark.bbox.x0 <= digits.bbox.x0 + 1 and mark.bbox.y0 <= digits.bbox.y0 <= mark.bbox.y1
