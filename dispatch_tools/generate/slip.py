"""The processing slip (Phiếu giải quyết văn bản đến, Decree 30/2020/NĐ-CP, Appendix IV).

The clerk attaches it to an incoming dispatch before passing it to the leader. Laid out as the
form: the office's name top left (the arrival number, date and time beside it), the title, the
dispatch cited in full (type, number and symbol, date, issuer, subject), then three parts with
room to write: 1. the leader of the office (lead unit, cooperating units, deadline), 2. the
leader of the unit, 3. the proposal of the person who handles it; each with a date line and room
to sign. Before part 1 the clerk's summary of what the dispatch asks, task by task, with the lead
and cooperating bodies and deadlines the dispatch names. What the clerk pre-fills is in italics,
for the leader to keep, change or strike.

    write_slip(fields, profile, "NAME.slip.docx", arrival_no=12,
               arrival_date=dt.date(2022, 9, 21), arrival_time="08:30")
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.document import Document as DocxDocument

from ..model import Fields
from . import officedoc as od
from .files import atomic_write
from .head_foot import HEAD_MARGIN_CM, LEFT_CM, RIGHT_CM, keep_together, unit_block
from .profile import Profile
from .checklist_rows import checklist_items
from .vn import citation, parse_date, sentence_name, short_date, task_summary, text

SIZE = 13  # the slip's text; the title 14
TABLE_SIZE = 12
# the task table's columns: TT, nội dung, chủ trì, phối hợp (narrow when no task names one),
# thời hạn; nội dung takes the rest of the 16.5 cm
NO_CM, LEAD_CM, COOP_CM, COOP_NARROW_CM, DUE_CM = 1.0, 5.0, 3.0, 2.2, 2.4
WRITE_LINES = (1, 1, 2)  # empty dotted lines to write on in parts 1, 2 and 3, after the labelled ones
SIGN_INDENT_CM = 8.5  # the date line and the room to sign: the right half of the page


def _t(key: str):
    return text("slip", key)


def _date(value: str | None) -> str:
    d = parse_date(value)
    return short_date(d) if d else ""


# --------------------------------------------------------------------------- what to pre-fill


def suggestions(fields: Fields) -> dict[str, str]:
    """The lead bodies, the cooperating bodies and the deadline, from the dispatch's tasks."""
    lead: list[str] = []
    cooperating: list[str] = []
    dates = []
    for item in checklist_items(fields):
        lead += [n for n in item.lead if n not in lead]
        cooperating += [n for n in item.cooperating if n not in cooperating]
        if item.deadline:
            dates.append(item.deadline)
    cooperating = [n for n in cooperating if n not in lead]
    deadline = short_date(min(dates)) if dates else ""
    report = fields.report
    if report and report.to and parse_date(report.deadline):
        deadline = _t("deadline_report").format(date=_date(report.deadline),
                                                to=sentence_name(report.to.strip().rstrip(".;")))
    return {"lead": "; ".join(lead), "cooperating": "; ".join(cooperating), "deadline": deadline}


def report_line(fields: Fields) -> str:
    report = fields.report
    if not report or not report.to:
        return ""
    to = sentence_name(report.to.strip().rstrip(".;"))
    if parse_date(report.deadline):
        return _t("report").format(to=to, date=_date(report.deadline))
    return _t("report_no_date").format(to=to)


# --------------------------------------------------------------------------- the parts


def _head(doc: DocxDocument, profile: Profile, arrival_no: int | None,
          arrival_date: dt.date | None, arrival_time: str | None) -> None:
    table = od.layout_table(doc, [LEFT_CM, RIGHT_CM], rows=1, cell_margin_cm=HEAD_MARGIN_CM)
    unit_block(table.cell(0, 0), profile, LEFT_CM - 2 * HEAD_MARGIN_CM)
    right = table.cell(0, 1)
    blank = _t("blank")
    lines = [(_t("arrival_no"), str(arrival_no) if arrival_no else blank),
             (_t("arrival_date"), short_date(arrival_date) if arrival_date else blank)]
    if arrival_time or not arrival_date:
        lines.append((_t("arrival_time"), arrival_time or blank))
    for label, value in lines:
        od.para(right, [od.Seg(label), od.Seg(value, bold=True)], size=SIZE, left_indent=2.5)
    od.drop_empty_first(right)


def _title(doc: DocxDocument, fields: Fields) -> None:
    od.para(doc, _t("title"), size=od.SIZE["type_name"], bold=True, align="center", before=12,
            keep_next=True)
    cited = od.balanced(citation(fields), SIZE, od.TEXT_WIDTH_CM - 1)
    p = od.para(doc, cited, size=SIZE, align="center", before=3, keep_next=True)
    width = max(od.text_cm(line, SIZE) for line in cited.split("\n"))
    od.rule_under(p, max(width / 3, 2.5), od.TEXT_WIDTH_CM)


def _tasks(doc: DocxDocument, fields: Fields) -> None:
    """The table of the work the dispatch gives. When every task has the same lead body and none
    a cooperating one, the body is said once above the table, whose task text takes its columns'
    room (a slip of four tasks stays on one page)."""
    work = checklist_items(fields)
    shared = len(work) > 1 and not any(item.cooperating for item in work) and \
        all(item.lead == work[0].lead for item in work) and bool(work[0].lead)
    coop = COOP_CM if any(item.cooperating for item in work) else COOP_NARROW_CM
    od.para(doc, [od.Seg(_t("tasks_heading"), bold=True), od.Seg(" " + _t("prefilled"), italic=True)],
            size=SIZE, before=9, after=0 if shared else 3, keep_next=True)
    if shared:
        od.para(doc, _t("shared_lead").format(names="; ".join(work[0].lead)), size=SIZE,
                italic=True, after=3, keep_next=True)
        widths = [NO_CM, od.TEXT_WIDTH_CM - NO_CM - DUE_CM, DUE_CM]
        headings = [_t("columns")[k] for k in (0, 1, 4)]
    else:
        widths = [NO_CM, od.TEXT_WIDTH_CM - NO_CM - LEAD_CM - coop - DUE_CM, LEAD_CM, coop, DUE_CM]
        headings = _t("columns")
    table = od.grid_table(doc, widths, rows=1 + len(work))
    for cell, heading in zip(table.rows[0].cells, headings):
        od.cell_text(cell, heading, size=TABLE_SIZE, bold=True, align="center")
        od.vertical_center(cell)
    od.repeat_header(table.rows[0])
    last = len(widths) - 1
    for row, item in zip(table.rows[1:], work):
        values = [str(item.index), task_summary(item.text, 14), "; ".join(item.lead),
                  "; ".join(item.cooperating), short_date(item.deadline) if item.deadline else ""]
        if shared:
            values = [values[0], values[1], values[4]]
        for k, (cell, value) in enumerate(zip(row.cells, values)):
            od.cell_text(cell, value, size=TABLE_SIZE, italic=k > 1,
                         align="center" if k in (0, last) else "left")
    line = report_line(fields)
    if line and not parse_date(fields.report.deadline):  # with a date, part 1 names it
        od.para(doc, line, size=SIZE, italic=True, before=3)


def _write_line(cell, label: str = "", prefilled: str = "") -> None:
    """A line to write on: a label, what the clerk pre-fills (italic), dots to the margin."""
    # the dot after the tab: LibreOffice draws no leader to a tab that ends a line in a table
    p = od.para(cell, [od.Seg(label), od.Seg(prefilled, italic=True), od.Seg("\t.")], size=SIZE,
                line_spacing=1.3)
    od.dotted_tab(p, od.TEXT_WIDTH_CM - 0.1)


def _sign(cell) -> None:
    od.para(cell, _t("date_blank"), size=SIZE, italic=True, align="center",
            left_indent=SIGN_INDENT_CM, before=3)
    od.para(cell, _t("sign_hint"), size=TABLE_SIZE, italic=True, align="center",
            left_indent=SIGN_INDENT_CM)
    od.para(cell, "", size=SIZE)  # room to sign


def _part(doc: DocxDocument, heading: str, labelled: list[tuple[str, str]], empty: int) -> None:
    """One part of the slip, in a borderless one-cell table whose row never splits: a part is
    never cut by a page break."""
    od.para(doc, "", size=6)  # two tables side by side would merge into one
    table = od.layout_table(doc, [od.TEXT_WIDTH_CM], rows=1, cell_margin_cm=0)
    cell = table.cell(0, 0)
    od.para(cell, heading, size=SIZE, bold=True)
    for label, prefilled in labelled:
        _write_line(cell, label, prefilled)
    for _ in range(empty):
        _write_line(cell)
    _sign(cell)
    od.drop_empty_first(cell)
    keep_together(table)


def _parts(doc: DocxDocument, fields: Fields) -> None:
    s = suggestions(fields)
    heads = _t("sections")
    _part(doc, heads[0], [(_t("lead"), s["lead"]), (_t("cooperating"), s["cooperating"]),
                          (_t("deadline"), s["deadline"])], WRITE_LINES[0])
    _part(doc, heads[1], [(_t("person"), ""), (_t("person_deadline"), "")], WRITE_LINES[1])
    _part(doc, heads[2], [], WRITE_LINES[2])


def build_slip(fields: Fields, profile: Profile, *, arrival_no: int | None = None,
               arrival_date: dt.date | str | None = None,
               arrival_time: str | None = None) -> tuple[DocxDocument, list[str]]:
    """The slip for one dispatch; the arrival number, date and time are left blank (to fill in
    by hand) when not given."""
    notices = [] if fields.tasks else [_t("no_tasks")]
    if isinstance(arrival_date, str):
        arrival_date = parse_date(arrival_date)
    doc = od.new_document()
    _head(doc, profile, arrival_no, arrival_date, arrival_time)
    _title(doc, fields)
    if checklist_items(fields):
        _tasks(doc, fields)
    _parts(doc, fields)
    od.finish(doc)
    return doc, notices


def write_slip(fields: Fields, profile: Profile, out: str | Path, *, force: bool = False,
               **arrival) -> list[str]:
    """Write the slip to ``out`` (DOCX), atomically; returns notices."""
    doc, notices = build_slip(fields, profile, **arrival)
    atomic_write(out, lambda tmp: doc.save(str(tmp)), force=force)
    return notices


__all__ = ["build_slip", "report_line", "suggestions", "write_slip"]
