"""The sample inputs exist and are what samples/README.md says; the renderer's layout rules."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image
from unidecode import unidecode

from dispatch_tools.evaluate.layout import reading_text, split_layout
from dispatch_tools.evaluate.ocr_accuracy import score, syllables

from .conftest import SAMPLES

DOCUMENTS = {"seed000": "seed000.txt", "seed002": "seed002.clean.txt",
             "congvan": "congvan.txt", "kehoach": "kehoach.txt"}
PAGES = {"seed000": 2, "seed002": 2, "congvan": 1, "kehoach": 3}
# letters only Vietnamese uses (Latin-1 accents like é, à, ô can come out of an English OCR pass)
VIETNAMESE_ONLY = set("ăĂđĐơƠưƯ") | {c for c in "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"}


def kind(path: Path) -> str:
    head = path.read_bytes()[:8]
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    return "other"


def pdf_text(path: Path) -> tuple[int, str]:
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages), "\n".join(page.extract_text() or "" for page in pdf.pages)


def source(name: str) -> str:
    return (SAMPLES / DOCUMENTS[name]).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- the files


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_variant_exists_with_its_kind(name):
    expected = {f"{Path(DOCUMENTS[name]).stem}.docx": "zip", f"{name}_text.pdf": "pdf",
                f"{name}_scan.pdf": "pdf", f"{name}_scan_page1.png": "png", f"{name}_garbage.pdf": "pdf"}
    for file, magic in expected.items():
        assert kind(SAMPLES / file) == magic, file


def test_tiff_and_photo_of_seed000():
    tiff = SAMPLES / "seed000_scan.tiff"
    assert kind(tiff) == "tiff"
    with Image.open(tiff) as im:
        assert im.n_frames == PAGES["seed000"]
    assert kind(SAMPLES / "seed000_photo.jpg") == "jpeg"
    with Image.open(SAMPLES / "seed000_photo.jpg") as im:
        assert im.width >= 1500 and im.height > im.width


@pytest.mark.parametrize("name", DOCUMENTS)
def test_page_counts_agree(name):
    for variant in ("text", "scan", "garbage"):
        pages, _ = pdf_text(SAMPLES / f"{name}_{variant}.pdf")
        assert pages == PAGES[name], variant


def test_benchmark_and_demo_inputs():
    assert PAGES["kehoach"] >= 3  # make bench needs a multi-page scan
    assert (SAMPLES / "seed000_scan.pdf").is_file()  # make demo reads it


@pytest.mark.parametrize("name", DOCUMENTS)
def test_scanned_pdf_has_no_text_layer(name):
    _, text = pdf_text(SAMPLES / f"{name}_scan.pdf")
    assert not text.strip()


@pytest.mark.parametrize("name", DOCUMENTS)
def test_text_pdf_layer_matches_the_source(name):
    _, text = pdf_text(SAMPLES / f"{name}_text.pdf")
    right, total, errors = score(reading_text(split_layout(source(name))), text)
    assert total > 100
    assert right / total > 0.99, errors[:5]  # single words of table cells may come out of order


@pytest.mark.parametrize("name", DOCUMENTS)
def test_garbage_pdf_layer_lacks_vietnamese_letters(name):
    _, text = pdf_text(SAMPLES / f"{name}_garbage.pdf")
    letters = [c for c in unicodedata.normalize("NFC", text) if c.isalpha()]
    vietnamese = sum(c in VIETNAMESE_ONLY for c in letters)
    src_letters = [c for c in source(name) if c.isalpha()]
    assert sum(c in VIETNAMESE_ONLY for c in src_letters) / len(src_letters) > 0.1
    assert vietnamese / len(letters) < 0.01
    # ... yet it is a reading of the same document: most syllables agree without diacritics
    folded = [unidecode(s).lower() for s in syllables(text)]
    expected = [unidecode(s).lower() for s in syllables(reading_text(split_layout(source(name))))]
    matcher = SequenceMatcher(None, expected, folded, autojunk=False)
    same = sum(b.size for b in matcher.get_matching_blocks())
    assert same / len(expected) > 0.6


def test_docx_has_header_and_foot_tables():
    from docx import Document

    doc = Document(SAMPLES / "seed002.clean.docx")
    header, foot = doc.tables[0], doc.tables[-1]
    left, right = (cell.text for cell in header.rows[0].cells)
    assert "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" in left and "Số: 2632/STTTT-CNTTVT" in left
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right and "Cần Thơ, ngày 28 tháng 10 năm 2024" in right
    left, right = (cell.text for cell in foot.rows[0].cells)
    assert left.startswith("Nơi nhận:") and "Nguyễn Hữu Thành Bình" in right


def test_readme_lists_every_file():
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    listed = {name for cell in re.findall(r"^\|([^|]+)\|", readme, flags=re.M)
              for name in re.findall(r"`([^`]+)`", cell)}
    present = {p.name for p in SAMPLES.iterdir() if p.is_file() and p.name != "README.md"}
    assert present <= listed, present - listed
    assert listed <= present, listed - present


# --------------------------------------------------------------------------- seed 002 gold


def test_seed002_expected_is_line_for_line():
    raw = (SAMPLES / "seed002.txt").read_text(encoding="utf-8").split("\n")
    gold = (SAMPLES / "seed002.expected.txt").read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", gold) == gold
    lines = gold.split("\n")
    assert len(lines) == len(raw)
    for k, (a, b) in enumerate(zip(raw, lines), 1):
        assert bool(a.strip()) == bool(b.strip()), k
        if b.strip():  # the same line: alike once diacritics are dropped
            ratio = SequenceMatcher(None, unidecode(a).lower(), unidecode(b).lower()).ratio()
            assert ratio > 0.6, (k, a, b)
    assert lines[0] == "UBND THÀNH PHỐ CẦN THƠ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert lines[3] == "Số: 2632/STTTT-CNTTVT Cần Thơ, ngày 28 tháng 10 năm 2024"
    assert "Nguyễn Hữu Thành Bình" in lines


def test_seed002_clean_has_the_same_words_as_the_gold():
    gold = syllables((SAMPLES / "seed002.expected.txt").read_text(encoding="utf-8"))
    clean = syllables((SAMPLES / "seed002.clean.txt").read_text(encoding="utf-8"))
    right, total, errors = score(" ".join(gold), " ".join(clean))
    assert right / total > 0.98, errors  # only the printed duplicate "Công văn số" differs


# --------------------------------------------------------------------------- layout rules


def test_layout_of_a_clean_text():
    lay = split_layout(source("seed002"))
    assert lay.header_left[:3] == ["UBND THÀNH PHỐ CẦN THƠ", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                                   "Số: 2632/STTTT-CNTTVT"]
    assert lay.header_right == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                "Cần Thơ, ngày 28 tháng 10 năm 2024"]
    assert lay.recipients[0] == "Kính gửi:" and len(lay.recipients) == 4
    assert lay.foot_left[0] == "Nơi nhận:" and lay.foot_right == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                                                                  "Nguyễn Hữu Thành Bình"]
    assert not lay.title and not lay.annex


def test_layout_splits_merged_header_columns():
    lay = split_layout((SAMPLES / "seed002.expected.txt").read_text(encoding="utf-8"))
    assert lay.header_left[:3] == ["UBND THÀNH PHỐ CẦN THƠ", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                                   "Số: 2632/STTTT-CNTTVT"]
    assert lay.header_left[3].startswith("V/v phối hợp") and lay.header_left[3].endswith("không gian mạng”")
    assert lay.header_right[2] == "Cần Thơ, ngày 28 tháng 10 năm 2024"
    assert lay.foot_right[0] == "KT. GIÁM ĐỐC"


def test_layout_of_a_plan_with_an_annex():
    lay = split_layout(source("kehoach"))
    assert lay.title[0] == "KẾ HOẠCH" and lay.title[-1] == "trên địa bàn huyện năm 2025"
    assert lay.foot_right[:2] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
    assert lay.annex[0] == "Phụ lục"
    assert sum("\t" in line for line in lay.annex) == 6  # the form's table rows


def test_layout_glued_signer_name_and_web_fragments():
    lay = split_layout(source("seed000"))
    assert lay.foot_right == ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ", "**Thị Phương Hồng**"]
    text = ("TỈNH\nĐOÀN THANH HOÁ\n***\nSố:\n74-CV/ĐTN\n“V/v Triển\nkhai đồng loạt”\n\nĐOÀN\n"
            "TNCS HỒ CHÍ MINH\nThọ Xuân,\nngày 17 tháng 7 năm 2018\n\nKính gửi: Ban Chấp hành Đoàn\n"
            "các xã, thị trấn.\nThực\nhiện Công văn số 349-CV/TĐTN-TNNT.\n")
    lay = split_layout(text)
    assert lay.header_left == ["TỈNH", "ĐOÀN THANH HOÁ", "***", "Số: 74-CV/ĐTN", "“V/v Triển khai đồng loạt”"]
    assert lay.header_right == ["ĐOÀN TNCS HỒ CHÍ MINH", "Thọ Xuân, ngày 17 tháng 7 năm 2018"]
    assert lay.recipients == ["Kính gửi: Ban Chấp hành Đoàn các xã, thị trấn."]
    assert lay.body == ["Thực hiện Công văn số 349-CV/TĐTN-TNNT."]


def test_reading_text_drops_marks():
    lay = split_layout(source("seed000"))
    text = reading_text(lay)
    assert "**" not in text and "<https" not in text
    assert "chậm nhất ngày 22/9/2022" in text


# --------------------------------------------------------------------------- rendering


@pytest.mark.slow
def test_scan_like_renders_a_short_dispatch(tmp_path):
    import numpy as np

    from dispatch_tools.evaluate.scan_renderer import scan_like

    text = source("congvan")
    pages = scan_like(text, tmp_path / "a", seed=7, dpi=100)
    assert [p.name for p in pages] == ["page-001.jpg"]
    with Image.open(pages[0]) as im:
        assert kind(pages[0]) == "jpeg"
        assert abs(im.width - 827) < 5 and abs(im.height - 1169) < 5  # A4 at 100 dpi
        rgb = np.asarray(im.convert("RGB")).astype(int)
    red = (rgb[..., 0] > 150) & (rgb[..., 1] < 110) & (rgb[..., 2] < 110)
    blue = (rgb[..., 2] > 110) & (rgb[..., 0] < 90)
    assert red.sum() > 200 and blue.sum() > 50  # the seal and the signature
    ys, xs = np.nonzero(red)
    assert ys.mean() > im.height * 0.5 and xs.mean() > im.width * 0.4  # over the signature block
    again = scan_like(text, tmp_path / "b", seed=7, dpi=100)
    other = scan_like(text, tmp_path / "c", seed=8, dpi=100)
    assert again[0].read_bytes() == pages[0].read_bytes()
    assert other[0].read_bytes() != pages[0].read_bytes()


def test_text_to_docx_rejects_empty_text(tmp_path):
    from dispatch_tools.errors import InputError
    from dispatch_tools.evaluate.scan_renderer import text_to_docx

    with pytest.raises(InputError) as err:
        text_to_docx("  \n", tmp_path / "x.docx")
    assert "x.docx" in str(err.value)
