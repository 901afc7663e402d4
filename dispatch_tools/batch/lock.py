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
from ..i18n import _

NAME = ".batch.lock"


def _holder(fd: int) -> str:
    try:
        pid = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        pid = ""
    return _("another batch (process %(pid)s)") % {"pid": pid} if pid.isdigit() else _("another batch")


@contextmanager
def folder_lock(outdir: str | Path, *, wait: bool = False,
                notify: Callable[[str], None] | None = None) -> Iterator[Path]:
    """Hold the output folder's lock for the ``with`` block; refuse, or with ``wait`` wait, while
    another batch holds it (``notify`` is told once that we wait)."""
    path = Path(outdir) / NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        raise OutputError(_("cannot create the lock file (%(error)s)") % {"error": exc.strerror or exc},
                          path=path,
                          hint=_("Choose another folder with -o, or fix its permissions")) from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            if not wait:
                raise FolderBusy(_("%(holder)s is writing to this folder") % {"holder": holder}, path=outdir,
                                 hint=_("Wait until it has finished, run again with --wait, or "
                                      "choose another folder with -o")) from None
            if notify:
                notify(_("%(folder)s: %(holder)s is writing to this folder; waiting for it to finish")
                       % {"folder": outdir, "holder": holder})
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield path
    finally:
        os.close(fd)  # releases the lock
