"""One file of a batch, run in a worker process: never raises, always returns a record."""

from __future__ import annotations

import time
import traceback
from pathlib import Path
from typing import Any

from ..errors import DispatchError
from ..options import Options


def summarise(fields) -> dict[str, Any]:
    """What the register and the task sheet need from a parsed dispatch."""
    deadlines = sorted(d.date for d in fields.deadlines if d.date)
    tasks = [{"number": t.number, "text": t.text, "assignees": t.assignees, "deadline": t.deadline,
              "report": t.report} for t in fields.tasks]
    return {
        "number": fields.number, "doc_type": fields.doc_type, "issuer": fields.issuer,
        "parent_issuer": fields.parent_issuer, "date": fields.date, "subject": fields.subject,
        "recipients": fields.recipients, "deadline": deadlines[0] if deadlines else None,
        "report_to": fields.report.to if fields.report else None, "tasks": tasks,
    }


def process_file(job: dict[str, Any]) -> dict[str, Any]:
    """``job``: file, outdir, sha256, profile (path or None), options (dict), form.

    Returns a record: status "ok" with the summary and outputs, or "failed" with the message and
    exit code of the error. Nothing escapes: one bad file never stops a batch.
    """
    from ..generate.process import process
    from ..generate.profile import resolve_profile

    started = time.perf_counter()
    record: dict[str, Any] = {"file": job["file"], "sha256": job["sha256"]}
    try:
        options = Options(**job.get("options", {}))
        profile, _ = resolve_profile(job.get("profile"))
        doc, written = process(job["file"], job["outdir"], profile, options=options,
                               form=job.get("form", "bao-cao"), force=True)
        record.update(status="ok", summary=summarise(doc.fields),
                      outputs={k: str(v) for k, v in written.outputs.items()},
                      notices=[n.message for n in doc.notices] + list(written.notices),
                      pages=len(doc.pages))
    except DispatchError as exc:
        record.update(status="failed", error=exc.render(), exit_code=exc.exit_code)
    except MemoryError:
        record.update(status="failed", error=f"{job['file']}: out of memory", exit_code=4)
    except Exception as exc:  # a bug: record it with its traceback, go on with the rest
        record.update(status="failed", exit_code=1,
                      error=f"{job['file']}: internal error: {type(exc).__name__}: {exc}",
                      traceback=traceback.format_exc())
    record["seconds"] = round(time.perf_counter() - started, 3)
    return record


def output_folder(root: Path, relative: Path, sha256: str) -> Path:
    """Each input gets its own folder, named after its path under the batch folder and the start
    of its content hash: ``Công văn.txt`` and ``Cong van.txt`` fold to the same ASCII name but
    never share a folder."""
    from ..generate.files import safe_name

    parts = [safe_name(p, "_") for p in relative.with_suffix("").parts]
    suffix = relative.suffix.lstrip(".").lower()
    name = "/".join(parts) + (f"_{suffix}" if suffix else "") + f"-{sha256[:10]}"
    return root / "files" / name
