"""Ingestion of every input kind: text encodings, DOCX layout tables, PDF text layers, images."""

import codecs
import unicodedata
from pathlib import Path

import pytest

from dispatch_tools.errors import InputError, UnsupportedFormat
from dispatch_tools.ingest import ingest
from dispatch_tools.ingest.detect import sniff
from dispatch_tools.ingest.layout import reading_order
from dispatch_tools.ingest.quality import layer_problem
from dispatch_tools.model import BBox, Word
from dispatch_tools.options import Options

from .conftest import SAMPLES

TEXT = "Kính gửi: Sở Thông tin và Truyền thông\nThực hiện Công văn số 4406/VPUB-KGVX."


# --------------------------------------------------------------------------- plain text


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
])
def test_text_unicode_encodings(tmp_path, encoding, prefix):
    path = tmp_path / "cv.txt"
    path.write_bytes(prefix + TEXT.encode(encoding))
    doc = ingest(path)
    assert doc.kind == "text"
    assert doc.raw_text == TEXT


def test_text_utf16_without_bom(tmp_path):
    path = tmp_path / "cv.txt"
    path.write_bytes(TEXT.encode("utf-16-le"))
    assert ingest(path).raw_text == TEXT


def _cp1258_bytes(text: str) -> bytes:
    """Windows-1258 keeps the base letters (ơ, ư, â, ...) whole and the five tone marks apart."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def test_text_cp1258_and_decomposed_input_become_nfc(tmp_path):
    path = tmp_path / "cp.txt"
    path.write_bytes(_cp1258_bytes(TEXT))
    doc = ingest(path)
    assert doc.raw_text == TEXT
    assert unicodedata.is_normalized("NFC", doc.raw_text)
    nfd = tmp_path / "nfd.txt"
    nfd.write_text(unicodedata.normalize("NFD", TEXT), encoding="utf-8")
    assert ingest(nfd).raw_text == TEXT


def test_text_form_feed_starts_a_new_page(tmp_path):
    path = tmp_path / "two.txt"
    path.write_text("trang một\n\ftrang hai\n", encoding="utf-8")
    doc = ingest(path)
    assert [p.number for p in doc.pages] == [1, 2]
    assert doc.pages[1].lines[0].text == "trang hai"


def test_seed_text_is_read_unchanged():
    doc = ingest(SAMPLES / "seed000.txt")
    source = (SAMPLES / "seed000.txt").read_text(encoding="utf-8")
    assert doc.raw_text == unicodedata.normalize("NFC", source).rstrip("\n").replace("\r\n", "\n")
    assert doc.sha256 and doc.pages[0].method == "text"


# --------------------------------------------------------------------------- detection


def test_kind_is_decided_by_content_not_extension(tmp_path):
    lying = tmp_path / "really-text.pdf"
    lying.write_text(TEXT, encoding="utf-8")
    assert ingest(lying).kind == "text"
    png = tmp_path / "scan.txt"
    _text_image(["Số: 15/QĐ-UBND"]).save(png, format="PNG")
    assert sniff(png, png.read_bytes()[:64]) == "image"


def test_binary_garbage_is_refused(tmp_path):
    path = tmp_path / "x.bin"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(UnsupportedFormat, match="unsupported file type"):
        ingest(path)


def test_old_word_document_gets_a_hint(tmp_path):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(UnsupportedFormat, match="Save it as .docx"):
        ingest(path)


@pytest.mark.parametrize("content,message", [(None, "file not found"), (b"", "the file is empty"),
                                             (b"  \n\n ", "the file is empty")])
def test_missing_and_empty_files(tmp_path, content, message):
    path = tmp_path / "cv.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        ingest(path)
    assert str(path) in str(info.value)


def test_folder_is_not_a_file(tmp_path):
    with pytest.raises(InputError, match="folder"):
        ingest(tmp_path)


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(TEXT, encoding="utf-8")
    real_open = open

    def deny(file, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", deny)
    with pytest.raises(InputError, match="permission denied"):
        ingest(path)


# --------------------------------------------------------------------------- DOCX


def _official_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    header = d.add_table(rows=1, cols=2)  # python-docx's default table has no borders
    header.cell(0, 0).text = "UBND THÀNH PHỐ CẦN THƠ"
    header.cell(0, 0).add_paragraph("SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
    header.cell(0, 0).add_paragraph("Số: 2632/STTTT-CNTTVT")
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    header.cell(0, 1).add_paragraph("Độc lập - Tự do - Hạnh phúc")
    header.cell(0, 1).add_paragraph("Cần Thơ, ngày 28 tháng 10 năm 2024")
    d.add_paragraph("Kính gửi: Các Sở, Ban ngành thành phố.")
    d.add_paragraph("Thời gian triển khai Chiến dịch: từ nay đến hết ngày 20/11/2024.")
    form = d.add_table(rows=2, cols=3)
    form.style = "Table Grid"
    for i, t in enumerate(["STT", "Nội dung", "Số lượng"]):
        form.cell(0, i).text = t
    for i, t in enumerate(["1", "Tổng số cá nhân", ""]):
        form.cell(1, i).text = t
    foot = d.add_table(rows=1, cols=2)
    foot.cell(0, 0).text = "Nơi nhận:"
    foot.cell(0, 0).add_paragraph("- Như trên;")
    foot.cell(0, 1).text = "KT. GIÁM ĐỐC"
    foot.cell(0, 1).add_paragraph("PHÓ GIÁM ĐỐC")
    d.save(path)


def test_docx_keeps_header_columns_apart_and_reads_tables_in_order(tmp_path):
    path = tmp_path / "cv.docx"
    _official_docx(path)
    doc = ingest(path)
    assert doc.kind == "docx"
    texts = [line.text for line in doc.pages[0].lines if line.text]
    assert texts[:6] == ["UBND THÀNH PHỐ CẦN THƠ", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Số: 2632/STTTT-CNTTVT",
                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                         "Cần Thơ, ngày 28 tháng 10 năm 2024"]
    columns = [line.column for line in doc.pages[0].lines if line.text]
    assert columns[:6] == ["left"] * 3 + ["right"] * 3
    assert "STT\tNội dung\tSố lượng" in texts  # a bordered data table is read row by row
    assert texts.index("Kính gửi: Các Sở, Ban ngành thành phố.") < texts.index("STT\tNội dung\tSố lượng")
    assert texts[-4:] == ["Nơi nhận:", "- Như trên;", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]


def test_zip_that_is_not_a_docx(tmp_path):
    import zipfile

    path = tmp_path / "cv.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(UnsupportedFormat, match="ZIP archive"):
        ingest(path)


# --------------------------------------------------------------------------- layout


def _words(spec):
    """[(text, x0, y0, x1, y1)] -> Words"""
    return [Word(t, BBox(x0, y0, x1, y1), 90.0) for t, x0, y0, x1, y1 in spec]


def test_layout_splits_merged_header_columns():
    words = _words([
        ("UBND", 60, 50, 110, 62), ("TP", 115, 50, 135, 62),
        ("CỘNG", 300, 50, 350, 62), ("HÒA", 355, 50, 390, 62),
        ("SỞ", 60, 66, 80, 78), ("TTTT", 85, 66, 130, 78),
        ("Độc", 320, 66, 350, 78), ("lập", 355, 66, 380, 78),
        ("Kính", 60, 120, 100, 132), ("gửi:", 105, 120, 140, 132), ("các", 145, 120, 170, 132),
        ("Sở,", 175, 120, 200, 132), ("Ban", 205, 120, 240, 132), ("ngành", 245, 120, 300, 132),
        ("thành", 305, 120, 350, 132), ("phố", 355, 120, 400, 132), ("Cần", 405, 120, 440, 132),
        ("Thơ.", 445, 120, 480, 132),
    ])
    lines = reading_order(words, page_width=540, source="test")
    texts = [(line.text, line.column) for line in lines if line.text]
    assert texts == [("UBND TP", "left"), ("SỞ TTTT", "left"), ("CỘNG HÒA", "right"),
                     ("Độc lập", "right"),
                     ("Kính gửi: các Sở, Ban ngành thành phố Cần Thơ.", "full")]
    assert lines[0].conf == 90.0 and lines[0].bbox.x0 == 60


def test_layout_keeps_table_rows_as_one_line_with_tabs():
    words = _words([("STT", 60, 50, 90, 62), ("Nội", 150, 50, 180, 62), ("dung", 185, 50, 220, 62),
                    ("Số", 330, 50, 350, 62), ("lượng", 355, 50, 400, 62), ("Ghi", 450, 50, 475, 62),
                    ("chú", 480, 50, 510, 62)])
    lines = reading_order(words, page_width=540, source="test")
    assert [line.text for line in lines] == ["STT\tNội dung\tSố lượng\tGhi chú"]


def test_layout_short_last_line_of_a_paragraph_stays_in_order():
    words = _words([("Đề", 60, 50, 80, 62), ("nghị", 85, 50, 120, 62), ("các", 125, 50, 150, 62),
                    ("đơn", 155, 50, 190, 62), ("vị", 195, 50, 210, 62), ("thực", 215, 50, 250, 62),
                    ("hiện", 255, 50, 290, 62), ("nghiêm", 295, 50, 350, 62), ("túc", 355, 50, 380, 62),
                    ("các", 385, 50, 410, 62), ("nội", 415, 50, 440, 62), ("dung", 445, 50, 480, 62),
                    ("trên./.", 60, 66, 110, 78)])
    lines = reading_order(words, page_width=540, source="test")
    assert [(line.text, line.column) for line in lines] == [
        ("Đề nghị các đơn vị thực hiện nghiêm túc các nội dung", "full"), ("trên./.", "full")]


# --------------------------------------------------------------------------- text-layer quality


def test_layer_quality_accepts_real_vietnamese_and_rejects_damaged_layers():
    good = (SAMPLES / "seed000.txt").read_text(encoding="utf-8")
    damaged = (SAMPLES / "seed002.txt").read_text(encoding="utf-8")
    from unidecode import unidecode

    assert layer_problem(good) is None
    assert "damaged" in layer_problem(damaged) or "without diacritics" in layer_problem(damaged)
    assert "without diacritics" in layer_problem(unidecode(good))
    assert layer_problem("(cid:12)(cid:45)(cid:77) " * 40) == "text layer made of (cid:NN) glyph codes"
    assert layer_problem("   ") == "no text layer"


# --------------------------------------------------------------------------- images and OCR


def _text_image(lines, size=(1700, 700), font_size=34):
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", font_size)
    for i, text in enumerate(lines):
        draw.text((120, 80 + i * int(font_size * 1.8)), text, fill="black", font=font)
    return img


needs_font = pytest.mark.skipif(
    not Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf").exists(),
    reason="fonts-liberation2 is not installed")


@needs_font
def test_red_seal_and_blue_ink_are_removed_but_black_text_kept():
    import numpy as np
    from PIL import ImageDraw

    from dispatch_tools.ingest.image import remove_colour_ink

    img = _text_image(["Nguyễn Hữu Thành Bình"])
    text_ink = (remove_colour_ink(np.asarray(img)) < 100).sum()
    draw = ImageDraw.Draw(img)
    draw.ellipse((100, 40, 400, 200), outline=(210, 30, 40), width=12)  # the seal over the name
    draw.line((500, 60, 900, 140), fill=(30, 60, 200), width=8)  # a signature stroke
    gray = remove_colour_ink(np.asarray(img))
    assert gray[120, 100:112].min() > 200  # the seal's ring is gone
    assert gray[100, 700] == 255  # the blue stroke is gone
    assert abs((gray < 100).sum() - text_ink) < 0.05 * text_ink  # the black name is all there


@needs_font
@pytest.mark.tesseract
def test_image_ocr_reads_vietnamese_with_boxes(tmp_path, real_engine):
    lines = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Kính gửi: Sở Thông tin và Truyền thông"]
    path = tmp_path / "page.png"
    img = _text_image(lines).rotate(1.0, fillcolor="white", expand=False)
    img.save(path)
    doc = ingest(path, Options(jobs=1))
    assert doc.kind == "image" and doc.pages[0].method == "ocr"
    texts = [line.text for line in doc.pages[0].lines if line.text]
    assert texts == lines
    assert doc.pages[0].ocr_confidence > 80
    assert all(w.bbox is not None and w.conf is not None for w in doc.pages[0].lines[0].words)
    assert any("deskewed" in n for n in doc.pages[0].notes)


@needs_font
@pytest.mark.tesseract
def test_multipage_tiff_pages_in_parallel(tmp_path):
    path = tmp_path / "two.tiff"
    first = _text_image(["Trang thứ nhất của công văn"], size=(1700, 300))
    second = _text_image(["Trang thứ hai của công văn"], size=(1700, 300))
    first.save(path, save_all=True, append_images=[second], compression="tiff_lzw")
    seen = []
    doc = ingest(path, Options(jobs=2, on_page=lambda number, total: seen.append((number, total))))
    assert [p.lines[0].text for p in doc.pages] == ["Trang thứ nhất của công văn", "Trang thứ hai của công văn"]
    assert sorted(seen) == [(1, 2), (2, 2)]  # progress after each page


@needs_font
def test_ocr_cache_makes_results_repeatable(tmp_path, monkeypatch):
    from dispatch_tools.ingest import tesseract

    calls = []
    img = _text_image(["Số: 15/QĐ-UBND"], size=(900, 200))
    fake = {"text": ["Số:", "15/QĐ-UBND"], "left": [120, 200], "top": [80, 80], "width": [70, 200],
            "height": [30, 30], "conf": [95, 91], "block_num": [1, 1], "par_num": [1, 1], "line_num": [1, 1]}

    def image_to_data(*args, **kwargs):
        calls.append(kwargs["config"])
        return fake

    import pytesseract

    monkeypatch.setattr(pytesseract, "image_to_data", image_to_data)
    monkeypatch.setattr(tesseract, "check_languages", lambda lang: None)
    monkeypatch.setattr(tesseract, "tesseract_version", lambda: "test")
    opts = Options(ocr_cache=str(tmp_path / "cache"))
    first = tesseract.run_tesseract(img, opts)
    second = tesseract.run_tesseract(img, opts)
    assert first == second and len(calls) == 1
    assert first[1][:1] == ["15/QĐ-UBND"]
    tesseract.run_tesseract(img, opts, psm=6)  # other arguments, other key
    assert len(calls) == 2


def test_layout_keeps_overlapping_title_lines_apart():
    # Bold capitals with marks make the boxes of two title lines overlap vertically; the second,
    # centred under the first, must not be merged into it word by word.
    words = _words([("VÀ", 100, 100, 140, 140), ("THỐNG", 150, 100, 240, 140), ("KÊ", 250, 100, 290, 140),
                    ("GIAI", 300, 100, 360, 140), ("ĐOẠN", 370, 100, 450, 140),
                    ("BẮC", 230, 115, 290, 150), ("NINH", 300, 115, 370, 150)])
    keys = [(1, 1, 1)] * 5 + [(1, 1, 2)] * 2
    lines = reading_order(words, page_width=540, source="test", keys=keys)
    assert [line.text for line in lines if line.text] == ["VÀ THỐNG KÊ GIAI ĐOẠN", "BẮC NINH"]


def test_layout_ignores_a_speck_between_two_header_columns():
    words = _words([("Số:", 60, 50, 90, 62), ("454/UBND-NCTH", 95, 50, 200, 62), ("_", 250, 55, 258, 62),
                    ("Vị", 320, 50, 340, 62), ("Thanh,", 345, 50, 390, 62), ("ngày", 395, 50, 430, 62),
                    ("CỘNG", 300, 30, 350, 42), ("HÒA", 355, 30, 390, 42), ("UBND", 60, 30, 110, 42)])
    lines = reading_order(words, page_width=540, source="test")
    assert [(line.text, line.column) for line in lines if line.text] == [
        ("UBND", "left"), ("Số: 454/UBND-NCTH", "left"), ("CỘNG HÒA", "right"), ("Vị Thanh, ngày", "right")]


def test_layout_joins_pieces_of_a_line_that_stay_in_one_column():
    # "BT.  Phạm Vũ Luận" cut at a wide space, beside the signature column, stays one left line.
    words = _words([("Nơi", 60, 50, 90, 62), ("nhận:", 95, 50, 140, 62), ("KT.", 330, 50, 360, 62),
                    ("BỘ", 365, 50, 390, 62), ("TRƯỞNG", 395, 50, 470, 62),
                    ("BT.", 60, 66, 85, 78), ("Phạm", 125, 66, 165, 78), ("Vũ", 170, 66, 190, 78),
                    ("Luận;", 195, 66, 240, 78),
                    ("THỨ", 340, 82, 380, 94), ("TRƯỞNG", 385, 82, 460, 94)])
    lines = reading_order(words, page_width=540, source="test")
    assert [(line.text, line.column) for line in lines if line.text] == [
        ("Nơi nhận:", "left"), ("BT. Phạm Vũ Luận;", "left"), ("KT. BỘ TRƯỞNG", "right"),
        ("THỨ TRƯỞNG", "right")]


def test_layout_marks_a_new_indented_paragraph_with_a_blank_line():
    line = lambda y, x0, x1, texts: [(t, x0 + i * (x1 - x0) / len(texts), y, x0 + (i + 1) * (x1 - x0) / len(texts) - 4, y + 12)
                                     for i, t in enumerate(texts)]
    words = _words(line(50, 90, 480, ["3.", "Thống", "kê,", "báo", "cáo", "kết", "quả", "về", "Ban", "Tuyên", "giáo"])
                   + line(66, 60, 480, ["Tỉnh", "đoàn", "chậm", "nhất", "ngày", "22/9/2022,", "đồng", "thời", "điền", "báo"])
                   + line(82, 60, 300, ["mẫu", "(biểu", "mẫu", "Thống", "kê", "kết", "quả)"])
                   + line(98, 90, 480, ["Trong", "quá", "trình", "triển", "khai", "thực", "hiện,", "nếu", "cần"])
                   + line(114, 60, 480, ["hỗ", "trợ", "về", "mặt", "kỹ", "thuật,", "các", "đơn", "vị", "có", "thể"]))
    texts = [ln.text for ln in reading_order(words, page_width=540, source="test")]
    assert texts[2:5] == ["mẫu (biểu mẫu Thống kê kết quả)", "", "Trong quá trình triển khai thực hiện, nếu cần"]
    assert texts.count("") == 1  # continuation lines at the margin are not paragraphs


def test_layout_lines_of_a_centred_title_stay_one_paragraph():
    body = [("Thực", 60, 10, 100, 22), ("hiện", 105, 10, 140, 22), ("kế", 145, 10, 165, 22),
            ("hoạch", 170, 10, 480, 22), ("tổ", 60, 110, 100, 122), ("chức", 105, 110, 480, 122),
            ("các", 60, 126, 100, 138), ("hoạt", 105, 126, 480, 138)]  # body lines set the margins
    words = _words(body + [("KẾ", 240, 50, 270, 62), ("HOẠCH", 275, 50, 300, 62),
                           ("Tổ", 230, 66, 250, 78), ("chức", 255, 66, 310, 78),
                           ("hoạt", 150, 82, 200, 94), ("động", 205, 82, 260, 94), ("hè", 265, 82, 285, 94),
                           ("năm", 290, 82, 340, 94), ("2024", 345, 82, 390, 94)])
    lines = reading_order(words, page_width=540, source="test")
    assert [line.text for line in lines] == ["Thực hiện kế hoạch", "", "KẾ HOẠCH", "Tổ chức",
                                             "hoạt động hè năm 2024", "", "tổ chức", "các hoạt"]


def test_layout_indented_lines_that_go_on_are_no_new_paragraphs():
    body = [("Trả", 60, 10, 100, 22), ("lời", 105, 10, 140, 22), ("công", 145, 10, 480, 22),
            ("văn", 60, 62, 100, 74), ("số", 105, 62, 480, 74), ("của", 60, 78, 100, 90), ("Công", 105, 78, 480, 90)]
    words = _words(body + [("(Đ/c:", 160, 30, 200, 42), ("tầng", 205, 30, 240, 42), ("22", 245, 30, 260, 42),
                           ("tòa", 160, 46, 190, 58), ("nhà", 195, 46, 225, 58), ("ICON4,", 230, 46, 300, 58)])
    lines = reading_order(words, page_width=540, source="test")
    assert [line.text for line in lines] == ["Trả lời công", "(Đ/c: tầng 22", "tòa nhà ICON4,", "văn số",
                                             "của Công"]


def test_layout_drops_a_speck_read_as_a_word():
    words = [Word("Phó", BBox(60, 50, 100, 70), 96.0), Word("Thủ", BBox(105, 48, 140, 70), 96.0),
             Word("cà", BBox(300, 62, 310, 64), 31.0),  # a two-pixel speck of dust, read with no confidence
             Word("-", BBox(60, 90, 66, 92), 40.0), Word("Như", BBox(70, 80, 110, 100), 95.0),
             Word("trên;", BBox(115, 80, 160, 100), 95.0)]
    keys = [(1, 1, 1), (1, 1, 1), (1, 1, 1), (1, 1, 2), (1, 1, 2), (1, 1, 2)]
    lines = reading_order(words, page_width=540, source="test", keys=keys)
    assert [line.text for line in lines if line.text] == ["Phó Thủ", "- Như trên;"]


@needs_font
def test_second_look_rereads_two_lines_the_engine_merged():
    from dispatch_tools.ingest.tesseract import run_tesseract
    from dispatch_tools.ingest.relook import doubtful_lines, second_look

    img = _text_image(["Nơi nhận:", "- Như trên;", "- BT. Phạm Vũ Luận (để b/c);", "- Lưu: VT, Vụ GDCN."]).convert("L")
    y = [80 + i * int(34 * 1.8) for i in range(4)]  # tops of the four lines as drawn
    from PIL import ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", 34)
    end = 120 + int(font.getlength("- BT. Phạm Vũ Luận (để b/c);"))
    rows = [["Nơi", 120, y[0], 60, 34, 95.0, 1, 1, 1], ["nhận:", 190, y[0], 90, 34, 95.0, 1, 1, 1],
            # the engine's garbled line over lines 2 and 3, as a page read may give it
            ["5", 120, y[1] + 10, 12, 30, 20.0, 1, 1, 2], ["Nhàn", 140, y[1], 90, y[2] + 34 - y[1], 41.0, 1, 1, 2],
            ["Vũ", 240, y[2], 40, 34, 96.0, 1, 1, 2], ["Luận", 290, y[2], end - 290, 34, 96.0, 1, 1, 2],
            ["-", 120, y[3], 10, 34, 90.0, 1, 1, 3], ["Lưu:", 140, y[3], 60, 34, 95.0, 1, 1, 3],
            ["VT,", 210, y[3], 50, 34, 95.0, 1, 1, 3]]
    assert len(doubtful_lines(rows)) == 1
    text = " ".join(r[0] for r in sorted(second_look(img, rows, Options(jobs=1), run_tesseract),
                                         key=lambda r: (r[2] // 40, r[1])))
    assert "Như trên;" in text and "Phạm Vũ Luận" in text and "Nhàn" not in text
    assert "Nơi nhận:" in text and "Lưu:" in text  # the sure lines are kept as read
