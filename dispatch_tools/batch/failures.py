"""The batch's list of the files that failed, and why (``failures.csv``).

Every value goes through :mod:`..generate.cells`: text that starts like a formula stays text."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from ..generate.cells import csv_field
from ..generate.files import atomic_write


def write_failures(records: list[dict[str, Any]], path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["file", "exit_code", "error"])
    for r in records:
        writer.writerow([csv_field(v) for v in (r["file"], r.get("exit_code", 1), r.get("error", ""))])
    atomic_write(path, buffer.getvalue().encode("utf-8-sig"), force=True)  # the BOM lets Excel see UTF-8
