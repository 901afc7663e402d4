"""The processing slip (Phiếu giải quyết văn bản đến, Decree 30/2020 Appendix IV): what it is
pre-filled with, its layout, and the page LibreOffice renders."""

from __future__ import annotations

import datetime as dt
import unicodedata

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph

from dispatch_tools.generate.preview import page_count, soffice, to_pdf, to_png
from dispatch_tools.generate.slip import build_slip, suggestions, write_slip
from dispatch_tools.model import Fields, Task

from .conftest import load_fields

ARRIVAL = dict(arrival_no=12, arrival_date=dt.date(2022, 9, 21), arrival_time="08:30")


def lines(d) -> list[str]:
    """The text of every paragraph, in the body and in tables, in order."""
    return [Paragraph(p, d).text for p in d.element.body.iter(qn("w:p"))]


@pytest.fixture(scope="module")
def slip000(tmp_path_factory, profile):
    out = tmp_path_factory.mktemp("slip") / "seed000.slip.docx"
    notices = write_slip(load_fields("seed000"), profile, out, **ARRIVAL)
    return out, docx.Document(str(out)), notices


def test_seed000_slip_is_prefilled_from_the_dispatch(slip000):
    _, d, notices = slip000
    text = lines(d)
    assert notices == []
    assert "PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN" in text
    assert "Số đến: 12" in text and "Ngày đến: 21/9/2022" in text and "Giờ đến: 08:30" in text
    cited = next(t for t in text if t.startswith("Công văn số")).replace("\n", " ")  # balanced lines
    assert cited == ("Công văn số 1690-CV/TĐTN-BTG ngày 20/9/2022 của Ban Thường vụ Tỉnh đoàn "
                     "về việc triển khai chiến dịch làm sạch mã độc trên không gian mạng năm 2022")
    assert "- Giao đơn vị, cá nhân chủ trì: Ban Thường vụ các Huyện, Thành đoàn và Đoàn trực thuộc\t." in text
    assert "- Giao đơn vị, cá nhân phối hợp: \t." in text
    # Ban Tuyên giáo Tỉnh đoàn's deadline, in the leader's part
    assert "- Thời hạn giải quyết: 22/9/2022 (báo cáo về Ban Tuyên giáo Tỉnh đoàn)\t." in text
    parts = [t for t in text if t[:2] in ("1.", "2.", "3.") and t.endswith(":")]
    assert parts == ["1. Ý kiến của lãnh đạo cơ quan, tổ chức:", "2. Ý kiến của lãnh đạo đơn vị:",
                     "3. Ý kiến đề xuất của người giải quyết:"]
    assert text.count("Ngày ....... tháng ....... năm ..........") == 3  # each part is dated
    assert text.count("(Ký và ghi rõ họ tên)") == 3  # and signed
    assert all(unicodedata.is_normalized("NFC", t) for t in text)


def test_the_task_table(slip000):
    _, d, _ = slip000
    table = d.tables[1]  # after the header
    rows = [[c.text for c in r.cells] for r in table.rows]
    # every task has the same lead body and none a cooperating one: said once, above the table
    assert "Chủ trì tất cả các việc: Ban Thường vụ các Huyện, Thành đoàn và Đoàn trực thuộc" in lines(d)
    assert rows[0] == ["TT", "Nội dung", "Thời hạn"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3"]
    assert rows[3][1].startswith("Thống kê, báo cáo kết quả triển khai")
    assert [r[2] for r in rows[1:]] == ["", "", "22/9/2022"]


def test_layout_follows_decree_30(slip000):
    _, d, _ = slip000
    s = d.sections[0]
    assert s.page_width == pytest.approx(Mm(210), abs=Mm(0.1))
    assert s.page_height == pytest.approx(Mm(297), abs=Mm(0.1))
    for got, mm in ((s.left_margin, 30), (s.right_margin, 15), (s.top_margin, 20)):
        assert got == pytest.approx(Mm(mm), abs=Mm(0.1))
    for r in d.element.body.iter(qn("w:r")):
        fonts = r.find(qn("w:rPr")).find(qn("w:rFonts"))
        assert {fonts.get(qn(k)) for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")} == {"Times New Roman"}
    header = [c.text for c in d.tables[0].rows[0].cells]
    assert header[0].startswith("ỦY BAN NHÂN DÂN") and "PHÒNG VĂN HÓA VÀ THÔNG TIN" in header[0]


def test_lead_and_cooperating_units_when_the_tasks_name_them(profile):
    task = Task(text="Xây dựng kế hoạch triển khai", assignees=["Sở Nội vụ", "Sở Tài chính"],
                deadline="2024-04-15")
    task.lead, task.cooperating = "Sở Nội vụ", ["Sở Tài chính"]
    other = Task(text="Tổng hợp báo cáo", assignees=["Văn phòng UBND tỉnh"])
    fields = Fields(number="15/UBND-VP", issuer="UBND TỈNH X", date="2024-03-05",
                    doc_type="Công văn", subject="V/v triển khai", tasks=[task, other])
    assert suggestions(fields) == {"lead": "Sở Nội vụ; Văn phòng UBND tỉnh",
                                   "cooperating": "Sở Tài chính", "deadline": "15/4/2024"}
    d, notices = build_slip(fields, profile)
    rows = [[c.text for c in r.cells] for r in d.tables[1].rows]
    assert rows[0] == ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"]
    assert rows[1][2:] == ["Sở Nội vụ", "Sở Tài chính", "15/4/2024"]
    assert rows[2][2:] == ["Văn phòng UBND tỉnh", "", ""]
    assert notices == []


def test_without_an_arrival_the_number_and_date_are_left_to_write(profile):
    d, _ = build_slip(load_fields("seed002"), profile)
    text = lines(d)
    assert "Số đến: ..............." in text and "Ngày đến: ..............." in text
    assert "Giờ đến: ..............." in text


def test_a_dispatch_with_no_task(profile):
    d, notices = build_slip(Fields(number="3/TB-UBND", doc_type="Thông báo", subject="nghỉ lễ"), profile)
    assert notices == ["văn bản không nêu nhiệm vụ: bảng việc để trống"]
    assert len(d.tables) == 4  # the header and the three parts: no task table
    assert "- Thời hạn giải quyết: \t." in lines(d)


@pytest.mark.slow
@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_seed000_slip_renders_on_one_page(slip000, tmp_path):
    path, _, _ = slip000
    pdf, messages = to_pdf(path, tmp_path)
    assert messages == ""
    assert page_count(pdf) == 1
    with pdfplumber.open(pdf) as doc:
        page = doc.pages[0]
        text = unicodedata.normalize("NFC", page.extract_text())
        fonts = {c["fontname"].split("+")[-1] for c in page.chars}
    assert fonts <= {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
                     "LiberationSerif-BoldItalic"}, fonts
    assert "PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN" in text and "1690-CV/TĐTN-BTG" in text
    assert "22/9/2022 (báo cáo về Ban Tuyên giáo Tỉnh đoàn)....." in text  # dots to write on
    assert "3. Ý kiến đề xuất của người giải quyết:" in text
    assert len(to_png(pdf, tmp_path / "slip")) == 1


@pytest.mark.slow
@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_four_tasks_of_one_lead_body_stay_on_one_page(profile, tmp_path):
    fields = load_fields("seed000")
    fields.tasks.append(Task(text="Ban thường vụ Tỉnh đoàn đề nghị Ban Thường vụ các Huyện, Thành "
                                  "đoàn và Đoàn trực thuộc triển khai thực hiện tốt tinh thần Công "
                                  "văn này.", assignees=list(fields.tasks[0].assignees)))
    out = tmp_path / "four.slip.docx"
    write_slip(fields, profile, out, **ARRIVAL)
    pdf, _ = to_pdf(out, tmp_path)
    assert page_count(pdf) == 1
