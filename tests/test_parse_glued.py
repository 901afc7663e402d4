"""Words a web page printed glued (``củaBộ``, ``đềnghị``, ``ngày20/5/2025``): the rules read them
apart, the values keep them as printed (``../shared/dev/README.md``: glued words are kept)."""

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.glued import Unglued

PAGE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 215/UBND-KT
V/v triển khai Quyết định số 1452/QĐ-TTgngày 31/8/2021
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 12 tháng 5 năm 2025
Kính gửi:
- Sở Nôngnghiệp và Môi trường;
- Sở Tài chính.
Thực hiện Quyết định số 1452/QĐ-TTgngày 31/8/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh đềnghị Sở Nôngnghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính rà soát các dự án, báocáo kết quả về Ủy ban nhân dân tỉnh trước ngày20/6/2025.
Nơi nhận:
- Như trên;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Phước Hiền
"""


def test_the_spaces_lost_are_put_back_and_offsets_go_back_to_the_print():
    u = Unglued("Ủy ban đềnghị củaBộ trước ngày20/6 theo 12/QĐ-TTgngày 5/6")
    assert u.text == "Ủy ban đề nghị của Bộ trước ngày 20/6 theo 12/QĐ-TTg ngày 5/6"
    glued_at = u.text.index("Bộ")
    assert u.printed_text[u.to_printed(glued_at):].startswith("Bộ trước")
    assert u.printed("đề nghị của Bộ") == "đềnghị củaBộ"


def test_a_word_printed_both_ways_is_written_back_as_printed_where_it_was_read():
    u = Unglued("của Bộ Tài chính; củaBộ Nội vụ")
    assert u.printed("của Bộ Nội vụ") == "của Bộ Nội vụ"  # nowhere to tell which one it was
    start = u.printed_text.index("củaBộ")
    assert u.printed("của Bộ Nội vụ", start, start + 12) == "củaBộ Nội vụ"


def test_text_with_nothing_glued_is_read_as_it_is():
    u = Unglued("Sở Y tế đề nghị các đơn vị thực hiện.")
    assert not u and u.text == u.printed_text


def test_a_request_with_glued_words_is_read_and_its_values_keep_the_print():
    data = to_contract(parse_text(PAGE).fields)
    assert data["recipients"] == ["Sở Nôngnghiệp và Môi trường", "Sở Tài chính"]
    assert [(r["number"], r["date"]) for r in data["references"]] == [("1452/QĐ-TTg", "2021-08-31")]
    assert len(data["tasks"]) == 1
    task = data["tasks"][0]
    assert task["assignees"] == ["Sở Nôngnghiệp và Môi trường", "Sở Tài chính"]
    assert task["deadline"] == "2025-06-20"
    assert data["deadlines"] and data["deadlines"][0]["date"] == "2025-06-20"
    assert task["text"].startswith("Ủy ban nhân dân tỉnh đềnghị Sở Nôngnghiệp và Môi trường")
