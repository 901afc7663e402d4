"""A dash the OCR read between two words of a subject, where the page has a space, is taken out by
repair (``từ-may`` → ``từ may``); the engine was unsure there, so the subject keeps a flag naming
the word after it (``may``, printed ``nay``) instead of passing as sure."""

from __future__ import annotations

from dispatch_tools.model import Document, Line, Page, Word
from dispatch_tools.options import Options
from dispatch_tools.parse import parse_document, to_contract
from dispatch_tools.repair import repair_document

PAGE = """ỦY BAN NHÂN DÂN
THÀNH PHỐ CẦN THƠ
Số: 70/UBND-VP
V/v thực hiện công tác dân vận trên địa bàn thành phố {tail}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cần Thơ, ngày 10 tháng 3 năm 2025
Kính gửi: Các sở, ban, ngành thành phố.
Ủy ban nhân dân thành phố đề nghị các sở, ban, ngành thành phố triển khai thực hiện.
"""


def _read(text: str):
    page = Page(1, method="ocr", lines=[Line(t, conf=90.0, source="tesseract:vie",
                                             words=[Word(w, None, 90.0) for w in t.split()]) for t in text.split("\n")])
    doc = repair_document(Document(None, "image", pages=[page]), Options())
    return parse_document(doc).fields


def test_a_dash_read_for_a_space_in_a_subject_flags_the_word_after_it(vietnamese):
    fields = _read(PAGE.format(tail="từ-may đến cuối năm 2025"))
    assert to_contract(fields)["subject"].endswith("từ may đến cuối năm 2025")
    assert "subject" in fields.review and "“may”" in fields.review["subject"]


def test_the_same_subject_read_with_its_space_is_not_flagged(vietnamese):
    fields = _read(PAGE.format(tail="từ nay đến cuối năm 2025"))
    assert to_contract(fields)["subject"].endswith("từ nay đến cuối năm 2025")
    assert "subject" not in fields.review
