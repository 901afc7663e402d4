"""Who leads a task and who cooperates on it (chủ trì, phối hợp), and whom it reports to, as far
as the dispatch says.

A task read by a parser that tells the lead body from the cooperating ones carries ``lead`` and
``cooperating``; otherwise every assignee is taken as responsible for the task, with no
cooperating body. A task that reports says to whom (``report_to``); a task read before tasks
said so reports to the dispatch's report addressee when it is the dispatch's (first) report task.
The checklist's rows (:mod:`.checklist_rows`) read the roles through here, and through them the
register, the processing slip and every checklist format.
"""

from __future__ import annotations

from typing import Any

from ..vntext import nfc


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
        lead, cooperating = names(lead), names(cooperating)
        return lead, [n for n in cooperating if n not in lead]
    return names(getattr(task, "assignees", None)), []


def report_addressee(task: Any, fields: Any) -> str | None:
    """Whom a task reports to. The dispatch's first report task reports to the dispatch's report
    addressee (as read, or as a clerk corrected it) when there is one; any other task to the
    body it names itself; else None."""
    if getattr(task, "report", False):
        report = getattr(fields, "report", None)
        first = next((t for t in fields.tasks if t.report), None)
        if first is task and report is not None and names(report.to):
            return names(report.to)[0]
    own = names(getattr(task, "report_to", None))
    return own[0] if own else None


def roles_label(lead: list[str], cooperating: list[str], labels: dict[str, str]) -> str:
    """One cell for the bodies of a task: the names when no body cooperates, else
    ``Chủ trì: …; phối hợp: …`` (``labels``: the words ``lead`` and ``cooperating``)."""
    if not cooperating:
        return "; ".join(lead)
    parts = [labels["lead"].format(names=", ".join(lead))] if lead else []
    parts.append(labels["cooperating"].format(names=", ".join(cooperating)))
    return "; ".join(parts)
