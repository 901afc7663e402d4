"""batch: every dispatch in a folder, in parallel, resumable, into the office's register.

    run_batch("incoming/", "out/")  ->  out/files/<input>-<hash>/...   one folder of outputs per
                                                                input, with its processing slip
                                        out/register.xlsx       sổ đăng ký văn bản đến and the
                                                                follow-up book (the register's export)
                                        out/tasks.xlsx          every task, by deadline, with status
                                        out/failures.csv        every file that failed, and why
                                        out/batch.json          what was done (for resuming)

Each finished file is registered in the office's register (``register=``, by default the one
the web app uses): arrival numbers run on across batches and uploads, one sequence per year.

Work runs in worker processes (standard library) or on a Dask cluster (``executor="dask"``).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DispatchError, InputError, MissingDependency, OutputError
from ..generate.files import remove_temporaries
from ..options import Options
from ..register import Register, default_path
from .lock import folder_lock
from .books import register_file, write_books
from .failures import write_failures
from .manifest import Manifest, file_hash
from .job import output_folder, process_file
from .local import run_local
from ..i18n import _, current_language

EXTENSIONS = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp", ".docx",
              ".txt", ".text"}


@dataclass
class BatchResult:
    processed: list[dict[str, Any]] = field(default_factory=list)  # this run, ok
    failed: list[dict[str, Any]] = field(default_factory=list)  # this run, failed
    skipped: list[str] = field(default_factory=list)  # done before, unchanged
    outputs: dict[str, Path] = field(default_factory=dict)


def discover(indir: Path, outdir: Path) -> list[Path]:
    """Supported files under ``indir`` (not hidden, not inside ``outdir``), in a stable order."""
    if not indir.is_dir():
        raise InputError(_("not a folder"), path=indir, hint=_("Give the folder that holds the dispatches"))
    out = outdir.resolve()
    found = []
    for root, dirs, files in os.walk(indir):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and Path(root, d).resolve() != out)
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in EXTENSIONS:
                found.append(Path(root, name))
    return found


def _check_outdir(outdir: Path) -> None:
    if outdir.exists() and not outdir.is_dir():
        raise OutputError(_("the output must be a folder, and this is a file"), path=outdir,
                          hint=_("Give a folder name with -o (it is created when missing)"))
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        probe = outdir / f".dispatch-write-test-{os.getpid()}"  # two batches may probe at once
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise OutputError(_("the output folder is not writable (%(error)s)") % {"error": exc.strerror or exc},
                          path=outdir,
                          hint=_("Choose another folder with -o, or fix its permissions")) from exc


def _dask(jobs: list[dict], scheduler: str | None) -> Iterator[dict]:
    try:
        from dask.distributed import Client, as_completed as dask_completed
    except ImportError as exc:
        raise MissingDependency(_("the Dask executor needs dask.distributed"),
                                hint=_("Install it with: pip install 'dispatch_tools[cluster]'")) from exc
    if not scheduler:
        raise InputError(_("--executor dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)"))
    try:
        client = Client(scheduler, timeout=20)
    except OSError as exc:
        raise InputError(_("cannot reach the Dask scheduler at %(address)s (%(error)s)")
                         % {"address": scheduler, "error": exc},
                         hint=_("Start it with `dask scheduler` and workers with "
                                "`dask worker ADDRESS`")) from exc
    try:
        futures = client.map(process_file, jobs, pure=False)
        for future in dask_completed(futures):
            yield future.result()
    finally:
        client.close()


def run_batch(indir: str | Path, outdir: str | Path, *, profile: str | None = None,
              options: Options | None = None, workers: int | None = None, force: bool = False,
              executor: str = "local", scheduler: str | None = None, form: str = "bao-cao",
              progress: Callable[[int, int, dict], None] | None = None, wait: bool = False,
              notify: Callable[[str], None] | None = None, register: str | Path | None = None,
              reminder: int | None = None) -> BatchResult:
    """Process every dispatch under ``indir`` into ``outdir``, one batch at a time per folder,
    registering each in the office's ``register`` (a path; default the web app's);
    ``reminder``: working days before a deadline the calendars remind (None: their default).

    The output folder's lock is held throughout: another batch there raises
    :class:`~dispatch_tools.errors.FolderBusy`, or with ``wait`` is waited for (``notify`` is told).
    Under the lock, temporary files an interrupted run left are removed, and the record of what
    was done is read afresh, so that batches one after the other add to it and skip what is done.
    """
    indir, outdir = Path(indir), Path(outdir)
    _check_outdir(outdir)
    with folder_lock(outdir, wait=wait, notify=notify):
        remove_temporaries(outdir)
        if (outdir / "files").is_dir():
            remove_temporaries(outdir / "files", recursive=True)
        return _run(indir, outdir, profile=profile, options=options, workers=workers, force=force,
                    executor=executor, scheduler=scheduler, form=form, progress=progress,
                    register=Register(register or default_path()), reminder=reminder)


def _run(indir: Path, outdir: Path, *, profile: str | None, options: Options | None,
         workers: int | None, force: bool, executor: str, scheduler: str | None, form: str,
         progress: Callable[[int, int, dict], None] | None, register: Register,
         reminder: int | None) -> BatchResult:
    from ..generate.profile import resolve_profile

    unit = resolve_profile(profile)[0]
    options = options or Options()
    workers = workers or options.jobs
    manifest = Manifest.load(outdir)
    result = BatchResult()

    jobs = []
    page_jobs = 1 if workers > 1 else options.jobs  # parallel files, one core each
    opts = dataclasses.asdict(dataclasses.replace(options, jobs=page_jobs))
    for path in discover(indir, outdir):
        try:
            sha = file_hash(path)
        except OSError as exc:
            record = {"file": str(path), "sha256": f"unreadable:{path}", "status": "failed",
                      "exit_code": 3, "error": f"{path}: " + _("the file cannot be read (%(reason)s)")
                      % {"reason": exc.strerror}}
            manifest.record(record["sha256"], record)
            result.failed.append(record)
            continue
        if manifest.done(sha) and not force:
            result.skipped.append(str(path))
            continue
        jobs.append({"file": str(path), "name": str(path.relative_to(indir)), "sha256": sha,
                     "profile": profile, "options": opts, "form": form, "reminder": reminder,
                     "outdir": str(output_folder(outdir, path.relative_to(indir), sha)),
                     "ui_lang": current_language()})

    stream = _dask(jobs, scheduler) if executor == "dask" else run_local(jobs, workers)
    for i, record in enumerate(stream, start=1):
        if record["status"] == "ok":
            try:
                register_file(register, record, unit, rerun=manifest.registered(record["sha256"]))
            except DispatchError as exc:  # the register is busy or unusable: this file is not done
                record.update(status="failed", error=exc.render(), exit_code=exc.exit_code)
        manifest.record(record["sha256"], record)
        (result.processed if record["status"] == "ok" else result.failed).append(record)
        if progress:
            progress(i, len(jobs), record)

    result.outputs = {**write_books(register, outdir), "failures": outdir / "failures.csv",
                      "record": manifest.path, "register_file": register.path}
    write_failures(manifest.failed(), result.outputs["failures"])
    return result
