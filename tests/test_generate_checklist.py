"""The task checklist in every format, read back: Markdown, JSON, XLSX (openpyxl), DOCX and the
calendar (icalendar)."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import docx
import icalendar
import openpyxl
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from dispatch_tools.errors import OutputError
from dispatch_tools.generate.checklist import checklist_items, write_checklist
from dispatch_tools.model import Deadline, Fields, ReportDuty, Task

from .conftest import load_fields as fields

NOW = dt.datetime(2022, 9, 20, 8, 0, tzinfo=dt.timezone.utc)



def test_items_of_seed000():
    items = checklist_items(fields("seed000"))
    assert [it.index for it in items] == [1, 2, 3]
    assert items[0].text.startswith("Tham gia sử dụng công cụ hỗ trợ xử lý mã độc")
    assert [it.deadline for it in items] == [None, None, dt.date(2022, 9, 22)]
    assert [it.report for it in items] == ["", "", "Báo cáo về Ban Tuyên giáo Tỉnh đoàn"]
    assert items[2].note == "Văn bản ghi: chậm nhất ngày 22/9/2022"
    assert {it.status for it in items} == {"Chưa thực hiện"}


def test_items_of_seed002_inherit_the_campaign_deadline():
    items = checklist_items(fields("seed002"))
    assert len(items) == 6
    assert {it.deadline for it in items} == {dt.date(2024, 11, 20)}
    assert all(it.inherited for it in items)
    assert items[0].note == "Theo thời hạn chung: từ nay đến hết ngày 20/11/2024"
    assert items[2].assignees == ["Sở Giáo dục và Đào tạo",
                                  "Các trường Đại học, Cao đẳng trên địa bàn thành phố"]


def test_report_duty_without_a_task_becomes_a_row():
    f = Fields(number="12/UBND-VX", date="2024-03-01", subject="báo cáo số liệu",
               recipients=["Các xã"],
               report=ReportDuty(to="Phòng Nội vụ", deadline="2024-03-10", what="Báo cáo số liệu"))
    items = checklist_items(f)
    assert len(items) == 1
    assert (items[0].text, items[0].deadline, items[0].report) == (
        "Báo cáo số liệu", dt.date(2024, 3, 10), "Báo cáo về Phòng Nội vụ")


def test_markdown(tmp_path):
    out = tmp_path / "c.md"
    write_checklist(fields("seed000"), out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# DANH MỤC NHIỆM VỤ"
    assert lines[2].startswith("Thực hiện Công văn số 1690-CV/TĐTN-BTG ngày 20/9/2022 của Ban "
                               "Thường vụ Tỉnh đoàn về việc triển khai chiến dịch")
    assert "- **Hạn báo cáo:** 22/9/2022" in lines
    assert "- **Cơ quan ban hành:** BCH Đoàn tỉnh Kiên Giang" in lines
    table = [x for x in lines if x.startswith("| ")]
    assert table[0] == ("| STT | Nhiệm vụ | Đơn vị thực hiện | Hạn hoàn thành | Báo cáo | "
                        "Trạng thái | Ghi chú |")
    assert len(table) == 4
    cells = [c.strip() for c in table[3].strip("|").split(" | ")]
    assert cells[0] == "3" and cells[3] == "22/9/2022"
    assert cells[4] == "Báo cáo về Ban Tuyên giáo Tỉnh đoàn" and cells[5] == "☐ Chưa thực hiện"


def test_markdown_escapes_pipes(tmp_path):
    f = Fields(number="1/X", tasks=[Task(text="Báo cáo A | B")])
    out = tmp_path / "c.md"
    write_checklist(f, out)
    row = [x for x in out.read_text(encoding="utf-8").splitlines() if x.startswith("| 1 ")][0]
    assert "A \\| B" in row


def test_json(tmp_path):
    out = tmp_path / "c.json"
    write_checklist(fields("seed002"), out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["dispatch"]["number"] == "2632/STTTT-CNTTVT"
    assert data["dispatch"]["date"] == "2024-10-28"
    assert data["statuses"] == ["Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành"]
    assert len(data["items"]) == 6
    first = data["items"][0]
    assert first["deadline"] == "2024-11-20" and first["inherited"] is True
    assert first["heading"] == "Các Sở, Ban ngành thành phố"


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    out = tmp_path_factory.mktemp("xlsx") / "c.xlsx"
    write_checklist(fields("seed000"), out)
    return openpyxl.load_workbook(out)


def test_xlsx_header_frozen_with_filters(sheet):
    ws = sheet["Nhiệm vụ"]
    assert [c.value for c in ws[1]] == ["STT", "Nhiệm vụ", "Đơn vị thực hiện", "Hạn hoàn thành",
                                        "Báo cáo", "Trạng thái", "Ngày hoàn thành", "Ghi chú"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:H4"
    assert all(c.font.bold and c.font.name == "Times New Roman" for c in ws[1])
    assert ws.print_title_rows == "$1:$1"


def test_xlsx_cells_have_real_types(sheet):
    ws = sheet["Nhiệm vụ"]
    assert [ws.cell(r, 1).value for r in (2, 3, 4)] == [1, 2, 3]
    deadline = ws["D4"]
    assert isinstance(deadline.value, dt.datetime) and deadline.value.date() == dt.date(2022, 9, 22)
    assert deadline.number_format == "DD/MM/YYYY"
    assert ws["D2"].value is None and ws["D2"].number_format == "DD/MM/YYYY"
    assert ws["F2"].value == "Chưa thực hiện"
    assert ws["E4"].value == "Báo cáo về Ban Tuyên giáo Tỉnh đoàn"


def test_xlsx_status_drop_down_and_date_validation(sheet):
    ws = sheet["Nhiệm vụ"]
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert len(lists) == 1
    assert lists[0].formula1 == '"Chưa thực hiện,Đang thực hiện,Đã hoàn thành"'
    assert "F2" in lists[0].sqref and "F24" in lists[0].sqref  # also rows added later
    dates = [dv for dv in ws.data_validations.dataValidation if dv.type == "date"]
    assert dates and "D4" in dates[0].sqref and "G3" in dates[0].sqref


def test_xlsx_overdue_rows_highlighted(sheet):
    ws = sheet["Nhiệm vụ"]
    ranges = list(ws.conditional_formatting)
    assert len(ranges) == 1
    assert str(ranges[0].sqref) == "A2:H24"
    rule = ranges[0].rules[0]
    assert rule.formula == ['AND($D2<>"",$D2<TODAY(),$F2<>"Đã hoàn thành")']
    assert rule.dxf.fill.fgColor.rgb.endswith("F8CBAD") or rule.dxf.fill.bgColor.rgb.endswith("F8CBAD")


def test_xlsx_column_widths_fit(sheet):
    ws = sheet["Nhiệm vụ"]
    width = {c: ws.column_dimensions[c].width for c in "ABCDEFGH"}
    assert width["A"] < width["D"] < width["B"]
    assert width["B"] == 60  # long task texts wrap at the maximum width
    assert 30 <= width["E"] <= 45  # "Báo cáo về Ban Tuyên giáo Tỉnh đoàn" fits on one line
    assert ws["B2"].alignment.wrap_text


def test_xlsx_dispatch_sheet(sheet):
    info = sheet["Văn bản"]
    rows = {info.cell(r, 1).value: info.cell(r, 2).value for r in range(3, info.max_row + 1)}
    assert rows["Số, ký hiệu"] == "1690-CV/TĐTN-BTG"
    assert rows["Báo cáo về"] == "Ban Tuyên giáo Tỉnh đoàn"
    assert rows["Đầu mối liên hệ"] == ("Huỳnh Đức Nghĩa; Phòng Viễn thông và Công nghệ thông tin; "
                                        "0918.693.113")


def test_docx(tmp_path):
    out = tmp_path / "c.docx"
    write_checklist(fields("seed002"), out)
    d = docx.Document(str(out))
    s = d.sections[0]
    assert s.orientation == WD_ORIENT.LANDSCAPE and s.page_width > s.page_height
    assert d.paragraphs[0].text == "DANH MỤC NHIỆM VỤ"
    table = d.tables[0]
    assert len(table.rows) == 7
    assert table.cell(1, 1).text.startswith("Các Sở, Ban ngành thành phố: Đăng tải, chia sẻ")
    assert table.cell(1, 3).text == "20/11/2024"
    assert table.cell(1, 5).text == "☐ Chưa thực hiện"
    for r in d.element.body.iter(qn("w:r")):
        fonts = r.find(qn("w:rPr")).find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == fonts.get(qn("w:ascii")) == "Times New Roman"


# --------------------------------------------------------------------------- calendar


def read_ics(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def test_ics_seed000(tmp_path):
    out = tmp_path / "c.ics"
    write_checklist(fields("seed000"), out, now=NOW)
    cal = read_ics(out)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    ev = events[0]
    assert ev.decoded("dtstart") == dt.date(2022, 9, 22)
    assert ev.decoded("dtend") == dt.date(2022, 9, 23)
    assert str(ev["summary"]) == "Hạn báo cáo về Ban Tuyên giáo Tỉnh đoàn (Công văn 1690-CV/TĐTN-BTG)"
    desc = str(ev["description"])
    assert "triển khai chiến dịch làm sạch mã độc trên không gian mạng năm 2022" in desc
    assert "Thời hạn: chậm nhất ngày 22/9/2022." in desc
    assert "https://forms.gle/PzV4ChiMYrpktUAK9" in desc
    alarms = list(ev.walk("VALARM"))
    assert len(alarms) == 1
    # the dispatch leaves two working days (Wed, Thu): remind one working day before, at 09:00
    assert alarms[0].decoded("trigger") == -dt.timedelta(days=1) + dt.timedelta(hours=9)
    assert str(alarms[0]["description"]).startswith("Còn 1 ngày làm việc đến hạn: Hạn báo cáo")
    assert str(alarms[0]["action"]) == "DISPLAY"
    assert str(cal["x-wr-calname"]) == "Công văn 1690-CV/TĐTN-BTG"


def test_ics_seed002_one_event_for_the_campaign(tmp_path):
    out = tmp_path / "c.ics"
    write_checklist(fields("seed002"), out, now=NOW)
    events = list(read_ics(out).walk("VEVENT"))
    assert len(events) == 1
    ev = events[0]
    assert ev.decoded("dtstart") == dt.date(2024, 11, 20)
    assert str(ev["summary"]) == "Hạn: từ nay đến hết ngày 20/11/2024 (Công văn 2632/STTTT-CNTTVT)"
    assert str(ev["description"]).count("\n- ") == 6  # the six tasks that end then
    trigger = list(ev.walk("VALARM"))[0].decoded("trigger")
    # two working days before Wednesday 20/11/2024: Monday 18/11 at 09:00 (not Sunday 17/11)
    assert trigger == -dt.timedelta(days=2) + dt.timedelta(hours=9)


def test_ics_timed_and_recurring_deadlines(tmp_path):
    f = Fields(number="05/UBND-VP", doc_type="Công văn", date="2024-03-01", subject="nộp báo cáo",
               deadlines=[Deadline(date="2024-03-15", time="17:00", text="trước 17h00 ngày 15/3/2024"),
                          Deadline(date="2024-03-25", text="trước ngày 25 hằng tháng",
                                   kind="recurring", recurrence="monthly:25")],
               tasks=[Task(text="Nộp báo cáo tháng", deadline="2024-03-25")])
    out = tmp_path / "c.ics"
    write_checklist(f, out, now=NOW)
    cal = read_ics(out)
    events = sorted(cal.walk("VEVENT"), key=lambda e: str(e["dtstart"].to_ical()))
    assert len(events) == 2
    timed = events[0].decoded("dtstart")
    assert timed == dt.datetime(2024, 3, 15, 17, 0, tzinfo=timed.tzinfo)
    assert timed.utcoffset() == dt.timedelta(hours=7)
    assert events[0]["dtstart"].params["TZID"] == "Asia/Ho_Chi_Minh"
    assert list(cal.walk("VTIMEZONE"))  # the zone travels with the file
    assert events[1]["rrule"]["FREQ"] == ["MONTHLY"] and events[1]["rrule"]["BYMONTHDAY"] == [25]
    assert str(events[1]["summary"]) == "Hạn: Nộp báo cáo tháng (Công văn 05/UBND-VP)"


def test_ics_yearly_deadline_recurs_every_year(tmp_path):
    # "trước ngày 20 tháng 4 hằng năm": the event is the next 20 April and repeats every year
    f = Fields(number="12/UBND-VP", doc_type="Công văn", date="2026-07-09", subject="báo cáo năm",
               deadlines=[Deadline(date="2027-04-20", text="trước ngày 20 tháng 4 hằng năm",
                                   kind="recurring", recurrence="yearly:04-20")])
    out = tmp_path / "y.ics"
    write_checklist(f, out, now=NOW)
    (event,) = read_ics(out).walk("VEVENT")
    assert event.decoded("dtstart") == dt.date(2027, 4, 20)
    rule = event["rrule"]
    assert rule["FREQ"] == ["YEARLY"] and rule["BYMONTH"] == [4] and rule["BYMONTHDAY"] == [20]


def test_ics_without_dated_deadlines_says_so(tmp_path):
    f = Fields(number="1/X", tasks=[Task(text="Làm việc A")],
               deadlines=[Deadline(date=None, text="trong thời gian sớm nhất")])
    notices = write_checklist(f, tmp_path / "c.ics", now=NOW)
    assert any("no date" in n for n in notices)
    assert any("no event" in n for n in notices)
    assert not list(read_ics(tmp_path / "c.ics").walk("VEVENT"))


def test_unknown_format(tmp_path):
    with pytest.raises(OutputError, match="unknown checklist format"):
        write_checklist(fields("seed000"), tmp_path / "c.pdf")


def test_lead_cooperating_and_whom_each_task_reports_to():
    f = Fields(number="7/UBND-VP", date="2024-03-01", subject="kế hoạch", recipients=["Các sở"],
               tasks=[Task(text="Xây dựng kế hoạch", assignees=["Sở Nội vụ", "Sở Tài chính"],
                           lead=["Sở Nội vụ"], cooperating=["Sở Tài chính", "Sở Nội vụ"]),
                      Task(text="Báo cáo kết quả", assignees=["Các huyện"], report=True,
                           report_to="Sở Nội vụ"),
                      Task(text="Báo cáo sơ kết về Sở Tài chính", assignees=["Các huyện"],
                           report=True, report_to="Sở Tài chính", deadline="2024-03-20"),
                      Task(text="Tổng hợp", assignees=["Văn phòng"])],
               report=ReportDuty(to="UBND tỉnh", deadline="2024-04-01"))
    items = checklist_items(f)
    assert items[0].bodies == "Chủ trì: Sở Nội vụ; phối hợp: Sở Tài chính"
    assert items[1].bodies == "Các huyện" and items[3].bodies == "Văn phòng"
    # the duty's addressee (as read or corrected) stands for the first report task's
    assert [it.report for it in items] == ["", "Báo cáo về UBND tỉnh", "Báo cáo về Sở Tài chính", ""]
    assert items[1].deadline == dt.date(2024, 4, 1)
    # another report task keeps its own addressee and its own date
    assert (items[2].report_to, items[2].deadline) == ("Sở Tài chính", dt.date(2024, 3, 20))
    assert [it.is_report for it in items] == [False, True, True, False]


def test_xlsx_rows_are_as_tall_as_their_wrapped_text(sheet):
    """LibreOffice keeps an XLSX row's height: a task of several lines gets the height of its
    lines (Times New Roman 12 fits no more than 1.4 characters a unit of width)."""
    ws = sheet["Nhiệm vụ"]
    for row in ws.iter_rows(min_row=2):
        need = max(math.ceil(len(c.value) / (ws.column_dimensions[c.column_letter].width * 1.4))
                   for c in row if isinstance(c.value, str) and c.value)
        assert ws.row_dimensions[row[0].row].height >= 14 * need, row[0].row
    assert ws.row_dimensions[2].height > ws.row_dimensions[4].height  # item 1 is the longest
