"""Deadlines as an iCalendar file (icalendar): one event per deadline, each with a reminder a few
working days before (Monday to Friday) and the dispatch's number and subject, ready to import into
a phone or Outlook."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event

from ..model import Fields
from ..vntext import nfc
from .vn import bare_subject, citation, doc_type_of, parse_date, short_date, task_summary, text
from ..i18n import _

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
# The reminder: this many working days before the deadline, fewer when the dispatch leaves less
# time; all-day deadlines are reminded at 09:00.
REMINDER_WORKING_DAYS = 2
REMINDER_HOUR = 9


@dataclass
class Due:
    date: dt.date
    time: dt.time | None = None
    text: str = ""
    recurrence: str | None = None
    report: bool = False
    report_to: list[str] = field(default_factory=list)  # whom the reports due then go to
    tasks: list[str] = field(default_factory=list)


def _time(value: str | None) -> dt.time | None:
    if not value:
        return None
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        return None


def _rrule(recurrence: str | None) -> dict | None:
    """The repeat rule of a recurring deadline: ``monthly:25`` every month on the 25th,
    ``yearly:04-20`` every year on 20 April (the event itself is the first occurrence)."""
    kind, _sep, value = (recurrence or "").partition(":")
    if kind == "monthly" and value.isdigit():
        return {"freq": "monthly", "bymonthday": int(value)}
    month, _sep, day = value.partition("-")
    if kind == "yearly" and month.isdigit() and day.isdigit():
        return {"freq": "yearly", "bymonth": int(month), "bymonthday": int(day)}
    return None


def collect(fields: Fields, items) -> tuple[list[Due], list[str]]:
    """Every distinct deadline: those the parser listed, the report deadline, tasks' own ones."""
    notices: list[str] = []
    dues: dict[tuple, Due] = {}

    def add(date: dt.date | None, time: dt.time | None, phrase: str, recurrence: str | None = None):
        if date is None:
            return None
        key = (date, time)
        if key not in dues:
            dues[key] = Due(date, time, nfc(phrase or ""), recurrence)
        elif phrase and not dues[key].text:
            dues[key].text = nfc(phrase)
        return dues[key]

    for d in fields.deadlines:
        date = parse_date(d.date)
        if date is None:
            notices.append(_("deadline “%(deadline)s” has no date: left out of the calendar")
                           % {"deadline": d.text})
            continue
        add(date, _time(d.time), d.text, d.recurrence if d.kind == "recurring" else None)
    report = fields.report
    if report and parse_date(report.deadline):
        due = add(parse_date(report.deadline), _time(report.time), "")
        due.report = True
        if report.to:
            due.report_to.append(report.to)
    for it in items:
        if it.deadline is None:
            continue
        due = dues.get((it.deadline, _time(it.time))) or dues.get((it.deadline, None))
        if due is None:
            due = add(it.deadline, _time(it.time), it.deadline_text or "")
        due.tasks.append(task_summary(it.text, 14))
        due.report = due.report or it.is_report
        if it.is_report and it.report_to and it.report_to not in due.report_to:
            due.report_to.append(it.report_to)
    return sorted(dues.values(), key=lambda d: (d.date, d.time or dt.time())), notices


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days (Monday to Friday) after ``start`` up to and including ``end``."""
    days = (end - start).days
    return sum(1 for k in range(1, days + 1) if (start + dt.timedelta(days=k)).weekday() < 5)


def working_days_before(due: dt.date, n: int) -> dt.date:
    """The day ``n`` working days before ``due``."""
    day = due
    while n > 0:
        day -= dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def reminder_days(issued: dt.date | None, due: dt.date, wanted: int) -> int:
    """``wanted`` working days, or half the working days the dispatch leaves (at least one)."""
    if issued is None or wanted <= 0:
        return wanted
    return max(1, min(wanted, working_days_between(issued, due) // 2))


def _alarm(due: Due, issued: dt.date | None, wanted: int, summary: str, labels) -> Alarm | None:
    days = reminder_days(issued, due.date, wanted)
    if days <= 0:
        return None
    back = dt.timedelta(days=(due.date - working_days_before(due.date, days)).days)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    # a timed deadline is reminded at its own time of day, an all-day one at 09:00
    alarm.add("trigger", -back if due.time else -back + dt.timedelta(hours=REMINDER_HOUR))
    alarm.add("description", nfc(labels["alarm"].format(days=days, summary=summary)))
    return alarm


def build_calendar(fields: Fields, items, now: dt.datetime | None = None,
                   reminder: int = REMINDER_WORKING_DAYS) -> tuple[Calendar, list[str]]:
    """``reminder``: working days before each deadline to remind (0: no reminder)."""
    labels = text("calendar")
    now = now or dt.datetime.now(dt.timezone.utc)
    dues, notices = collect(fields, items)
    doc = labels["doc"].format(doc_type=doc_type_of(fields), number=fields.number or "").strip()
    issued = parse_date(fields.date)

    cal = Calendar()
    cal.add("prodid", "-//dispatch_tools//generate//VI")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", nfc(doc))
    cal.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    for due in dues:
        if due.report and due.report_to:
            summary = labels["summary_report"].format(to=labels["and"].join(due.report_to), doc=doc)
        else:
            what = due.tasks[0] if len(due.tasks) == 1 else (due.text or labels["default_what"])
            summary = labels["summary"].format(what=what, doc=doc)
        desc = [labels["description"].format(citation=citation(fields),
                                             text=due.text or short_date(due.date))]
        if due.tasks:
            desc.append(labels["tasks"])
            desc += [f"- {t}" for t in due.tasks]
        if fields.report and due.report and fields.report.form:
            desc.append(fields.report.form)
        event = Event()
        key = f"{fields.number}|{fields.date}|{due.date}|{due.time}|{due.text}"
        event.add("uid", hashlib.sha1(key.encode()).hexdigest()[:20] + "@dispatch-tools")
        event.add("dtstamp", now)
        event.add("summary", nfc(summary))
        event.add("description", nfc("\n".join(desc)))
        event.add("categories", [nfc(doc)])
        if due.time:
            start = dt.datetime.combine(due.date, due.time, tzinfo=TZ)
            event.add("dtstart", start)
            event.add("dtend", start + dt.timedelta(minutes=30))
        else:
            event.add("dtstart", due.date)
            event.add("dtend", due.date + dt.timedelta(days=1))
            event.add("transp", "TRANSPARENT")
        rule = _rrule(due.recurrence)
        if rule is not None:
            event.add("rrule", rule)
        alarm = _alarm(due, issued, reminder, summary, labels)
        if alarm is not None:
            event.add_component(alarm)
        cal.add_component(event)
    if any(due.time for due in dues):
        cal.add_missing_timezones()
    if not dues:
        notices.append(_("the dispatch names no dated deadline: the calendar has no event"))
    subject = bare_subject(fields.subject)
    if subject:
        cal.add("x-wr-caldesc", nfc(subject))
    return cal, notices


def calendar_bytes(fields: Fields, items, now: dt.datetime | None = None,
                   reminder: int = REMINDER_WORKING_DAYS) -> tuple[bytes, list[str]]:
    cal, notices = build_calendar(fields, items, now, reminder)
    return cal.to_ical(), notices
