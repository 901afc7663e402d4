"""The register's connections: kept open between transactions (closing the last one to a WAL
file checkpoints it, which cost every web upload), one per thread at a time, never carried over
a fork, each commit still synced to disk, and nothing lost when threads and processes write at
once."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import sqlite3
import threading

import pytest

from dispatch_tools.errors import OutputError
from dispatch_tools.model import Fields
from dispatch_tools.register import Register, db

T0 = dt.datetime(2022, 9, 21, 8, 30)


def dispatch(number: str, issuer: str = "SỞ NỘI VỤ") -> Fields:
    return Fields(number=number, issuer=issuer, date="2024-03-05", doc_type="Công văn",
                  subject="V/v báo cáo")


@pytest.fixture
def reg(tmp_path):
    return Register(tmp_path / "register.sqlite3")


@pytest.fixture
def opened(monkeypatch):
    """The connections SQLite is asked to open from now on."""
    made = []
    connect = sqlite3.connect

    def counting(*args, **kwargs):
        conn = connect(*args, **kwargs)
        made.append(conn)
        return conn

    monkeypatch.setattr(db.sqlite3, "connect", counting)
    return made


def test_transactions_one_after_another_keep_one_connection(reg, opened):
    for k in range(10):
        reg.add(dispatch(f"{k + 1}/SNV-VP"), now=T0)
        reg.entries()
    assert opened == []  # the one opened with the register serves every transaction
    # what was committed is there for another connection at once, and synced to disk
    other = sqlite3.connect(reg.path)
    assert other.execute("SELECT COUNT(*) FROM entries").fetchone()[0] == 10
    other.close()
    with reg.db.write() as conn:
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_error_inside_a_transaction_leaves_nothing_and_the_connection_serves_again(reg, opened):
    reg.add(dispatch("1/SNV-VP"), now=T0)
    with pytest.raises(ValueError):
        with reg.db.write() as conn:
            conn.execute("UPDATE counters SET last = 99")
            raise ValueError("a bug halfway")
    assert reg.add(dispatch("2/SNV-VP"), now=T0).arrival_no == 2  # the update was rolled back
    assert opened == []


def test_a_connection_that_failed_is_closed_not_kept(reg, opened):
    with pytest.raises(OutputError):
        with reg.db.write() as conn:
            conn.execute("INSERT INTO no_such_table VALUES (1)")
    assert reg.db._idle == []  # closed: the next transaction opens a fresh one
    assert reg.add(dispatch("1/SNV-VP"), now=T0).arrival_no == 1
    assert len(opened) == 1


def test_a_reader_does_not_wait_for_a_writer_of_the_same_process(reg):
    reg.add(dispatch("1/SNV-VP"), now=T0)
    writing, done = threading.Event(), threading.Event()

    def writer():
        with reg.db.write() as conn:
            conn.execute("UPDATE entries SET handler = 'x'")
            writing.set()
            done.wait(30)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert writing.wait(30)
        entries = reg.entries()  # while the other thread holds the write lock
        assert [e.handler for e in entries] == [""]  # the state before its commit
    finally:
        done.set()
        thread.join(30)
    assert [e.handler for e in reg.entries()] == ["x"]


def test_threads_sharing_one_register_lose_nothing_and_share_no_number(reg):
    count, errors = 20, []

    def add(who: str):
        try:
            for k in range(count):
                reg.add(dispatch(f"{k + 1}/{who}-VP", issuer=f"SỞ {who}"), sha256=f"{who}{k}",
                        source=who, now=T0)
                reg.tasks()
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(who,)) for who in ("A", "B", "C", "D")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    numbers = sorted(e.arrival_no for e in reg.entries())
    assert numbers == list(range(1, 4 * count + 1))
    assert len(reg.db._idle) <= db.IDLE_CONNECTIONS


def _child(reg: Register, out) -> None:
    try:
        numbers = [reg.add(dispatch(f"{k + 1}/CON-VP"), sha256=f"c{k}", now=T0).arrival_no
                   for k in range(15)]
        out.put(("ok", numbers))
    except Exception as exc:  # noqa: BLE001 - the parent reports it
        out.put(("error", repr(exc)))


def test_a_forked_process_opens_its_own_connections(reg):
    first = reg.add(dispatch("1/SNV-VP"), now=T0)  # the parent holds an open connection
    kept = list(reg.db._idle)
    ctx = mp.get_context("fork")
    out = ctx.Queue()
    child = ctx.Process(target=_child, args=(reg, out))
    child.start()
    mine = [reg.add(dispatch(f"{k + 2}/SNV-VP"), now=T0).arrival_no for k in range(15)]
    status, theirs = out.get(timeout=120)
    child.join(60)
    assert status == "ok", theirs
    assert child.exitcode == 0
    assert sorted([first.arrival_no, *mine, *theirs]) == list(range(1, 32))
    assert reg.db._idle == kept  # the parent's connection is still its own and still works
    assert len(reg.entries()) == 31


def test_close_then_use_again(reg, opened):
    reg.add(dispatch("1/SNV-VP"), now=T0)
    reg.close()
    assert reg.db._idle == []
    assert reg.add(dispatch("2/SNV-VP"), now=T0).arrival_no == 2
    assert len(opened) == 1
