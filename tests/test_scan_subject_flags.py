"""Scans: a subject lost under the title's rule read as specks, an empty subject where the page
shows a subject line, an e-signature stamp whose time the engine misread, and a typed year a
figure off that the stamp puts right. Made-up headers in the style of the development scans."""

from __future__ import annotations

import pytest
from PIL import Image

from dispatch_tools.ingest.esign import figures_mended, find_stamps
from dispatch_tools.model import BBox, Document, Fields, Line, Mark, Page, Source, Word
from dispatch_tools.parse import parse_text
from dispatch_tools.parse.marks import apply_marks
from dispatch_tools.parse.subject_found import check_subject_found, subject_cue
from dispatch_tools.parse.subject_title import speck_line

DECISION = """ỦY BAN NHÂN DÂN
TỈNH AN BÌNH
Số: 90/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 16 tháng 01 năm 2025

QUYẾT ĐỊNH
{specks}Về việc bổ nhiệm vào ngạch Thanh tra viên và xếp lương
đối với ông Trần Văn Bình

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
"""


@pytest.mark.parametrize("specks", ["", "r‹\n", "r‹\n.ˆA\n", "-\n"])
def test_the_rule_under_a_title_read_as_specks_is_no_subject(specks):
    fields = parse_text(DECISION.format(specks=specks)).fields
    assert fields.doc_type == "Quyết định"
    assert fields.subject == "bổ nhiệm vào ngạch Thanh tra viên và xếp lương đối với ông Trần Văn Bình"


@pytest.mark.parametrize("text, speck", [("r‹", True), (".ˆA", True), ("ˆA", True), ("- -", True),
                                         ("Về việc", False), ("GIAI ĐOẠN 2021 - 2025", False),
                                         ("2021 - 2025", False), ("Đà", False)])
def test_a_speck_line_has_no_word_of_two_letters_and_no_figure(text, speck):
    assert speck_line(text) is speck


def _ocr_doc(lines: list[str]) -> Document:
    page = Page(1, method="ocr", lines=[Line(t, conf=90.0, source="tesseract:vie",
                                             words=[Word(w, None, 90.0) for w in t.split()]) for t in lines])
    return Document(None, "image", pages=[page])


HEAD = ["ỦY BAN NHÂN DÂN", "TỈNH AN BÌNH", "Số: 12/UBND-VX"]


@pytest.mark.parametrize("line", ["V/v tăng cường công tác phòng cháy", "Về việc tăng cường công tác",
                                  "Vív tăng cường công tác", "VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC"])
def test_an_empty_subject_is_flagged_when_the_page_shows_a_subject_line(vietnamese, line):
    doc = _ocr_doc(HEAD + [line, "", "Kính gửi: Sở Y tế", "V/v nói ở đoạn sau"])
    doc.fields = Fields(number="12/UBND-VX")
    check_subject_found(doc, doc.fields, ocr=True)
    assert doc.fields.review["subject"].startswith("cần xem lại: ")
    assert line.split()[1] in doc.fields.review["subject"]


def test_a_subject_line_after_kinh_gui_is_no_cue():
    assert subject_cue("ỦY BAN NHÂN DÂN\nKính gửi: Sở Y tế\nV/v nói ở đoạn sau") is None


def test_an_empty_subject_under_a_title_is_flagged_on_a_page_read_by_ocr(vietnamese):
    doc = _ocr_doc(HEAD + ["QUYẾT ĐỊNH", "r‹", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN BÌNH"])
    start = doc.text.index("QUYẾT")
    doc.fields = Fields(doc_type="Quyết định")
    doc.fields.sources["doc_type"] = doc.locate(start, start + len("QUYẾT ĐỊNH"))
    check_subject_found(doc, doc.fields, ocr=True)
    assert "QUYẾT ĐỊNH" in doc.fields.review["subject"]
    doc.fields = Fields(doc_type="Công điện")  # a công điện names its sender, no subject
    doc.fields.sources["doc_type"] = doc.locate(start, start + 5)
    check_subject_found(doc, doc.fields, ocr=True)
    assert not doc.fields.review


def test_a_subject_read_or_a_page_without_a_subject_line_is_not_flagged():
    doc = _ocr_doc(HEAD + ["V/v tăng cường công tác phòng cháy"])
    doc.fields = Fields(subject="tăng cường công tác phòng cháy")
    check_subject_found(doc, doc.fields, ocr=True)
    assert not doc.fields.review
    doc = _ocr_doc(HEAD + ["Kính gửi: Sở Y tế"])
    doc.fields = Fields()
    check_subject_found(doc, doc.fields, ocr=True)
    assert not doc.fields.review


# --------------------------------------------------------------------------- e-signature stamps

@pytest.mark.parametrize("read, mended", [("2025-09-]5T09:07:04+07:00", "2025-09-15T09:07:04+07:00"),
                                          ("19/1O/2023", "19/10/2023"), ("1O:56:22", "10:56:22"),
                                          ("Ol/l2", "Ol/l2"), ("ngày]", "ngày]"), ("Il", "Il"),
                                          ("2025-09-15T09:07:04+07:00", "2025-09-15T09:07:04+07:00")])
def test_a_stamp_time_misread_as_letters_is_read_as_figures(read, mended):
    assert figures_mended(read) == mended


def _words(rows: list[str], top: float = 13.0, height: float = 24.0) -> list[Word]:
    words = []
    for r, row in enumerate(rows):
        x = 750.0
        for text in row.split():
            width = 14.0 * len(text)
            words.append(Word(text, BBox(x, top + r * height, x + width, top + r * height + height - 4), 88.0))
            x += width + 10
    return words


def test_a_stamp_whose_time_was_misread_is_still_found():
    words = _words(["SAO Y; ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "Thời gian ký: 2025-09-]5T09:07:04+07:00"])
    marks, used = find_stamps(words, "tesseract:vie")
    assert len(marks) == 1 and used == set(range(len(words)))
    assert marks[0].values["iso"] == "2025-09-15T09:07:04+07:00"
    assert marks[0].values["kind"] == "copy"


def test_a_typed_year_a_figure_off_takes_the_signing_year_flagged(vietnamese):
    """A hand-filled day read surely in a date line whose typed year the engine misread (``2023``
    for ``2025``) is put right by the signer's stamp, flagged; before, the date was left empty."""
    stamp = Mark("esign", None, "", {"kind": "copy", "signed_by": "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
                                     "time": "2025-09-15T09:07:04+07:00", "iso": "2025-09-15T09:07:04+07:00"})
    second = {"value": "15", "conf": 0.99, "check": "15", "accepted": True,
              "text": "Cần Thơ, ngày 15 tháng 9 năm 2025", "check_text": "CanTho, ngày 15 tháng 9 nǎm 2025"}
    day = Mark("handwriting", None, "", {"field": "date", "reading": "15", "month": "9", "year": "2023",
                                         "reader": "pp-ocrv6+v5", "second": second})
    doc = Document(None, "image", pages=[Page(1, method="ocr", marks=[stamp, day])])
    doc.fields = Fields(date="2023-09-15", place="Cần Thơ")
    doc.fields.sources["date"] = Source(0, 0, 1, None, "ngày 15 tháng 9 năm 2023", 0.9)
    apply_marks(doc)
    assert doc.fields.date == "2025-09-15"
    assert "15/09/2025" in doc.fields.review["date"]


# --------------------------------------------------------------------------- a box one model doubts

@pytest.mark.parametrize("value, wide, doubt", [
    ("41", {"text": "11 /C", "check_text": ":"}, True),  # the main model reads the wider crop's 11
    ("41", {"text": "3:11 /0", "check_text": "5:M1 1C"}, True),
    ("07", {"text": "3: 07 1C", "check_text": "5:071C"}, False),  # a longer run holding it is no doubt
    ("90", {"text": "5: 90 /0", "check_text": "5: 90 1"}, False),
    ("16", {"text": "y 6 th", "check_text": "y16 th"}, False),  # a shorter run is no evidence
    ("4", {"text": "y 0411", "check_text": "041"}, False),
])
def test_a_box_value_one_model_reads_otherwise_in_the_wider_crop_is_doubted(value, wide, doubt):
    from dispatch_tools.ingest.box_alone import disputed, doubted

    assert doubted(value, wide) is doubt
    assert not disputed(value, wide) or doubt


def _box(field: str, reading: str, doubt: bool) -> Mark:
    second = {"value": reading, "conf": 0.952, "check": reading, "accepted": True,
              "text": f"Số: {reading} /CT-UBND", "check_text": f"Só:{reading} /CT-UBND"}
    if doubt:
        second["doubted"] = {"text": "11 /C", "check_text": ":"}
    return Mark("handwriting", None, "", {"field": field, "reading": reading, "reader": "pp-ocrv6+v5",
                                          "second": second, "symbol": "/CT-UBND"})


@pytest.mark.parametrize("doubt", [True, False])
def test_a_hand_written_number_one_model_doubts_is_kept_and_flagged(vietnamese, doubt):
    doc = Document(None, "image", pages=[Page(1, method="ocr", marks=[_box("number", "41", doubt)])])
    doc.fields = Fields(number="41/CT-UBND")
    apply_marks(doc)
    assert doc.fields.number == "41/CT-UBND"
    assert ("number" in doc.fields.review) is doubt
    if doubt:
        assert doc.fields.review["number"] == "cần xem lại: số viết tay, máy đọc là 41"


# --------------------------------------------------------------------------- a value under a seal

def _line(text: str, x: float, y: float, h: float = 50.0) -> Line:
    words, left = [], x
    for t in text.split():
        w = 24.0 * len(t)
        words.append(Word(t, BBox(left, y, left + w, y + h), 92.0))
        left += w + 20
    return Line(text, BBox(x, y, left, y + h), 92.0, "tesseract:vie", words=words)


@pytest.mark.parametrize("seal, flagged", [(BBox(150, 380, 420, 640), True),  # over the number's figures
                                           (BBox(150, 470, 420, 640), False),  # below it
                                           (BBox(900, 380, 1200, 640), False)])  # beside it
def test_a_number_read_under_a_seal_is_flagged(vietnamese, seal, flagged):
    from dispatch_tools.parse.under_marks import check_under_marks

    page = Page(1, method="ocr", lines=[_line("Số: 57/UBND-VX", 100, 400)],
                marks=[Mark("seal", seal, "", {})])
    doc = Document(None, "image", pages=[page])
    start = doc.text.index("57")
    doc.fields = Fields(number="57/UBND-VX")
    doc.fields.sources["number"] = doc.locate(start, len(doc.text))
    check_under_marks(doc, doc.fields)
    assert ("number" in doc.fields.review) is flagged
    if flagged:
        assert "57/UBND-VX" in doc.fields.review["number"]


# --------------------------------------------------------------------------- an ordinal's figure read as a sign

@pytest.mark.parametrize("read, repaired", [("tại kỳ họp thứ 3]", "tại kỳ họp thứ 31"),
                                            ("tại kỳ họp thứ 3l", "tại kỳ họp thứ 31"),
                                            ("tại kỳ họp thứ 31", "tại kỳ họp thứ 31"),
                                            ("ngày thứ ba", "ngày thứ ba"), ("thứ l", "thứ l"),
                                            ("đến năm 2025]", "đến năm 2025]")])
def test_an_ordinal_figure_read_as_a_letter_or_a_bracket_is_a_figure(read, repaired):
    from dispatch_tools.repair.specks import speck_edits

    text = read
    for start, end, new in sorted(speck_edits(read), reverse=True):
        text = text[:start] + new + text[end:]
    assert text == repaired


# --------------------------------------------------------------------------- a coloured seal taken off the page

def test_a_red_seal_taken_off_the_page_is_a_seal_mark_and_a_signature_is_not():
    from PIL import ImageDraw

    from dispatch_tools.ingest.image import prepare

    page = Image.new("RGB", (2480, 3508), "white")
    draw = ImageDraw.Draw(page)
    draw.text((300, 500), "V/v tăng cường công tác phòng cháy", fill="black")
    draw.ellipse((400, 400, 860, 860), outline=(205, 35, 45), width=9)  # a seal 39 mm across
    draw.ellipse((450, 450, 810, 810), outline=(205, 35, 45), width=5)
    draw.line([(1500, 2500), (1700, 2450), (1900, 2520)], fill=(30, 50, 170), width=6)  # a signature
    _gray, info = prepare(page)
    (box,) = info["colour_seals"]
    assert 360 <= box[0] <= 400 and 860 <= box[2] <= 910 and 360 <= box[1] <= 400 and 860 <= box[3] <= 910


@pytest.mark.parametrize("subject, flagged", [("đối với ông Trần Văn Bình", "đối với"),
                                              ("của Ủy ban nhân dân tỉnh về việc", "của"),
                                              ("Và tăng cường chỉ đạo", "Và"),
                                              ("trên địa bàn tỉnh An Bình", "trên địa bàn"),
                                              ("bổ nhiệm vào ngạch Thanh tra viên đối với ông Bình", None),
                                              ("đối thoại với doanh nghiệp năm 2025", None),
                                              ("tăng cường công tác trên địa bàn tỉnh", None)])
def test_a_subject_that_opens_with_words_no_subject_opens_with_is_flagged(vietnamese, subject, flagged):
    from dispatch_tools.parse.ocr_check import check_read_words

    doc = _ocr_doc([subject])
    doc.fields = Fields(subject=subject)
    check_read_words(doc, doc.fields)
    if flagged is None:
        assert "subject" not in doc.fields.review
    else:
        assert doc.fields.review["subject"].endswith(f"(“{flagged}”)")


@pytest.mark.parametrize("conf, subject", [(40.0, "chế độ, chính sách đối với người có công năm 2020"),
                                           (96.0, "chế độ, chính sách đối với người có công năm 2020.")])
def test_a_full_stop_read_unsurely_after_a_subject_is_a_speck(conf, subject):
    """``2020.`` read at 40 where the page prints ``2020`` and a speck: the stop is taken off; a stop
    read as surely as its word is the page's own and stays."""
    line = "V/v chế độ, chính sách đối với người có công năm 2020."
    page = Page(1, method="ocr", lines=[Line(line, conf=90.0, source="tesseract:vie",
                                             words=[Word(w, None, conf if w == "2020." else 90.0) for w in line.split()])])
    doc = Document(None, "image", pages=[page])
    doc.fields = Fields(subject=line[4:])
    doc.fields.sources["subject"] = doc.locate(4, len(line))
    apply_marks(doc)
    assert doc.fields.subject == subject
    doc.pages[0].method = "text"  # a text layer's stop is the document's own
    doc.fields.subject = line[4:]
    apply_marks(doc)
    assert doc.fields.subject == line[4:]
