"""PDF ingestion: good text layers are used, missing or garbage ones are OCR'd, bad PDFs refused."""

import subprocess
from pathlib import Path

import pytest

from dispatch_tools.errors import DamagedInput, EncryptedInput, LimitExceeded
from dispatch_tools.ingest import ingest
from dispatch_tools.options import Options

from .test_ingest import _text_image, needs_font

LINES = ["Kính gửi: Ban Thường vụ các Huyện, Thành đoàn và Đoàn trực thuộc.",
         "Thống kê, báo cáo kết quả triển khai trên địa bàn, phạm vi quản lý về",
         "Ban Tuyên giáo Tỉnh đoàn chậm nhất ngày 22/9/2022, đồng thời điền báo cáo",
         "về biểu mẫu trực tuyến của Sở Thông tin và Truyền thông tỉnh Kiên Giang."]


def _tesseract_pdf(image_path: Path, out_base: Path, lang: str, text_only: bool = False) -> Path:
    cmd = ["tesseract", str(image_path), str(out_base), "-l", lang]
    if text_only:
        cmd += ["-c", "textonly_pdf=1"]
    subprocess.run(cmd + ["pdf"], check=True, capture_output=True)
    return out_base.with_suffix(".pdf")


@pytest.fixture(scope="module")
def page_image(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "page.png"
    _text_image(LINES, size=(2000, 600), font_size=36).save(path, dpi=(300, 300))
    return path


@pytest.fixture(scope="module")
def scanned_pdf(page_image):
    """An image-only PDF, as a scanner makes."""
    from PIL import Image

    out = page_image.with_name("scan.pdf")
    Image.open(page_image).convert("RGB").save(out, resolution=300)
    return out


@needs_font
@pytest.mark.tesseract
def test_good_text_layer_is_used_as_is(page_image):
    pdf = _tesseract_pdf(page_image, page_image.with_name("good"), "vie")
    doc = ingest(pdf)
    page = doc.pages[0]
    assert page.method == "text-layer", page.notes
    assert [line.text for line in page.lines if line.text] == LINES
    assert page.unit == "pt" and page.lines[0].source == "pdf-text"


@needs_font
@pytest.mark.tesseract
def test_layer_from_ocr_that_did_not_know_vietnamese_is_replaced(page_image):
    pdf = _tesseract_pdf(page_image, page_image.with_name("garbage"), "eng")
    layer = ingest(pdf, Options(mode="text"))
    assert layer.pages[0].method == "text-layer"
    assert layer.raw_text != "\n".join(LINES)  # the English engine mangled it
    doc = ingest(pdf)
    assert doc.pages[0].method == "ocr"
    assert any("page OCR'd" in n.message for n in doc.notices)
    assert [line.text for line in doc.pages[0].lines if line.text] == LINES


@needs_font
@pytest.mark.tesseract
def test_scanned_pdf_is_rendered_and_ocrd(scanned_pdf, real_engine):
    doc = ingest(scanned_pdf)
    assert doc.kind == "pdf" and doc.pages[0].method == "ocr"
    assert "no text layer" in doc.pages[0].notes[0]
    assert [line.text for line in doc.pages[0].lines if line.text] == LINES


def test_corrupt_and_truncated_pdfs(tmp_path):
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n" + b"garbage " * 200)
    with pytest.raises(DamagedInput, match="damaged"):
        ingest(junk)


@needs_font
def test_truncated_pdf(tmp_path, scanned_pdf):
    data = scanned_pdf.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 3])
    with pytest.raises(DamagedInput):
        ingest(cut)


def _blank_pdf(path: Path, pages: int = 1, size=(595, 842)) -> Path:
    import pypdf

    writer = pypdf.PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(*size)
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def test_encrypted_pdf_names_the_fix(tmp_path):
    import pypdf

    writer = pypdf.PdfWriter(clone_from=_blank_pdf(tmp_path / "plain.pdf"))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    path = tmp_path / "locked.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    with pytest.raises(EncryptedInput, match="password") as info:
        ingest(path)
    assert "qpdf --decrypt" in str(info.value)


def test_pdf_with_too_many_pages(tmp_path):
    path = _blank_pdf(tmp_path / "many.pdf", pages=30)
    with pytest.raises(LimitExceeded, match="30 pages"):
        ingest(path, Options(max_pages=20))


def test_pdf_with_a_huge_page(tmp_path):
    path = _blank_pdf(tmp_path / "huge.pdf", size=(14400 * 2, 14400 * 2))
    with pytest.raises(LimitExceeded, match="not a document page"):
        ingest(path)


def test_blank_pdf_page_gives_a_notice_not_a_crash(tmp_path):
    path = _blank_pdf(tmp_path / "blank.pdf")
    doc = ingest(path, Options(jobs=1))
    assert doc.raw_text == ""
    assert any("no text" in n.message for n in doc.notices)


@needs_font
@pytest.mark.tesseract
def test_unparseable_text_layer_falls_back_to_ocr(scanned_pdf, monkeypatch):
    from dispatch_tools.ingest import pdf as pdf_reader

    def broken(*args, **kwargs):
        raise ValueError("malformed content stream")  # what pdfminer raises on bad scanner output

    monkeypatch.setattr(pdf_reader, "_text_layer_page", broken)
    doc = ingest(scanned_pdf)
    assert doc.pages[0].method == "ocr"
    assert "text layer cannot be read (ValueError): page OCR'd" in doc.pages[0].notes
    assert [line.text for line in doc.pages[0].lines if line.text] == LINES
    with pytest.raises(DamagedInput, match="--mode auto"):
        ingest(scanned_pdf, Options(mode="text"))


@pytest.mark.tesseract
def test_real_scan_with_a_malformed_layer_is_read(real_engine):
    from .conftest import shared_path

    doc = ingest(shared_path("scans", "quangngai_13_575_UB.pdf"))
    assert doc.pages[0].method == "ocr"
    assert "ỦY BAN NHÂN DÂN" in doc.raw_text and "QUẢNG NGÃI" in doc.raw_text
