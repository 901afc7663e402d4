"""An OCR'd issuer or subject whose evidence is weak (a word kept as read though read unsurely, a
word repair changed much, a seal over the subject's end, the motto run into the subject) is kept
and flagged; a subject read surely, or from a text layer, is not."""

from __future__ import annotations

from dispatch_tools.model import BBox, Change, Document, Fields, Line, Mark, Page, Word
from dispatch_tools.parse.weak_evidence import check_weak_evidence

SUBJECT = "Thực hiện công tác dân vận từ nay đến cuối năm 2025"


def _doc(lines: list[str], confs: dict[str, float] | None = None, method: str = "ocr",
         marks: list[Mark] | None = None) -> Document:
    confs = confs or {}
    source = "tesseract:vie" if method == "ocr" else "pdf-text"
    out, y = [], 500.0
    for text in lines:
        words = [Word(w, BBox(600 + 60 * k, y, 650 + 60 * k, y + 50), confs.get(w, 92.0) if method == "ocr" else None)
                 for k, w in enumerate(text.split())]
        out.append(Line(text, BBox(600, y, 600 + 60 * len(words), y + 50), 90.0 if method == "ocr" else None,
                        source, words=words))
        y += 60
    return Document(None, "image", pages=[Page(1, out, 2480, 3508, "px", method, marks=marks or [])])


def _subject(doc: Document, subject: str) -> Fields:
    start = doc.text.index(subject.split()[0])
    doc.fields = Fields(subject=doc.text[start:start + len(subject)])
    doc.fields.sources["subject"] = doc.locate(start, start + len(subject))
    check_weak_evidence(doc, doc.fields)
    return doc.fields


def test_a_word_kept_as_read_though_read_unsurely_is_flagged(vietnamese):
    fields = _subject(_doc(["V/v Thực hiện công tác dân vận", "từ nay đến cuối năm 2025"], {"nay": 31.0}), SUBJECT)
    assert " ".join(fields.subject.split()) == SUBJECT  # the value is kept
    assert fields.review["subject"] == "cần xem lại: máy đọc chữ “nay” không chắc chắn (độ tin cậy 31)"


def test_a_subject_read_surely_or_from_a_text_layer_is_not_flagged(vietnamese):
    assert "subject" not in _subject(_doc(["V/v Thực hiện công tác dân vận", "từ nay đến cuối năm 2025"],
                                          {"nay": 45.0}), SUBJECT).review
    assert "subject" not in _subject(_doc(["V/v Thực hiện công tác dân vận", "từ nay đến cuối năm 2025"],
                                          {"nay": 5.0}, method="text"), SUBJECT).review


def test_an_unsure_word_that_repair_changed_is_not_flagged_for_its_confidence(vietnamese):
    """``NGAI`` read at 28 and made ``NGÃI`` by repair: the language model weighed it."""
    doc = _doc(["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGAI"], {"NGAI": 28.0})
    at = doc.raw_text.index("NGAI")
    doc.changes = [Change(at, at + 4, "NGAI", "NGÃI", "diacritics", 0.99)]
    doc.invalidate()
    doc.fields = Fields(issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")
    doc.fields.sources["issuer"] = doc.locate(0, len(doc.text))
    check_weak_evidence(doc, doc.fields)
    assert "issuer" not in doc.fields.review


def test_a_word_repair_changed_much_is_flagged(vietnamese):
    doc = _doc(["V/v Thực hiện công tác dân vận", "từ nay đến cuối năm 2025"])
    at = doc.raw_text.index("dân vận")
    doc.changes = [Change(at, at + 3, "dân", "đảng", "ocr", 0.9)]  # two letters more than marks
    doc.invalidate()
    subject = "Thực hiện công tác đảng vận từ nay đến cuối năm 2025"
    fields = _subject(doc, subject)
    assert fields.review["subject"] == "cần xem lại: chữ “đảng” đã được sửa từ chữ máy đọc, có thể chưa đúng"


def test_a_mark_only_put_back_by_repair_is_not_flagged(vietnamese):
    doc = _doc(["V/v Thực hiện công tác dân vận", "từ nay đến cuối năm 2025"])
    at = doc.raw_text.index("nay")
    doc.changes = [Change(at - 3, at - 1, "tu", "từ", "diacritics", 0.98)]
    doc.invalidate()
    assert "subject" not in _subject(doc, SUBJECT).review


def test_a_seal_over_the_subjects_last_line_is_flagged(vietnamese):
    over = Mark("seal", BBox(700, 540, 1000, 800), "", {})
    beside = Mark("arrival", BBox(30, 500, 605, 700), "", {})  # beside the subject, reaching 5 px into it
    lines = ["V/v Thực hiện công tác dân vận", "từ nay đến cuối năm 2025"]
    fields = _subject(_doc(lines, marks=[over]), SUBJECT)
    assert fields.review["subject"] == "cần xem lại: có dấu đóng đè lên cuối trích yếu: có thể mất một dòng"
    assert "subject" not in _subject(_doc(lines, marks=[beside]), SUBJECT).review


def test_a_subject_holding_the_motto_or_its_lead_is_flagged(vietnamese):
    for subject in ("dự Triển lãm bản đồ và trưng bày tư liệu - Tự do - Hạnh phúc",
                    "VỀ, VIỆC THỰC HIỆN GIẢI PHÁP BẢO ĐẢM CÂN ĐỐI CUNG CẦU"):
        fields = _subject(_doc([subject]), subject)
        assert fields.review["subject"] == "cần xem lại: trích yếu lẫn chữ của các dòng bên cạnh", subject


def _block(lines: list[tuple[str, float, float, float]]) -> Document:
    """Lines at given (x0, x1, y0), 50 high, read surely."""
    out = []
    for text, x0, x1, y0 in lines:
        words = [Word(w, BBox(x0, y0, x1, y0 + 50), 92.0) for w in text.split()]
        out.append(Line(text, BBox(x0, y0, x1, y0 + 50), 92.0, "tesseract:vie", words=words))
    return Document(None, "image", pages=[Page(1, out, 2480, 3508, "px", "ocr")])


def test_a_subject_that_stops_where_its_block_goes_on_is_flagged(vietnamese):
    """A title in capitals whose last line read is as wide as the others and is followed at once by
    another such line: a line of it was left out."""
    first, second = "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021", "VỀ PHÁT ĐỘNG THI ĐUA NĂM 2021"
    subject = f"{first} {second}"
    doc = _block([("KẾ HOẠCH", 1000, 1300, 500), (first, 400, 2250, 600), (second, 380, 2280, 660),
                  ("THEO NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIII", 390, 2270, 720)])
    fields = _subject(doc, subject)
    assert fields.review["subject"] == ("cần xem lại: trích yếu có thể còn tiếp ở dòng sau: "
                                        "“THEO NGHỊ QUYẾT ĐẠI HỘI ĐẠI …”")


def test_a_subject_whose_last_line_is_short_or_far_from_the_next_is_not_flagged(vietnamese):
    first, second = "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021", "VỀ PHÁT ĐỘNG THI ĐUA NĂM 2021"
    subject = f"{first} {second}"
    short = _block([(first, 400, 2250, 600), (second, 900, 1700, 660), ("THEO KẾ HOẠCH SỐ 12", 390, 2270, 720)])
    assert "subject" not in _subject(short, subject).review  # a centred last line
    far = _block([(first, 400, 2250, 600), (second, 380, 2280, 660), ("KÍNH GỬI CÁC SỞ BAN NGÀNH", 390, 2270, 800)])
    assert "subject" not in _subject(far, subject).review
    body = _block([(first, 400, 2250, 600), (second, 380, 2280, 660),
                   ("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về", 390, 2270, 720)])
    assert "subject" not in _subject(body, subject).review  # the body, in small letters


def test_a_change_repair_was_unsure_of_is_flagged_and_an_issuer_word_read_unsurely_is_not(vietnamese):
    doc = _doc(["THỦ TƯNG CHÍNH PHỦ"], {"PHỦ": 20.0})
    at = doc.raw_text.index("TƯNG")
    doc.changes = [Change(at, at + 4, "TƯNG", "TĂNG", "diacritics", 0.44)]
    doc.invalidate()
    doc.fields = Fields(issuer="THỦ TĂNG CHÍNH PHỦ")
    doc.fields.sources["issuer"] = doc.locate(0, len(doc.text))
    check_weak_evidence(doc, doc.fields)
    assert doc.fields.review["issuer"] == "cần xem lại: chữ “TĂNG” đã được sửa từ chữ máy đọc, có thể chưa đúng"
    sure = _doc(["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"], {"NGÃI": 20.0})
    sure.fields = Fields(issuer="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")
    sure.fields.sources["issuer"] = sure.locate(0, len(sure.text))
    check_weak_evidence(sure, sure.fields)
    assert "issuer" not in sure.fields.review
