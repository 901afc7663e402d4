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

__all__ = ["ingest", "open_input", "SUPPORTED"]

SUPPORTED = "PDF, PNG, JPEG, TIFF, BMP, GIF, WebP, DOCX or plain text"


def open_input(path: Path, options: Options) -> tuple[BinaryIO, int]:
    """The input file opened for reading (binary) and its size, after the checks every input
    passes: it exists, is a file, is within the size limit and can be opened."""
    if not path.exists():
        raise InputError("file not found", path=path, hint="Check the path and the file name")
    if path.is_dir():
        raise InputError("this is a folder, not a file", path=path,
                         hint="Give one file, or use 'dispatch batch' for a folder")
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            raise LimitExceeded(f"the file is {size // 2**20} MB, over the limit of "
                                f"{options.max_bytes // 2**20} MB", path=path,
                                hint="Split the document, or raise the limit with --max-mb")
        return open(path, "rb"), size
    except PermissionError as exc:
        raise InputError("permission denied when reading the file", path=path,
                         hint="Check the file's permissions (ls -l) or copy it somewhere readable") from exc
    except OSError as exc:
        raise InputError(f"the file cannot be read ({exc.strerror})", path=path,
                         hint="Check the disk and the path") from exc


def _read_bytes(path: Path, options: Options) -> bytes:
    fh, _ = open_input(path, options)
    with fh:
        try:
            data = fh.read()
        except OSError as exc:
            raise InputError(f"the file cannot be read ({exc.strerror})", path=path,
                             hint="Check the disk and the path") from exc
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
            doc.warn("ingest", f"low OCR confidence ({page.ocr_confidence:.0f}); check the scan",
                     page.number)
    if not doc.raw_text.strip():
        doc.warn("ingest", "no text could be read from this file")
    if options.max_chars and len(doc.raw_text) > options.max_chars:
        raise TextTooLong(path, f"{len(doc.raw_text):,} characters", options.max_chars)
    return doc
