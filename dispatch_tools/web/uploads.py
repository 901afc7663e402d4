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
    return name[:200] or "(không tên)"


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
                    raise UploadError(f"Tệp lớn hơn giới hạn {max_bytes // (1024 * 1024)} MB.")
                if len(head) < 4096:
                    head += chunk[: 4096 - len(head)]
                digest.update(chunk)
                out.write(chunk)
        if size == 0 or not head.strip():
            raise UploadError("Tệp rỗng.")
        try:
            kind = sniff(Path(tmp), head)
        except DamagedInput as exc:
            raise UploadError("Tệp có dạng DOCX (ZIP) nhưng bị hỏng: hãy mở bằng Word hoặc "
                              "LibreOffice, lưu lại rồi tải lên lần nữa.") from exc
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
    """Why a file of an unsupported kind was refused, and what to do, in Vietnamese."""
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return ("Đây là tệp Word 97-2003 (.doc) hoặc Excel cũ, chưa đọc trực tiếp được: hãy mở "
                "bằng Word hoặc LibreOffice và lưu thành .docx hoặc PDF.")
    if "spreadsheet" in exc.message:
        return "Đây là bảng tính (XLSX), không phải công văn: hãy tải lên chính công văn."
    if "ZIP" in exc.message:
        return "Đây là tệp nén ZIP: hãy giải nén rồi tải lên tệp công văn bên trong."
    return ("Loại tệp không được hỗ trợ: chỉ nhận PDF, ảnh (PNG, JPEG, TIFF…), DOCX hoặc văn bản "
            "thuần. Hãy chuyển tệp sang PDF hoặc DOCX.")
