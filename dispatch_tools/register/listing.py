"""The register as lines of text for a terminal, and the arrival of a file already registered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..generate.vn import short_date, task_summary
from .entry import TaskRow
from .store import Register
from .text import LISTING


def task_line(task: TaskRow) -> str:
    """One task: its id (to set its status), state, due date, arrival number, lead, summary."""
    due = short_date(dt.date.fromisoformat(task.due)) if task.due else LISTING["no_due"]
    lead = "; ".join(task.lead) or LISTING["no_lead"]
    return LISTING["task"].format(id=task.id, state=task.label, due=due, no=task.arrival_no,
                                  year=task.year, lead=lead, text=task_summary(task.text, 14))


def task_lines(tasks: list[TaskRow]) -> list[str]:
    return [task_line(t) for t in tasks] or [LISTING["none"]]


def arrival_of_file(register_path: str | Path, sha256: str) -> dict:
    """The register's arrival number, date and time of a file with these bytes, for its slip;
    {} when it is not registered (or there is no register yet: none is made)."""
    if not Path(register_path).is_file():
        return {}
    entry = Register(register_path).find_file(sha256)
    if entry is None:
        return {}
    return {"no": entry.arrival_no, "date": entry.arrival_date, "time": entry.arrival_time}
