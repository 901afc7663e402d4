"""The OCR accuracy measure (dispatch_tools.evaluate.ocr_accuracy) and OCR of the scanned samples."""

from __future__ import annotations

import pytest

from dispatch_tools.evaluate.layout import reading_text, split_layout
from dispatch_tools.evaluate.ocr_accuracy import columns_in_order, rendering_sources, score, syllables

from .conftest import SAMPLES, shared_path


def test_syllables_are_letter_runs_in_nfc():
    decomposed = "Thu\u0301c hie\u0323\u0302n"  # "Thúc hiện" with combining marks
    assert syllables(decomposed) == ["Thúc", "hiện"]
    assert syllables("Số: 2632/STTTT-CNTTVT, 20/11/2024./.") == ["Số", "STTTT", "CNTTVT"]


def test_score_counts_exact_syllables():
    assert score("một hai ba", "một hai ba") == (3, 3, [])
    right, total, errors = score("Kính gửi các Sở", "Kinh gửi cac Sở")  # diacritics matter
    assert (right, total) == (2, 4) and errors == [("Kính", "Kinh"), ("các", "cac")]
    assert score("Hà Nội", "hà nội")[0] == 0  # so does case
    assert score("a b c", "a x b y c")[0] == 3  # insertions cost nothing
    assert score("a b c d", "a d")[:2] == (2, 4)


def test_score_credits_blocks_read_out_of_order():
    reference = "UBND THÀNH PHỐ Số một CỘNG HÒA XÃ HỘI Cần Thơ ngày"
    read = "UBND THÀNH PHỐ CỘNG HÒA XÃ HỘI Số một Cần Thơ ngày"
    assert score(reference, read)[0] == 12
    assert score(reference, read, moves=False)[0] < 12
    # a single syllable elsewhere is not a moved block
    assert score("a b c d", "d a b c")[0] == 3


def test_columns_in_order_puts_the_left_column_first():
    layer = ("ỦY BAN NHÂN DÂN              CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             " TỈNH LAI CHÂU                        Độc lập - Tự do - Hạnh phúc\n"
             "\n"
             "                               QUYẾT ĐỊNH\n")
    assert columns_in_order(layer).split("\n")[:4] == [
        "ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc"]
    assert "QUYẾT ĐỊNH" in columns_in_order(layer)


def test_rendering_sources_are_the_seeds_and_the_dev_documents():
    shared = shared_path()
    names = [name for name, _ in rendering_sources(shared)]
    assert names[:2] == ["seed000", "seed002"]
    assert len(names) == 2 + len(list((shared / "dev" / "docs").glob("*.txt")))


@pytest.mark.tesseract
@pytest.mark.slow
def test_real_engine_reads_the_scanned_sample(real_engine):
    from dispatch_tools.ingest import ingest
    from dispatch_tools.options import Options

    doc = ingest(SAMPLES / "congvan_scan.pdf", Options(jobs=1))
    assert [p.method for p in doc.pages] == ["ocr"]
    reference = reading_text(split_layout((SAMPLES / "congvan.txt").read_text(encoding="utf-8")))
    right, total, errors = score(reference, doc.raw_text)
    assert right / total >= 0.97, errors


def test_garbage_layer_of_a_sample_is_replaced_by_ocr():
    from dispatch_tools.ingest import ingest
    from dispatch_tools.options import Options

    doc = ingest(SAMPLES / "congvan_garbage.pdf", Options(jobs=1))
    assert [p.method for p in doc.pages] == ["ocr"]
    assert "Phòng Giáo dục và Đào tạo" in doc.raw_text
