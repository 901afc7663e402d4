"""Generated DOCX through LibreOffice headless: no warnings, the expected pages, the fonts that
Times New Roman maps to, and the page number only from page 2. Skipped without LibreOffice."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pdfplumber
import pytest

from dispatch_tools.generate.profile import load_profile
from dispatch_tools.generate.preview import page_count, soffice, to_pdf
from dispatch_tools.generate.reply import write_reply
from dispatch_tools.model import Fields

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")]


def test_reply_converts_cleanly_to_two_pages(tmp_path):
    fields = Fields.from_dict(json.loads((DATA / "seed000.fields.json").read_text(encoding="utf-8")))
    profile = load_profile(ROOT / "models" / "generate" / "profile.example.toml")
    docx_path = tmp_path / "reply.docx"
    write_reply(fields, profile, docx_path)
    pdf, messages = to_pdf(docx_path, tmp_path)
    assert messages == ""  # LibreOffice printed no warning
    assert page_count(pdf) == 2
    with pdfplumber.open(pdf) as doc:
        first, second = doc.pages
        w, h = first.width, first.height
        assert abs(w - 595.3) < 1 and abs(h - 841.9) < 1  # A4 in points
        fonts = {c["fontname"].split("+")[-1] for page in doc.pages for c in page.chars}
        assert fonts <= {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
                         "LiberationSerif-BoldItalic", "TimesNewRomanPSMT",
                         "TimesNewRomanPS-BoldMT", "TimesNewRomanPS-ItalicMT"}, fonts
        text1 = unicodedata.normalize("NFC", first.extract_text())
        text2 = unicodedata.normalize("NFC", second.extract_text())
    lines1 = text1.splitlines()
    assert lines1[0].startswith("ỦY BAN NHÂN DÂN")  # no page number above the header on page 1
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines1[0]
    assert text2.splitlines()[0].strip() == "2"
    assert re.search(r"Kính gửi: Ban Tuyên giáo Tỉnh đoàn\.", text1)
    assert "Nơi nhận:" in text2 and "Nguyễn Văn An" in text2
    # the left margin is 30 mm: body text starts there (85 pt), the right one 15 mm
    with pdfplumber.open(pdf) as doc:
        words = doc.pages[0].extract_words()
    body = [wd for wd in words if wd["top"] > 250]
    assert min(wd["x0"] for wd in body) == pytest.approx(85.0, abs=1.5)
    assert max(wd["x1"] for wd in body) == pytest.approx(595.3 - 42.5, abs=1.5)
