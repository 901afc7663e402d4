"""A PDF's e-signature stamp drawn as text over the scan: read from the characters the page shows, and
hidden before the page is read where it lies over print (a copy stamp across the motto)."""

from __future__ import annotations

import ctypes
import io

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as raw
from pathlib import Path

from PIL import Image, ImageDraw

from dispatch_tools.ingest.page_marks import page_marks
from dispatch_tools.ingest.pdf_stamps import lifted_page, pdf_stamps
from dispatch_tools.model import BBox, Mark, Word
from dispatch_tools.options import Options

from .conftest import shared_path

FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
W, H = 400.0, 300.0  # points
STAMP = ("SAO Y", "Ủy ban nhân dân thành phố Đà Nẵng", "Thời gian ký: 19/10/2023 10:56:22 +07:00")


def _text(doc, page, text: str, x: float, y: float, size: float, invisible: bool = False) -> None:
    data = FONT.read_bytes()  # a font with Vietnamese letters, embedded (a standard font has none)
    font = raw.FPDFText_LoadFont(doc.raw, ctypes.cast(ctypes.c_char_p(data), ctypes.POINTER(ctypes.c_uint8)),
                                 len(data), raw.FPDF_FONT_TRUETYPE, True)
    obj = raw.FPDFPageObj_CreateTextObj(doc.raw, font, ctypes.c_float(size))
    utf16 = (text + "\0").encode("utf-16-le")
    raw.FPDFText_SetText(obj, ctypes.cast(ctypes.c_char_p(utf16), ctypes.POINTER(raw.FPDF_WCHAR)))
    if invisible:
        raw.FPDFTextObj_SetTextRenderMode(obj, raw.FPDF_TEXTRENDERMODE_INVISIBLE)
    raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, H - y)  # y: the baseline, from the top
    raw.FPDFPage_InsertObject(page.raw, obj)


def _scan_pdf(stamp_y: float) -> bytes:
    """A page image with one printed line at 60-72 pt from the top, an OCR pass's invisible words of
    that line, and a three-line stamp drawn as text at the right from ``stamp_y`` down."""
    scan = Image.new("L", (int(W * 2), int(H * 2)), 255)
    ImageDraw.Draw(scan).rectangle((300, 120, 760, 144), fill=0)  # the printed line's ink
    doc = pdfium.PdfDocument.new()
    page = doc.new_page(W, H)
    image = pdfium.PdfImage.new(doc)
    image.set_bitmap(pdfium.PdfBitmap.from_pil(scan))
    image.set_matrix(pdfium.PdfMatrix().scale(W, H))
    page.insert_obj(image)
    _text(doc, page, "CONG HOA xA HQI CilU NGHIA VIT NAM", 150, 70, 11, invisible=True)
    for k, line in enumerate(STAMP):
        _text(doc, page, line, 230, stamp_y + 8 + 8 * k, 6.5)
    page.gen_content()
    return _bytes(doc)


def _bytes(doc: pdfium.PdfDocument) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _dark(image: Image.Image, box: tuple[int, int, int, int]) -> float:
    return float((np.asarray(image.convert("L").crop(box)) < 128).mean())


def test_a_stamp_is_read_from_the_shown_characters_when_an_ocr_layer_runs_into_it(tmp_path):
    path = tmp_path / "copy.pdf"
    path.write_bytes(_scan_pdf(stamp_y=54))
    (stamp,) = pdf_stamps(path, 1)[0]
    assert stamp.values["kind"] == "copy"
    assert stamp.values["signed_by"] == "Ủy ban nhân dân thành phố Đà Nẵng"
    assert stamp.values["iso"] == "2023-10-19T10:56:22+07:00"


def test_a_stamp_over_print_is_hidden_before_the_page_is_read(tmp_path):
    path = tmp_path / "copy.pdf"
    path.write_bytes(_scan_pdf(stamp_y=54))
    written = path.read_bytes()
    stamps = pdf_stamps(path, 1)[0]
    doc = pdfium.PdfDocument(str(path))
    before = doc[0].render(scale=2).to_pil()
    page, lifted = lifted_page(doc, 0, stamps)
    after = page.render(scale=2).to_pil()
    assert lifted == stamps
    below = (460, 146, 680, 158)  # the stamp's last line, under the printed line's ink
    assert _dark(before, below) > 0.02 and _dark(after, below) == 0.0
    assert _dark(after, (300, 120, 760, 144)) > 0.9  # the print under it is all there
    assert path.read_bytes() == written  # the file is not touched


def test_a_stamp_in_the_margin_is_drawn_as_it_is(tmp_path):
    path = tmp_path / "margin.pdf"
    path.write_bytes(_scan_pdf(stamp_y=2))
    stamps = pdf_stamps(path, 1)[0]
    assert len(stamps) == 1
    doc = pdfium.PdfDocument(str(path))
    before = np.asarray(doc[0].render(scale=2).to_pil())
    page, lifted = lifted_page(doc, 0, stamps)
    assert lifted == []
    assert np.array_equal(np.asarray(page.render(scale=2).to_pil()), before)


def test_words_under_a_lifted_stamp_stay_and_under_a_drawn_one_go():
    motto = [Word(t, BBox(1100 + k * 120, 120, 1200 + k * 120, 165), 95.0)
             for k, t in enumerate("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".split())]
    stamp = Mark("esign", BBox(1500, 20, 2100, 160), values={"kind": "copy"}, source="pdf-text")
    image = Image.new("RGB", (2400, 3000), "white")
    kept, _, marks = page_marks(motto, [()] * len(motto), image, [stamp], Options(preprocess=False),
                                number=2, lifted=[stamp])
    assert [w.text for w in kept] == [w.text for w in motto] and marks == [stamp]
    kept, _, _ = page_marks(motto, [()] * len(motto), image, [stamp], Options(preprocess=False), number=2)
    assert [w.text for w in kept] == ["CỘNG", "HÒA", "XÃ"]


def test_real_copy_stamp_over_the_motto():
    path = shared_path("scans", "danang_coretest_3.pdf")
    (stamp,) = pdf_stamps(path, 1)[0]
    assert (stamp.values["signed_by"], stamp.values["iso"]) == (
        "Ủy ban nhân dân thành phố Đà Nẵng", "2023-10-19T10:56:22+07:00")
    doc = pdfium.PdfDocument(str(path))
    doc.init_forms()
    page, lifted = lifted_page(doc, 0, [stamp])
    assert lifted == [stamp]
    margin = pdf_stamps(shared_path("scans", "quangngai_12_574_UB.pdf"), 1)[0]
    other = pdfium.PdfDocument(str(shared_path("scans", "quangngai_12_574_UB.pdf")))
    other.init_forms()
    assert lifted_page(other, 0, margin)[1] == []
