"""The development documents drawn in other layouts: each variant changes the page (font, sizes,
columns, margins, seeds) and keeps every word; the test part is refused."""

from __future__ import annotations

import re
import zipfile
from collections import Counter

import pytest

from dispatch_tools.evaluate.render_style import DEFAULT, Style, current_style, render_style
from dispatch_tools.evaluate.render_variants import COLUMNS, VARIANTS, _seed, main, predict, variant_pages
from dispatch_tools.evaluate.scan_renderer import _docx_key, text_to_docx
from dispatch_tools.evaluate.split import TEST_IDS, TestPartError
from dispatch_tools.generate.preview import soffice

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN THANH OAI
Số: 215/UBND-TNMT
V/v kiểm tra việc khai thác cát trái phép trên sông Đáy

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Oai, ngày 14 tháng 5 năm 2024

Kính gửi:
- Phòng Tài nguyên và Môi trường;
- Công an huyện;
- Ủy ban nhân dân các xã Cao Viên, Bích Hòa.

Ủy ban nhân dân huyện giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với Công an huyện kiểm tra \
các bến bãi ven sông Đáy, báo cáo kết quả trước ngày 30/5/2024.

Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Bình
"""


def _docx(tmp_path, style: Style, name: str) -> tuple[str, str]:
    """(the document's XML, its words) of TEXT drawn in ``style``."""
    with render_style(style):
        path = text_to_docx(TEXT, tmp_path / f"{name}.docx")
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    words = " ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))
    return xml, words


def test_each_variant_keeps_the_words_and_changes_the_page(tmp_path):
    xml, words = _docx(tmp_path, DEFAULT, "default")
    assert "Times New Roman" in xml and "DejaVu Serif" not in xml
    for name, variant in VARIANTS.items():
        other_xml, other_words = _docx(tmp_path, variant.style, name)
        assert other_words == words, name
        assert other_xml != xml, name
    dejavu, _ = _docx(tmp_path, VARIANTS["dejavu"].style, "dejavu")
    assert 'w:ascii="DejaVu Serif"' in dejavu and "Times New Roman" not in dejavu
    assert '<w:sz w:val="26"/>' in dejavu and '<w:sz w:val="28"/>' not in dejavu  # 13 pt, not 14
    narrow, _ = _docx(tmp_path, VARIANTS["narrow"].style, "narrow")
    assert f'w:w="{int(64 * 56.7)}"' in narrow  # the narrower left head column


def test_the_default_style_draws_the_page_as_before(tmp_path):
    """The renderings of the evaluation are not drawn again: same DOCX content without a style
    and with the default one."""
    assert current_style() == DEFAULT == Style()
    plain = _docx_key(text_to_docx(TEXT, tmp_path / "a.docx"))
    with render_style(DEFAULT):
        assert _docx_key(text_to_docx(TEXT, tmp_path / "b.docx")) == plain
    with render_style(VARIANTS["small"].style):
        assert current_style().size(14) == 13
    assert current_style() == DEFAULT  # restored after the block


def test_every_variant_and_document_has_its_own_seed():
    seeds = {_seed(doc_id, name) for doc_id in ("019", "110", "167") for name in VARIANTS}
    assert len(seeds) == 3 * len(VARIANTS)
    assert COLUMNS[:2] == ("text", "rendered") and set(COLUMNS[2:]) == set(VARIANTS)


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_the_variant_pages_print_the_same_words(tmp_path):
    import pdfplumber

    from dispatch_tools.evaluate.scan_renderer import render_pdf

    def words(style: Style, stem: str) -> tuple[Counter, list]:
        with render_style(style):
            _, _, pdf = render_pdf(TEXT, tmp_path, stem)
        with pdfplumber.open(str(pdf)) as document:
            found = [w for page in document.pages for w in page.extract_words()]
        return Counter(re.findall(r"[^\W\d_]+", " ".join(w["text"] for w in found))), found

    base, base_boxes = words(DEFAULT, "default")
    other, other_boxes = words(VARIANTS["dejavu"].style, "dejavu")
    assert other == base
    assert [round(w["x0"]) for w in other_boxes] != [round(w["x0"]) for w in base_boxes]


def test_the_test_part_is_refused(tmp_path, capsys):
    doc_id = sorted(TEST_IDS)[0]
    with pytest.raises(TestPartError):
        variant_pages(doc_id, TEXT, "dejavu")
    with pytest.raises(TestPartError):
        predict(doc_id, TEXT, "narrow")
    with pytest.raises(TestPartError):
        predict(doc_id, TEXT, "text")
    assert main(["--errors", "nosuch", "--shared", str(tmp_path)]) == 2
    with pytest.raises(SystemExit) as stopped:
        main(["--errors", "dejavu", "--fold", "E", "--shared", str(tmp_path)])
    assert stopped.value.code == 2
    assert "unknown fold" in capsys.readouterr().err
