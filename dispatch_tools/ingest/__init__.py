"""ingest: file -> :class:`~dispatch_tools.model.Document` with pages of lines.

The kind of file is decided by its content (:mod:`.detect`), then one reader fills the pages:

- text    :mod:`.text`   UTF-8/UTF-16/legacy 8-bit, NFC
- docx    :mod:`.docx`   paragraphs and tables in order, layout tables column by column
- pdf     :mod:`.pdf`    text layer when good, else render + OCR, page by page
- image   :mod:`.image` + :mod:`.tesseract`   clean-up, Tesseract, word boxes, pages in parallel

Inputs are only ever read.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import BinaryIO

from ..errors import EmptyInput, InputError, LimitExceeded, TextTooLong
from ..model import Document
from ..options import Options
from .detect import name_mismatch, sniff
from ..i18n import N_, _, number

__all__ = ["ingest", "open_input", "SUPPORTED"]

SUPPORTED = N_("PDF, PNG, JPEG, TIFF, BMP, GIF, WebP, DOCX or plain text")


def open_input(path: Path, options: Options) -> tuple[BinaryIO, int]:
    """The input file opened for reading (binary) and its size, after the checks every input
    passes: it exists, is a file, is within the size limit and can be opened."""
    if not path.exists():
        raise InputError(_("file not found"), path=path, hint=_("Check the path and the file name"))
    if path.is_dir():
        raise InputError(_("this is a folder, not a file"), path=path,
                         hint=_("Give one file, or use 'dispatch batch' for a folder"))
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            raise LimitExceeded(_("the file is %(size)s MB, over the limit of %(limit)s MB")
                                % {"size": number(size // 2**20), "limit": number(options.max_bytes // 2**20)},
                                path=path,
                                hint=_("Split the document, or raise the limit with --max-mb"))
        return open(path, "rb"), size
    except PermissionError as exc:
        raise InputError(_("permission denied when reading the file"), path=path,
                         hint=_("Check the file's permissions (ls -l) or copy it somewhere readable")) from exc
    except OSError as exc:
        raise InputError(_("the file cannot be read (%(reason)s)") % {"reason": exc.strerror}, path=path,
                         hint=_("Check the disk and the path")) from exc


def _read_bytes(path: Path, options: Options) -> bytes:
    fh, _size = open_input(path, options)
    with fh:
        try:
            data = fh.read()
        except OSError as exc:
            raise InputError(_("the file cannot be read (%(reason)s)") % {"reason": exc.strerror},
                             path=path, hint=_("Check the disk and the path")) from exc
    if not data.strip():
        raise EmptyInput(path)
    return data


def ingest(path: str | os.PathLike, options: Options | None = None) -> Document:
    options = options or Options()
    path = Path(path)
    started = time.perf_counter()
    data = _read_bytes(path, options)
    kind = sniff(path, data[:4096])

    if kind == "text":
        from .text import read_text

        pages, meta = read_text(path, data, options.max_chars)
    elif kind == "docx":
        from .docx import read_docx

        pages, meta = read_docx(path, options)
    elif kind == "pdf":
        from .pdf import read_pdf

        pages, meta = read_pdf(path, options)
    else:
        from .image import load_images
        from .tesseract import ocr_pages

        images = load_images(path, options)
        pages = ocr_pages(list(enumerate(images, start=1)), options)
        meta = {"pages": len(pages)}

    doc = Document(str(path), kind, hashlib.sha256(data).hexdigest(), pages)
    doc.meta.update(meta)
    mismatch = name_mismatch(path, kind)
    if mismatch:
        doc.warn("ingest", mismatch)
    doc.meta["ingest_seconds"] = round(time.perf_counter() - started, 3)
    for page in pages:
        for note in page.notes:
            doc.warn("ingest", note, page.number)
        if page.method == "ocr" and page.ocr_confidence is not None and page.ocr_confidence < 60:
            doc.warn("ingest", _("low OCR confidence (%(score).0f); check the scan")
                     % {"score": page.ocr_confidence}, page.number)
    if not doc.raw_text.strip():
        doc.warn("ingest", _("no text could be read from this file"))
    if options.max_chars and len(doc.raw_text) > options.max_chars:
        raise TextTooLong(path, _("%(count)s characters") % {"count": number(len(doc.raw_text))},
                          options.max_chars)
    return doc
