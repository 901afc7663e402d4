"""Calendar reminders (VALARM) a configurable number of working days (Monday to Friday) before
each deadline."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from dispatch_tools.generate.calendar import (REMINDER_WORKING_DAYS, calendar_bytes, reminder_days,
                                              working_days_before, working_days_between)
from dispatch_tools.generate.checklist import checklist_items, write_checklist
from dispatch_tools.model import Deadline, Fields, Task

NOW = dt.datetime(2024, 3, 1, 8, 0, tzinfo=dt.timezone.utc)


def one_deadline(date: str, time: str | None = None, issued: str = "2024-03-01") -> Fields:
    return Fields(number="05/UBND-VP", doc_type="Công văn", date=issued, subject="nộp báo cáo",
                  deadlines=[Deadline(date=date, time=time, text=f"trước ngày {date}")],
                  tasks=[Task(text="Nộp báo cáo", deadline=None if time else date)])


def alarms(fields: Fields, **kw) -> list[icalendar.Alarm]:
    data, _ = calendar_bytes(fields, checklist_items(fields), now=NOW, **kw)
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    return list(event.walk("VALARM"))


def test_working_days():
    friday, monday = dt.date(2024, 3, 15), dt.date(2024, 3, 18)
    assert working_days_before(monday, 1) == friday
    assert working_days_before(monday, 2) == dt.date(2024, 3, 14)
    assert working_days_before(dt.date(2024, 3, 17), 1) == friday  # from a Sunday
    assert working_days_between(friday, monday) == 1
    assert working_days_between(dt.date(2024, 3, 1), dt.date(2024, 3, 18)) == 11
    assert reminder_days(None, monday, 2) == 2
    assert reminder_days(friday, monday, 2) == 1  # one working day left: remind the day before it
    assert reminder_days(dt.date(2024, 3, 1), monday, 0) == 0


def test_default_is_two_working_days_at_nine():
    assert REMINDER_WORKING_DAYS == 2
    (alarm,) = alarms(one_deadline("2024-03-18"))  # Monday
    # Thursday 14/3 at 09:00, not Saturday 16/3
    assert alarm.decoded("trigger") == -dt.timedelta(days=4) + dt.timedelta(hours=9)
    assert str(alarm["action"]) == "DISPLAY"
    assert str(alarm["description"]).startswith("Còn 2 ngày làm việc đến hạn:")


@pytest.mark.parametrize("days, trigger_days", [(1, 3), (3, 5), (5, 7)])
def test_the_number_of_working_days_is_configurable(days, trigger_days):
    (alarm,) = alarms(one_deadline("2024-03-18"), reminder=days)
    assert alarm.decoded("trigger") == -dt.timedelta(days=trigger_days) + dt.timedelta(hours=9)


def test_zero_means_no_reminder():
    assert alarms(one_deadline("2024-03-18"), reminder=0) == []


def test_a_timed_deadline_is_reminded_at_its_time():
    (alarm,) = alarms(one_deadline("2024-03-15", time="17:00"))  # Friday 17:00
    assert alarm.decoded("trigger") == -dt.timedelta(days=2)  # Wednesday 17:00


def test_short_notice_never_reminds_before_the_dispatch():
    # issued Thursday, due Monday: two working days left (Fri, Mon), remind on Friday
    (alarm,) = alarms(one_deadline("2024-03-18", issued="2024-03-14"), reminder=5)
    assert alarm.decoded("trigger") == -dt.timedelta(days=3) + dt.timedelta(hours=9)


def test_write_checklist_passes_the_setting(tmp_path):
    out = tmp_path / "c.ics"
    write_checklist(one_deadline("2024-03-18"), out, now=NOW, reminder=3)
    (event,) = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    (alarm,) = event.walk("VALARM")
    assert alarm.decoded("trigger") == -dt.timedelta(days=5) + dt.timedelta(hours=9)
