"""A parsed dispatch at a glance: what ``dispatch process`` prints, the batch register records and
the web app's list shows of it, made in one place.

    s = summarise(fields)
    s.number, s.issuer, s.subject       # the key facts
    s.checklist                         # the checklist's rows (tasks, the report duty)
    s.deadlines                         # every date by which something must be done, sorted
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..model import Fields, Task
from .checklist_rows import Item, checklist_items


@dataclass
class Summary:
    number: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    parent_issuer: str | None = None
    date: str | None = None
    subject: str | None = None
    recipients: list[str] = field(default_factory=list)
    report_to: str | None = None
    tasks: list[Task] = field(default_factory=list)  # as the dispatch words them
    checklist: list[Item] = field(default_factory=list)  # the rows of the checklist
    deadlines: list[dt.date] = field(default_factory=list)

    @property
    def first_deadline(self) -> dt.date | None:
        return self.deadlines[0] if self.deadlines else None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: what the batch keeps of a dispatch for its register and task sheet."""
        first = self.first_deadline
        return {
            "number": self.number, "doc_type": self.doc_type, "issuer": self.issuer,
            "parent_issuer": self.parent_issuer, "date": self.date, "subject": self.subject,
            "recipients": self.recipients, "deadline": first.isoformat() if first else None,
            "report_to": self.report_to,
            "tasks": [{"number": t.number, "text": t.text, "assignees": t.assignees,
                       "deadline": t.deadline, "report": t.report} for t in self.tasks],
        }


def deadline_dates(fields: Fields, items: list[Item] | None = None) -> list[dt.date]:
    """Every date by which something must be done: the checklist's rows (tasks, with the
    dispatch's general deadline where a task has none, and the report duty), the report duty's
    own date and the dispatch's deadlines but those that recur (``ngày 10 hằng tháng``: its next day is
    no deadline of the dispatch; the calendar repeats it); sorted, each once."""
    items = checklist_items(fields) if items is None else items
    dates = {item.deadline for item in items if item.deadline}
    for value in [fields.report.deadline if fields.report else None] + [d.date for d in fields.deadlines
                                                                          if d.kind != "recurring"]:
        try:
            if value:
                dates.add(dt.date.fromisoformat(value))
        except ValueError:
            continue
    return sorted(dates)


def summarise(fields: Fields) -> Summary:
    items = checklist_items(fields)
    return Summary(
        number=fields.number, doc_type=fields.doc_type, issuer=fields.issuer,
        parent_issuer=fields.parent_issuer, date=fields.date, subject=fields.subject,
        recipients=fields.recipients, report_to=fields.report.to if fields.report else None,
        tasks=fields.tasks, checklist=items, deadlines=deadline_dates(fields, items),
    )
