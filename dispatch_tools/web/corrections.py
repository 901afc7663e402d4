"""Corrections made on the dispatch page, kept as a JSON patch (RFC 6902) over the parsed fields.

The parsed fields are never changed: every download applies the patch to them first, so the
user's corrections and what the program read are both kept. :func:`from_form` turns the posted
form into the corrected fields; :func:`make_patch` records the difference.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import unicodedata

import jsonpatch

from ..i18n import _
from ..model import Fields, typed_date

TIME = re.compile(r"^([01]?\d|2[0-3])[:hg]([0-5]\d)$")


class FormError(ValueError):
    """A value in the posted form is not valid; the message is shown to the user (in the
    interface language)."""


def apply(parsed: dict, patch: list[dict]) -> Fields:
    """The corrected fields: ``parsed`` (``Fields.to_dict()``) with ``patch`` applied."""
    data = jsonpatch.apply_patch(parsed, patch) if patch else parsed
    return Fields.from_dict(data)


def make_patch(parsed: dict, corrected: dict) -> list[dict]:
    return jsonpatch.make_patch(parsed, corrected).patch


# --------------------------------------------------------------------------- the form


def _text(value: str | None) -> str:
    return unicodedata.normalize("NFC", " ".join((value or "").split()))


def _lines(value: str | None) -> list[str]:
    out = []
    for line in (value or "").splitlines():
        line = _text(line).strip(" ;-–•")
        if line:
            out.append(line)
    return out


def _date(value: str | None, label: str) -> str | None:
    """A date typed as ngày/tháng/năm (``22/9/2022``, ``22-09-2022``) or ``2022-09-22``."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return typed_date(value)
    except ValueError:
        raise FormError(_("%(field)s: “%(value)s” is not a valid date (day/month/year, "
                          "for example 22/09/2022)") % {"field": label, "value": value}) from None


def _time(value: str | None, label: str) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    m = TIME.match(value.lower().replace(" ", ""))
    if not m:
        raise FormError(_("%(field)s: “%(value)s” is not a valid time (hours:minutes, for "
                          "example 16:30)") % {"field": label, "value": value})
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def from_form(current: dict, form) -> dict:
    """The fields dict ``current`` (the corrected fields shown in the form) updated from ``form``
    (a mapping of the posted values). Raises :class:`FormError` for an invalid value."""
    data = copy.deepcopy(current)
    data["number"] = _text(form.get("number")) or None
    data["doc_type"] = _text(form.get("doc_type")) or None
    data["issuer"] = _text(form.get("issuer")) or None
    data["date"] = _date(form.get("date"), _("Issue date"))
    data["subject"] = _text(form.get("subject"))
    data["recipients"] = _lines(form.get("recipients"))

    deadlines = []
    for i, deadline in enumerate(data.get("deadlines") or []):
        if form.get(f"deadline-{i}-delete"):
            continue
        new_date = _date(form.get(f"deadline-{i}-date"), _("Deadline %(n)s") % {"n": i + 1})
        new_time = _time(form.get(f"deadline-{i}-time"),
                         _("Time of deadline %(n)s") % {"n": i + 1})
        if (new_date, new_time) != (deadline.get("date"), deadline.get("time")):
            deadline = {**deadline, "date": new_date, "time": new_time}
        deadlines.append(deadline)
    new_date = _date(form.get("deadline-new-date"), _("New deadline"))
    if new_date:
        deadlines.append({"date": new_date, "time": _time(form.get("deadline-new-time"), _("Time of the new deadline")),
                          "text": "", "kind": "by", "recurrence": None, "source": None})
    data["deadlines"] = deadlines

    tasks = []
    for i, task in enumerate(data.get("tasks") or []):
        if form.get(f"task-{i}-delete"):
            continue
        task = dict(task)
        task["text"] = _text(form.get(f"task-{i}-text")) or task.get("text", "")
        task["assignees"] = _lines(form.get(f"task-{i}-assignees"))
        deadline = _date(form.get(f"task-{i}-deadline"), _("Deadline of task %(n)s") % {"n": i + 1})
        if deadline != task.get("deadline"):
            task["deadline"] = deadline
            task["deadline_text"] = None  # the words of the dispatch no longer say it
        task["report"] = bool(form.get(f"task-{i}-report"))
        tasks.append(task)
    new_text = _text(form.get("task-new-text"))
    if new_text:
        tasks.append({"text": new_text, "number": None, "heading": None,
                      "assignees": _lines(form.get("task-new-assignees")),
                      "deadline": _date(form.get("task-new-deadline"), _("Deadline of the new task")),
                      "deadline_text": None, "report": bool(form.get("task-new-report")), "source": None})
    data["tasks"] = tasks

    report = dict(data.get("report") or {})
    report_values = {
        "to": _text(form.get("report-to")) or None,
        "deadline": _date(form.get("report-deadline"), _("Report deadline")),
        "time": _time(form.get("report-time"), _("Report time")),
        "what": _text(form.get("report-what")),
        "form": _text(form.get("report-form")) or None,
    }
    if any(report_values.values()):
        report.update(report_values)
        report.setdefault("source", None)
        data["report"] = report
    else:
        data["report"] = None
    return data


# --------------------------------------------------------------------------- deadlines


def next_deadline(dates: list[dt.date], today: dt.date | None = None,
                  handled: bool = False) -> tuple[dt.date | None, str]:
    """The deadline to show in the list and its state: "handled" (marked as dealt with),
    "overdue" (every deadline has passed), "week" (the next one is within 7 days), "later" or
    "none" (the dispatch sets no deadline)."""
    today = today or dt.date.today()
    upcoming = [d for d in dates if d >= today]
    shown = upcoming[0] if upcoming else (dates[-1] if dates else None)
    if handled:
        return shown, "handled"
    if shown is None:
        return None, "none"
    if not upcoming:
        return shown, "overdue"
    return shown, "week" if (shown - today).days <= 7 else "later"
