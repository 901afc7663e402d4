"""The batch and the office's register: each finished file is registered as it comes in (its
arrival number of the year, its duplicate check), its processing slip is written with that
number, and at the end the register and its tasks are exported beside the outputs.

The register is the office's one book (:mod:`dispatch_tools.register`), shared with the web app
and with other batches; ``register.xlsx`` and ``tasks.xlsx`` are exports of all of it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..generate.outputs import SLIP, arrival_of_entry, output_paths
from ..errors import DispatchError
from ..i18n import _
from ..generate.profile import Profile
from ..model import Fields
from ..register import Register, export_tasks_xlsx, export_xlsx


def register_file(reg: Register, record: dict[str, Any], profile: Profile, *,
                  rerun: bool = False) -> None:
    """Register a processed file and write its slip; the record gets the entry's arrival number
    and date and what the register notes about it (a duplicate, not a dispatch, fields to check).
    ``rerun``: this folder's batch registered the same bytes before, so that entry is kept."""
    fields = Fields.from_dict(record.pop("fields"))
    entry = reg.add(fields, file_name=record["name"], sha256=record["sha256"],
                    arrival=fields.arrival, source="batch",
                    same_file="reuse" if rerun else "duplicate",
                    not_dispatch=bool(record.pop("not_dispatch", False)))
    folder = Path(record["outputs"]["parsed"]).parent
    slip = output_paths(fields, folder, Path(record["file"]).stem, (SLIP,))[SLIP.key]
    try:
        record["notices"] = record.get("notices", []) + SLIP.write(
            {}, fields, profile, slip, form="bao-cao", date=None, force=True,
            arrival=arrival_of_entry(entry))
        record["outputs"][SLIP.key] = str(slip)
    except DispatchError as exc:
        failed = _("the processing slip could not be written: %(error)s") % {"error": exc.render()}
        record["notices"] = record.get("notices", []) + [failed]
    record.update(entry_id=entry.id, year=entry.year, arrival_no=entry.arrival_no,
                  arrival_date=entry.arrival_date, duplicate_of_no=entry.duplicate_of_no,
                  register_notes=[n for n in entry.notes if n not in entry.office_notes])


def write_books(reg: Register, outdir: Path) -> dict[str, Path]:
    """``register.xlsx`` (the register and the follow-up book) and ``tasks.xlsx``."""
    paths = {"register": outdir / "register.xlsx", "tasks": outdir / "tasks.xlsx"}
    export_xlsx(reg, paths["register"])
    export_tasks_xlsx(reg, paths["tasks"])
    return paths
