"""An arrival stamp stamped across the subject: its frame found when a stroke runs on from it, a
frame stamped over print found by its dotted rows, printed words under its edge kept, the printed
lines its frame made the engine lose read again, and a value whose line runs into it flagged."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

from dispatch_tools.ingest import arrival
from dispatch_tools.ingest.dotted_rows import dotted_rows
from dispatch_tools.ingest.frame_sides import crossed_rows
from dispatch_tools.ingest.stamp_band import added_words, read_band
from dispatch_tools.model import BBox, Document, Fields, Line, Mark, Page, Word
from dispatch_tools.options import Options
from dispatch_tools.parse.under_marks import check_under_marks

from .conftest import OCR_CACHE, shared_path
from .test_arrival import BOLD, FONT

pytestmark = pytest.mark.skipif(not FONT.is_file(), reason="Liberation fonts are not installed")


def _stamp(draw: ImageDraw.ImageDraw, left: int, top: int, ink="black") -> None:
    """An arrival stamp 640 × 260 px at 300 dpi: CV ĐẾN on the left, three dotted rows."""
    small, big = ImageFont.truetype(str(FONT), 30), ImageFont.truetype(str(FONT), 52)
    draw.rectangle((left, top, left + 640, top + 260), outline=ink, width=5)
    draw.line((left + 160, top, left + 160, top + 260), fill=ink, width=4)
    draw.text((left + 30, top + 40), "CV", fill=ink, font=big)
    draw.text((left + 20, top + 130), "ĐẾN", fill=ink, font=big)
    for k, label in enumerate(("Số:", "Ngày:", "Chuyển:")):
        draw.text((left + 180, top + 30 + 73 * k), label + "." * 40, fill=ink, font=small)


def test_a_frame_a_stroke_runs_on_from_is_trimmed_to_its_rectangle():
    """A straight stroke joined to the frame's corner (a rule, a scratch of toner) made its outline
    reach past the bottom line, so that no line was found along its bottom: the rectangle inside is
    the frame."""
    image = Image.new("RGB", (2480, 3508), "white")
    draw = ImageDraw.Draw(image)
    _stamp(draw, 900, 500)
    draw.line((1538, 760, 1538, 840), fill="black", width=5)
    (box, _outer), = arrival.frames(image)
    assert abs(box.x0 - 898) <= 4 and abs(box.y0 - 498) <= 4 and abs(box.y1 - 762) <= 4 and abs(box.x1 - 1542) <= 4


@pytest.mark.parametrize("ink", ["black", (205, 35, 45), (30, 50, 170)])
def test_dotted_rows_are_counted_in_a_stamp_and_not_in_print(ink):
    """A stamp in black (a photocopy), red or blue ink has its three dotted rows; print has none."""
    stamp = Image.new("RGB", (700, 300), "white")
    _stamp(ImageDraw.Draw(stamp), 20, 20, ink)
    assert dotted_rows(stamp) == 3
    printed = Image.new("RGB", (700, 300), "white")
    draw = ImageDraw.Draw(printed)
    for k, line in enumerate(("Về việc thi hành án. Tuy nhiên, vì chính", "tiến độ triển khai thực hiện; giảm nghèo",
                              "Kính gửi: Sở Y tế, Sở Tài chính; ký ngày")):
        draw.text((10, 20 + 90 * k), line, fill="black", font=ImageFont.truetype(str(BOLD), 34))
    assert dotted_rows(printed) == 0


@pytest.mark.parametrize("ink", ["black", (205, 35, 45)])
def test_a_stamp_whose_words_the_print_hides_is_found_by_its_dotted_rows(ink):
    """Stamped over the subject, no word of the stamp is read (the whole frame and its cells give
    print), but its rows of dots make it a stamp; a framed table is still none."""
    image = Image.new("RGB", (2480, 3508), "white")
    draw = ImageDraw.Draw(image)
    draw.text((400, 300), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fill="black", font=ImageFont.truetype(str(BOLD), 50))
    _stamp(draw, 900, 500, ink)

    def engine(img, options, psm=3, extra=""):
        return [["Kết", 10, 10, 50, 40, 90.0, 1, 1, 1], ["luận", 70, 10, 80, 40, 90.0, 1, 1, 1]]

    marks, _used = arrival.find_arrival(image, [], [], Options(ocr_cache=str(OCR_CACHE)), engine, "t")
    (mark,) = marks
    assert mark.kind == "arrival" and mark.bbox.x0 <= 900 and mark.bbox.x1 >= 1540
    table = Image.new("RGB", (2480, 3508), "white")
    ImageDraw.Draw(table).rectangle((900, 500, 1540, 760), outline="black", width=5)
    assert arrival.find_arrival(table, [], [], Options(ocr_cache=str(OCR_CACHE)), engine, "t") == ([], set())


def _row(texts: str, x: float, y: float, key: tuple, size: float = 50.0) -> tuple[list[Word], list[tuple]]:
    words, keys = [], []
    for text in texts.split():
        width = 0.5 * size * len(text)
        words.append(Word(text, BBox(x, y, x + width, y + size), 95.0))
        keys.append(key)
        x += width + 0.3 * size
    return words, keys


def test_printed_words_close_beside_one_another_under_the_frame_stay():
    """``Kính gửi:`` both under the frame's right part, before ``Bà …`` outside it: the line's
    words stay; the stamp's ``CV`` far to the left at the line's height leaves."""
    box = BBox(260, 600, 890, 880)
    words, keys = _row("Kính gửi:", 700, 830, (3, 1, 1))
    more, more_keys = _row("Bà Nguyễn Thị Bích Ngọc", 965, 830, (3, 1, 1))
    cv, cv_keys = _row("CV", 300, 830, (3, 1, 1))
    words, keys = words + more + cv, keys + more_keys + cv_keys
    used = arrival.stamp_words(words, keys, box)
    assert {words[i].text for i in used} == {"CV"}


def test_the_stamps_own_big_letters_never_join_a_printed_line():
    """``ĐẾN.`` (or ``HĐẾN``, a printed figure glued before it) read on the line of ``quốc gia năm
    2019`` just inside the frame's edge is the stamp's; a printed ``đến`` there stays."""
    box = BBox(998, 505, 1640, 761)
    for stamp_text, kept_text in (("ĐẾN.", None), ("ĐÉN.", None), ("HĐẾN", None), ("đến", "đến")):
        words, keys = _row("quốc gia năm 2019", 559, 642, (4, 1, 1))
        last, last_keys = _row(stamp_text, 1021, 642, (4, 1, 1))
        used = arrival.stamp_words(words + last, keys + last_keys, box)
        assert (len(words) in used) is (kept_text is None)


def _band_words(rows: list[list]) -> tuple[list[Word], list[tuple]]:
    """The words the band of a stamp at (900, 500)–(1540, 760) gives back when read again as
    ``rows`` (band pixels; the band starts a line's height, 50 px, above the stamp)."""
    first = [Word("Số:", BBox(396, 450, 458, 500), 96.0), Word("Kính", BBox(900, 960, 1000, 1010), 96.0),
             Word("gửi:", BBox(1020, 960, 1110, 1010), 96.0)]

    def engine(img, options, psm=3, extra=""):
        assert img.height == 260 + 2 * 50
        return rows

    box = BBox(900, 500, 1540, 760)
    band = read_band(first, box, 2480.0, lambda region: Image.new(
        "RGB", (int(region.width), int(region.height)), "white"), Options(), engine)
    return added_words(first, band, box)


def test_the_printed_line_a_frame_made_the_engine_lose_is_read_again():
    rows = [["Số:", 396, 0, 62, 50, 90.0, 1, 1, 1],  # read already
            ["V/v", 438, 76, 77, 40, 90.0, 2, 1, 1], ["đăng", 530, 76, 100, 50, 96.0, 2, 1, 1],
            ["sung", 780, 88, 97, 38, 94.0, 2, 1, 1],
            ["CV", 930, 90, 70, 40, 84.0, 2, 1, 1],  # the stamp's, wholly inside its frame
            ["tỉ:h", 856, 140, 34, 38, 15.0, 2, 1, 2],  # too unsure
            ["Số:.......", 1080, 80, 300, 30, 20.0, 3, 1, 1]]
    lost, keys = _band_words(rows)
    assert [w.text for w in lost] == ["V/v", "đăng", "sung"]
    assert lost[0].bbox == BBox(438, 526, 515, 566) and len(set(keys)) == 1


def test_print_running_across_a_side_of_the_frame_is_found():
    """``tỉnh`` half under the frame's left side is found at its height; ``Về`` beginning a little
    right of the frame, clean paper between, is not."""
    image = Image.new("RGB", (2480, 3508), "white")
    draw = ImageDraw.Draw(image)
    _stamp(draw, 900, 500)
    body = ImageFont.truetype(str(FONT), 50)
    draw.text((860, 640), "tỉnh", fill="black", font=body)
    draw.text((1570, 540), "Về việc", fill="black", font=body)
    (box, _outer), = arrival.frames(image)
    crossed = crossed_rows(image, box)
    assert crossed["left"] and all(620 <= a and b <= 710 for a, b in crossed["left"])
    assert crossed["right"] == []


def _subject_doc(mark: BBox, crossed: dict | None = None) -> Document:
    """A page read by OCR whose subject's first line ends at ``x`` 877, beside an arrival stamp at
    ``mark``."""
    line1, _ = _row("V/v đăng ký bổ sung", 438, 576, (1,))
    line2, _ = _row("nội dung trình HĐND", 378, 641, (2,))
    lines = [Line(" ".join(w.text for w in ws), BBox(ws[0].bbox.x0, ws[0].bbox.y0, ws[-1].bbox.x1, ws[0].bbox.y1),
                  95.0, "tesseract:vie", words=ws) for ws in (line1, line2)]
    values = {} if crossed is None else {"crossed": crossed}
    page = Page(1, lines=lines, unit="px", method="ocr", marks=[Mark("arrival", mark, "CV ĐẾN", values)])
    doc = Document(None, "image", pages=[page])
    start = doc.text.index("đăng")
    doc.fields = Fields(subject="đăng ký bổ sung nội dung trình HĐND")
    doc.fields.sources["subject"] = doc.locate(start, len(doc.text.rstrip()))
    return doc


def test_a_subject_whose_line_runs_into_an_arrival_stamp_is_flagged(vietnamese):
    doc = _subject_doc(BBox(880, 560, 1540, 800))
    check_under_marks(doc, doc.fields)
    assert doc.fields.review["subject"].startswith("cần xem lại: ") and "dấu công văn đến" in doc.fields.review["subject"]
    far = _subject_doc(BBox(1400, 560, 2040, 800))
    check_under_marks(far, far.fields)
    assert "subject" not in far.fields.review


def test_a_line_beside_a_frame_is_flagged_only_where_print_crosses_its_side(vietnamese):
    """The rows where print runs across the frame's side (ingest's ``crossed``) tell a line that
    went on under the stamp from one that ends beside it."""
    under = _subject_doc(BBox(880, 560, 1540, 800), {"left": [[580.0, 620.0]], "right": []})
    check_under_marks(under, under.fields)
    assert "“sung”" in under.fields.review["subject"]
    beside = _subject_doc(BBox(880, 560, 1540, 800), {"left": [], "right": []})
    check_under_marks(beside, beside.fields)
    assert "subject" not in beside.fields.review
    # the frame's side read as a ``|`` at the line's end is no word of it
    bar = _subject_doc(BBox(880, 560, 1540, 800), {"left": [], "right": []})
    line = bar.pages[0].lines[0]
    line.words.append(Word("|", BBox(878, 570, 884, 630), 30.0))
    line.bbox = BBox(line.bbox.x0, line.bbox.y0, 884, line.bbox.y1)
    check_under_marks(bar, bar.fields)
    assert "subject" not in bar.fields.review


def test_a_development_scan_stamped_across_its_subject_keeps_its_lines(tmp_path):
    """Page 1 of a development scan with an arrival stamp drawn across the end of its subject's
    lines (as ``scan_variants --kinds arrived`` draws it): the engine lost the subject's first line;
    it is read again, no word of the stamp enters the subject, and the subject is right or flagged."""
    from dispatch_tools.evaluate.real_scans import page_one_image
    from dispatch_tools.evaluate.scan_variants_stamped import arrived
    from dispatch_tools.pipeline import read

    page = page_one_image(shared_path("scans", "quangngai_12_574_UB.pdf"))
    # the subject's lines as the pipeline reads page 1 as it is, and the variant's seed
    boxes = [(438.0, 564.0, 877.0, 627.0), (378.0, 640.0, 937.0, 691.0), (477.0, 704.0, 831.0, 754.0)]
    path = tmp_path / "stamped.png"
    arrived(page, 2758331600, boxes).save(path, dpi=(300, 300))
    doc = read(path, Options(ocr_cache=str(tmp_path / "ocr"), jobs=1))
    assert any(m.kind == "arrival" for m in doc.pages[0].marks)
    subject = doc.fields.subject or ""
    assert subject.startswith("đăng ký bổ sung") and "CV" not in subject and "ĐẾN" not in subject.upper()
    assert subject == "đăng ký bổ sung nội dung trình HĐND tỉnh tại kỳ họp thứ 31" or "subject" in doc.fields.review


def test_a_word_a_side_of_the_frame_runs_through_takes_its_surer_reading_without_the_side():
    """``/SGDĐT-CTrTTT`` (the frame's left side read as a last ``T``, confidence 50) becomes the band's
    ``/SGDĐT-CTrTT`` (90) over the same span; a sure word, a word the side does not touch, a reading not
    much surer or not alike, and the stamp's own words stay as the page read them."""
    from dispatch_tools.ingest.stamp_band import Band, side_mends

    box = BBox(998, 436, 1640, 761)
    first = [Word("/SGDĐT-CTrTTT", BBox(668, 462, 1064, 506), 50.0),  # the side at 998 runs through it
             Word("1595", BBox(487, 462, 668, 506), 60.0),  # the side does not touch it
             Word("cho", BBox(860, 525, 931, 570), 91.0),
             Word("Hx", BBox(946, 525, 1002, 570), 85.0),  # sure enough already
             Word("quôc", BBox(959, 643, 1003, 690), 55.0)]
    band = Band([Word("/SGDĐT-CTrTT", BBox(668, 462, 1064, 506), 90.0),
                 Word("1595", BBox(487, 462, 668, 506), 96.0),
                 Word("HS,", BBox(946, 525, 1002, 570), 96.0),
                 Word("ĐẾN", BBox(959, 643, 1003, 690), 96.0)],  # not alike: the stamp's letters
                [("band", 1, 1, 1)] * 4, set(), 45.0)
    mends = side_mends(first, band, box)
    assert {i: w.text for i, w in mends.items()} == {0: "/SGDĐT-CTrTT"}
    assert side_mends(first, band._replace(stamp={0}), box) == {}  # the band's word is the stamp's
    unsure = band._replace(words=[Word("/SGDĐT-CTrTT", BBox(668, 462, 1064, 506), 65.0)] + band.words[1:])
    assert side_mends(first, unsure, box) == {}  # surer by only 15
