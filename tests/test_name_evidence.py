"""A signer's name a word of which the page OCR read unsurely is kept and flagged; read surely,
or from a text layer, it is not."""

from __future__ import annotations

from dispatch_tools.model import BBox, Document, Fields, Line, Page, Signer, Word
from dispatch_tools.parse.foot_evidence import check_name_evidence, name_confidence


def _doc(name: str, confs: dict[str, float], method: str = "ocr") -> Document:
    source = "tesseract:vie" if method == "ocr" else "pdf-text"
    words = [Word(w, BBox(1600 + 120 * k, 1780, 1700 + 120 * k, 1830), confs.get(w, 93.0) if method == "ocr" else None)
             for k, w in enumerate(name.split())]
    lines = [Line("CHỦ TỊCH", BBox(1650, 1500, 1900, 1550), 95.0, source,
                  words=[Word("CHỦ", BBox(1650, 1500, 1750, 1550), 95.0), Word("TỊCH", BBox(1760, 1500, 1900, 1550), 95.0)]),
             Line(name, BBox(1600, 1780, 2000, 1830), 90.0, source, words=words)]
    doc = Document(None, "image", pages=[Page(1, lines, 2480, 3508, "px", method)])
    start = doc.text.index(name)
    doc.fields = Fields(signer=Signer(title="CHỦ TỊCH", name=name))
    doc.fields.sources["signer.name"] = doc.locate(start, start + len(name))
    return doc


def test_a_name_word_read_unsurely_flags_the_name(vietnamese):
    """``Xinh`` for ``Minh`` at 62 under a signature's strokes: a real syllable, so no spelling check sees it."""
    doc = _doc("Đặng Văn Xinh", {"Đặng": 85.0, "Xinh": 62.0})
    assert name_confidence(doc, doc.fields) == 62.0
    check_name_evidence(doc, doc.fields)
    assert doc.fields.signer.name == "Đặng Văn Xinh"  # kept as read
    assert doc.fields.review["signer.name"] == ("cần xem lại: máy đọc chữ “Xinh” trong họ tên người ký không chắc "
                                                "chắn (độ tin cậy 62): hãy đối chiếu với bản gốc")


def test_a_name_read_surely_or_from_a_text_layer_is_not_flagged(vietnamese):
    sure = _doc("Lê Trung Chinh", {"Chinh": 78.0})
    check_name_evidence(sure, sure.fields)
    assert "signer.name" not in sure.fields.review
    typed = _doc("Đặng Văn Xinh", {}, method="text")
    assert name_confidence(typed, typed.fields) is None
    check_name_evidence(typed, typed.fields)
    assert "signer.name" not in typed.fields.review


def test_a_name_flagged_already_keeps_its_note(vietnamese):
    doc = _doc("Nguyên Hoàng Giang", {"Nguyên": 50.0})
    doc.fields.review["signer.name"] = "cần xem lại: khác"
    check_name_evidence(doc, doc.fields)
    assert doc.fields.review["signer.name"] == "cần xem lại: khác"
