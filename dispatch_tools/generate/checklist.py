"""The task checklist: one row per task with who does it, by when, the report duty and a status.

``write_checklist`` picks the format from the extension: ``.md``, ``.json``, ``.xlsx`` (a working
sheet, see :mod:`.sheets`), ``.docx`` and ``.ics`` (a calendar, see :mod:`.calendar`).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ..errors import OutputError
from ..model import Fields
from ..vntext import nfc
from . import officedoc as od
from .checklist_rows import Item, checklist_items, deadline_label, dispatch_info
from .files import atomic_write
from .vn import citation, parse_date, text
from ..i18n import _

FORMATS = (".md", ".json", ".xlsx", ".docx", ".ics")


def to_markdown(fields: Fields, items: list[Item]) -> str:
    labels = text("checklist")

    def cell(s: str) -> str:
        return " ".join(s.split()).replace("|", "\\|")

    out = [f"# {labels['title']}", "", labels["intro"].format(citation=citation(fields)) + ".", ""]
    out += [f"- **{k}:** {cell(v)}" for k, v in dispatch_info(fields)]
    out.append("")
    cols = [c for c in labels["columns"] if c != labels["columns"][6]]  # no completion date here
    out.append("| " + " | ".join(cols) + " |")
    out.append("|" + "|".join("---:" if c == cols[0] else "---" for c in cols) + "|")
    for it in items:
        task = f"**{cell(it.heading.rstrip(':'))}:** {cell(it.text)}" if it.heading else cell(it.text)
        out.append("| " + " | ".join([str(it.index), task, cell(it.bodies),
                                      deadline_label(it), cell(it.report), f"☐ {it.status}",
                                      cell(it.note)]) + " |")
    if not items:
        out.append(f"\n{labels['no_tasks']}")
    return nfc("\n".join(out) + "\n")


def to_json(fields: Fields, items: list[Item]) -> str:
    d = parse_date(fields.date)
    data = {
        "dispatch": {"number": fields.number, "doc_type": fields.doc_type, "date": d.isoformat() if d else None,
                     "issuer": fields.issuer, "subject": fields.subject, "citation": citation(fields),
                     "report": fields.report.to_dict() if fields.report else None},
        "statuses": text("checklist", "statuses"),
        "items": [it.to_dict() for it in items],
    }
    if data["dispatch"]["report"]:
        data["dispatch"]["report"].pop("source", None)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_docx(fields: Fields, items: list[Item]):
    labels = text("checklist")
    doc = od.new_document(landscape=True)
    width = od.text_width_cm(doc)
    od.para(doc, labels["title"], size=14, bold=True, align="center", after=6)
    od.para(doc, labels["intro"].format(citation=citation(fields)) + ".", size=13, italic=True,
            align="center", after=6)
    for k, v in dispatch_info(fields):
        od.para(doc, [od.Seg(f"{k}: ", bold=True), od.Seg(v)], size=12, after=2)
    od.para(doc, "", size=6)
    cols = labels["columns"]
    widths = [1.3, 6.5, 3.4, 2.6, 2.8, 2.5, 2.4, 3.7]  # 25.2 cm: A4 landscape inside the margins
    scale = width / sum(widths)
    table = od.grid_table(doc, [w * scale for w in widths], rows=1 + len(items))
    od.repeat_header(table.rows[0])
    for j, name in enumerate(cols):
        od.cell_text(table.cell(0, j), name, size=12, bold=True, align="center")
        od.vertical_center(table.cell(0, j))
    for i, it in enumerate(items, 1):
        task = ([od.Seg(it.heading.rstrip(":") + ": ", bold=True)] if it.heading else []) + [od.Seg(it.text)]
        values = [str(it.index), task, it.bodies, deadline_label(it), it.report,
                  "☐ " + it.status, "", it.note]
        for j, value in enumerate(values):
            od.cell_text(table.cell(i, j), value, size=12,
                         align="center" if j in (0, 3, 6) else "left")
    if not items:
        od.para(doc, labels["no_tasks"], size=13, italic=True)
    od.finish(doc)
    return doc


def write_checklist(fields: Fields, out: str | Path, *, force: bool = False,
                    now: dt.datetime | None = None, reminder: int | None = None) -> list[str]:
    """Write the checklist in the format named by ``out``'s extension; returns notices.
    ``reminder``: for ``.ics``, working days before each deadline to remind (None: the default)."""
    out = Path(out)
    ext = out.suffix.lower()
    if ext not in FORMATS:
        raise OutputError(_("unknown checklist format %(suffix)s") % {"suffix": ext or _("(no extension)")},
                          path=out, hint=_("Use one of %(formats)s") % {"formats": ", ".join(FORMATS)})
    items = checklist_items(fields)
    notices = [] if items or fields.report else [_("the dispatch names no task: the checklist is empty")]
    if ext == ".md":
        atomic_write(out, to_markdown(fields, items), force=force)
    elif ext == ".json":
        atomic_write(out, to_json(fields, items), force=force)
    elif ext == ".docx":
        doc = to_docx(fields, items)
        atomic_write(out, lambda tmp: doc.save(str(tmp)), force=force)
    elif ext == ".xlsx":
        from .sheets import checklist_workbook

        wb = checklist_workbook(fields, items, today=(now.date() if now else None))
        atomic_write(out, lambda tmp: wb.save(str(tmp)), force=force)
    else:
        from .calendar import REMINDER_WORKING_DAYS, calendar_bytes

        data, more = calendar_bytes(fields, items, now=now, reminder=REMINDER_WORKING_DAYS
                                    if reminder is None else reminder)
        notices += more
        atomic_write(out, data, force=force)
    return notices
