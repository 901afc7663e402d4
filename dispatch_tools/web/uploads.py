"""Receiving an uploaded file: size limit while it streams in, kind decided by its content
(:func:`dispatch_tools.ingest.detect.sniff`), stored under the SHA-256 of its content."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..errors import DamagedInput, DispatchError
from ..i18n import _
from ..ingest.detect import sniff
from .store import Store

CHUNK = 1 << 20


class UploadError(Exception):
    """A file that is not accepted; the message (Vietnamese) is shown beside its name."""


@dataclass
class Received:
    id: int
    name: str
    duplicate: bool  # the same content was uploaded before: that dispatch is shown


INCOMING = ".incoming-"  # an upload being received: uploads/.incoming-<32 hex digits>
INCOMING_NAME = re.compile(r"\.incoming-[0-9a-f]{32}")


def display_name(filename: str | None) -> str:
    """The name to show: its last path part, NFC, printable, at most 200 characters."""
    name = unicodedata.normalize("NFC", (filename or "").replace("\\", "/").rsplit("/", 1)[-1])
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return name[:200] or _("(no name)")


def receive(store: Store, stream, filename: str | None, max_bytes: int) -> tuple[Received, bool]:
    """Store one upload; return it and whether it is new (to be processed)."""
    name = display_name(filename)
    tmp = store.uploads / f"{INCOMING}{uuid.uuid4().hex}"
    digest, size, head = hashlib.sha256(), 0, b""
    try:
        with open(tmp, "wb") as out:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise UploadError(_("The file is larger than the limit of %(mb)s MB.")
                                      % {"mb": max_bytes // (1024 * 1024)})
                if len(head) < 4096:
                    head += chunk[: 4096 - len(head)]
                digest.update(chunk)
                out.write(chunk)
        if size == 0 or not head.strip():
            raise UploadError(_("The file is empty."))
        try:
            kind = sniff(Path(tmp), head)
        except DamagedInput as exc:
            raise UploadError(_("The file looks like a DOCX (ZIP) file but is damaged: open it in "
                                "Word or LibreOffice, save it again and upload it once more.")) from exc
        except DispatchError as exc:
            raise UploadError(_refused(exc, head)) from exc
        sha = digest.hexdigest()
        existing = store.by_hash(sha)
        if existing is not None:
            return Received(existing.id, name, True), False
        target = store.upload_path(sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, target)
        return Received(store.add(sha, name, kind, size), name, False), True
    finally:
        if tmp.exists():
            tmp.unlink()


def _refused(exc: DispatchError, head: bytes) -> str:
    """Why a file of an unsupported kind was refused, and what to do, in the interface language."""
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return _("This is an old Word 97-2003 (.doc) or Excel file, which cannot be read directly: "
                 "open it in Word or LibreOffice and save it as .docx or PDF.")
    # the reader's message is in the interface language: compared with the same message
    if exc.message == _("this is a spreadsheet (XLSX), not a dispatch"):
        return _("This is a spreadsheet (XLSX), not a dispatch: upload the dispatch itself.")
    if exc.message == _("this is a ZIP archive, not a DOCX document"):
        return _("This is a ZIP archive: unpack it and upload the dispatch file inside.")
    return _("This kind of file is not supported: only PDF, images (PNG, JPEG, TIFF…), DOCX or "
             "plain text are taken. Convert the file to PDF or DOCX.")
