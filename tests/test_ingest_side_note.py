"""A numbered note typed beside the header of a scan is kept apart from the subject's lines.

Word boxes laid out as the engine returns them for a 300-dpi page whose receiving office typed a
numbered note (in a smaller font) right of the subject, a gap narrower than the header's columns
away (as on a development scan): generated here, no image needed.
"""

from __future__ import annotations

from dispatch_tools.ingest.layout import reading_order
from dispatch_tools.model import BBox, Word

WIDTH = 2480
H = 45  # the text's height
NOTE_X = 1115


def _words(x: float, y: float, text: str, height: float = H, pitch: float = 24, end: float | None = None
           ) -> list[Word]:
    """The words of ``text`` from ``x``, each as wide as its letters (to end at ``end`` if given)."""
    if end is not None:
        pitch = (end - x - 0.35 * H * (len(text.split()) - 1)) / len(text.replace(" ", ""))
    out = []
    for part in text.split():
        w = len(part) * pitch
        out.append(Word(part, BBox(x, y, x + w, y + height), 95.0))
        x += w + 0.35 * H
    return out


def _page(note: bool = True, second: str = "2. Phòng") -> tuple[list[Word], list[tuple]]:
    rows = [
        [_words(340, 240, "UBND THÀNH PHỐ ĐÀ NẴNG"), _words(1190, 240, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")],
        [_words(340, 315, "SỞ GIÁO DỤC VÀ ĐÀO TẠO"), _words(1350, 320, "Độc lập - Tự do - Hạnh phúc")],
        [_words(415, 450, "Số: 1595 /SGDĐT-CTrTT"), _words(1270, 445, "Đà Nẵng, ngày 31 tháng 5 năm 2019")],
        [_words(380, 525, "V/v bảo đảm TTATGT cho HS, SV", end=1097)],
        [_words(676, 590, "2 ĐÀ", height=9)],  # specks between two lines
        [_words(405, 600, "trong dịp nghỉ hè và kỳ thi THPT", end=1075)],
        [_words(560, 655, "quốc gia năm 2019", end=937)],
        [_words(480, 830, "Kính gửi:")],
        [_words(790, 900, "- Trưởng phòng GD&ĐT các quận, huyện;")],
        [_words(480, 1000, "Thực hiện kế hoạch của Ủy ban nhân dân thành phố về bảo đảm trật tự an")],
        [_words(340, 1060, "toàn giao thông trong dịp nghỉ hè năm 2019, Sở Giáo dục và Đào tạo đề nghị:")],
    ] + [[_words(340, 1120 + 60 * k, "các đơn vị tổ chức tuyên truyền phổ biến đến toàn thể học sinh sinh viên")]
         for k in range(30)]
    if note:
        small = {"height": 32, "pitch": 19}
        rows[3].append(_words(NOTE_X, 528, "1. Cô Hương gửi văn bản đến các đơn vị thuộc trường để phổ biến", **small))
        rows[4].append(_words(NOTE_X, 575, "CB-GV-NV;", **small))
        rows[5].append(_words(NOTE_X - 2, 608, second + " CTSV phối hợp với Đoàn TN phổ biến đến toàn thể SV;", **small))
        rows[6].append(_words(NOTE_X - 1, 655, "3. Công đoàn phối hợp với lãnh đạo các đơn vị tuyên truyền", **small))
        rows.insert(7, [_words(NOTE_X, 700, "4. Phòng CTSV theo dõi tổng hợp báo cáo Sở theo quy định.", **small)])
    words, keys = [], []
    for r, row in enumerate(rows):
        for part in row:  # the engine reads a subject's line and the note's beside it as one line
            words += part
            keys += [(r, 0, 0)] * len(part)
    return words, keys


def _lines(note: bool = True, second: str = "2. Phòng") -> list:
    words, keys = _page(note, second)
    return [line for line in reading_order(words, page_width=WIDTH, source="tesseract:vie", keys=keys) if line.text]


def _texts(words: list[Word], keys: list[tuple]) -> list[str]:
    """The texts of the lines the page's words are read into."""
    return [line.text for line in reading_order(words, page_width=WIDTH, source="tesseract:vie", keys=keys)]


def _rows_page(rows: list[list[Word]]) -> tuple[list[Word], list[tuple]]:
    """The words of the rows given and the engine's line key of each (one line a row)."""
    words, keys = [], []
    for r, row in enumerate(rows):
        words += row
        keys += [(r, 0, 0)] * len(row)
    return words, keys


def test_the_subject_reads_on_in_its_column_beside_a_numbered_note():
    lines = [line.text for line in _lines() if line.text]
    start = lines.index("V/v bảo đảm TTATGT cho HS, SV")
    assert lines[start:start + 3] == ["V/v bảo đảm TTATGT cho HS, SV", "trong dịp nghỉ hè và kỳ thi THPT",
                                      "quốc gia năm 2019"]
    note = [line for line in _lines() if line.text[:2] in ("1.", "2.", "3.", "4.") or line.text == "CB-GV-NV;"]
    assert [line.text[:2] for line in note] == ["1.", "CB", "2.", "3.", "4."]
    assert {line.column for line in note} == {"right"}


def test_a_note_whose_item_the_engine_misread_is_found_by_the_others():
    # a photocopy's "2. Phòng" read "7 ng": items 1, 3 and 4 still count up at one edge
    lines = _lines(second="7 ng")
    texts = [line.text for line in lines]
    start = texts.index("V/v bảo đảm TTATGT cho HS, SV")
    assert texts[start + 1:start + 3] == ["trong dịp nghỉ hè và kỳ thi THPT", "quốc gia năm 2019"]
    assert next(line for line in lines if line.text.startswith("7 ng")).column == "right"


def test_the_note_and_the_page_lose_no_word():
    words, _ = _page()
    read = " ".join(line.text for line in _lines()).split()
    kept = [w.text for w in words if w.bbox.height > 9]  # all but the specks between two lines
    assert sorted(read) == sorted(kept)


def test_a_page_without_a_note_reads_as_before():
    lines = [line.text for line in _lines(note=False)]
    assert "V/v bảo đảm TTATGT cho HS, SV" in lines and "trong dịp nghỉ hè và kỳ thi THPT" in lines
    assert "2 ĐÀ" in " ".join(lines)  # specks are dropped only beside a note's words


def test_one_numbered_item_beside_a_line_is_no_note():
    words, keys = _page(note=False)
    extra = _words(NOTE_X, 528, "1. Cô Hương gửi văn bản đến các đơn vị", height=32, pitch=19)
    words += extra
    keys += [(3, 0, 0)] * len(extra)
    lines = _texts(words, keys)
    assert any(text.startswith("V/v bảo đảm TTATGT cho HS, SV 1. Cô Hương") for text in lines)


def test_a_numbered_list_after_kinh_gui_is_the_pages_own():
    rows = [_words(340, 240, "SỞ NỘI VỤ"), _words(1190, 240, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            _words(480, 400, "Kính gửi:") + _words(760, 400, "1. Sở Tài chính;"),
            _words(760, 460, "2. Sở Kế hoạch và Đầu tư;"), _words(760, 520, "3. Kho bạc Nhà nước tỉnh.")]
    rows += [_words(340, 700 + 60 * k, "các đơn vị tổ chức tuyên truyền phổ biến đến toàn thể học sinh sinh viên")
             for k in range(30)]
    lines = _texts(*_rows_page(rows))
    assert "Kính gửi: 1. Sở Tài chính;" in lines


def test_a_numbered_list_of_the_pages_own_size_is_no_note():
    # an article's number and its clauses indented alike: "Điều 3." over "1.", "2.", "Điều 4."
    rows = [_words(340, 240, "SỞ NỘI VỤ"), _words(1190, 240, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            _words(480, 400, "Điều 3. Cơ chế khai thác vượt công suất", end=1400),
            _words(620, 460, "1. Tổ chức, cá nhân được phép khai thác vượt không quá", end=2000),
            _words(340, 520, "định trong giấy phép khai thác khoáng sản than mà không", end=2000),
            _words(620, 580, "2. Việc khai thác vượt công suất chỉ được thực hiện sau", end=2000),
            _words(480, 640, "Điều 4. Điều kiện áp dụng", end=1100)]
    rows += [_words(340, 700 + 60 * k, "các đơn vị tổ chức tuyên truyền phổ biến đến toàn thể học sinh sinh viên")
             for k in range(30)]
    lines = _texts(*_rows_page(rows))
    assert "Điều 3. Cơ chế khai thác vượt công suất" in lines and "Điều 4. Điều kiện áp dụng" in lines


def test_a_stroke_between_two_lines_beside_the_note_is_no_word():
    # on a JPEG of the page a stroke between the subject's lines is read "sư" at 0, beside "CB-GV-NV;"
    words, keys = _page()
    for word in words:
        if word.text in ("2", "ĐÀ") and word.bbox.height == 9:
            word.text, word.bbox, word.conf = "sư", BBox(764, 562, 787, 608), 0.0
            break
    words, keys = zip(*[(w, k) for w, k in zip(words, keys) if w.text != "ĐÀ" or w.bbox.height != 9])
    lines = _texts(list(words), list(keys))
    start = lines.index("V/v bảo đảm TTATGT cho HS, SV")
    assert lines[start + 1] == "trong dịp nghỉ hè và kỳ thi THPT"
    assert "sư" not in " ".join(lines).split()


def test_articles_numbered_near_the_top_are_no_note():
    # a short decision: "Điều 1." and "Điều 2." in the page's upper part, the engine reading each article's
    # word apart from its number and text (two lines of the engine), the text's letters narrower per letter
    # than the lone word's: the articles read whole, in one column
    rows = [_words(340, 240, "BỘ TÀI CHÍNH"), _words(1190, 240, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            _words(1100, 560, "QUYẾT ĐỊNH:"),
            _words(506, 640, "Điều", pitch=30) + _words(640, 640, "1. Quyết định này quy định trách nhiệm của các cơ quan,"
                                                        " đơn vị trong", end=2300),
            _words(356, 700, "tổ chức thực", pitch=24) + _words(660, 700, "hiện.", pitch=22),
            _words(506, 790, "Điều", pitch=28) + _words(635, 790, "2. Tổ chức thực hiện", pitch=24)]
    rows += [_words(340, 880 + 60 * k, "các đơn vị tổ chức tuyên truyền phổ biến đến toàn thể học sinh sinh viên")
             for k in range(30)]
    words, keys = [], []
    for r, row in enumerate(rows):
        split = next((k for k, w in enumerate(row) if w.text in ("1.", "2.", "hiện.")), len(row))
        words += row
        keys += [(r, 0, 0)] * split + [(r, 1, 0)] * (len(row) - split)  # two engine lines on the row
    lines = [line for line in reading_order(words, page_width=WIDTH, source="tesseract:vie", keys=keys) if line.text]
    texts = [line.text for line in lines]
    assert "Điều 1. Quyết định này quy định trách nhiệm của các cơ quan, đơn vị trong" in texts
    assert "Điều 2. Tổ chức thực hiện" in texts
    assert {line.column for line in lines if "Điều" in line.text} == {"full"}
