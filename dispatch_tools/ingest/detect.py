"""Decide what a file is from its first bytes, never from its name (and say so when they differ)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import DamagedInput, UnsupportedFormat
from ..i18n import N_, _

IMAGE_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "png",
    b"\xff\xd8\xff": "jpeg",
    b"II*\x00": "tiff",
    b"MM\x00*": "tiff",
    b"BM": "bmp",
    b"GIF87a": "gif",
    b"GIF89a": "gif",
}


# The kind a file's name promises; a file whose content is another kind is read by its content.
NAME_KINDS = {".pdf": "pdf", ".docx": "docx", ".txt": "text", ".text": "text", ".png": "image",
              ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image",
              ".bmp": "image", ".gif": "image", ".webp": "image"}
KIND_NAMES = {"pdf": "PDF", "docx": "DOCX", "text": N_("plain text"), "image": N_("an image")}
MISMATCH = N_("the file name ends in %(suffix)s (%(named)s) but its content is %(found)s: "
              "read by its content")


def name_mismatch(path: Path, kind: str) -> str | None:
    """A notice when the file's name says one kind and its content is another, else None."""
    suffix = path.suffix.lower()
    named = NAME_KINDS.get(suffix)
    if named is None or named == kind:
        return None
    return _(MISMATCH) % {"suffix": suffix, "named": _(KIND_NAMES[named]), "found": _(KIND_NAMES[kind])}


def sniff(path: Path, head: bytes) -> str:
    """Return "pdf", "image", "docx" or "text" for a file whose first bytes are ``head``."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    for signature in IMAGE_SIGNATURES:
        if head.startswith(signature):
            return "image"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image"
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFormat(
            _("this is an old Word 97-2003 (.doc) or Excel file, which cannot be read directly"),
            path=path, hint=_("Save it as .docx (Word: File > Save As) or as PDF, then try again"))
    if _looks_binary(head):
        raise UnsupportedFormat(
            _("unsupported file type (not a PDF, image, DOCX or text file)"), path=path,
            hint=_("Convert it to PDF or DOCX first"))
    return "text"


def _sniff_zip(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except zipfile.BadZipFile as exc:
        raise DamagedInput(_("the file starts like a ZIP/DOCX archive but is damaged"), path=path,
                           hint=_("Open it in Word or LibreOffice and save it again")) from exc
    if "word/document.xml" in names:
        return "docx"
    if any(n.startswith("xl/") for n in names):
        raise UnsupportedFormat(_("this is a spreadsheet (XLSX), not a dispatch"), path=path,
                                hint=_("Give the dispatch itself as PDF, image, DOCX or text"))
    raise UnsupportedFormat(_("this is a ZIP archive, not a DOCX document"), path=path,
                            hint=_("Unpack it and give the dispatch file inside"))


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with BOM
        return False
    if b"\x00" in head:
        # UTF-16 without BOM has a NUL in every other byte; anything else with NULs is binary.
        even = head[: len(head) // 2 * 2]
        for codec, zeros in (("utf-16-be", even[0::2]), ("utf-16-le", even[1::2])):
            if zeros.count(0) > 0.4 * max(len(zeros), 1):
                text = even.decode(codec, errors="replace")
                return _control_share(text) > 0.05
        return True
    return _control_share(head.decode("latin-1")) > 0.05


def _control_share(text: str) -> float:
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    return bad / max(len(text), 1)


def data_kind(head: bytes) -> str:
    """What data starting with ``head`` is when there is no file to look into (standard input):
    "text", "pdf", "image", "zip" (a DOCX or another archive), "doc" (Word 97-2003 or Excel) or
    "binary"; the same content check as :func:`sniff`."""
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    try:
        return sniff(Path("-"), head)
    except UnsupportedFormat:
        return "doc" if head.startswith(b"\xd0\xcf\x11\xe0") else "binary"
