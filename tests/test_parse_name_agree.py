"""A name of an OCR'd subject read with a mark fewer than the body reads it again and again."""

from types import SimpleNamespace

from dispatch_tools.model import Fields, Source
from dispatch_tools.parse.name_agree import agree_names

HEAD = "QUYẾT ĐỊNH\nVề việc bổ nhiệm vào ngạch Thanh tra viên đối với bà {subject_name}\n"
BODY = ("Điều 1. Bổ nhiệm vào ngạch đối với bà {a}, Chuyên viên Thanh tra.\n"
        "Thời gian tính nâng bậc lương lần sau của bà {b} kể từ ngày 05/7/2022.\n")


def _read(subject_name: str, a: str, b: str, ocr: bool = True) -> str:
    head = HEAD.format(subject_name=subject_name)
    text = head + BODY.format(a=a, b=b)
    subject = f"bổ nhiệm vào ngạch Thanh tra viên đối với bà {subject_name}"
    start = head.index("bổ nhiệm")
    fields = Fields(subject=subject)
    fields.sources["subject"] = Source(start, start + len(subject))
    doc = SimpleNamespace(text=text, mostly_read_by_ocr=lambda: ocr)
    agree_names(doc, fields)
    return fields.subject


def test_a_tone_the_subject_lost_is_taken_from_the_body():
    # the page read on a sheet fed in at an angle: Yên once in the subject, Yến twice in the body
    assert _read("Lê Thị Kim Yên", "Lê Thị Kim Yến", "Lê Thị Kim Yến").endswith("bà Lê Thị Kim Yến")


def test_a_single_reading_of_the_body_is_not_enough():
    subject = _read("Lê Thị Kim Yên", "Lê Thị Kim Yến", "Nguyễn Văn An")
    assert subject.endswith("bà Lê Thị Kim Yên")


def test_the_body_disagreeing_with_itself_changes_nothing():
    subject = _read("Lê Thị Kim Yên", "Lê Thị Kim Yến", "Lê Thị Kim Yển")
    assert subject.endswith("bà Lê Thị Kim Yên")


def test_marks_the_body_lost_are_never_taken():
    # the body read without marks must not take the subject's right marks away
    subject = _read("Lê Thị Kim Yến", "Le Thi Kim Yen", "Le Thi Kim Yen")
    assert subject.endswith("bà Lê Thị Kim Yến")
    # nor a mark read otherwise (a tone for a tone)
    subject = _read("Lê Thị Kim Yến", "Lê Thị Kim Yền", "Lê Thị Kim Yền")
    assert subject.endswith("bà Lê Thị Kim Yến")


def test_a_typed_subject_is_as_printed():
    subject = _read("Lê Thị Kim Yên", "Lê Thị Kim Yến", "Lê Thị Kim Yến", ocr=False)
    assert subject.endswith("bà Lê Thị Kim Yên")


def test_names_apart_are_not_one_run():
    # two place names a comma parts are each looked up alone
    head = "Về việc phân công theo dõi huyện Yên Định, Quảng Xương\n"
    text = head + "Huyện Yến Định và huyện Yến Định thuộc tỉnh. Quảng Xương, Quảng Xương.\n"
    subject = "phân công theo dõi huyện Yên Định, Quảng Xương"
    fields = Fields(subject=subject)
    fields.sources["subject"] = Source(text.index("phân"), text.index("phân") + len(subject))
    agree_names(SimpleNamespace(text=text, mostly_read_by_ocr=lambda: True), fields)
    assert fields.subject == "phân công theo dõi huyện Yến Định, Quảng Xương"


def test_a_parsed_ocr_page_takes_the_name_from_its_body():
    from dispatch_tools.model import Document, Line, Page
    from dispatch_tools.parse import parse_document

    text = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 87/QĐ-UBND
Quảng Ngãi, ngày 16 tháng 01 năm 2025
QUYẾT ĐỊNH
Về việc bổ nhiệm vào ngạch Thanh tra viên và xếp lương
đối với bà Lê Thị Kim Yên
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
QUYẾT ĐỊNH:
Điều 1. Bổ nhiệm vào ngạch đối với bà Lê Thị Kim Yến, Chuyên viên Thanh tra, Sở Nội vụ.
Thời gian tính nâng bậc lương lần sau của bà Lê Thị Kim Yến kể từ ngày 05/7/2022.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký."""
    lines = [Line(t, conf=90.0, source="tesseract:vie") for t in text.split("\n")]
    doc = parse_document(Document(path=None, kind="image", pages=[Page(1, lines=lines, method="ocr")]))
    assert doc.fields.subject.endswith("đối với bà Lê Thị Kim Yến")
