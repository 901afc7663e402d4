"""Which entries are copies of which: the links between duplicates, found when an entry is added
and found again when a clerk corrects the fields they rest on.

Entries are compared in the order they were registered. An entry is a copy of the first earlier
entry that is not itself a copy and is the same dispatch (:func:`.duplicates.same_dispatch`); a
file with the very same bytes as an earlier one is always its copy. A copy links to the very
first entry, never to another copy.
"""

from __future__ import annotations

import sqlite3

from .duplicates import same_dispatch

_COLUMNS = "id, year, arrival_no, number, issuer, doc_date, sha256, duplicate_of, same_file"


def first_copy(conn: sqlite3.Connection, values: dict, sha256: str):
    """The first entry of the same dispatch as a new one (same bytes, else same number, issuer
    and date), and whether its file has the same bytes."""
    if sha256:
        row = conn.execute("SELECT id, year, arrival_no, duplicate_of FROM entries "
                           "WHERE sha256 = ? ORDER BY id LIMIT 1", (sha256,)).fetchone()
        if row:
            if row["duplicate_of"] is not None:  # link to the very first copy
                row = conn.execute("SELECT id, year, arrival_no FROM entries WHERE id = ?",
                                   (row["duplicate_of"],)).fetchone()
            return row, True
    if not values["doc_date"]:
        return None, False
    for row in conn.execute("SELECT id, year, arrival_no, number, issuer, doc_date "
                            "FROM entries WHERE doc_date = ? AND duplicate_of IS NULL "
                            "ORDER BY id", (values["doc_date"],)):
        if same_dispatch(dict(row), values):
            return row, False
    return None, False


def relink(conn: sqlite3.Connection, entry_id: int, dates: set[str]) -> None:
    """Find the links again around an entry whose fields changed: among the entries of its old
    and new dates, those linked to it and the copies of those, in the order of the register."""
    dates = {d for d in dates if d}
    marks = ",".join("?" for _ in dates)
    where = f"doc_date IN ({marks}) OR " if dates else ""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM entries WHERE {where}id = ? OR duplicate_of = ? "
                        "ORDER BY id", (*sorted(dates), entry_id, entry_id)).fetchall()
    ids = {r["id"] for r in rows}
    rows += conn.execute(  # same-file copies of these that carry another date
        f"SELECT {_COLUMNS} FROM entries WHERE duplicate_of IN ({','.join('?' for _ in ids)}) "
        f"AND id NOT IN ({','.join('?' for _ in ids)})", (*ids, *ids)).fetchall()
    rows.sort(key=lambda r: r["id"])
    originals: list[dict] = []
    decided: dict[int, int | None] = {}
    for row in map(dict, rows):
        if row["same_file"] and row["duplicate_of"] is not None:
            link = decided.get(row["duplicate_of"]) or row["duplicate_of"]
        else:
            match = next((o for o in originals if same_dispatch(o, row)), None)
            link = match["id"] if match else None
        decided[row["id"]] = link
        if link is None:
            originals.append(row)
        if link != row["duplicate_of"]:
            conn.execute("UPDATE entries SET duplicate_of = ? WHERE id = ?", (link, row["id"]))
