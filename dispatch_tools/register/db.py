"""The register's SQLite file: its schema, and transactions that are safe between processes.

Every change is one transaction begun with ``BEGIN IMMEDIATE``: it takes the database's write
lock before it reads anything, so two writers (a batch and the web app, or two batch workers)
are put in a queue by SQLite itself and each sees what the one before it wrote. A writer waits
for the lock up to ``BUSY_SECONDS`` (the busy timeout). The file is in WAL mode, so readers never
wait for a writer. The locks are the operating system's file locks: keep the register on a local
disk, not on a network share.

Connections are kept open between transactions (a few per process, one per thread at a time):
closing the last connection to a WAL file checkpoints it into the database and deletes it, which
cost a web upload more than its own write. Every commit is still synced to disk (``synchronous``
stays FULL), so an entry once added survives a power cut. A process forked from one holding
connections opens its own (SQLite connections must not cross a fork).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from ..errors import OutputError
from .text import ERROR
from ..i18n import _

SCHEMA_VERSION = 3
BUSY_SECONDS = 60.0
IDLE_CONNECTIONS = 4  # kept open per process for the next transactions

SCHEMA = """
CREATE TABLE IF NOT EXISTS counters (
    year         INTEGER PRIMARY KEY,
    last         INTEGER NOT NULL                  -- the last arrival number given that year
);
CREATE TABLE IF NOT EXISTS entries (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    year           INTEGER NOT NULL,
    arrival_no     INTEGER NOT NULL,               -- số đến: one sequence per calendar year
    arrival_date   TEXT NOT NULL,                  -- ISO date
    arrival_time   TEXT,                           -- HH:MM when known
    arrival_source TEXT NOT NULL,                  -- 'stamp' or 'processed'
    number         TEXT,
    issuer         TEXT,
    doc_date       TEXT,                           -- ISO date of the dispatch
    doc_type       TEXT,
    subject        TEXT,
    addressee      TEXT NOT NULL DEFAULT '',       -- whom the dispatch is addressed to
    handler        TEXT NOT NULL DEFAULT '',       -- unit or person of the office it goes to
    deadline       TEXT,                           -- ISO date: the first thing due
    report_to      TEXT,
    file_name      TEXT NOT NULL DEFAULT '',
    sha256         TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '[]',     -- JSON list of the office's own notes
    review         TEXT NOT NULL DEFAULT '',       -- the fields that need a look ("cần xem lại")
    stamp_number   TEXT,                           -- the number written on the arrival stamp
    duplicate_of   INTEGER REFERENCES entries(id), -- the first entry of the same dispatch
    same_file      INTEGER NOT NULL DEFAULT 0,     -- the duplicate has the very same bytes
    not_dispatch   INTEGER NOT NULL DEFAULT 0,     -- no dispatch header found
    forwarded_on   TEXT,                           -- ngày chuyển
    received_by    TEXT,                           -- ký nhận: who signed for it
    reply_number   TEXT,                           -- số, ký hiệu văn bản trả lời
    source         TEXT NOT NULL DEFAULT '',       -- 'batch', 'web', …
    fields         TEXT,                           -- the parsed fields (JSON)
    created        TEXT NOT NULL,
    UNIQUE (year, arrival_no)
);
CREATE INDEX IF NOT EXISTS entries_sha256 ON entries (sha256);
CREATE INDEX IF NOT EXISTS entries_doc_date ON entries (doc_date);
CREATE TABLE IF NOT EXISTS tasks (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id     INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    number       TEXT,
    text         TEXT NOT NULL,
    lead         TEXT NOT NULL DEFAULT '[]',       -- JSON list: chủ trì
    cooperating  TEXT NOT NULL DEFAULT '[]',       -- JSON list: phối hợp
    deadline     TEXT,                             -- ISO date of the task itself
    report       INTEGER NOT NULL DEFAULT 0,
    report_to    TEXT,                             -- whom this task reports to
    status       TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'doing', 'done')),
    updated      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS tasks_entry ON tasks (entry_id);
"""

# From version 1: the notes the register makes (duplicate, not a dispatch) are no longer stored
# but made from the columns, so that a correction can change them; tasks say whom they report to.
MIGRATE_FROM_1 = (
    "ALTER TABLE entries ADD COLUMN review TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE entries ADD COLUMN stamp_number TEXT",
    "ALTER TABLE tasks ADD COLUMN report_to TEXT",
)
# From version 2: the register's Ký nhận column (who signed for the dispatch passed on).
MIGRATE_FROM_2 = (
    "ALTER TABLE entries ADD COLUMN received_by TEXT",
)


# The notes version 1 wrote into the office's notes, now made from the entry's columns.
MADE_BY_VERSION_1 = ("trùng với số đến ", "không phải công văn?")


def _migrate(conn: sqlite3.Connection, found: int) -> None:
    if found == 1:
        for statement in MIGRATE_FROM_1:
            conn.execute(statement)
        for row in conn.execute("SELECT id, notes FROM entries").fetchall():
            notes = [n for n in json.loads(row[1] or "[]") if not n.startswith(MADE_BY_VERSION_1)]
            conn.execute("UPDATE entries SET notes = ? WHERE id = ?",
                         (json.dumps(notes, ensure_ascii=False), row[0]))
    if found in (1, 2):
        for statement in MIGRATE_FROM_2:
            conn.execute(statement)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _utf8(value):
    """Text SQLite can store: a lone surrogate (a file name's undecodable byte) becomes U+FFFD."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    return value


class _Connection(sqlite3.Connection):
    """A connection whose parameters are always storable text (see :func:`_utf8`)."""

    def execute(self, sql, parameters=()):
        return super().execute(sql, tuple(map(_utf8, parameters)))

    def executemany(self, sql, seq_of_parameters):
        return super().executemany(sql, (tuple(map(_utf8, p)) for p in seq_of_parameters))


def _error(exc: sqlite3.Error, path: Path) -> OutputError:
    if "locked" in str(exc) or "busy" in str(exc):
        return OutputError(_(ERROR["busy"]), path=path, hint=_(ERROR["busy_hint"]))
    return OutputError(_(ERROR["open"]).format(reason=exc), path=path, hint=_(ERROR["open_hint"]))


# Connections a forked process found open: SQLite allows no use of a connection across a fork,
# closing included, so they are only kept here from being garbage-collected (which closes them).
_INHERITED: list[sqlite3.Connection] = []


class Database:
    """One SQLite file, shared by threads and processes: each transaction takes a connection
    of its own from a few kept open (see the module's notes)."""

    def __init__(self, path: str | Path):
        self.path = Path(path).expanduser()
        self._idle: list[sqlite3.Connection] = []
        self._idle_lock = threading.Lock()
        self._pid = os.getpid()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(_(ERROR["open"]).format(reason=exc.strerror or exc), path=self.path,
                              hint=_(ERROR["open_hint"])) from exc
        if self.path.is_file():  # a register of this version opens without waiting for a writer
            with self.read() as conn:
                if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
                    return
        with self.write() as conn:
            found = conn.execute("PRAGMA user_version").fetchone()[0]
            if found > SCHEMA_VERSION:
                raise OutputError(_(ERROR["newer"]).format(found=found, known=SCHEMA_VERSION),
                                  path=self.path, hint=_(ERROR["newer_hint"]))
            _migrate(conn, found)
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None,
                                   factory=_Connection, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")  # every commit on disk, as before
        except sqlite3.Error as exc:
            raise _error(exc, self.path) from exc
        return conn

    def _take(self) -> sqlite3.Connection:
        """An idle connection of this process, else a new one."""
        with self._idle_lock:
            if self._pid != os.getpid():  # forked: the parent's connections are not ours
                _INHERITED.extend(self._idle)
                self._idle, self._pid = [], os.getpid()
            conn = self._idle.pop() if self._idle else None
        conn = conn or self._connect()
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
        except sqlite3.Error as exc:
            conn.close()
            raise _error(exc, self.path) from exc
        return conn

    def _give_back(self, conn: sqlite3.Connection, usable: bool) -> None:
        """Keep a connection left outside any transaction for the next one; close the others."""
        if usable and not conn.in_transaction:
            with self._idle_lock:
                if self._pid == os.getpid() and len(self._idle) < IDLE_CONNECTIONS:
                    self._idle.append(conn)
                    return
        conn.close()

    def close(self) -> None:
        """Close the connections kept open (the next transaction opens one again)."""
        with self._idle_lock:
            idle, self._idle = (self._idle, []) if self._pid == os.getpid() else ([], [])
        for conn in idle:
            conn.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: BEGIN IMMEDIATE … COMMIT, rolled back on any error."""
        conn, usable = self._take(), False
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                usable = True  # rolled back: the connection is as good as new
                raise
            conn.execute("COMMIT")
            usable = True
        except sqlite3.Error as exc:
            usable = False
            raise _error(exc, self.path) from exc
        finally:
            self._give_back(conn, usable)

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot to read from."""
        conn, usable = self._take(), False
        try:
            conn.execute("BEGIN")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                usable = True
                raise
            conn.execute("COMMIT")
            usable = True
        except sqlite3.Error as exc:
            usable = False
            raise _error(exc, self.path) from exc
        finally:
            self._give_back(conn, usable)
