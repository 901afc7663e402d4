"""Draft reply to a dispatch: a report (``BÁO CÁO``) or, on request, a reply công văn.

Laid out as ``../shared/docs/FORMAT.md`` describes ("A report in reply to a dispatch"): the official
header, the type name and subject (or ``V/v`` under the number for a công văn), ``Kính gửi`` the
body the dispatch says to report to, the opening sentence citing the dispatch in full, a section
per task with a placeholder for its result, the figures table of the dispatch's annex, the
assessment, next steps and proposals, the closing sentence, the signature block and ``Nơi nhận``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document as DocxDocument

from ..model import AnnexTable, Fields, Task
from . import officedoc as od
from .files import atomic_write
from .head_foot import official_header, signature_foot
from ..vntext import ITEM_LETTERS, lowercase_words
from .profile import Profile
from .checklist_rows import checklist_items
from ..i18n import _
from .vn import (bare_subject, citation, citation_short, issuer_in_text, parse_date,
                 sentence_name, short_date, task_summary, text)

FORMS = ("bao-cao", "cong-van")
ROMAN_SUB = "{n}. "
RECIPIENTS_INDENT_CM = 4.5  # the list under a centred ``Kính gửi:``


@dataclass
class TaskGroup:
    heading: str | None
    tasks: list[Task] = field(default_factory=list)


def for_unit(assignees: list[str], profile: Profile) -> bool:
    """Is a task addressed to the profile's unit (``Phòng Văn hóa và Thông tin`` is named in
    ``Phòng Văn hóa và Thông tin quận, huyện``)?"""
    unit = lowercase_words(profile.unit.text_name)
    return bool(unit) and any(unit in lowercase_words(a) or lowercase_words(a) in unit for a in assignees if a.strip())


def tasks_for_unit(fields: Fields, profile: Profile) -> tuple[list[Task], list[str]]:
    """The tasks to report on: those addressed to the profile's unit when some are, else all
    (the report-back task itself is the report being written, so it is left out)."""
    notices: list[str] = []
    work = [t for t in fields.tasks if not t.report]
    if profile.is_placeholder:
        return work, notices
    mine = [t for t in work if for_unit(t.assignees, profile)]
    if mine and len(mine) < len(work):
        notices.append(_("the reply covers the %(mine)d of %(all)d tasks addressed to %(unit)s")
                       % {"mine": len(mine), "all": len(work), "unit": profile.unit.text_name})
        return mine, notices
    return work, notices


def group_tasks(tasks: list[Task]) -> list[TaskGroup]:
    """Consecutive tasks under the same numbered heading form one group."""
    groups: list[TaskGroup] = []
    for task in tasks:
        key = task.heading
        if key and groups and groups[-1].heading == key:
            groups[-1].tasks.append(task)
        else:
            groups.append(TaskGroup(key, [task]))
    return groups


def report_recipients(fields: Fields) -> tuple[list[str], list[str]]:
    """Whom the report goes to, and notices. The report answers the dispatch's report duty: it
    goes to the bodies its report tasks name that are due with it (the first report deadline; the
    duty's addressee, as read or corrected, stands for the first report task's), else to the
    issuer. Report tasks due on another date are other reports: a notice names them."""
    reports = [it for it in checklist_items(fields) if it.is_report]
    due = parse_date(fields.report.deadline) if fields.report else None
    due = due or next((it.deadline for it in reports if it.deadline), None)
    this = [it for it in reports if it.deadline in (None, due)]
    if fields.report and fields.report.to:  # the duty's addressee stands for its first task's
        wanted = [fields.report.to] + [it.report_to for it in this[1:] if it.report_to]
    else:
        wanted = [it.report_to for it in this if it.report_to]
    recipients = list(dict.fromkeys(sentence_name(t.strip().rstrip(".;")) for t in wanted if t.strip()))
    others = [it for it in reports if it not in this]
    notices = []
    if others:
        listed = "; ".join(
            text("reply", "other_report" if it.report_to else "other_report_no_to").format(
                date=short_date(it.deadline), to=sentence_name(it.report_to or ""))
            for it in others)
        notices.append(text("reply", "other_reports").format(reports=listed, date=short_date(due)))
    return recipients or [issuer_in_text(fields)], notices


def reply_year(fields: Fields, date: dt.date | None) -> int:
    if date:
        return date.year
    for value in ((fields.report.deadline if fields.report else None), fields.date):
        d = parse_date(value)
        if d:
            return d.year
    return dt.date.today().year


def build_reply(fields: Fields, profile: Profile, *, form: str = "bao-cao",
                date: dt.date | None = None) -> tuple[DocxDocument, list[str]]:
    if form not in FORMS:
        raise ValueError(f"form must be one of {FORMS}")
    notices: list[str] = []
    subject = bare_subject(fields.subject)
    if not subject:
        notices.append(_("the dispatch has no subject: the reply's subject is left as a placeholder"))
        subject = "[trích yếu]"
    unit = profile.unit.text_name
    recipients, more = report_recipients(fields)
    notices += more
    recipient = text("reply", "and").join(recipients)
    cong_van = form == "cong-van"

    doc = od.new_document()
    vv = text("reply", "subject_cong_van").format(subject=subject) if cong_van else None
    official_header(doc, profile, type_code=None if cong_van else "BC", vv=vv, date=date,
                    year=reply_year(fields, date))
    _title(doc, subject, recipients, cong_van)
    opening = text("reply", "opening").format(citation=citation(fields), unit=unit)
    od.body(doc, opening)

    heads = text("reply", "sections_cong_van" if cong_van else "sections_report")
    # I. results: one part per task (grouped under their heading), then the figures
    od.body(doc, heads[0], bold=True, keep_next=True, before=6)
    notices += _results(doc, fields, profile, cong_van)
    # II. assessment, III. next steps, IV. proposals
    od.body(doc, heads[1], bold=True, keep_next=True, before=6)
    for k, (title, key) in enumerate(zip(text("reply", "assessment"),
                                         ("placeholder_strengths", "placeholder_difficulties")), 1):
        _subheading(doc, k, title, cong_van)
        _placeholder(doc, key)
    od.body(doc, heads[2], bold=True, keep_next=True, before=6)
    _placeholder(doc, "placeholder_next")
    od.body(doc, heads[3], bold=True, keep_next=True, before=6)
    _placeholder(doc, "placeholder_proposals")

    closing_key = "closing_cong_van" if cong_van else "closing_report"
    od.body(doc, text("reply", closing_key).format(subject=subject, unit=unit, recipient=recipient),
            keep_next=True)
    signature_foot(doc, profile)
    od.finish(doc)
    return doc, notices


def _title(doc: DocxDocument, subject: str, recipients: list[str], cong_van: bool) -> None:
    """A report's type name and subject under the header (a công văn has its subject in the
    header), then the addressee."""
    if not cong_van:
        od.para(doc, text("reply", "type_name"), size=od.SIZE["type_name"], bold=True,
                align="center", before=18)
        subj = od.balanced(text("reply", "subject_report").format(subject=subject),
                           od.SIZE["subject"], od.TEXT_WIDTH_CM, bold=True)
        p = od.para(doc, subj, size=od.SIZE["subject"], bold=True, align="center", after=0)
        width = max(od.text_cm(line, od.SIZE["subject"], bold=True) for line in subj.split("\n"))
        od.rule_under(p, max(width / 3, 2.5), od.TEXT_WIDTH_CM)
    label = text("reply", "recipient_label")
    if len(recipients) == 1:
        od.para(doc, [od.Seg(label + " "), od.Seg(recipients[0] + ".")],
                size=od.SIZE["body"], align="center", before=12, after=12)
        return
    # several: ``Kính gửi:`` then one line per body, ``- X;`` and the last ``- Y.``
    od.para(doc, label, size=od.SIZE["body"], align="center", before=12, keep_next=True)
    for k, name in enumerate(recipients):
        last = k == len(recipients) - 1
        od.para(doc, f"- {name}{'.' if last else ';'}", size=od.SIZE["body"],
                left_indent=RECIPIENTS_INDENT_CM, after=12 if last else 0, keep_next=not last)


def _subheading(doc: DocxDocument, n: int, title: str, cong_van: bool) -> None:
    label = f"{ITEM_LETTERS[n - 1]}) " if cong_van else f"{n}. "
    od.body(doc, label + title, bold=True, keep_next=True)


def _placeholder(doc: DocxDocument, key: str) -> None:
    od.body(doc, text("reply", key), italic=True, highlight=True)


def _results(doc: DocxDocument, fields: Fields, profile: Profile, cong_van: bool) -> list[str]:
    """The results part: one sub-heading per task of the unit (grouped under their heading), each
    with room for what was done, then the figures of the annex's tables; returns notices."""
    mine, notices = tasks_for_unit(fields, profile)
    n = 0
    for group in group_tasks(mine):
        n += 1
        if group.heading and len(group.tasks) > 1:
            _subheading(doc, n, group.heading.rstrip(":"), cong_van)
            for task in group.tasks:
                od.body(doc, "- " + task_summary(task.text), keep_next=True)
                _placeholder(doc, "placeholder_task")
        else:
            _subheading(doc, n, task_summary(group.tasks[0].text), cong_van)
            _placeholder(doc, "placeholder_task")
    if n == 0:
        _placeholder(doc, "placeholder_task")
    annex = fields.annexes[0] if fields.annexes else None
    tables = [t for t in (annex.tables if annex else []) if t.columns]
    if tables:
        n += 1
        _subheading(doc, n, text("reply", "figures_heading"), cong_van)
        label = " ".join(x for x in (annex.label, annex.title) if x).strip()
        od.body(doc, text("reply", "figures_note").format(annex=label,
                citation_short=citation_short(fields)), italic=True, keep_next=True)
        for table in tables:
            figures_table(doc, table)
    return notices


def figures_table(doc: DocxDocument, table: AnnexTable, size: float = od.SIZE["table"], *,
                  width: float = od.TEXT_WIDTH_CM, space_after: float = 6) -> None:
    """A figures table, empty for the unit to fill in (STT and row labels kept): numbers,
    STT and deadlines centred, text left."""
    widths = column_widths(table.columns, width)
    rows = table.rows or [[""] * len(table.columns) for _ in range(3)]
    grid = od.grid_table(doc, widths, rows=1 + len(rows))
    od.repeat_header(grid.rows[0])
    for j, name in enumerate(table.columns):
        od.cell_text(grid.cell(0, j), name, size=size, bold=True, align="center")
        od.vertical_center(grid.cell(0, j))
    centred = [j == 0 or is_number_column(name) or lowercase_words(name).startswith("hạn")
               for j, name in enumerate(table.columns)]
    for i, row in enumerate(rows, 1):
        for j in range(len(table.columns)):
            value = row[j] if j < len(row) else ""
            od.cell_text(grid.cell(i, j), value, size=size, align="center" if centred[j] else "left")
    od.para(doc, "", size=space_after)  # a little air after the table


def is_number_column(name: str) -> bool:
    from .vn import _load

    folded = lowercase_words(name)
    return any(lowercase_words(w) in folded for w in _load("annex.json")["number_columns"])


def column_widths(columns: list[str], total_cm: float) -> list[float]:
    """STT narrow, dates and figures fixed, the content column three times the other texts."""
    fixed: list[float | None] = []
    weight: list[float] = []
    for name in columns:
        f = lowercase_words(name)
        if f in ("stt", "tt", "số tt"):
            fixed.append(1.3)
        elif f.startswith(("hạn", "ngày", "thời hạn")):
            fixed.append(2.6)
        elif is_number_column(name):
            fixed.append(2.8)
        else:
            fixed.append(None)
        weight.append(3.0 if f.startswith(("nội dung", "nhiệm vụ", "tên", "công việc")) else
                      1.0 if f.startswith("ghi chú") else 1.6)
    free = [i for i, w in enumerate(fixed) if w is None]
    rest = total_cm - sum(w for w in fixed if w is not None)
    out = [w or 0.0 for w in fixed]
    if free and rest > 0:
        total_weight = sum(weight[i] for i in free)
        for i in free:
            out[i] = rest * weight[i] / total_weight
    scale = total_cm / sum(out) if sum(out) else 1.0
    return [w * scale for w in out]


def write_reply(fields: Fields, profile: Profile, out: str | Path, *, form: str = "bao-cao",
                date: dt.date | None = None, force: bool = False) -> list[str]:
    out = Path(out)
    if out.suffix.lower() != ".docx":
        from ..errors import OutputError

        raise OutputError(_("a reply is written as .docx, not %(suffix)s")
                          % {"suffix": out.suffix or _("a file without extension")},
                          path=out, hint=_("Give an output name ending in .docx"))
    doc, notices = build_reply(fields, profile, form=form, date=date)
    atomic_write(out, lambda tmp: doc.save(str(tmp)), force=force)
    return notices
