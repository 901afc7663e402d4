"""The annex form (DOCX and XLSX) read back: seed 000's `Phụ lục THỐNG KÊ KẾT QUẢ` reproduced and
pre-filled from the profile; seed 002 (no annex) gets a results table, one row per task."""

from __future__ import annotations

import docx
import openpyxl
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_TAB_LEADER
from docx.oxml.ns import qn

from dispatch_tools.errors import OutputError
from dispatch_tools.generate.annex import annex_form, write_annex
from dispatch_tools.generate.profile import Profile

from .conftest import load_fields as fields





def body_paragraphs(d) -> list:
    return [p for p in d.paragraphs if p.text.strip()]


def test_seed000_form_structure(profile):
    form, notices = annex_form(fields("seed000"), profile)
    assert (form.label, form.title) == ("Phụ lục", "THỐNG KÊ KẾT QUẢ")
    # the printed line cites 161/CV/…, a typo for the dispatch's own number: rebuilt and reported
    assert form.attached == ("(Kèm theo Công văn số 1690-CV/TĐTN-BTG ngày 20/9/2022 của BCH Đoàn "
                             "tỉnh Kiên Giang)")
    assert len(notices) == 1 and "161/CV/TĐTN-BTG" in notices[0]
    kinds = [(b.kind, b.text) for b in form.blocks]
    assert kinds == [("heading", "1. Thông tin chung:"),
                     ("field", "Tên cơ quan/đơn vị"),
                     ("field", "Điện thoại liên hệ"),
                     ("field", "Đánh giá kết quả thực hiện chiến dịch (thuận lợi/khó khăn)"),
                     ("field", "Đề xuất, kiến nghị (nếu có)"),
                     ("heading", "2. Thông tin số liệu"),
                     ("table", "")]
    values = {b.text: b.value for b in form.blocks if b.kind == "field"}
    assert values["Tên cơ quan/đơn vị"] == "Phòng Văn hóa và Thông tin"
    assert values["Điện thoại liên hệ"] == "0292 3 123 456"
    assert values["Đề xuất, kiến nghị (nếu có)"] == ""
    assert [b.long for b in form.blocks if b.kind == "field"] == [False, False, True, True]


def test_seed000_docx(profile, tmp_path):
    out = tmp_path / "annex.docx"
    write_annex(fields("seed000"), profile, out)
    d = docx.Document(str(out))
    paras = body_paragraphs(d)
    assert [p.text for p in paras[:3]] == [
        "Phụ lục", "THỐNG KÊ KẾT QUẢ",
        "(Kèm theo Công văn số 1690-CV/TĐTN-BTG\nngày 20/9/2022 của BCH Đoàn tỉnh Kiên Giang)"]
    assert all(r.bold for r in paras[1].runs if r.text)
    assert all(r.italic for r in paras[2].runs if r.text)
    texts = [p.text for p in paras]
    assert "- Tên cơ quan/đơn vị: Phòng Văn hóa và Thông tin" in texts
    assert "- Điện thoại liên hệ: 0292 3 123 456" in texts
    # empty fields end in a dotted line to write on; long answers get two more
    blank = next(p for p in paras if p.text.startswith("- Đề xuất"))
    assert blank.text == "- Đề xuất, kiến nghị (nếu có): \t"
    stops = blank.paragraph_format.tab_stops
    assert len(stops) == 1 and stops[0].leader == WD_TAB_LEADER.DOTS
    assert sum(1 for p in d.paragraphs if p.text == "\t") == 4
    table = d.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["STT", "Nội dung", "Số lượng", "Ghi chú"]
    assert [c.text for c in table.columns[1].cells[1:]] == [
        "Tổng số cá nhân nhận được thông tin về chiến dịch", "Tổng số cá nhân thực hiện chiến dịch"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeats on each page
    foot = d.tables[-1]
    left = [p.text for p in foot.cell(0, 0).paragraphs if p.text]
    right = [p.text for p in foot.cell(0, 1).paragraphs if p.text]
    assert left == ["NGƯỜI LẬP BIỂU", "Trần Thị Bình"]
    assert right[1:] == ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Nguyễn Văn An"]
    assert right[0].startswith("Phong Điền, ngày")
    # the two names on the same line: as many paragraphs above each
    names = [[p.text for p in c.paragraphs].index(n) for c, n in
             ((foot.cell(0, 0), "Trần Thị Bình"), (foot.cell(0, 1), "Nguyễn Văn An"))]
    assert names[0] == names[1]
    for r in d.element.body.iter(qn("w:r")):
        assert r.find(qn("w:rPr")).find(qn("w:rFonts")).get(qn("w:cs")) == "Times New Roman"


def test_seed000_xlsx(profile, tmp_path):
    out = tmp_path / "annex.xlsx"
    write_annex(fields("seed000"), profile, out)
    ws = openpyxl.load_workbook(out).active
    assert ws.title == "Phụ lục"
    assert [ws.cell(r, 1).value for r in (1, 2, 3)] == [
        "Phụ lục", "THỐNG KÊ KẾT QUẢ",
        "(Kèm theo Công văn số 1690-CV/TĐTN-BTG ngày 20/9/2022 của BCH Đoàn tỉnh Kiên Giang)"]
    assert "A1:D1" in {str(m) for m in ws.merged_cells.ranges}
    cells = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    r = cells["- Tên cơ quan/đơn vị:"]
    assert ws.cell(r, 3).value == "Phòng Văn hóa và Thông tin"
    assert ws.cell(cells["- Điện thoại liên hệ:"], 3).value == "0292 3 123 456"
    head = cells["STT"]
    assert [ws.cell(head, c).value for c in range(1, 5)] == ["STT", "Nội dung", "Số lượng", "Ghi chú"]
    assert ws.cell(head, 1).font.bold and ws.cell(head, 1).font.name == "Times New Roman"
    assert [ws.cell(head + 1, 1).value, ws.cell(head + 2, 1).value] == [1, 2]  # numbers, not text
    amount = ws.cell(head + 1, 3)
    assert amount.value is None and amount.number_format == "#,##0"
    validations = [dv for dv in ws.data_validations.dataValidation if dv.type == "decimal"]
    assert validations and amount.coordinate in validations[0].sqref
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)


def test_no_annex_gives_a_results_table_per_task(profile, tmp_path):
    out = tmp_path / "results.docx"
    notices = write_annex(fields("seed002"), profile, out)
    assert any("no form" in n for n in notices)
    d = docx.Document(str(out))
    assert d.sections[0].orientation == WD_ORIENT.LANDSCAPE
    texts = [p.text for p in body_paragraphs(d)]
    assert texts[:2] == ["Phụ lục", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ"]
    assert texts[2].replace("\n", " ").startswith("(Kèm theo Báo cáo số")
    assert "/BC-VHTT" in texts[2] and texts[2].endswith("năm 2024 của Phòng Văn hóa và Thông tin)")
    table = d.tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "STT", "Nhiệm vụ", "Đơn vị thực hiện", "Hạn hoàn thành", "Kết quả thực hiện", "Ghi chú"]
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert [r[0] for r in rows] == ["1", "2", "3"]  # the unit's three tasks
    assert all(r[2] == "Phòng Văn hóa và Thông tin quận, huyện" for r in rows)
    assert all(r[3] == "20/11/2024" for r in rows)  # the campaign's end applies to each
    assert rows[1][1].startswith("Phòng Văn hóa và Thông tin quận, huyện: Chỉ đạo các Tổ Công nghệ")


def test_no_annex_placeholder_profile_lists_every_task():
    form, _ = annex_form(fields("seed002"), Profile())
    assert len(form.tables[0].rows) == 6
    assert [b.value for b in form.blocks if b.kind == "field"] == ["", ""]


def test_annex_xlsx_results_table(profile, tmp_path):
    out = tmp_path / "results.xlsx"
    write_annex(fields("seed002"), profile, out)
    ws = openpyxl.load_workbook(out).active
    assert ws.page_setup.orientation == "landscape"
    head = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "STT")
    assert ws.cell(head, 5).value == "Kết quả thực hiện"
    assert [ws.cell(head + k, 1).value for k in (1, 2, 3)] == [1, 2, 3]


def test_annex_format_from_extension(profile, tmp_path):
    with pytest.raises(OutputError, match=r"\.docx or \.xlsx"):
        write_annex(fields("seed000"), profile, tmp_path / "annex.pdf")
