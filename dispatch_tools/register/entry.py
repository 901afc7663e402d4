"""What one register row holds, and how it is made from a parsed dispatch."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any, Callable

from ..generate.checklist_rows import checklist_items
from ..generate.roles import names
from ..i18n import _
from ..model import Fields
from .text import NOTE, REVIEW_FIELDS, REVIEW_OTHER, STATUS, in_register


@dataclass
class Entry:
    """One incoming dispatch in the register (sổ đăng ký văn bản đến)."""

    id: int
    year: int
    arrival_no: int
    arrival_date: str  # ISO
    arrival_time: str | None  # HH:MM
    arrival_source: str  # "stamp" or "processed"
    number: str | None
    issuer: str | None
    doc_date: str | None
    doc_type: str | None
    subject: str | None
    addressee: str
    handler: str
    deadline: str | None
    report_to: str | None
    file_name: str
    sha256: str
    office_notes: list[str] = field(default_factory=list)  # what the office wrote
    review: str = ""  # the fields that need a look, as the register names them
    stamp_number: str | None = None  # the number written on the arrival stamp
    duplicate_of: int | None = None
    duplicate_of_no: int | None = None  # the first entry's arrival number …
    duplicate_of_year: int | None = None  # … and year
    same_file: bool = False
    not_dispatch: bool = False
    forwarded_on: str | None = None
    received_by: str | None = None  # ký nhận: who signed for it when it was passed on
    reply_number: str | None = None
    source: str = ""
    created: str = ""
    fields_json: str | None = None

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of is not None

    @property
    def duplicate_note(self) -> str:
        """``trùng với số đến N`` (``… năm YYYY`` when the first is of another year), or '', in
        the interface language."""
        return self.duplicate_note_in(_)

    def duplicate_note_in(self, say: Callable[[str], str]) -> str:
        if self.duplicate_of is None:
            return ""
        if self.duplicate_of_year in (None, self.year):
            note = say(NOTE["duplicate"]).format(no=self.duplicate_of_no)
        else:
            note = say(NOTE["duplicate_other_year"]).format(no=self.duplicate_of_no,
                                                            year=self.duplicate_of_year)
        return f"{note} ({say(NOTE['same_file'])})" if self.same_file else note

    @property
    def notes(self) -> list[str]:
        """The register's Ghi chú as the interface shows it (in the interface language)."""
        return self.notes_in(_)

    @property
    def register_notes(self) -> list[str]:
        """The register's Ghi chú as the books write it (in Vietnamese)."""
        return self.notes_in(in_register)

    def notes_in(self, say: Callable[[str], str]) -> list[str]:
        """The duplicate's link, the stamp's own number, the fields to check, the office's notes,
        and the doubt that it is a dispatch at all; ``say`` translates the register's words."""
        out = [self.duplicate_note_in(say)] if self.duplicate_of is not None else []
        if self.stamp_number and self.stamp_number != str(self.arrival_no):
            out.append(say(NOTE["stamp_number"]).format(no=self.stamp_number))
        if self.review:
            labels = [say(REVIEW_FIELDS[name]) if name in REVIEW_FIELDS else name
                      for name in self.review.split("; ")]
            out.append(say(NOTE["review"]).format(fields="; ".join(labels)))
        out += self.office_notes
        if self.not_dispatch:
            out.append(say(NOTE["not_dispatch"]))
        return out

    def fields(self) -> Fields | None:
        return Fields.from_dict(json.loads(self.fields_json)) if self.fields_json else None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Entry:
        data = dict(row)
        data["office_notes"] = json.loads(data.pop("notes", None) or "[]")
        data["same_file"] = bool(data["same_file"])
        data["not_dispatch"] = bool(data["not_dispatch"])
        data["fields_json"] = data.pop("fields", None)
        return cls(**data)


@dataclass
class TaskRow:
    """One task of a registered dispatch, with its status."""

    id: int
    entry_id: int
    year: int
    arrival_no: int
    position: int
    number: str | None
    text: str
    lead: list[str]
    cooperating: list[str]
    deadline: str | None  # ISO: its own, or the one it inherits (as the checklist gives it)
    report: bool
    report_to: str | None  # whom the task reports to
    status: str  # as set: "todo", "doing", "done"
    state: str  # the status, or "overdue" when the due date has passed and it is not done

    @property
    def label(self) -> str:
        """The state in the interface language."""
        return _(STATUS[self.state])

    @property
    def register_label(self) -> str:
        """The state as the books write it (in Vietnamese)."""
        return in_register(STATUS[self.state])

    @property
    def due(self) -> str | None:
        return self.deadline

    @classmethod
    def from_row(cls, row: sqlite3.Row, today: dt.date) -> TaskRow:
        data = dict(row)
        data["lead"] = json.loads(data["lead"])
        data["cooperating"] = json.loads(data["cooperating"])
        data["report"] = bool(data["report"])
        data["state"] = state_of(data["status"], data["deadline"], today)
        return cls(**data)


def state_of(status: str, due: str | None, today: dt.date) -> str:
    if status != "done" and due and due[:10] < today.isoformat():
        return "overdue"
    return status


# --------------------------------------------------------------------------- from a dispatch


def _iso(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and value.strip():
        try:
            return dt.date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            return None
    return None


def _hhmm(value: Any) -> str | None:
    if isinstance(value, (dt.time, dt.datetime)):
        return value.strftime("%H:%M")
    if isinstance(value, str) and value.strip():
        try:
            return dt.time.fromisoformat(value.strip()).strftime("%H:%M")
        except ValueError:
            return None
    return None


def arrival_of(stamp: Any, now: dt.datetime) -> tuple[str, str | None, str]:
    """(ISO date, HH:MM or None, source) of the arrival: from the arrival stamp when it gives a
    date, else the processing time. ``stamp`` may be a datetime, a date, an ISO text, or anything
    with ``date`` and ``time`` (attributes or keys), as a stamp reader gives them."""
    if isinstance(stamp, dt.datetime):
        return stamp.date().isoformat(), stamp.strftime("%H:%M"), "stamp"
    if stamp is not None and not isinstance(stamp, (str, dt.date)):
        get = stamp.get if isinstance(stamp, dict) else lambda k: getattr(stamp, k, None)
        day = _iso(get("date"))
        if day:
            return day, _hhmm(get("time")), "stamp"
    elif stamp is not None:
        day = _iso(stamp)
        if day:
            text = stamp if isinstance(stamp, str) else ""
            return day, _hhmm(text[11:16]) if len(text) > 10 else None, "stamp"
    return now.date().isoformat(), now.strftime("%H:%M"), "processed"


def stamp_number(stamp: Any) -> str | None:
    """The arrival number written on the stamp, when a stamp reader gives one."""
    if stamp is None or isinstance(stamp, (str, dt.date)):
        return None
    value = stamp.get("number") if isinstance(stamp, dict) else getattr(stamp, "number", None)
    return str(value).strip() or None if value not in (None, "") else None


def dispatch_deadline(fields: Fields) -> str | None:
    """The first date something is due: the deadlines read (not the next day of one that recurs), the
    report's, the tasks' own."""
    dates = [d.date for d in fields.deadlines if d.kind != "recurring"] + [t.deadline for t in fields.tasks]
    if fields.report:
        dates.append(fields.report.deadline)
    dates = sorted(d for d in (_iso(x) for x in dates) if d)
    return dates[0] if dates else None


def entry_values(fields: Fields) -> dict[str, Any]:
    """The columns of ``entries`` that come from the parsed dispatch."""
    plain = fields.to_dict()
    plain.pop("sources", None)
    return {
        "number": fields.number, "issuer": fields.issuer, "doc_date": _iso(fields.date),
        "doc_type": fields.doc_type, "subject": fields.subject or None,
        "addressee": "; ".join(names(fields.recipients)), "deadline": dispatch_deadline(fields),
        "report_to": fields.report.to if fields.report and fields.report.to else None,
        "review": review_labels(fields), "fields": json.dumps(plain, ensure_ascii=False),
    }


def review_labels(fields: Fields) -> str:
    """The fields flagged for a person's look, as the register keeps them: their names, which
    :attr:`Entry.notes` words in the register's terms."""
    names = [name if name in REVIEW_FIELDS else REVIEW_OTHER for name in fields.review]
    return "; ".join(dict.fromkeys(names))


def task_values(fields: Fields) -> list[dict[str, Any]]:
    """The rows of ``tasks``: the work the checklist lists, each with the deadline the checklist
    gives it (its own, or the one it inherits from the report duty or the dispatch's period)."""
    out = []
    for position, item in enumerate(checklist_items(fields), start=1):
        out.append({"position": position, "number": item.number, "text": item.text,
                    "lead": json.dumps(item.lead, ensure_ascii=False),
                    "cooperating": json.dumps(item.cooperating, ensure_ascii=False),
                    "deadline": _iso(item.deadline), "report": int(bool(item.report)),
                    "report_to": item.report_to or None})
    return out
