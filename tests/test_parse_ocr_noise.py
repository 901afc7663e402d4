"""OCR noise the parse of a scanned dispatch tolerates (made-up lines in the shape of what an OCR
pass reads): symbols whose separators were read twice or with a space, a quote read inside a
symbol, specks ending a line, a misread authority prefix, a date whose year wrapped under a
hand-filled day, and a decision's authority line read onto its title."""

from __future__ import annotations

import pytest

from dispatch_tools.model import Document, Fields, Mark, Page
from dispatch_tools.parse.marks import apply_marks
from dispatch_tools.parse.tidy import tidy_note, tidy_number, tidy_symbol
from dispatch_tools.repair import restore

from .test_parse_fields import dispatch, parse


# --------------------------------------------------------------------------- symbols


@pytest.mark.parametrize("cited, number", [
    ("Nghị quyết số 12/2019/NQ- -HĐND ngày 10 tháng 7 năm 2019", "12/2019/NQ-HĐND"),  # a dash read twice
    ("Tờ trình số 305/TTr-\n- SNV ngày 10 tháng 7 năm 2019", "305/TTr-SNV"),  # the line broke after it
    ("Kết luận số 48 —- KL/TU ngày 10 tháng 7 năm 2019", "48–KL/TU"),  # a long dash and a hyphen
    ("Quyết định số 77/⁄QĐ-UBND ngày 10 tháng 7 năm 2019", "77/QĐ-UBND"),  # a fraction slash beside it
    ("Công văn số 415/B Tư-VP ngày 10 tháng 7 năm 2019", "415/BTư-VP"),  # a space inside a code
    ("văn bản số HĐ/03- 2019 ngày 10 tháng 7 năm 2019", "HĐ/03-2019"),  # a space after a separator
])
def test_a_cited_symbol_whose_separators_ocr_misread_is_read_whole(cited, number):
    refs = dispatch(f"Thực hiện {cited} của Ủy ban nhân dân tỉnh, Sở đề nghị.")["references"]
    assert [(r["number"], r["date"]) for r in refs] == [(number, "2019-07-10")]


def test_words_after_a_symbol_are_not_taken_into_it():
    refs = dispatch("Thực hiện Công văn số 415/SNV Về việc Tổ chức Hội nghị, Sở đề nghị.")["references"]
    assert [r["number"] for r in refs] == ["415/SNV"]


def test_a_quote_read_after_the_first_letter_of_a_code_is_a_speck():
    assert restore("Thực hiện Công văn số 45/T'Tg-KGVX ngày 3/4/2024", read_by_ocr=True).text == \
        "Thực hiện Công văn số 45/TTg-KGVX ngày 3/4/2024"


def test_the_subject_opener_under_a_number_whose_end_was_read_as_a_separator_stays_out_of_it():
    for line in ("Số: 245 /SNV-TCBC_", "Số: 245/SNV-TCBC-"):
        data = dispatch(number_line=line)
        assert (data["number"], data["subject"]) == ("245/SNV-TCBC", "phối hợp triển khai Chiến dịch")
    assert tidy_number("12/UBND-VP") == "12/UBND-VP"


def test_a_quote_read_inside_a_symbol_is_a_speck():
    assert restore("theo Tờ trình số 52/TTr-SG”TVT ngày 3/4/2024", read_by_ocr=True).text == \
        "theo Tờ trình số 52/TTr-SGTVT ngày 3/4/2024"
    typed = 'Bộ Y tế ban hành “Hướng dẫn” và “KẾ HOẠCH”'
    assert restore(typed, read_by_ocr=True).text == typed


# --------------------------------------------------------------------------- specks ending a line


@pytest.mark.parametrize("read, fixed", [
    ("- Văn phòng Tỉnh ủy, -:\n- Lưu: VT.", "- Văn phòng Tỉnh ủy,\n- Lưu: VT."),
    ("Kính gửi: Công ty Cổ phần Ánh Dương (Hà Nội) :\n(Địa chỉ: số 5 phố Huế)",
     "Kính gửi: Công ty Cổ phần Ánh Dương (Hà Nội)\n(Địa chỉ: số 5 phố Huế)"),
    ("- Sở Tài chính; .\n- Lưu: VT.", "- Sở Tài chính;\n- Lưu: VT."),
    ("Sở Nội vụ có ý .\nkiến như sau:", "Sở Nội vụ có ý\nkiến như sau:"),
    ("từ nguồn ngân sách _\nnhà nước", "từ nguồn ngân sách\nnhà nước"),
    # a speck read as a dash between the two syllables of one word
    ("- Các đơn vị trực -\nthuộc Sở;", "- Các đơn vị trực\nthuộc Sở;"),
    ("bồi dưỡng nghiệp vụ cho giáo viên mầm -\nnon toàn huyện", "bồi dưỡng nghiệp vụ cho giáo viên mầm\nnon toàn huyện"),
])
def test_specks_ending_a_line_of_ocr_text_are_dropped(read, fixed):
    assert restore(read, read_by_ocr=True).text == fixed


@pytest.mark.parametrize("line", [
    "phát triển kinh tế -\nxã hội", "Số: ...\nV/v báo cáo", "bảo đảm an ninh -\nquốc phòng",
    "giai đoạn 2021 -\n2025", "Sở Văn hóa -\nThể thao và Du lịch", "Kính gửi :\n- Sở Y tế;", "QUYẾT ĐỊNH .\nVề việc",
])
def test_marks_that_may_end_a_line_stay(line):
    assert restore(line, read_by_ocr=True).text == line


# --------------------------------------------------------------------------- the signature block


@pytest.mark.parametrize("prefix", ["TI.", "TI..", "T1.", "TL.."])
def test_an_authority_prefix_ocr_misread_is_read(prefix):
    data = dispatch(f"Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n{prefix} GIÁM ĐỐC\n"
                    "CHÁNH VĂN PHÒNG\n\nLê Văn Tám")
    assert data["signer"]["authority"] == "TL."
    assert data["signer"]["capacity"] == "GIÁM ĐỐC"
    assert data["signer"]["name"] == "Lê Văn Tám"


# --------------------------------------------------------------------------- the date


def test_a_hand_filled_day_whose_year_wrapped_keeps_the_parsed_month_and_year():
    """The day box was read on a line that held the month but not the year (``ngày 9 tháng 3
    năm`` / ``2021``): the date the parser read, of the same month, gives the year."""
    mark = Mark("handwriting", None, "", {"field": "date", "reading": "9", "month": "03", "year": None,
                                          "reader": "pp-ocrv6+v5"})
    doc = Document(None, "image", pages=[Page(1, marks=[mark])])
    doc.fields = Fields(date="2021-03-09")
    apply_marks(doc)
    assert doc.fields.date == "2021-03-09"
    doc.fields = Fields(date="2021-04-09")  # another month: the box does not fit it
    apply_marks(doc)
    assert doc.fields.date is None and "date" in doc.fields.review


# --------------------------------------------------------------------------- a decision's title


DECISION = """ỦY BAN NHÂN DÂN
TỈNH BẮC KẠN

Số: 15/2023/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bắc Kạn, ngày 3 tháng 5 năm 2023

QUYẾT ĐỊNH
{title}

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
"""


def test_the_authority_line_read_onto_a_decisions_title_is_cut_off():
    title = "BAN HÀNH QUY ĐỊNH QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH BẮC KẠN ỦY BAN NHÂN DÂN TỈNH BẮC\nKẠN"
    assert parse(DECISION.format(title=title))["subject"] == "BAN HÀNH QUY ĐỊNH QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH BẮC KẠN"


def test_a_title_that_names_the_issuer_keeps_it():
    title = "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH BẮC KẠN\nỦY BAN NHÂN DÂN TỈNH BẮC KẠN"
    assert parse(DECISION.format(title=title))["subject"] == \
        "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"


def test_a_name_after_a_tab_on_a_line_of_the_left_column_is_the_signers():
    data = dispatch("Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n"
                    "(Kèm theo Kế hoạch số 3/KH-SYT)\tTrần\tThị Lan")
    assert data["signer"]["name"] == "Trần Thị Lan"
    assert data["signer"]["title"] == "PHÓ GIÁM ĐỐC"


# --------------------------------------------------------------------------- figures and numerals


@pytest.mark.parametrize("read, fixed", [
    ("- Vụ TH, V.IH;", "- Vụ TH, V.III;"),  # Vụ III: its II read as H
    ("Đại hội đại biểu lần thứ XHI của Đảng", "Đại hội đại biểu lần thứ XIII của Đảng"),
    ("Quyết định số 5/QĐ-UB ngày O2 tháng 9 năm 2O19 của Ủy ban", "Quyết định số 5/QĐ-UB ngày 02 tháng 9 năm 2019 của Ủy ban"),
    ("trước ngày l5/10/2024", "trước ngày 15/10/2024"),
    # a figure of a document's number, before the stroke and the code or year of its symbol
    ("theo Tờ trình số\n3o21/TTr-SNV ngày 2 tháng 4", "theo Tờ trình số\n3021/TTr-SNV ngày 2 tháng 4"),
    ("Số: l5/KH-UBND", "Số: 15/KH-UBND"),
    ("Quyết định số 4O/2024/QĐ-UBND của tỉnh", "Quyết định số 40/2024/QĐ-UBND của tỉnh"),
])
def test_numerals_and_date_figures_ocr_read_as_letters_are_put_back(read, fixed):
    assert restore(read, read_by_ocr=True).text == fixed


@pytest.mark.parametrize("line", ["Phòng chống HIV và các Bộ: VH, TH;", "tháng I của năm", "NHI đồng",
                                  "mục II/Phần A", "Khu IO/A", "phòng 1O1/tầng 2", "mã SO/UBND"])
def test_letters_that_are_no_misread_figures_stay(line):
    assert restore(line, read_by_ocr=True).text == line


# --------------------------------------------------------------------------- tidied fields


@pytest.mark.parametrize("read, fixed", [
    ("15/2021/TT-BLDTBXH", "15/2021/TT-BLĐTBXH"),  # the stroke of a Đ lost in a known body's code
    ("204/QD-SKHDT", "204/QĐ-SKHĐT"),
    ("88/KH-UBND", "88/KH-UBND"),
    ("9/DDT-ABC", "9/DDT-ABC"),  # no known code: left as read
])
def test_a_known_code_read_without_the_stroke_of_its_d_gets_it_back(read, fixed):
    assert tidy_symbol(read) == fixed


@pytest.mark.parametrize("read, fixed", [
    ("312/5STC-NS", "312/STC-NS"),  # S read twice, once as a 5
    ("40/KH-8BXD", "40/KH-BXD"),
    ("77/5KH-UBND", "77/5KH-UBND"),  # 5 does not look like K: kept
    ("61/2ABC-TC", "61/2ABC-TC"),  # no known code after the digit: kept
])
def test_a_known_code_whose_first_letter_was_read_twice_as_a_digit_loses_it(read, fixed):
    assert tidy_symbol(read) == fixed


@pytest.mark.parametrize("read, fixed", [
    ("Đ/c Lê Văn An (đế b/c)", "Đ/c Lê Văn An (để b/c)"),
    ("UBND các huyện (dể biết)", "UBND các huyện (để biết)"),
    ("Sở Nội vụ (đề nghị thực hiện)", "Sở Nội vụ (đề nghị thực hiện)"),  # another word: kept
])
def test_the_purpose_note_of_a_distribution_entry_is_read_with_de(read, fixed):
    assert tidy_note(read) == fixed


@pytest.mark.parametrize("read, fixed", [
    ("Lưu: VT, (TH/K)M.", "Lưu: VT, (TH/K) M."),  # a space lost after a bracket of codes
    ("Sở Tư pháp: GĐ, Phòng HCTP,VP", "Sở Tư pháp: GĐ, Phòng HCTP,VP"),  # a comma glued to a code: as printed
    ("Đ/c Lê b Quang Minh (để b/c)", "Đ/c Lê Quang Minh (để b/c)"),  # a lone letter between names
    ("Lưu: VT, HC(3)", "Lưu: VT, HC(3)"),  # a bracket glued before: as printed
    ("Phòng A,các tổ", "Phòng A,các tổ"),  # a small word after the comma: as printed
    ("UBND xã A và b Đội 2", "UBND xã A và b Đội 2"),  # a letter after a small word: kept
])
def test_a_space_ocr_lost_and_a_lone_letter_in_a_distribution_entry(read, fixed):
    assert tidy_note(read) == fixed


# --------------------------------------------------------------------------- a dash opening a wrapped line


WRAPPED = """Sở Văn hóa, Thể thao và Du lịch đề nghị các huyện, thị xã tổ chức tốt việc này.
Các đơn vị tổ chức các hoạt động tuyên truyền rộng khắp trong toàn thể cán bộ
{dash} đảng viên, đoàn viên và nhân dân trên địa bàn về ý nghĩa của ngày lễ lớn.
Kế hoạch phát triển đô thị của tỉnh được thực hiện trong cả giai đoạn 2021
{dash} 2025 theo Chương trình phát triển đô thị quốc gia đã được phê duyệt.
Các đơn vị thực hiện các nội dung sau đây theo đúng quy định hiện hành:
- Sở Tài chính;
- Sở Nội vụ."""


def test_a_dash_opening_a_line_that_goes_on_from_a_full_line_is_no_list_dash():
    fixed = restore(WRAPPED.format(dash="-"), read_by_ocr=True).text.split("\n")
    assert fixed[2].startswith("đảng viên, đoàn viên")  # a speck: dropped
    assert fixed[3].endswith("giai đoạn 2021 -") and fixed[4].startswith("2025 theo")  # a range: kept above
    assert fixed[6:] == ["- Sở Tài chính;", "- Sở Nội vụ."]  # after a line that ends with ":", list dashes
    typed = WRAPPED.format(dash="-")
    assert restore(typed).text == typed  # typed text keeps its dashes


def test_a_glued_dash_or_one_before_small_letters_under_a_full_line_is_no_list_dash():
    text = WRAPPED.replace("trong toàn thể cán bộ\n{dash} đảng viên", "trong toàn thể cán bộ.\n- đảng viên")
    text = text.replace("cả giai đoạn 2021\n{dash} 2025 theo", "cả giai đoạn từ năm\n-Hai nghìn theo")
    fixed = restore(text, read_by_ocr=True).text.split("\n")
    assert fixed[2].startswith("đảng viên, đoàn viên") and fixed[4].startswith("Hai nghìn theo")


def test_a_full_stop_between_nam_and_its_year_is_a_speck():
    assert restore("quy hoạch chung đến năm.\n2030 của tỉnh", read_by_ocr=True).text == "quy hoạch chung đến năm\n2030 của tỉnh"
    assert restore("quy hoạch chung đến năm. 2030 của tỉnh", read_by_ocr=True).text == \
        "quy hoạch chung đến năm 2030 của tỉnh"
    assert restore("Hết năm. Sang năm mới", read_by_ocr=True).text == "Hết năm. Sang năm mới"
    listed = "các chỉ tiêu trong năm.\n2. Tổ chức thực hiện"
    assert restore(listed, read_by_ocr=True).text == listed
