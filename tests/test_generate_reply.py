"""The draft reply, read back with python-docx: layout, fonts on every script slot, sizes,
margins, page numbers and the exact Vietnamese wording built from seeds 000 and 002."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from dispatch_tools.errors import OutputError
from dispatch_tools.generate.profile import Profile, load_profile
from dispatch_tools.generate.reply import build_reply, write_reply

from .conftest import load_fields as fields





@pytest.fixture(scope="module")
def reply000(tmp_path_factory, profile):
    out = tmp_path_factory.mktemp("reply") / "reply.docx"
    notices = write_reply(fields("seed000"), profile, out)
    return docx.Document(str(out)), notices


def all_paragraphs(d):
    """Body paragraphs and table-cell paragraphs, in document order."""
    body = d.element.body
    out = []
    for p in body.iter(qn("w:p")):
        out.append(docx.text.paragraph.Paragraph(p, d))
    return out


def texts(d) -> list[str]:
    return [p.text.replace("\n", " ") for p in all_paragraphs(d) if p.text.strip()]


def find(d, pattern: str):
    rx = re.compile(pattern)
    hits = [p for p in all_paragraphs(d) if rx.search(p.text.replace("\n", " "))]
    assert hits, f"no paragraph matches {pattern!r}; paragraphs: {texts(d)}"
    return hits[0]


def runs_of(p):
    return [r for r in p.runs if r.text]


def size_of(p) -> float:
    sizes = {r.font.size.pt for r in runs_of(p)}
    assert len(sizes) == 1, sizes
    return sizes.pop()


# --------------------------------------------------------------------------- page and fonts


def test_page_is_a4_with_official_margins(reply000):
    d, _ = reply000
    s = d.sections[0]
    assert abs(s.page_width - Mm(210)) < Mm(0.5) and abs(s.page_height - Mm(297)) < Mm(0.5)
    def within(value, low, high):  # Word stores margins in twips: allow 0.1 mm of rounding
        return Mm(low - 0.1) <= value <= Mm(high + 0.1)

    assert within(s.top_margin, 20, 25) and within(s.bottom_margin, 20, 25)
    assert within(s.left_margin, 30, 35) and within(s.right_margin, 15, 20)


def test_every_run_has_times_new_roman_on_all_script_slots(reply000):
    d, _ = reply000
    s = d.sections[0]
    parts = [d.element.body, s.header._element, s.first_page_header._element]
    runs = [r for part in parts for r in part.iter(qn("w:r"))]
    assert len(runs) > 50
    for r in runs:
        fonts = r.find(qn("w:rPr")).find(qn("w:rFonts"))
        got = {slot: fonts.get(qn(slot)) for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")}
        assert set(got.values()) == {"Times New Roman"}, got
    # no theme font anywhere in the styles: it would win over the named font
    for rf in d.styles.element.iter(qn("w:rFonts")):
        assert not [a for a in rf.attrib if "heme" in a], rf.attrib
    normal = d.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert normal.get(qn("w:eastAsia")) == "Times New Roman"


def test_no_page_number_on_page_one_and_centred_from_page_two(reply000):
    d, _ = reply000
    s = d.sections[0]
    assert s.different_first_page_header_footer
    first = s.first_page_header
    assert not first.is_linked_to_previous
    assert not list(first._element.iter(qn("w:instrText")))
    assert first._element.xpath("string(.)").strip() == ""
    header = s.header
    instr = [i.text.strip() for i in header._element.iter(qn("w:instrText"))]
    assert instr == ["PAGE"]
    assert header.paragraphs[0].alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER


def test_all_text_is_nfc(reply000):
    d, _ = reply000
    for t in texts(d):
        assert unicodedata.is_normalized("NFC", t)


# --------------------------------------------------------------------------- header


def test_header_is_a_two_column_borderless_table(reply000):
    d, _ = reply000
    head = d.tables[0]
    assert len(head.columns) == 2
    borders = head._tbl.tblPr.find(qn("w:tblBorders"))
    assert {el.get(qn("w:val")) for el in borders} == {"nil"}
    left = head.cell(0, 0)
    right = head.cell(0, 1)
    parent, unit = [p for p in left.paragraphs if p.text]
    assert parent.text.replace("\n", " ") == "ỦY BAN NHÂN DÂN HUYỆN PHONG ĐIỀN"
    assert size_of(parent) == 12 and not runs_of(parent)[0].bold
    assert unit.text.replace("\n", " ") == "PHÒNG VĂN HÓA VÀ THÔNG TIN"
    assert size_of(unit) == 12 and all(r.bold for r in runs_of(unit))
    title, motto = [p for p in right.paragraphs if p.text]
    assert title.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and size_of(title) == 12
    assert motto.text == "Độc lập - Tự do - Hạnh phúc" and size_of(motto) == 13
    assert all(r.bold for r in runs_of(title) + runs_of(motto))


def _rule_after(p):
    """The paragraph after ``p`` is an empty 1 pt paragraph with a top border: the rule."""
    nxt = p._p.getnext()
    assert nxt is not None and nxt.tag == qn("w:p")
    top = nxt.find(qn("w:pPr")).find(qn("w:pBdr")).find(qn("w:top"))
    assert top.get(qn("w:val")) == "single"
    para = docx.text.paragraph.Paragraph(nxt, None)
    assert para.text == ""
    ind = para.paragraph_format
    return ind.left_indent, ind.right_indent


def test_rules_under_the_unit_and_the_motto(reply000):
    d, _ = reply000
    head = d.tables[0]
    unit = [p for p in head.cell(0, 0).paragraphs if p.text][-1]
    left, right = _rule_after(unit)
    assert left == right and left > Cm(1)  # a short rule, centred under the unit
    motto = [p for p in head.cell(0, 1).paragraphs if p.text][-1]
    left, right = _rule_after(motto)
    assert left == right
    width = Cm(9.3 - 0.2) - left - right  # as long as the motto
    assert Cm(5.0) < width < Cm(6.3)


def test_number_and_date_lines(reply000):
    d, _ = reply000
    head = d.tables[0]
    number = head.cell(1, 0).paragraphs[0]
    assert re.fullmatch(r"Số:\s+/BC-VHTT", number.text), number.text
    assert size_of(number) == 13
    date = head.cell(1, 1).paragraphs[0]
    assert re.fullmatch(r"Phong Điền, ngày\s+tháng\s+năm 2022", date.text), date.text
    assert size_of(date) == 14 and all(r.italic for r in runs_of(date))


def test_date_given_fills_the_date_line(profile, tmp_path):
    out = tmp_path / "r.docx"
    write_reply(fields("seed000"), profile, out, date=dt.date(2022, 9, 21))
    d = docx.Document(str(out))
    assert d.tables[0].cell(1, 1).paragraphs[0].text == "Phong Điền, ngày 21 tháng 9 năm 2022"


# --------------------------------------------------------------------------- body


def test_type_name_subject_and_recipient(reply000):
    d, _ = reply000
    t = find(d, r"^BÁO CÁO$")
    assert size_of(t) == 14 and all(r.bold for r in runs_of(t))
    subject = find(d, r"^Kết quả triển khai")
    assert subject.text.replace("\n", " ") == (
        "Kết quả triển khai chiến dịch làm sạch mã độc trên không gian mạng năm 2022")
    assert all(r.bold for r in runs_of(subject))
    _rule_after(subject)
    to = find(d, r"^Kính gửi:")
    assert to.text == "Kính gửi: Ban Tuyên giáo Tỉnh đoàn."


def test_opening_cites_the_dispatch_in_full(reply000):
    d, _ = reply000
    p = find(d, r"^Thực hiện")
    assert p.text == (
        "Thực hiện Công văn số 1690-CV/TĐTN-BTG ngày 20/9/2022 của Ban Thường vụ Tỉnh đoàn về việc "
        "triển khai chiến dịch làm sạch mã độc trên không gian mạng năm 2022, Phòng Văn hóa và "
        "Thông tin báo cáo kết quả như sau:")
    fmt = p.paragraph_format
    assert p.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.JUSTIFY
    assert abs(fmt.first_line_indent - Cm(1.27)) < Cm(0.01)
    assert fmt.space_after >= Pt(6)
    assert size_of(p) == 14


def test_sections_tasks_and_placeholders_in_order(reply000):
    d, _ = reply000
    t = texts(d)
    order = ["I. KẾT QUẢ THỰC HIỆN",
             "1. Tham gia sử dụng công cụ hỗ trợ xử lý mã độc",
             "2. Chủ động giám sát, kiểm tra và xử lý các máy tính",
             "3. Số liệu thống kê",
             "II. ĐÁNH GIÁ CHUNG", "1. Thuận lợi", "2. Khó khăn, vướng mắc và nguyên nhân",
             "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "IV. ĐỀ XUẤT, KIẾN NGHỊ",
             "Trên đây là báo cáo kết quả triển khai chiến dịch làm sạch mã độc trên không gian "
             "mạng năm 2022 của Phòng Văn hóa và Thông tin./."]
    positions = [next(i for i, x in enumerate(t) if x.startswith(o)) for o in order]
    assert positions == sorted(positions)
    # the report-back task (3.) is the report itself: no section of its own
    assert not any(x.startswith("3. Thống kê") for x in t)
    placeholders = [x for x in t if x.startswith("[") and x.endswith("]")]
    assert len(placeholders) == 6  # two tasks, strengths, difficulties, next steps, proposals
    for p in all_paragraphs(d):
        if p.text.startswith("[Nêu"):
            assert all(r.italic for r in runs_of(p))
            assert all(r.font.highlight_color is not None for r in runs_of(p))


def test_figures_table_reproduces_the_annex(reply000):
    d, _ = reply000
    table = d.tables[1]
    assert [c.text for c in table.rows[0].cells] == ["STT", "Nội dung", "Số lượng", "Ghi chú"]
    assert [c.text for c in table.rows[1].cells] == [
        "1", "Tổng số cá nhân nhận được thông tin về chiến dịch", "", ""]
    assert [c.text for c in table.rows[2].cells][:2] == ["2", "Tổng số cá nhân thực hiện chiến dịch"]
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert {el.get(qn("w:val")) for el in borders} == {"single"}
    assert all(r.bold for r in runs_of(table.cell(0, 1).paragraphs[0]))
    note = find(d, r"^\(Số liệu theo")
    assert note.text == ("(Số liệu theo Phụ lục THỐNG KÊ KẾT QUẢ kèm theo Công văn số "
                         "1690-CV/TĐTN-BTG)")


def test_signature_block_and_distribution(reply000):
    d, _ = reply000
    foot = d.tables[-1]
    left, right = foot.cell(0, 0), foot.cell(0, 1)
    lines = [p for p in right.paragraphs if p.text]
    assert [p.text for p in lines] == ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Nguyễn Văn An"]
    for p in lines:
        assert size_of(p) == 14 and all(r.bold for r in runs_of(p))
    label, *items = [p for p in left.paragraphs if p.text]
    assert label.text == "Nơi nhận:" and size_of(label) == 12
    assert all(r.bold and r.italic for r in runs_of(label))
    assert [p.text for p in items] == ["- Như trên;", "- Lưu: VT."]
    assert {size_of(p) for p in items} == {11}


# --------------------------------------------------------------------------- variants


def test_cong_van_form_has_vv_under_the_number_and_no_type_name(profile, tmp_path):
    out = tmp_path / "cv.docx"
    write_reply(fields("seed000"), profile, out, form="cong-van")
    d = docx.Document(str(out))
    head = d.tables[0]
    assert re.fullmatch(r"Số:\s+/VHTT", head.cell(1, 0).paragraphs[0].text)
    vv = head.cell(2, 0).paragraphs[0]
    assert vv.text.replace("\n", " ") == (
        "V/v báo cáo kết quả triển khai chiến dịch làm sạch mã độc trên không gian mạng năm 2022")
    assert size_of(vv) == 12
    assert "BÁO CÁO" not in texts(d)
    assert "1. Kết quả thực hiện" in texts(d)
    assert any(t.startswith("a) Tham gia sử dụng") for t in texts(d))
    assert texts(d).count("Kính gửi: Ban Tuyên giáo Tỉnh đoàn.") == 1


def test_seed002_reports_to_the_issuer_and_keeps_the_units_own_tasks(profile):
    d, notices = build_reply(fields("seed002"), profile)
    t = texts(d)
    assert "Kính gửi: Sở Thông tin và Truyền thông thành phố Cần Thơ." in t
    assert ("Thực hiện Công văn số 2632/STTTT-CNTTVT ngày 28/10/2024 của Sở Thông tin và Truyền "
            "thông thành phố Cần Thơ về việc phối hợp triển khai Chiến dịch tuyên truyền “Kỹ năng "
            "nhận diện và phòng chống lừa đảo trực tuyến bảo vệ người dân trên không gian mạng”, "
            "Phòng Văn hóa và Thông tin báo cáo kết quả như sau:") in t
    # only group 3 is addressed to "Phòng Văn hóa và Thông tin quận, huyện"
    assert "1. Phòng Văn hóa và Thông tin quận, huyện" in t
    dashes = [x for x in t if x.startswith("- ") and not x.startswith("- Như") and "Lưu" not in x]
    assert len(dashes) == 3
    assert not any("Sở, Ban ngành" in x for x in t)
    assert notices == ["the reply covers the 3 of 6 tasks addressed to Phòng Văn hóa và Thông tin"]
    assert len(d.tables) == 2  # no annex: header and foot only


def test_placeholder_profile_marks_what_to_fill_in():
    d, _ = build_reply(fields("seed002"), Profile())
    t = texts(d)
    assert "[TÊN CƠ QUAN, ĐƠN VỊ]" in t
    assert any(x.startswith("[Địa danh], ngày") for x in t)
    assert "[Họ và tên người ký]" in t
    assert sum(x.startswith(("1. Các Sở", "2. Phổ biến", "3. Phòng Văn hóa")) for x in t) == 3


def test_youth_union_layout(tmp_path):
    p = tmp_path / "p.toml"
    p.write_text('[unit]\nname = "Huyện đoàn An Biên"\nparent = "BCH Đoàn tỉnh Kiên Giang"\n'
                 'place = "An Biên"\ncode = "HĐTN"\nsystem = "youth"\n'
                 '[signer]\nauthority = "TM."\ncapacity = "Ban Thường vụ"\ntitle = "Bí thư"\n'
                 'name = "Lê Văn Tâm"\n', encoding="utf-8")
    d, _ = build_reply(fields("seed000"), load_profile(p))
    head = d.tables[0]
    assert [x.text for x in head.cell(0, 1).paragraphs if x.text] == ["ĐOÀN TNCS HỒ CHÍ MINH"]
    assert "***" in [x.text for x in head.cell(0, 0).paragraphs]
    assert re.fullmatch(r"Số\s+-BC/HĐTN", head.cell(1, 0).paragraphs[0].text)
    foot = [x.text for x in d.tables[-1].cell(0, 1).paragraphs if x.text]
    assert foot == ["TM. BAN THƯỜNG VỤ", "BÍ THƯ", "Lê Văn Tâm"]
    assert "Thực hiện Công văn số 1690-CV/TĐTN-BTG ngày 20/9/2022 của Ban Thường vụ Tỉnh đoàn" in \
        " ".join(texts(d))


def test_reply_must_be_docx(profile, tmp_path):
    with pytest.raises(OutputError, match="docx"):
        write_reply(fields("seed000"), profile, tmp_path / "reply.pdf")


def test_a_report_due_on_another_date_is_named_in_a_notice(profile):
    from dispatch_tools.model import ReportDuty, Task

    f = fields("seed000")
    f.report = ReportDuty(to="Ban Tuyên giáo Tỉnh đoàn", deadline="2022-09-22")
    f.tasks.append(Task(text="Báo cáo sơ kết về Văn phòng Tỉnh đoàn", assignees=["Các huyện"],
                        report=True, report_to="Văn phòng Tỉnh đoàn", deadline="2022-12-15"))
    d, notices = build_reply(f, profile)
    assert "Kính gửi: Ban Tuyên giáo Tỉnh đoàn." in texts(d)
    assert ("công văn còn yêu cầu báo cáo khác (hạn 15/12/2022 về Văn phòng Tỉnh đoàn): dự thảo "
            "này chỉ cho lần báo cáo hạn 22/9/2022; lập dự thảo riêng cho từng lần còn lại") in notices
