"""A file whose name says one kind and whose content is another is read by its content, with a
notice naming both."""

from __future__ import annotations

import shutil

import pytest

from dispatch_tools.ingest import ingest
from dispatch_tools.ingest.detect import name_mismatch

from .conftest import SAMPLES


def _ingest_notices(doc) -> list[str]:
    return [n.message for n in doc.notices if n.stage == "ingest"]


def test_a_docx_that_is_text(tmp_path, vietnamese):
    path = tmp_path / "congvan.docx"
    path.write_text("Kính gửi: đây không phải tệp DOCX\n", encoding="utf-8")
    doc = ingest(path)
    assert doc.kind == "text" and "đây không phải tệp DOCX" in doc.raw_text
    assert _ingest_notices(doc)[0] == ("tên tệp có đuôi .docx (DOCX) nhưng nội dung là văn bản "
                                       "thuần: đã đọc theo nội dung")


def test_a_pdf_that_is_an_image(tmp_path, vietnamese):
    path = tmp_path / "scan.pdf"
    shutil.copy(SAMPLES / "seed000_scan_page1.png", path)
    doc = ingest(path)
    assert doc.kind == "image" and "1690" in doc.raw_text  # read by OCR all the same
    assert _ingest_notices(doc)[0] == ("tên tệp có đuôi .pdf (PDF) nhưng nội dung là ảnh: "
                                       "đã đọc theo nội dung")


@pytest.mark.parametrize("name, kind", [("a.txt", "text"), ("a.DOCX", "docx"), ("a.jpeg", "image"),
                                        ("a", "text"), ("a.md", "text")])
def test_names_that_agree_or_promise_nothing(tmp_path, name, kind):
    assert name_mismatch(tmp_path / name, kind) is None


def test_a_correct_name_gives_no_notice():
    doc = ingest(SAMPLES / "seed000.txt")
    assert not any("đuôi" in m for m in _ingest_notices(doc))


def test_the_whole_reading_also_says_it_is_no_dispatch(tmp_path, vietnamese):
    from dispatch_tools import read

    path = tmp_path / "congvan.docx"
    path.write_text("Kính gửi: đây không phải tệp DOCX\n", encoding="utf-8")
    messages = [n.message for n in read(str(path)).notices]
    assert any(".docx (DOCX)" in m for m in messages)
    assert any(m.endswith("không phải công văn?") for m in messages)
