"""The document model: JSON round trip, offset map between raw and repaired text, sources."""

import json

from hypothesis import given
from hypothesis import strategies as st

from dispatch_tools.model import (
    BBox, Change, Deadline, Document, Fields, Line, OffsetMap, Page, Signer, Source, Task,
    apply_changes,
)


def make_doc() -> Document:
    lines = [Line("Sb: 2632/STTTT-CNTTVT", BBox(10, 10, 200, 30), 71.5, "tesseract:vie", "left"),
             Line("Kinh gui: cac So", source="tesseract:vie")]
    doc = Document("x.pdf", "pdf", "ab" * 32,
                   [Page(1, lines[:1], 595, 842, "pt", "ocr", 71.5), Page(2, lines[1:])])
    doc.changes = [Change(0, 2, "Sb", "Số", "ocr", 0.9), Change(22, 26, "Kinh", "Kính", "diacritics", 0.99)]
    doc.invalidate()
    doc.fields = Fields(number="2632/STTTT-CNTTVT", date="2024-10-28",
                        tasks=[Task("Đăng tải sản phẩm", assignees=["Các Sở"], deadline="2024-11-20")],
                        deadlines=[Deadline("2024-11-20", None, "đến hết ngày 20/11/2024", "until")],
                        signer=Signer("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Hữu Thành Bình"),
                        sources={"number": Source(5, 22, 1, 0, "2632/STTTT-CNTTVT")})
    return doc


def test_round_trip_through_json():
    doc = make_doc()
    data = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    again = Document.from_dict(data)
    assert again == doc
    assert isinstance(again.pages[0].lines[0].bbox, BBox)
    assert isinstance(again.fields.tasks[0], Task)
    assert again.fields.sources["number"].page == 1
    assert data["text"] == again.text


def test_text_and_offsets():
    doc = make_doc()
    assert doc.raw_text == "Sb: 2632/STTTT-CNTTVT\nKinh gui: cac So"
    assert doc.text == "Số: 2632/STTTT-CNTTVT\nKính gui: cac So"
    start = doc.text.index("gui")
    src = doc.locate(start, start + 3)
    assert (src.page, src.line, src.text) == (2, 0, "gui")
    src = doc.locate(0, 3)
    assert (src.page, src.line) == (1, 0)


def test_offset_map_inverts_changes():
    changes = [Change(0, 2, "ab", "xyz", "ocr"), Change(5, 8, "fgh", "F", "ocr")]
    raw = "abcdefghij"
    new = apply_changes(raw, changes)
    assert new == "xyzcdeFij"
    m = OffsetMap(changes)
    assert [m.to_new(i) for i in (2, 3, 4, 8, 9)] == [3, 4, 5, 7, 8]
    assert [m.to_raw(i) for i in (3, 4, 5, 7, 8)] == [2, 3, 4, 8, 9]


@given(st.text(alphabet="abc \n", max_size=40), st.data())
def test_offset_map_round_trips_outside_edits(raw, data):
    # random non-overlapping edits
    cuts = sorted(data.draw(st.sets(st.integers(0, len(raw)), max_size=6)))
    changes = []
    for a, b in zip(cuts[0::2], cuts[1::2]):
        changes.append(Change(a, b, raw[a:b], data.draw(st.text(alphabet="XY", max_size=3)), "ocr"))
    m = OffsetMap(changes)
    new = apply_changes(raw, changes)
    edited = [(c.start, c.end) for c in changes]
    for pos in range(len(raw) + 1):
        if any(a <= pos < b for a, b in edited):
            continue
        if any(a == pos for a, _ in edited):
            continue
        assert m.to_raw(m.to_new(pos)) == pos
        if pos < len(raw):
            assert new[m.to_new(pos)] == raw[pos]


def test_the_lines_a_span_of_the_text_lies_on():
    doc = Document.from_text("Số: 12/UBND\nV/v báo cáo\nKính gửi: Sở Y tế")
    text = doc.text
    start = text.index("12")
    assert [line.text for line in doc.lines_in(start, text.index("báo"))] == ["Số: 12/UBND", "V/v báo cáo"]
    assert [line.text for line in doc.lines_in(text.index("Kính"), len(text))] == ["Kính gửi: Sở Y tế"]


def test_read_by_ocr_is_asked_two_ways_each_plain():
    """A PDF with its text layer and one scanned page: it has a page read by OCR (the review
    checks look at it), yet is not mostly read by OCR (its typed lines are not mended as a scan's)."""
    typed = Page(1, [Line(t, source="pdf-text") for t in ("Số: 12/UBND", "Kính gửi: Sở A", "", "Nội dung")],
                 method="text-layer")
    scanned = Page(2, [Line("Phụ lục", source="tesseract:vie"), Line("  ", source="tesseract:vie")], method="ocr")
    mixed = Document("a.pdf", "pdf", pages=[typed, scanned])
    assert mixed.has_ocr_page() and not mixed.mostly_read_by_ocr()
    scan = Document("b.pdf", "pdf", pages=[scanned, Page(3, [Line("x", source="tesseract:eng")], method="ocr")])
    assert scan.has_ocr_page() and scan.mostly_read_by_ocr()
    assert not scan.mostly_read_by_ocr("vie")  # one of two lines read by an engine reading Vietnamese
    assert not Document.from_text("Số: 12/UBND").has_ocr_page()
    assert not Document("c.png", "image", pages=[Page(1, [], method="ocr")]).mostly_read_by_ocr()
