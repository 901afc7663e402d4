"""A signature's ink that cuts the foot's row into three pieces leaves it a two-column row; a
table row stays a table row (made-up word boxes on a 540-wide page)."""

from __future__ import annotations

from dispatch_tools.ingest.layout import reading_order
from dispatch_tools.model import BBox, Word


def _words(spec):
    """[(text, x0, y0, x1, y1)] -> Words"""
    return [Word(t, BBox(x0, y0, x1, y1), 90.0) for t, x0, y0, x1, y1 in spec]


def _texts(words):
    return [(line.text, line.column) for line in reading_order(words, page_width=540, source="test")
            if line.text]


BODY = [("Đề", 60, 20, 80, 32), ("nghị", 85, 20, 120, 32), ("các", 125, 20, 150, 32), ("đơn", 155, 20, 190, 32),
        ("vị", 195, 20, 210, 32), ("thực", 215, 20, 250, 32), ("hiện", 255, 20, 290, 32),
        ("nghiêm", 295, 20, 350, 32), ("túc", 355, 20, 480, 32)]
FOOT_TOP = BODY + [("Nơi", 60, 50, 85, 62), ("nhận:", 90, 50, 130, 62),
            ("KT.", 330, 50, 355, 62), ("GIÁM", 360, 50, 400, 62), ("ĐỐC", 405, 50, 440, 62),
            ("-", 60, 66, 65, 78), ("Như", 70, 66, 95, 78), ("trên;", 100, 66, 130, 78),
            ("PHÓ", 345, 66, 375, 78), ("GIÁM", 380, 66, 420, 78), ("ĐỐC", 425, 66, 460, 78),
            ("-", 60, 82, 65, 94), ("UBND", 70, 82, 110, 94), ("tỉnh;", 115, 82, 150, 94)]


def test_a_row_the_signature_cut_in_three_stays_in_its_two_columns():
    # the name's first letter read apart from the rest of it under the signature's ink
    words = _words(FOOT_TOP + [
        ("-", 60, 98, 65, 110), ("Lưu:", 70, 98, 100, 110), ("VT,", 105, 98, 125, 110), ("KH.", 130, 98, 155, 110),
        ("N", 350, 99, 360, 111), ("ễn", 400, 99, 415, 111), ("Văn", 420, 99, 445, 111), ("An", 450, 99, 470, 111)])
    assert _texts(words) == [
        ("Đề nghị các đơn vị thực hiện nghiêm túc", "full"), ("Nơi nhận:", "left"), ("- Như trên;", "left"), ("- UBND tỉnh;", "left"), ("- Lưu: VT, KH.", "left"),
        ("KT. GIÁM ĐỐC", "right"), ("PHÓ GIÁM ĐỐC", "right"), ("N ễn Văn An", "right")]


def test_a_letter_of_ink_beside_the_list_item_is_left_out():
    words = _words(FOOT_TOP + [
        ("-", 60, 98, 65, 110), ("Lưu:", 70, 98, 100, 110), ("VT.", 105, 98, 125, 110),
        ("n", 250, 98, 258, 110), ("Xa", 340, 99, 355, 111), ("Văn", 400, 99, 425, 111), ("An", 430, 99, 450, 111)])
    texts = _texts(words)
    assert ("- Lưu: VT.", "left") in texts and ("Xa Văn An", "right") in texts


def test_a_table_row_under_the_body_stays_a_table_row():
    body = [("Các", 60, 30, 90, 42), ("đơn", 95, 30, 125, 42), ("vị", 130, 30, 145, 42),
            ("báo", 150, 30, 480, 42)]
    words = _words(body + [("1", 60, 50, 70, 62), ("Sở", 90, 50, 110, 62), ("Y", 115, 50, 125, 62),
                           ("tế", 130, 50, 145, 62), ("15/6", 330, 50, 360, 62), ("Văn", 420, 50, 445, 62),
                           ("bản", 450, 50, 480, 62)])
    assert _texts(words) == [("Các đơn vị báo", "full"), ("1\tSở Y tế\t15/6\tVăn bản", "full")]


def test_a_table_row_beside_a_left_line_stays_a_table_row():
    # a short left-hand line (the end of a paragraph) above a table row is no two-column row
    words = _words([("thực", 60, 30, 90, 42), ("hiện:", 95, 30, 130, 42),
                    ("1", 60, 50, 70, 62), ("Sở", 90, 50, 110, 62), ("Y", 115, 50, 125, 62),
                    ("tế", 130, 50, 145, 62), ("15/6", 330, 50, 360, 62), ("Văn", 420, 50, 445, 62),
                    ("bản", 450, 50, 480, 62)])
    assert _texts(words)[-1] == ("1\tSở Y tế\t15/6\tVăn bản", "full")


def test_a_header_row_cut_in_three_above_the_body_is_left_as_read():
    # the motto's rule read as "BH... TL" beside the issuer: no signature, the header's business
    words = _words([("UBND", 60, 30, 110, 42), ("TỈNH", 115, 30, 150, 42),
                    ("CỘNG", 300, 30, 350, 42), ("HÒA", 355, 30, 390, 42),
                    ("SỞ", 60, 46, 80, 58), ("Y", 85, 46, 95, 58), ("TẾ", 100, 46, 120, 58),
                    ("BH...", 310, 46, 350, 58), ("TL", 420, 46, 440, 58),
                    ("Số:", 60, 62, 90, 74), ("12/SYT", 95, 62, 150, 74),
                    ("Hà", 320, 62, 340, 74), ("Nội,", 345, 62, 380, 74)] + [
                   (w, x0, 100, x1, 112) for w, x0, x1 in BODY_WORDS])
    texts = _texts(words)
    assert ("SỞ Y TẾ\tBH...\tTL", "full") in texts


BODY_WORDS = [("Đề", 60, 80), ("nghị", 85, 120), ("các", 125, 150), ("đơn", 155, 190), ("vị", 195, 210),
              ("thực", 215, 250), ("hiện", 255, 480)]
