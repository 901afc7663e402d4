"""The checklist's rows: one :class:`Item` per task with who does it, by when and the report duty,
and the dispatch's key facts shown above them. Every format of the checklist (:mod:`.checklist`,
:mod:`.sheets`, :mod:`.calendar`), the results table of the annex form and the summary use them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from ..model import Fields
from ..vntext import nfc
from .roles import names, report_addressee, roles_label, task_roles
from .vn import issuer_in_text, parse_date, sentence_name, short_date, text


@dataclass
class Item:
    """One row of the checklist."""

    index: int
    text: str
    number: str | None = None
    heading: str | None = None
    assignees: list[str] = field(default_factory=list)
    deadline: dt.date | None = None
    time: str | None = None
    deadline_text: str | None = None
    inherited: bool = False  # the deadline is the dispatch's general one, not the task's own
    report: str = ""  # what the Báo cáo column says
    status: str = ""
    note: str = ""
    lead: list[str] = field(default_factory=list)  # chủ trì
    cooperating: list[str] = field(default_factory=list)  # phối hợp
    report_to: str | None = None  # whom this task reports to
    is_report: bool = False  # the task is a report-back obligation (a report to write)

    @property
    def bodies(self) -> str:
        """Who does it, in one cell: the names, or ``Chủ trì: …; phối hợp: …``."""
        return roles_label(self.lead, self.cooperating, text("checklist", "roles"))

    def to_dict(self) -> dict:
        data = asdict(self)
        data["deadline"] = self.deadline.isoformat() if self.deadline else None
        return data


def general_deadline(fields: Fields):
    """The end of the dispatch's general period (a campaign ``đến hết ngày …``), if any."""
    periods = [d for d in fields.deadlines if d.date and d.kind in ("until", "period")]
    return max(periods, key=lambda d: d.date) if periods else None


def checklist_items(fields: Fields) -> list[Item]:
    """One row per task (its bodies, its deadline or the one it inherits, whom it reports to),
    then the dispatch's report duty when no task is the report."""
    labels = text("checklist")
    status = labels["statuses"][0]
    general = general_deadline(fields)
    report = fields.report
    items: list[Item] = []
    for task in fields.tasks:
        lead, cooperating = task_roles(task)
        item = Item(len(items) + 1, nfc(" ".join(task.text.split())), task.number, task.heading,
                    list(task.assignees), parse_date(task.deadline), None, task.deadline_text,
                    status=status, lead=lead, cooperating=cooperating,
                    report_to=report_addressee(task, fields), is_report=task.report)
        item.report = _report_label(item, labels)
        if task.report and item.deadline is None and report and report.deadline \
                and item.report_to in (None, report.to):
            item.deadline, item.time = parse_date(report.deadline), report.time
        if item.deadline is None and general is not None:
            item.deadline, item.inherited = parse_date(general.date), True
            item.note = labels["inherited"].format(text=general.text)
        elif item.deadline_text:
            item.note = labels["deadline_text"].format(text=item.deadline_text)
        items.append(item)
    if report and not any(t.report for t in fields.tasks):
        what = report.what or labels["report_task"]
        item = Item(len(items) + 1, nfc(what), assignees=list(fields.recipients),
                    deadline=parse_date(report.deadline), time=report.time, status=status,
                    lead=names(fields.recipients),
                    report_to=report.to or None, is_report=True)
        item.report = _report_label(item, labels)
        items.append(item)
    return items


def _report_label(item: Item, labels: dict) -> str:
    """The Báo cáo column: ``Báo cáo về X`` for a task that says whom it reports to, ``Có`` for a
    report task that does not, else empty."""
    if item.report_to:
        return labels["report_yes"].format(to=item.report_to)
    return labels["report_plain"] if item.is_report else ""


def deadline_label(item: Item) -> str:
    if not item.deadline:
        return ""
    s = short_date(item.deadline)
    return f"{item.time} {s}" if item.time else s


def dispatch_info(fields: Fields) -> list[tuple[str, str]]:
    """Key facts of the dispatch, for the top of the checklist."""
    info = text("checklist", "info")
    d = parse_date(fields.date)
    rows = [(info["number"], fields.number or ""),
            (info["date"], short_date(d) if d else ""),
            (info["issuer"], sentence_name(fields.issuer) if fields.issuer else issuer_in_text(fields)),
            (info["subject"], nfc(fields.subject or ""))]
    if fields.report:
        if fields.report.to:
            rows.append((info["report"], fields.report.to))
        rd = parse_date(fields.report.deadline)
        if rd:
            rows.append((info["report_deadline"],
                         f"{fields.report.time} {short_date(rd)}" if fields.report.time else short_date(rd)))
    if fields.links:
        rows.append((info["links"], "; ".join(fields.links)))
    contacts = ["; ".join(x for x in (c.name, c.unit, c.phone, c.email) if x) for c in fields.contacts]
    if contacts:
        rows.append((info["contacts"], " / ".join(contacts)))
    return [(k, nfc(v)) for k, v in rows if v]
