"""Who leads a task and who cooperates on it (chủ trì, phối hợp), as far as the dispatch says.

A task read by a parser that tells the lead body from the cooperating ones carries ``lead`` and
``cooperating``; until then every assignee is taken as responsible for the task, with no
cooperating body. Both the register and the processing slip read the roles through here.
"""

from __future__ import annotations

from typing import Any

from ..vntext import nfc
from .checklist_rows import checklist_items


def names(value: Any) -> list[str]:
    """A name or a list of names as a clean list: NFC, trimmed, no empties, no repeats."""
    if not value:
        return []
    items = [value] if isinstance(value, str) else list(value)
    out: list[str] = []
    for item in items:
        name = nfc(" ".join(str(item).split())).strip(" ;,.")
        if name and name not in out:
            out.append(name)
    return out


def task_roles(task: Any) -> tuple[list[str], list[str]]:
    """(lead bodies, cooperating bodies) of a :class:`~dispatch_tools.model.Task`."""
    lead, cooperating = getattr(task, "lead", None), getattr(task, "cooperating", None)
    if lead or cooperating:
        return names(lead), names(cooperating)
    return names(getattr(task, "assignees", None)), []


def work_items(fields: Any) -> list[tuple[Any, list[str], list[str]]]:
    """Every piece of work of a dispatch as the checklist lists it (a task, with its own deadline
    or the one it inherits; the report duty when no task is the report), with its lead and
    cooperating bodies."""
    out = []
    for k, item in enumerate(checklist_items(fields)):
        if k < len(fields.tasks):
            lead, cooperating = task_roles(fields.tasks[k])
        else:
            lead, cooperating = names(item.assignees), []
        out.append((item, lead, cooperating))
    return out
