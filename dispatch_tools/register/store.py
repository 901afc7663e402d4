"""The office's register of incoming dispatches: add, look up, follow up.

One register per office, in one SQLite file that a batch and the web app share (see :mod:`.db`
for why two writers at once are safe). Arrival numbers (số đến) run in one sequence per calendar
year; a dispatch that is already registered gets its own arrival number, a link to the first
entry and the note ``trùng với số đến N``, and its tasks are left out of the task list.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Fields, typed_date
from ..parse.dispatch_check import is_not_dispatch
from ..parse.text import key
from .db import Database
from .entry import Entry, TaskRow, arrival_of, entry_values, stamp_number, task_values
from .links import first_copy, relink
from .text import ERROR, SETTABLE, STATUS, in_register
from ..i18n import _

FILE_NAME = "register.sqlite3"
DEFAULT_DATA = Path("~/.local/share/dispatch_tools")

_ENTRY_SELECT = """
SELECT e.*, d.arrival_no AS duplicate_of_no, d.year AS duplicate_of_year
FROM entries e LEFT JOIN entries d ON d.id = e.duplicate_of
"""
_TASK_SELECT = """
SELECT t.id, t.entry_id, e.year, e.arrival_no, t.position, t.number, t.text, t.lead,
       t.cooperating, t.deadline, t.report, t.report_to, t.status
FROM tasks t JOIN entries e ON e.id = t.entry_id
"""


def default_data_dir() -> Path:
    """The data folder the register shares with the web app (``$XDG_DATA_HOME/dispatch_tools``
    or ``~/.local/share/dispatch_tools``)."""
    base = os.environ.get("XDG_DATA_HOME")
    return (Path(base) / "dispatch_tools") if base else DEFAULT_DATA.expanduser()


def default_path() -> Path:
    return default_data_dir() / FILE_NAME


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Register:
    """``Register(path)`` opens (or creates) the register in that file."""

    def __init__(self, path: str | os.PathLike | None = None):
        self.db = Database(path or default_path())
        self.path = self.db.path

    def close(self) -> None:
        """Close the connections kept open to the file (it may be used again afterwards)."""
        self.db.close()

    # ------------------------------------------------------------------ adding

    def add(self, fields: Fields | None, *, file_name: str = "", sha256: str = "",
            arrival: Any = None, source: str = "", notes: list[str] | tuple = (),
            text: str = "", now: dt.datetime | None = None, same_file: str = "duplicate",
            not_dispatch: bool | None = None) -> Entry:
        """Register one incoming dispatch and return its entry.

        ``arrival``: the arrival stamp's date and time when it was read (see
        :func:`.entry.arrival_of`), else the processing time ``now`` is the arrival.
        ``text``: the document's text, for telling a dispatch from something else (or say it
        with ``not_dispatch``). ``same_file="reuse"`` returns the entry of a file with the very
        same bytes registered from the same ``source`` instead of registering it again (for re-running a
        batch, or reading an upload again).
        """
        now = now or _now()
        fields = fields or Fields()
        day, time, origin = arrival_of(arrival, now)
        values = entry_values(fields)
        flag = is_not_dispatch(fields, text) if not_dispatch is None else not_dispatch
        with self.db.write() as conn:
            if same_file == "reuse" and sha256:
                row = conn.execute("SELECT id FROM entries WHERE sha256 = ? AND source = ? "
                                   "ORDER BY id LIMIT 1", (sha256, source)).fetchone()
                if row:
                    return self._entry(conn, row["id"])
            first, identical = first_copy(conn, values, sha256)
            year = int(day[:4])
            number = self._next_number(conn, year)
            cur = conn.execute(
                "INSERT INTO entries (year, arrival_no, arrival_date, arrival_time, arrival_source,"
                " number, issuer, doc_date, doc_type, subject, addressee, deadline, report_to,"
                " file_name, sha256, notes, review, stamp_number, duplicate_of, same_file,"
                " not_dispatch, source, fields, created)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (year, number, day, time, origin, values["number"], values["issuer"],
                 values["doc_date"], values["doc_type"], values["subject"], values["addressee"],
                 values["deadline"], values["report_to"], file_name, sha256,
                 json.dumps(list(notes), ensure_ascii=False), values["review"],
                 stamp_number(arrival), first["id"] if first else None, int(identical),
                 int(flag), source, values["fields"], now.isoformat()))
            entry_id = cur.lastrowid
            self._write_tasks(conn, entry_id, task_values(fields), now)
            return self._entry(conn, entry_id)

    def update_fields(self, entry_id: int, fields: Fields, *, text: str | None = None,
                      arrival: Any = None, now: dt.datetime | None = None) -> Entry:
        """The fields of an entry as a clerk corrected them: the register's columns and tasks
        follow, the duplicate links are found again (around its old and new date), and each task
        keeps its status (a task matched by its text, else by its place in the list). The
        arrival number never changes; the arrival date and time follow a corrected arrival
        stamp of the same year. ``text``: the document's text, to check again that it is a
        dispatch (else that stays as it was)."""
        now = now or _now()
        values = entry_values(fields)
        with self.db.write() as conn:
            entry = self._entry(conn, entry_id)
            changes = {k: values[k] for k in ("number", "issuer", "doc_date", "doc_type", "subject",
                                              "addressee", "deadline", "report_to", "review",
                                              "fields")}
            if text is not None:
                changes["not_dispatch"] = int(is_not_dispatch(fields, text))
            if arrival is not None:
                day, time, origin = arrival_of(arrival, now)
                if origin == "stamp" and int(day[:4]) == entry.year:
                    changes.update(arrival_date=day, arrival_time=time, arrival_source=origin)
                changes["stamp_number"] = stamp_number(arrival)
            names = ", ".join(f"{column} = ?" for column in changes)
            conn.execute(f"UPDATE entries SET {names} WHERE id = ?", (*changes.values(), entry_id))
            relink(conn, entry_id, {entry.doc_date, values["doc_date"]})
            self._write_tasks(conn, entry_id, task_values(fields), now)
            return self._entry(conn, entry_id)

    @staticmethod
    def _write_tasks(conn: sqlite3.Connection, entry_id: int, tasks: list[dict],
                     now: dt.datetime) -> None:
        """Make the entry's tasks ``tasks``: a task already there (the same text, else the same
        place) keeps its id and status; the others are added or removed."""
        old = [dict(r) for r in conn.execute(
            "SELECT id, position, text FROM tasks WHERE entry_id = ? ORDER BY position", (entry_id,))]
        kept: dict[int, int] = {}  # new position -> old task id
        by_text = {}
        for task in old:
            by_text.setdefault(key(task["text"]), task["id"])
        for task in tasks:
            found = by_text.pop(key(task["text"]), None)
            if found is not None and found not in kept.values():
                kept[task["position"]] = found
        free = [t["id"] for t in old if t["id"] not in kept.values()]
        for task in tasks:
            if task["position"] not in kept and free:
                kept[task["position"]] = free.pop(0)
        stamp = now.isoformat()
        conn.executemany("DELETE FROM tasks WHERE id = ?", [(i,) for i in free])
        for task in tasks:
            row = (task["position"], task["number"], task["text"], task["lead"],
                   task["cooperating"], task["deadline"], task["report"], task["report_to"])
            if task["position"] in kept:
                conn.execute("UPDATE tasks SET position = ?, number = ?, text = ?, lead = ?,"
                             " cooperating = ?, deadline = ?, report = ?, report_to = ?, updated = ?"
                             " WHERE id = ?", (*row, stamp, kept[task["position"]]))
            else:
                conn.execute("INSERT INTO tasks (position, number, text, lead, cooperating,"
                             " deadline, report, report_to, updated, entry_id)"
                             " VALUES (?,?,?,?,?,?,?,?,?,?)", (*row, stamp, entry_id))

    @staticmethod
    def _next_number(conn: sqlite3.Connection, year: int) -> int:
        row = conn.execute("SELECT last FROM counters WHERE year = ?", (year,)).fetchone()
        number = (row["last"] if row else 0) + 1
        conn.execute("INSERT INTO counters (year, last) VALUES (?, ?) "
                     "ON CONFLICT (year) DO UPDATE SET last = excluded.last", (year, number))
        return number

    # ------------------------------------------------------------------ reading

    def _entry(self, conn: sqlite3.Connection, entry_id: int) -> Entry:
        row = conn.execute(_ENTRY_SELECT + " WHERE e.id = ?", (entry_id,)).fetchone()
        if row is None:
            raise InputError(_(ERROR["no_entry"]).format(id=entry_id), path=self.path)
        return Entry.from_row(row)

    def entry(self, entry_id: int) -> Entry:
        with self.db.read() as conn:
            return self._entry(conn, entry_id)

    def entries(self, year: int | None = None) -> list[Entry]:
        """Every entry (of one year), in the order of the register: year, arrival number."""
        where, args = (" WHERE e.year = ?", (year,)) if year else ("", ())
        with self.db.read() as conn:
            rows = conn.execute(_ENTRY_SELECT + where + " ORDER BY e.year, e.arrival_no", args)
            return [Entry.from_row(r) for r in rows]

    def find_arrival(self, arrival_no: int, year: int) -> Entry:
        """The entry with this arrival number (số đến) in this calendar year."""
        with self.db.read() as conn:
            row = conn.execute(_ENTRY_SELECT + " WHERE e.year = ? AND e.arrival_no = ?",
                               (year, arrival_no)).fetchone()
        if row is None:
            raise InputError(_("there is no arrival number %(no)s of %(year)s in the register")
                             % {"no": arrival_no, "year": year}, path=self.path,
                             hint=_("`dispatch task list` and the register's export show the "
                                    "arrival numbers; give the year with --year"))
        return Entry.from_row(row)

    def find_file(self, sha256: str, source: str | None = None) -> Entry | None:
        """The first entry registered from a file with these bytes (from ``source`` when given)."""
        where, args = " WHERE e.sha256 = ?", [sha256]
        if source is not None:
            where, args = where + " AND e.source = ?", args + [source]
        with self.db.read() as conn:
            row = conn.execute(_ENTRY_SELECT + where + " ORDER BY e.id LIMIT 1", args).fetchone()
            return Entry.from_row(row) if row else None

    def tasks(self, *, entry_id: int | None = None, today: dt.date | None = None,
              include_duplicates: bool = False) -> list[TaskRow]:
        """Tasks with their status (``quá hạn`` computed against ``today``), by due date. The
        tasks of a duplicate entry are those of its first entry, so they are left out."""
        today = today or dt.date.today()
        clauses, args = [], []
        if entry_id is not None:
            clauses.append("t.entry_id = ?")
            args.append(entry_id)
        elif not include_duplicates:
            clauses.append("e.duplicate_of IS NULL")
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        with self.db.read() as conn:
            rows = [TaskRow.from_row(r, today) for r in conn.execute(
                _TASK_SELECT + where + " ORDER BY e.year, e.arrival_no, t.position", args)]
        return sorted(rows, key=lambda t: (t.due is None, t.due or "", t.year, t.arrival_no,
                                           t.position))

    # ------------------------------------------------------------------ follow-up

    def set_task_status(self, task_id: int, status: str) -> TaskRow:
        """Set a task's status: ``todo``/``doing``/``done`` or their Vietnamese names
        (``chưa thực hiện``, ``đang thực hiện``, ``đã xong``); ``quá hạn`` is computed."""
        code = _status_code(status)
        with self.db.write() as conn:
            cur = conn.execute("UPDATE tasks SET status = ?, updated = ? WHERE id = ?",
                               (code, _now().isoformat(), task_id))
            if cur.rowcount == 0:
                raise InputError(_(ERROR["no_task"]).format(id=task_id), path=self.path)
            row = conn.execute(_TASK_SELECT + " WHERE t.id = ?", (task_id,)).fetchone()
            return TaskRow.from_row(row, dt.date.today())

    def update_entry(self, entry_id: int, *, handler: str | None = None,
                     forwarded_on: str | None = None, reply_number: str | None = None,
                     note: str | None = None, received_by: str | None = None,
                     office_notes: list[str] | None = None) -> Entry:
        """Fill in what the office adds later, the register's last columns (Appendix IV): who
        handles it (Đơn vị hoặc người nhận), when it was passed on (Ngày chuyển, an ISO date),
        who signed for it (Ký nhận), the number of the reply; or add a note, or replace the
        office's notes (Ghi chú) with ``office_notes``. ``None`` leaves a column as it is; an
        empty value clears it. One write transaction, under the register's lock."""
        forwarded_on = _iso_day(forwarded_on)
        with self.db.write() as conn:
            entry = self._entry(conn, entry_id)
            changes = {k: v for k, v in (("handler", handler), ("forwarded_on", forwarded_on),
                                         ("reply_number", reply_number),
                                         ("received_by", received_by)) if v is not None}
            for column in ("forwarded_on", "reply_number", "received_by"):
                if changes.get(column) == "":
                    changes[column] = None  # cleared
            notes = entry.office_notes if office_notes is None else [n for n in office_notes if n]
            if note:
                notes = notes + [note]
            if office_notes is not None or note:
                changes["notes"] = json.dumps(notes, ensure_ascii=False)
            for column, value in changes.items():
                conn.execute(f"UPDATE entries SET {column} = ? WHERE id = ?", (value, entry_id))
            return self._entry(conn, entry_id)


def _iso_day(value: str | None) -> str | None:
    """A date given as an ISO date or day first (``21/9/2022``, ``21-09-2022``) as an ISO date;
    ``None`` and ``""`` as they are."""
    if not value:
        return value
    try:
        return typed_date(value)
    except ValueError:
        raise InputError(_("“%(value)s” is not a date; write it day/month/year, for example "
                           "21/09/2022") % {"value": value}) from None


def _status_code(status: str) -> str:
    wanted = key(status or "")
    for code in SETTABLE:  # the code, or the status in either language
        if wanted in (code, key(STATUS[code]), key(in_register(STATUS[code]))):
            return code
    choices = ", ".join(_(STATUS[c]) for c in SETTABLE)
    raise InputError(_(ERROR["status"]).format(given=status, choices=choices))
