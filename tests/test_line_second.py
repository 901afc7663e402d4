"""The second reading of unsure printed lines (ingest/line_second.py): which runs of words the
language model takes from the line recogniser, and the page's words after the merge."""

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from dispatch_tools.ingest import line_second, second_reader
from dispatch_tools.repair.lm import all_known, line_score


def _rows(text: str, conf: float = 70.0, top: int = 100, line: int = 1) -> list[list]:
    out, x = [], 50
    for word in text.split():
        out.append([word, x, top, 18 * len(word), 40, conf, 1, 1, line])
        x += 18 * len(word) + 20
    return out


def _reading(text: str, sure: float = 0.98) -> second_reader.Reading:
    return second_reader.Reading(text, [(c, sure) for c in text])


def _merged(tess: str, other: str) -> str:
    return " ".join(r[0] for r in line_second.merge(_rows(tess), _reading(other), line_score, all_known))


def test_lost_marks_and_split_words_are_taken_from_the_second_reading():
    assert (_merged("Căn cứ Luật Tô Ô chức chính quyên địa phương", "Căn cứ Luật Tổ chức chính quyền địa phương")
            == "Căn cứ Luật Tổ chức chính quyền địa phương")
    assert _merged("I. MỤC ĐÍCH, YÊU CẢU", "I. MỤC ĐÍCH, YÊU CẦU") == "I. MỤC ĐÍCH, YÊU CẦU"


def test_a_worse_second_reading_is_not_taken():
    tess = "kết quả cuộc họp của Hội đồng xét chuyển ngạch"
    assert _merged(tess, "kết quả cuộc họp của Hội đồng xét chuyển ngọạnch") == tess


def test_figures_stay_as_tesseract_read_them():
    """The model scores figures by their class: 373 and 573 alike, so it cannot choose."""
    assert _merged("Tờ trình số 373/TTr-SNV ngày 30/12/2024", "Tờ trình số 573/TTr-SNV ngày 30/12/2024") \
        == "Tờ trình số 373/TTr-SNV ngày 30/12/2024"
    assert _merged("tháng l] năm 202] của", "tháng 11 năm 2021 của") == "tháng l] năm 202] của"


def test_specks_read_as_letters_are_not_taken():
    assert _merged("À .ˆ^A", "À s;:ôu") == "À .ˆ^A"


def test_words_only_added_or_dropped_stay():
    assert _merged("Về việc tăng cường", "Về việc tăng cường công tác") == "Về việc tăng cường"


def test_new_words_share_the_boxes_of_those_they_replace():
    seg = _rows("Luật Tô Ô chức", conf=60.0)
    new = line_second.merge(seg, _reading("Luật Tổ chức", 0.9), line_score, all_known)
    assert [r[0] for r in new] == ["Luật", "Tổ", "chức"]
    assert new[0] is seg[0] and new[2] is seg[3]
    left, right = seg[1][1], seg[2][1] + seg[2][3]
    assert new[1][1] == left and new[1][1] + new[1][3] == right  # the one word spans both old boxes
    assert new[1][5] == 90.0 and new[1][6:] == seg[1][6:]


def test_only_unsure_lines_are_read_again_and_merged_in_place(monkeypatch):
    sure = _rows("Ủy ban nhân dân tỉnh", conf=96.0, top=40, line=1)
    unsure = _rows("Luật Tô Ô chức chính quyên", conf=70.0, top=100, line=2)
    after = _rows("địa phương", conf=95.0, top=160, line=3)
    calls = []

    def read(image, kind):
        calls.append(image.size)
        return _reading("Luật Tổ chức chính quyền")

    monkeypatch.setattr(second_reader, "available", lambda kind: True)
    monkeypatch.setattr(second_reader, "read", read)
    rows = line_second.line_relook(Image.new("L", (1200, 300), 255), sure + unsure + after)
    assert [r[0] for r in rows] == "Ủy ban nhân dân tỉnh Luật Tổ chức chính quyền địa phương".split()
    assert len(calls) == 1


def test_nothing_changes_without_the_recogniser(monkeypatch):
    rows = _rows("Luật Tô Ô chức chính quyên", conf=70.0)
    monkeypatch.setattr(second_reader, "_ENGINES", {})
    monkeypatch.setattr(second_reader, "_package_dir", lambda name: None)
    assert line_second.line_relook(Image.new("L", (1200, 300), 255), rows) == rows
    monkeypatch.setattr(second_reader, "_package_dir", lambda name: Path("/nonexistent"))
    monkeypatch.setenv("DISPATCH_SECOND_READER", "off")
    assert line_second.line_relook(Image.new("L", (1200, 300), 255), rows) == rows


def test_a_long_line_fits_the_line_recogniser():
    """AsterNet has positions for 256 steps of 4 px: a longer tensor would fail in the engine."""
    image = Image.new("RGB", (4000, 40), "white")
    assert second_reader._aster_tensor(image).shape == (1, 3, 32, second_reader.ASTER_WIDTH)
    assert second_reader._aster_tensor(Image.new("RGB", (300, 40), "white")).shape[3] < 400


FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")


@pytest.mark.skipif(not FONT.is_file(), reason="Liberation fonts are not installed")
def test_line_recogniser_reads_a_printed_line():
    if not second_reader.available("line"):
        pytest.skip("the line recogniser (asterocr) is not installed")
    text = "Căn cứ Luật Tổ chức chính quyền địa phương"
    image = Image.new("L", (1300, 70), 255)
    ImageDraw.Draw(image).text((20, 10), text, fill=0, font=ImageFont.truetype(str(FONT), 44))
    reading = second_reader.read(image, "line")
    assert reading.text.split() == text.split()
    wide = Image.new("L", (5000, 70), 255)
    wide.paste(image, (0, 0))
    assert second_reader.read(wide, "line") is not None  # squeezed to fit, no error


def test_a_heading_in_capitals_keeps_its_capitals():
    # the line recogniser reads a heading's capitals small at times; the language model cannot tell
    assert _merged("ỦY BAN NHÂN ĐÂN TỈNH", "ủy ban nhân dân tỉnh") == "ỦY BAN NHÂN DÂN TỈNH"
    assert _merged("Căn cứ Luật Tô Ô chức", "căn cứ Luật Tổ chức") in ("căn cứ Luật Tổ chức", "Căn cứ Luật Tổ chức")


def _words(*pairs, top=100, line=1):
    """Rows for (word, confidence) pairs, left to right on one line."""
    out, x = [], 50
    for word, conf in pairs:
        out.append([word, x, top, 18 * len(word), 40, conf, 1, 1, line])
        x += 18 * len(word) + 20
    return out


def _pieces(rows, budget=line_second.BUDGET):
    return [[r[0] for r in seg] for seg, _, _ in line_second.unsure_lines(rows, budget)]


def test_only_the_unsure_words_are_read_again_with_a_sure_word_each_side():
    rows = _words(("Căn", 96), ("cứ", 96), ("Luật", 95), ("Tô", 92), ("Ô", 0), ("chức", 96), ("chính", 96),
                  ("quyền", 96), ("địa", 96), ("phương", 96), ("ngày", 96), ("thành", 96), ("phó", 87), ("bố", 95))
    assert _pieces(rows) == [["Tô", "Ô", "chức"], ["thành", "phó", "bố"]]  # the least sure first
    seg, before, after = line_second.unsure_lines(rows)[0]
    assert [r[0] for r in before] == ["Căn", "cứ", "Luật"] and after[0][0] == "chính"
    assert _pieces(_words(("Ủy", 96), ("ban", 95), ("nhân", 96), ("dân", 96))) == []  # a sure line is not read


def test_words_with_figures_are_neither_read_again_nor_read_with_an_unsure_word():
    """A run holding a figure is never taken from the second reading: reading one is time lost."""
    assert _pieces(_words(("Quyêt", 80), ("1690-CV/TĐTN", 60), ("định", 96))) == [["Quyêt"]]
    assert _pieces(_words(("ngày", 96), ("28/3/2025:", 40), ("của", 96))) == []


def test_pieces_of_specks_are_not_read():
    """A seal's or a stamp's specks read as a letter or two are no printed words."""
    assert _pieces(_words(("củ", 14))) == []
    assert _pieces(_words(("ˆ", 15), ("|", 40), ("cà", 17))) == []
    assert _pieces(_words(("cà", 17), ("PHÓ", 71), ("CHỦ", 96))) == [["cà", "PHÓ", "CHỦ"]]
    smear = _words(("Hiệu", 96), ("trưởng", 96), ("_—..ẻ.anwợn", 5))
    smear[2][3] = 40 * smear[2][4]  # a rule 40 word heights long read as eleven characters
    assert _pieces(smear) == []


def test_a_smear_does_not_spend_the_budget_of_the_words_read_after_it():
    rows = _words(("Lê", 91), ("nị", 10), ("Ngọc", 96), ("Hân", 89), top=300, line=2)
    smear = _words(("_—..ẻ.anwợn", 5), top=100, line=1)
    smear[0][3] = 40 * smear[0][4]
    assert _pieces(smear + rows) == [["Lê", "nị", "Ngọc", "Hân"]]


def test_the_least_sure_pieces_are_read_as_long_as_the_budget_lasts():
    rows = (_words(("đồng", 96), ("thị", 60), ("và", 96), top=100, line=1)
            + _words(("Tổ", 96), ("quôc", 85), ("Việt", 96), top=200, line=2)
            + _words(("kết", 96), ("tông", 40), ("kết", 96), top=300, line=3))
    assert _pieces(rows, None) == [["kết", "tông", "kết"], ["đồng", "thị", "và"], ["Tổ", "quôc", "Việt"]]
    one = line_second.columns(line_second.unsure_lines(rows, None)[0][0])
    assert _pieces(rows, one) == [["kết", "tông", "kết"]]
    assert _pieces(rows, 0) == []


def test_a_piece_is_cut_halfway_to_the_words_beside_it():
    """A part of the next word's first letter read with the piece makes a new word (``Ngô`` read
    ``Ngôi`` when the ``V`` of ``Văn`` is cut into the crop)."""
    rows = _words(("Đồng", 96), ("chí", 96), ("Trung", 96), ("tả", 70), ("Ngô", 93), ("Văn", 96))
    seg, before, after = line_second.unsure_lines(rows)[0]
    image = Image.new("L", (1000, 300), 255)
    piece = line_second.crop(image, seg, before[-1], after[0])
    assert piece.width == (after[0][1] + seg[-1][1] + seg[-1][3]) // 2 - (before[-1][1] + before[-1][3] + seg[0][1]) // 2
    assert line_second.crop(image, seg).width > piece.width  # at a line's ends the margins stay


@pytest.mark.skipif(not FONT.is_file(), reason="Liberation fonts are not installed")
def test_an_unsure_word_read_again_in_its_piece_is_mended_on_a_rendered_line():
    if not second_reader.available("line"):
        pytest.skip("the line recogniser (asterocr) is not installed")
    font = ImageFont.truetype(str(FONT), 44)
    image = Image.new("L", (1500, 90), 255)
    draw, rows, x = ImageDraw.Draw(image), [], 20
    for word, read, conf in [("Căn", "Căn", 96), ("cứ", "cứ", 96), ("Luật", "Luật", 95), ("Tổ", "Tô", 60),
                             ("chức", "chức", 96), ("chính", "chính", 96), ("quyền", "quyền", 96),
                             ("địa", "địa", 96), ("phương", "phương", 96)]:
        draw.text((x, 20), word, fill=0, font=font)
        left, top, right, bottom = draw.textbbox((x, 20), word, font=font)
        rows.append([read, left, top, right - left, bottom - top, float(conf), 1, 1, 1])
        x = right + 14
    got = line_second.line_relook(image, rows)
    assert " ".join(r[0] for r in got) == "Căn cứ Luật Tổ chức chính quyền địa phương"


def test_the_unsure_words_are_read_twice_by_default_within_the_budget(monkeypatch):
    import argparse

    from dispatch_tools.cli.arguments import options_from
    from dispatch_tools.options import Options

    monkeypatch.delenv("DISPATCH_READ_TWICE", raising=False)
    assert (Options().second_lines, Options().second_all) == (True, False)
    assert options_from(argparse.Namespace(read_once=True)).second_lines is False
    assert options_from(argparse.Namespace(read_twice=True)).second_all is True
    monkeypatch.setenv("DISPATCH_READ_TWICE", "0")
    assert Options().second_lines is False
    monkeypatch.setenv("DISPATCH_READ_TWICE", "1")
    assert (Options().second_lines, Options().second_all) == (True, True)


def _merged_judged(tess: str, other: str) -> str:
    return " ".join(r[0] for r in line_second.merge(_rows(tess), _reading(other), line_score, line_second.judged))


def test_an_abbreviation_the_corpus_uses_is_taken_where_the_model_scores_both_alike():
    """The model reads every abbreviation in capitals as one class: ``VF`` and ``VT`` score alike, and
    the corpus, which files copies ``Lưu: VT`` and not ``VF``, tells them apart."""
    assert _merged_judged("- Lưu: VF.", "- Lưu: VT.") == "- Lưu: VT."
    assert _merged_judged("- Lưu: VTF.", "- Lưu: VT.") == "- Lưu: VT."
    assert _merged_judged("- Lưu: VT.", "- Lưu: VF.") == "- Lưu: VT."  # the corpus's own stays


def test_a_code_the_corpus_never_wrote_is_not_taken():
    assert _merged_judged("- Lưu: VT.", "- Lưu: XQZW.") == "- Lưu: VT."
    assert _merged_judged("À .ˆ^A", "À s;:ôu") == "À .ˆ^A"
