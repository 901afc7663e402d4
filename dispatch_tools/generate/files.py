"""Writing output files safely: names made from document numbers, no silent overwrite, atomic."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from unidecode import unidecode

from ..errors import OutputError
from ..i18n import _

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
TEMP_SUFFIX = ".tmp"
# what atomic_path's mkstemp names look like: .<target name>.<8 random characters>.tmp
_TEMP_NAME = re.compile(r"\..+\.[a-z0-9_]{8}\.tmp")
# seconds without a write after which a temporary file has no running writer (ours write theirs
# within seconds): in a folder no lock protects, only such files are removed
STALE_SECONDS = 600.0


def safe_name(text: str | None, fallback: str = "document") -> str:
    """A file-name stem from a document number: ``1690-CV/TĐTN-BTG`` -> ``1690-CV_TDTN-BTG``.

    Slashes, spaces and anything else a file system may refuse become ``_``; Vietnamese letters
    are written without their marks, so the name is plain ASCII on every system.
    """
    stem = _UNSAFE.sub("_", unidecode(text or "")).strip("._-")
    stem = re.sub(r"_+", "_", stem)[:80].strip("._-")
    return stem or fallback


def check_writable(paths: Iterable[Path], force: bool = False) -> None:
    """Refuse, before anything is written, when an output exists and ``force`` is off."""
    existing = [p for p in paths if p.exists()]
    if existing and not force:
        names = ", ".join(str(p) for p in existing)
        raise OutputError(_("output already exists"), path=names,
                          hint=_("Choose another name or pass --force to overwrite it"))
    for path in paths:
        if path.exists() and path.is_dir():
            raise OutputError(_("output is a folder, not a file"), path=path,
                              hint=_("Give a file name with its extension"))


@contextlib.contextmanager
def atomic_path(target: str | Path, *, force: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success move it into place with os.replace.

    The target is never left half-written: on an error the temporary file is removed.
    """
    target = Path(target)
    check_writable([target], force)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=folder)
    except OSError as exc:
        raise OutputError(_("cannot write here (%(error)s)") % {"error": exc.strerror or exc}, path=target,
                          hint=_("Check that the folder exists and is writable")) from exc
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        if target.exists() and not force:  # appeared while we were writing
            raise OutputError(_("output already exists"), path=target,
                              hint=_("Choose another name or pass --force to overwrite it"))
        os.replace(tmp_path, target)
        try:
            os.chmod(target, 0o644 & ~_umask())
        except OSError:  # pragma: no cover - exotic file systems
            pass
    except OSError as exc:
        raise OutputError(_("cannot write (%(error)s)") % {"error": exc.strerror or exc}, path=target,
                          hint=_("Check the free space and the permissions of the folder")) from exc
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def atomic_write(target: str | Path, data: bytes | str | Callable[[Path], None], *,
                 force: bool = False) -> Path:
    """Write ``data`` (bytes, text, or a function that writes a given path) to ``target`` atomically."""
    target = Path(target)
    with atomic_path(target, force=force) as tmp:
        if callable(data):
            data(tmp)
        elif isinstance(data, str):
            tmp.write_text(data, encoding="utf-8")
        else:
            tmp.write_bytes(data)
    return target


@contextlib.contextmanager
def scratch_folder(prefix: str = "dispatch-") -> Iterator[Path]:
    """A temporary folder for writers whose files are read back at once (the web app's downloads);
    it is removed in the background, off the caller's path: removing files can take longer than
    writing them, and a clerk waits for the download, not for the clean-up."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield folder
    finally:
        threading.Thread(target=shutil.rmtree, args=(folder,), kwargs={"ignore_errors": True},
                         daemon=True).start()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def remove_temporaries(folder: Path, *, recursive: bool = False, names: re.Pattern = _TEMP_NAME,
                       older_than: float = 0.0) -> list[Path]:
    """Remove the temporary files an interrupted :func:`atomic_path` left in ``folder`` (and below
    it when ``recursive``); only files named as it names them (or as ``names`` says, for another
    writer's own temporary files). Call it only while no other writer uses the folder, or give
    ``older_than``: seconds since a file was last written, beyond which no running writer can
    still be writing it. Returns what was removed."""
    removed = []
    paths = folder.rglob("*") if recursive else folder.glob("*")
    limit = time.time() - older_than
    for path in paths:
        if not names.fullmatch(path.name) or path.is_symlink() or not path.is_file():
            continue
        try:
            if older_than and path.stat().st_mtime > limit:
                continue
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed
