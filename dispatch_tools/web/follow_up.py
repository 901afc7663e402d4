"""The office's register in the web app: each finished upload's entry (its arrival number, the
duplicate it may be), the statuses of its tasks set by the clerk, and the register's exports.

The register is the one ``dispatch batch`` writes too (:mod:`dispatch_tools.register`); an
upload read again (a retry, a restart) keeps its entry.
"""

from __future__ import annotations

import io
import unicodedata

from flask import Blueprint, abort, current_app, flash, redirect, request, send_file, url_for

from ..errors import InputError
from ..generate.files import scratch_folder
from ..i18n import _
from ..register import Entry, Register, export_tasks_xlsx, export_xlsx
from ..register.export import progress

SOURCE = "web"
bp = Blueprint("follow_up", __name__)


def register() -> Register:
    return current_app.extensions["dispatch_register"]


def register_upload(reg: Register, row, doc, fields) -> Entry:
    """Register a finished upload (once: read again, it keeps its entry)."""
    return reg.add(fields, file_name=row.filename, sha256=row.sha256, text=doc.text,
                   arrival=fields.arrival, source=SOURCE, same_file="reuse")


def entry_of(row) -> Entry | None:
    return register().find_file(row.sha256, source=SOURCE)


def entries_by_file() -> dict[str, dict]:
    """For the list: each upload's entry and the progress of its tasks, by the file's hash."""
    reg = register()
    tasks: dict[int, list] = {}
    for task in reg.tasks(include_duplicates=True):
        tasks.setdefault(task.entry_id, []).append(task)
    out: dict[str, dict] = {}
    for entry in reg.entries():
        if entry.source == SOURCE and entry.sha256 not in out:
            own = tasks.get(entry.duplicate_of or entry.id, [])
            out[entry.sha256] = {"entry": entry, "progress": progress(own, _) if own else ""}
    return out


def corrected(row, fields) -> None:
    """Keep the register's entry in step with the clerk's corrections."""
    entry = entry_of(row)
    if entry is not None:
        register().update_fields(entry.id, fields, arrival=fields.arrival)


@bp.post("/d/<int:dispatch_id>/task/<int:task_id>")
def task_status(dispatch_id: int, task_id: int):
    row = current_app.extensions["dispatch_store"].get(dispatch_id)
    entry = entry_of(row) if row is not None else None
    if entry is None or task_id not in {t.id for t in register().tasks(entry_id=entry.id)}:
        abort(404)
    try:
        task = register().set_task_status(task_id, request.form.get("status", ""))
    except InputError as exc:  # only a form made by hand sends another status
        abort(400, description=exc.message)
    flash(_("Task %(n)s: %(status)s.") % {"n": task.position, "status": task.label}, "info")
    return redirect(url_for("web.dispatch", dispatch_id=dispatch_id) + "#tasks")


def _value(name: str) -> str:
    """A posted value as one line of NFC text."""
    return unicodedata.normalize("NFC", " ".join((request.form.get(name) or "").split()))


@bp.post("/d/<int:dispatch_id>/register")
def entry_columns(dispatch_id: int):
    """The register's later columns for this dispatch (Appendix IV): the unit or person it goes
    to, the date passed on, who signed for it, the office's notes and the reply's number."""
    row = current_app.extensions["dispatch_store"].get(dispatch_id)
    entry = entry_of(row) if row is not None else None
    if entry is None:
        abort(404)
    notes = [unicodedata.normalize("NFC", " ".join(line.split()))
             for line in (request.form.get("notes") or "").splitlines()]
    try:
        entry = register().update_entry(
            entry.id, handler=_value("handler"), forwarded_on=_value("forwarded_on"),
            received_by=_value("received_by"), reply_number=_value("reply_number"),
            office_notes=[n for n in notes if n])
    except InputError as exc:
        flash(exc.message, "error")
    else:
        flash(_("Arrival number %(no)s/%(year)s: saved in the register.")
              % {"no": entry.arrival_no, "year": entry.year}, "info")
    return redirect(url_for("web.dispatch", dispatch_id=dispatch_id) + "#register-later")


@bp.get("/so-den.xlsx")
def register_xlsx():
    return _xlsx(lambda out: export_xlsx(register(), out), "so-dang-ky-van-ban-den.xlsx")


@bp.get("/nhiem-vu.xlsx")
def tasks_xlsx():
    return _xlsx(lambda out: export_tasks_xlsx(register(), out), "nhiem-vu.xlsx")


def _xlsx(write, name: str):
    with scratch_folder(prefix="dispatch-web-") as tmp:
        out = tmp / name
        write(out)
        payload = out.read_bytes()
    return send_file(io.BytesIO(payload), as_attachment=True, download_name=name,
                     mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
