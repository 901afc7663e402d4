"""Spreadsheet cells that never run: every XLSX and CSV writer passes its values through here.

Text comes from the dispatch, from a file name or from a clerk's correction, so it may start like
a formula (``=HYPERLINK(…)``, ``+``, ``-``, ``@``). Such text is written as text: in XLSX as a
string cell with Excel's quote prefix (it stays text when the cell is edited), in CSV with a
leading apostrophe (the OWASP advice on CSV injection). Numbers and dates keep their types, and
characters XML cannot hold (control characters) are dropped so that any text can be written.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)*|[.,]\d+)%?")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def looks_like_formula(value: Any) -> bool:
    """Text a spreadsheet would read as a formula: it starts with = + - @ (or a tab or carriage
    return) and is not simply a number such as ``-5`` or ``+1,5``."""
    return (isinstance(value, str) and value.startswith(FORMULA_START)
            and not _NUMBER.fullmatch(value.strip()))


def cell_value(value: Any) -> Any:
    """A value openpyxl can store: text without the characters XML cannot hold; others as they are."""
    return _NOT_XML.sub("", value) if isinstance(value, str) else value


def append_row(ws, values) -> None:
    """``ws.append`` for values that may hold any text."""
    ws.append([cell_value(v) for v in values])


def keep_as_text(wb):
    """Make every text cell of every sheet a string cell, whatever it starts with; returns ``wb``.

    Called by each XLSX writer just before saving, so no cell written from text is a formula."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, str) and (cell.data_type == "f" or looks_like_formula(value)):
                    cell.value = cell_value(value)
                    cell.data_type = "s"
                    cell.quotePrefix = True
    return wb


def csv_field(value: Any) -> str:
    """A CSV field: text that starts like a formula gets a leading apostrophe."""
    text = "" if value is None else cell_value(str(value))
    return "'" + text if looks_like_formula(text) else text
