"""The batch's memory: which inputs (by content hash) were done, their entries in the register,
and how it went.

``OUTDIR/batch.json`` is rewritten atomically after every finished file, so an interrupted batch
resumes where it stopped: a file whose content hash is recorded as done is skipped (unless
``--force``), a file that was being processed when the batch stopped is done again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import OutputError
from ..generate.files import atomic_write
from ..i18n import _

NAME = "batch.json"
VERSION = 1


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class Manifest:
    path: Path
    records: dict[str, dict[str, Any]] = field(default_factory=dict)  # sha256 -> record

    @classmethod
    def load(cls, outdir: Path) -> Manifest:
        path = outdir / NAME
        if not path.exists():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(path, dict(data.get("files", {})))
        except (OSError, ValueError) as exc:
            raise OutputError(_("the batch record is damaged (%(error)s)") % {"error": exc}, path=path,
                              hint=_("Delete it to start the batch afresh")) from exc

    def done(self, sha256: str) -> bool:
        record = self.records.get(sha256)
        return bool(record and record.get("status") == "ok")

    def registered(self, sha256: str) -> bool:
        """Was this input registered in the office's register by an earlier run?"""
        return "entry_id" in self.records.get(sha256, {})

    def record(self, sha256: str, record: dict[str, Any]) -> None:
        # A file whose content changed replaces its earlier record.
        for key in [k for k, r in self.records.items() if r.get("file") == record.get("file")]:
            del self.records[key]
        self.records[sha256] = record
        self.save()

    def save(self) -> None:
        data = {"version": VERSION, "files": self.records}
        atomic_write(self.path, json.dumps(data, ensure_ascii=False, indent=1), force=True)

    def failed(self) -> list[dict[str, Any]]:
        return sorted((r for r in self.records.values() if r.get("status") != "ok"),
                      key=lambda r: r["file"])
