"""One file of a batch, run in a worker process: never raises, always returns a record.

A worker ends with the batch that started it, and takes the programs it started (Tesseract)
along: on Linux the system sends it SIGTERM when its parent ends, even by ``kill -9``
(``prctl(PR_SET_PDEATHSIG)``), and the handler kills the worker's children before it exits.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from ..errors import DispatchError
from ..options import Options
from ..i18n import _, set_language


def process_file(job: dict[str, Any]) -> dict[str, Any]:
    """``job``: file, name (under the batch's folder), outdir, sha256, profile (path or None),
    options (dict), form, reminder.

    Returns a record: status "ok" with the summary, the parsed fields (for the register), whether
    it looks like a dispatch at all, and the outputs; or "failed" with the message and exit code
    of the error. Nothing escapes: one bad file never stops a batch. The processing slip is not
    written here but by the batch, once the register has given the arrival number.
    """
    from ..generate.outputs import PROCESS, SLIP
    from ..generate.profile import resolve_profile
    from ..generate.summary import summarise
    from ..parse.dispatch_check import is_not_dispatch
    from ..pipeline import process

    set_language(job.get("ui_lang"))  # the worker speaks the language of the command
    started = time.perf_counter()
    record = base_record(job)
    try:
        options = Options(**job.get("options", {}))
        profile, _where = resolve_profile(job.get("profile"))
        doc, written = process(job["file"], job["outdir"], profile, options=options,
                               form=job.get("form", "bao-cao"), force=True,
                               outputs=tuple(o for o in PROCESS if o is not SLIP),
                               reminder=job.get("reminder"))
        record.update(status="ok", summary=summarise(doc.fields).to_dict(),
                      fields=doc.fields.to_dict(), not_dispatch=is_not_dispatch(doc.fields, doc.text),
                      outputs={k: str(v) for k, v in written.outputs.items()},
                      notices=[n.message for n in doc.notices] + list(written.notices),
                      pages=len(doc.pages))
    except DispatchError as exc:
        record.update(status="failed", error=exc.render(), exit_code=exc.exit_code)
    except MemoryError:
        record.update(status="failed", error=f"{job['file']}: " + _("out of memory"), exit_code=4)
    except Exception as exc:  # a bug: record it with its traceback, go on with the rest
        record.update(status="failed", exit_code=1,
                      error=f"{job['file']}: " + _("internal error: %(error)s")
                      % {"error": f"{type(exc).__name__}: {exc}"},
                      traceback=traceback.format_exc())
    record["seconds"] = round(time.perf_counter() - started, 3)
    return record


def base_record(job: dict[str, Any]) -> dict[str, Any]:
    """What every record of a file holds, whatever became of it: its path, name and hash."""
    return {"file": job["file"], "name": job.get("name", job["file"]), "sha256": job["sha256"]}


def output_folder(root: Path, relative: Path, sha256: str) -> Path:
    """Each input gets its own folder, named after its path under the batch folder and the start
    of its content hash: ``Công văn.txt`` and ``Cong van.txt`` fold to the same ASCII name but
    never share a folder."""
    from ..generate.files import safe_name

    parts = [safe_name(p, "_") for p in relative.with_suffix("").parts]
    suffix = relative.suffix.lstrip(".").lower()
    name = "/".join(parts) + (f"_{suffix}" if suffix else "") + f"-{sha256[:10]}"
    return root / "files" / name


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def worker_setup() -> dict[str, Any]:
    """Arguments of ``ProcessPoolExecutor`` for workers that end with this process: forked from
    it on Linux (so that it is their parent), each calling :func:`die_with_parent` first."""
    if not sys.platform.startswith("linux"):
        return {}
    return {"mp_context": multiprocessing.get_context("fork"), "initializer": die_with_parent,
            "initargs": (os.getpid(),)}


def die_with_parent(parent: int) -> None:
    """Worker initializer: ask for SIGTERM when the batch process ``parent`` ends; on SIGTERM,
    kill this worker's children and exit. Does nothing where ``prctl`` is not available."""
    if not sys.platform.startswith("linux"):
        return
    signal.signal(signal.SIGTERM, _end_with_children)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0) != 0:
            return
    except (OSError, AttributeError):  # pragma: no cover - a libc without prctl
        return
    if os.getppid() != parent:  # the batch ended before the request was made
        _end_with_children()


def _children() -> list[int]:
    me, found = os.getpid(), []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as fh:
                    fields = fh.read().rsplit(b")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(fields[1]) == me:
                found.append(int(entry.name))
    return found


def _end_with_children(signum: int | None = None, frame=None) -> None:
    for pid in _children():
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    os._exit(128 + signal.SIGTERM)
