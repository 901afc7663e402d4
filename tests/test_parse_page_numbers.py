"""A page's own number, read by OCR as a line at the top of the page, is no line of the body."""

from dispatch_tools.model import Document, Line, Page
from dispatch_tools.parse import parse_document, to_contract
from dispatch_tools.parse.page_numbers import without_page_numbers

PAGE_1 = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 215/UBND-KT
V/v triển khai phòng, chống dịch tả lợn châu Phi
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 09 tháng 4 năm 2026
Kính gửi:
- Sở Nông nghiệp và Môi trường;
- Ủy ban nhân dân các huyện, thành phố.
Để chủ động phòng, chống dịch tả lợn châu Phi, Ủy ban nhân dân tỉnh yêu cầu:
1. Sở Nông nghiệp và Môi trường hướng dẫn các địa phương tiêu hủy lợn bệnh đúng quy định.
2. Đề nghị Ủy ban nhân dân các huyện, thành phố chỉ đạo Phòng Nông nghiệp và"""

PAGE_2 = """Môi trường kiểm soát chặt việc vận chuyển lợn qua địa bàn, báo cáo trước ngày 15/5/2026.
3. Ủy ban nhân dân các huyện, thành phố:"""

PAGE_3 = """- Tổ chức tiêu độc, khử trùng các ổ dịch;
- Bố trí kinh phí phòng, chống dịch.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Hùng"""


def _pages(*texts: str) -> Document:
    pages = [Page(i, lines=[Line(t) for t in text.split("\n")]) for i, text in enumerate(texts, 1)]
    return Document(None, "image", pages=pages)


def _tasks(*texts: str) -> list[dict]:
    return to_contract(parse_document(_pages(*texts)).fields)["tasks"]


def test_a_page_number_inside_a_wrapped_sentence_cuts_no_body_and_loses_no_deadline():
    tasks = _tasks(PAGE_1, "2\n\n" + PAGE_2, "- 3 -\n" + PAGE_3)
    assert tasks == _tasks(PAGE_1 + "\n" + PAGE_2 + "\n" + PAGE_3)
    assert tasks[1]["assignees"] == ["Ủy ban nhân dân các huyện, thành phố",
                                     "Phòng Nông nghiệp và Môi trường"]
    assert tasks[1]["deadline"] == "2026-05-15"
    assert [t["text"].split()[0] for t in tasks[2:]] == ["Tổ", "Bố"]


def test_only_the_number_of_its_own_page_at_its_top_or_foot_is_blanked():
    doc = _pages("Trang đầu\n7\nhết trang", "- 2 -\nMục 2\n3", "3\nđiểm 3\nTrang 3")
    text = without_page_numbers(doc.text, doc)
    assert text.split("\n") == ["Trang đầu", "7", "hết trang", " " * 5, "Mục 2", "3",
                                " ", "điểm 3", " " * 7]
    assert len(text) == len(doc.text)
    single = Document.from_text("Số: 1/UBND\n1")
    assert without_page_numbers(single.text, single) == single.text
