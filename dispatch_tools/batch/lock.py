"""One writer per output folder: a batch holds an ``fcntl`` lock on ``OUTDIR/.batch.lock``.

A second batch on the same folder refuses at once (:class:`~dispatch_tools.errors.FolderBusy`,
exit code 8), or waits for the first to finish when asked to. The lock belongs to the open file,
so the system releases it when the batch ends in any way, even killed; the file itself stays and
holds the process id of the last batch that took it, for the message.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import FolderBusy, OutputError

NAME = ".batch.lock"


def _holder(fd: int) -> str:
    try:
        pid = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        pid = ""
    return f"another batch (process {pid})" if pid.isdigit() else "another batch"


@contextmanager
def folder_lock(outdir: str | Path, *, wait: bool = False,
                notify: Callable[[str], None] | None = None) -> Iterator[Path]:
    """Hold the output folder's lock for the ``with`` block; refuse, or with ``wait`` wait, while
    another batch holds it (``notify`` is told once that we wait)."""
    path = Path(outdir) / NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        raise OutputError(f"cannot create the lock file ({exc.strerror or exc})", path=path,
                          hint="Choose another folder with -o, or fix its permissions") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            if not wait:
                raise FolderBusy(f"{holder} is writing to this folder", path=outdir,
                                 hint="Wait until it has finished, run again with --wait, or "
                                      "choose another folder with -o") from None
            if notify:
                notify(f"{outdir}: {holder} is writing to this folder; waiting for it to finish")
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield path
    finally:
        os.close(fd)  # releases the lock
