"""What the web app keeps, in a data folder the user chooses.

    DIR/dispatch.sqlite3        one row per dispatch: its state, the key facts for the list,
                                the corrections (a JSON patch over the parsed fields) and the
                                corrected fields; the parsed document in its own table
    DIR/uploads/ab/abcdef….bin  every original upload, named by the SHA-256 of its content
    DIR/profile.toml            the unit profile edited on the profile page

File names given by users are stored as text to show, never used as paths.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..vntext import ascii_words

SCHEMA = """
CREATE TABLE IF NOT EXISTS dispatches (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256       TEXT NOT NULL UNIQUE,
    filename     TEXT NOT NULL,
    kind         TEXT NOT NULL,
    size         INTEGER NOT NULL,
    uploaded     TEXT NOT NULL,
    updated      TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'queued',   -- queued, processing, done, failed
    stage        TEXT,
    pages_done   INTEGER NOT NULL DEFAULT 0,
    pages_total  INTEGER NOT NULL DEFAULT 0,
    error        TEXT,
    error_detail TEXT,
    seconds      REAL,
    number       TEXT,
    doc_type     TEXT,
    issuer       TEXT,
    date         TEXT,
    subject      TEXT,
    deadlines    TEXT NOT NULL DEFAULT '[]',       -- ISO dates of the corrected fields, sorted
    search       TEXT NOT NULL DEFAULT '',         -- folded text for searching
    corrections  TEXT NOT NULL DEFAULT '[]',       -- JSON patch over the parsed fields
    corrected    TEXT,                             -- the corrected fields (JSON)
    handled      INTEGER NOT NULL DEFAULT 0        -- the clerk marked it as dealt with
);
CREATE TABLE IF NOT EXISTS documents (
    dispatch_id  INTEGER PRIMARY KEY REFERENCES dispatches(id) ON DELETE CASCADE,
    json         TEXT NOT NULL
);
"""

STATUSES = ("queued", "processing", "done", "failed")


def list_columns(filename: str, fields) -> dict:
    """The columns the list shows and searches, from a dispatch's (corrected) fields."""
    from ..generate.summary import summarise

    s = summarise(fields)
    words = [filename, s.number, s.doc_type, s.issuer, s.subject, *s.recipients, *(t.text for t in s.tasks)]
    return {"number": s.number, "doc_type": s.doc_type, "issuer": s.issuer, "date": s.date,
            "subject": s.subject, "deadlines": json.dumps([d.isoformat() for d in s.deadlines]),
            "search": ascii_words(" ".join(w for w in words if w))}


def now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


@dataclass
class Row:
    """One dispatch as stored (the columns of ``dispatches``)."""

    id: int
    sha256: str
    filename: str
    kind: str
    size: int
    uploaded: str
    updated: str
    status: str
    stage: str | None
    pages_done: int
    pages_total: int
    error: str | None
    error_detail: str | None
    seconds: float | None
    number: str | None
    doc_type: str | None
    issuer: str | None
    date: str | None
    subject: str | None
    deadlines: str
    search: str
    corrections: str
    corrected: str | None
    handled: int

    @property
    def deadline_dates(self) -> list[dt.date]:
        return [dt.date.fromisoformat(d) for d in json.loads(self.deadlines or "[]")]

    @property
    def patch(self) -> list[dict]:
        return json.loads(self.corrections or "[]")


class Store:
    """The SQLite file and the uploads folder. Safe to use from several threads."""

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder).expanduser()
        self.uploads = self.folder / "uploads"
        self.uploads.mkdir(parents=True, exist_ok=True)
        self.db_path = self.folder / "dispatch.sqlite3"
        self.profile_path = self.folder / "profile.toml"
        self.changed = threading.Condition()  # notified on every change of state
        self.version = 0
        self._cache: OrderedDict = OrderedDict()  # decoded documents and fields, a few
        self._cache_lock = threading.Lock()
        self._lock = threading.RLock()
        self._con: sqlite3.Connection | None = None
        with self._db() as con:
            con.executescript(SCHEMA)

    # ------------------------------------------------------------------ plumbing

    @contextlib.contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        """The one connection, one thread at a time; a transaction committed on success.
        (Opening a connection per request would checkpoint the journal at every close.)"""
        with self._lock:
            if self._con is None:
                con = sqlite3.connect(self.db_path, timeout=30, check_same_thread=False)
                con.row_factory = sqlite3.Row
                con.execute("PRAGMA foreign_keys=ON")
                con.execute("PRAGMA journal_mode=WAL")
                con.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; fewer waits for the disk
                self._con = con
            with self._con:
                yield self._con

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None

    def _notify(self) -> None:
        with self.changed:
            self.version += 1
            self.changed.notify_all()

    def wait(self, since: int, timeout: float) -> int:
        """Block until something changed after version ``since`` (or ``timeout``); return the version."""
        with self.changed:
            self.changed.wait_for(lambda: self.version != since, timeout=timeout)
            return self.version

    def upload_path(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError("not a SHA-256 digest")
        return self.uploads / sha256[:2] / f"{sha256}.bin"

    # ------------------------------------------------------------------ rows

    def get(self, dispatch_id: int) -> Row | None:
        with self._db() as con:
            r = con.execute("SELECT * FROM dispatches WHERE id = ?", (dispatch_id,)).fetchone()
        return Row(**dict(r)) if r else None

    def by_hash(self, sha256: str) -> Row | None:
        with self._db() as con:
            r = con.execute("SELECT * FROM dispatches WHERE sha256 = ?", (sha256,)).fetchone()
        return Row(**dict(r)) if r else None

    def all(self, query: str = "") -> list[Row]:
        sql, args = "SELECT * FROM dispatches", []
        words = ascii_words(query).split()
        if words:
            sql += " WHERE " + " AND ".join("search LIKE ? ESCAPE '\\'" for _ in words)
            args = ["%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                    for w in words]
        with self._db() as con:
            rows = con.execute(sql + " ORDER BY id DESC", args).fetchall()
        return [Row(**dict(r)) for r in rows]

    def pending(self) -> list[int]:
        """Dispatches waiting or interrupted (by a restart) while being processed."""
        with self._db() as con:
            rows = con.execute("SELECT id FROM dispatches WHERE status IN ('queued', 'processing') "
                               "ORDER BY id").fetchall()
        return [r["id"] for r in rows]

    def add(self, sha256: str, filename: str, kind: str, size: int) -> int:
        stamp = now()
        with self._db() as con:
            cur = con.execute(
                "INSERT INTO dispatches (sha256, filename, kind, size, uploaded, updated, search) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", (sha256, filename, kind, size, stamp, stamp, ascii_words(filename)))
            new_id = cur.lastrowid
        self._notify()
        return int(new_id)

    def update(self, dispatch_id: int, **values) -> None:
        if not values:
            return
        values["updated"] = now()
        names = ", ".join(f"{k} = ?" for k in values)
        with self._db() as con:
            con.execute(f"UPDATE dispatches SET {names} WHERE id = ?", (*values.values(), dispatch_id))
        self._notify()

    def page_done(self, dispatch_id: int) -> None:
        with self._db() as con:
            con.execute("UPDATE dispatches SET pages_done = MIN(pages_done + 1, MAX(pages_total, 1)) "
                        "WHERE id = ?", (dispatch_id,))
        self._notify()

    def delete(self, dispatch_id: int) -> None:
        row = self.get(dispatch_id)
        if row is None:
            return
        self.forget(dispatch_id)
        with self._db() as con:
            con.execute("DELETE FROM documents WHERE dispatch_id = ?", (dispatch_id,))
            con.execute("DELETE FROM dispatches WHERE id = ?", (dispatch_id,))
        with contextlib.suppress(OSError):
            self.upload_path(row.sha256).unlink()
        self._notify()

    # ------------------------------------------------------------------ documents

    CACHE_SIZE = 24

    def cached(self, key: tuple, make: Callable[[], object]):
        """``make()`` computed once per ``key`` and kept for the next requests (the parsed
        document never changes once read; corrected fields are keyed by their patch)."""
        with self._cache_lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        value = make()
        with self._cache_lock:
            self._cache[key] = value
            while len(self._cache) > self.CACHE_SIZE:
                self._cache.popitem(last=False)
        return value

    def forget(self, dispatch_id: int) -> None:
        with self._cache_lock:
            for key in [k for k in self._cache if k[1] == dispatch_id]:
                del self._cache[key]

    def save_document(self, dispatch_id: int, data: dict) -> None:
        text = json.dumps(data, ensure_ascii=False)
        with self._db() as con:
            con.execute("INSERT OR REPLACE INTO documents (dispatch_id, json) VALUES (?, ?)",
                        (dispatch_id, text))

    def document(self, dispatch_id: int) -> dict | None:
        with self._db() as con:
            r = con.execute("SELECT json FROM documents WHERE dispatch_id = ?", (dispatch_id,)).fetchone()
        return json.loads(r["json"]) if r else None
