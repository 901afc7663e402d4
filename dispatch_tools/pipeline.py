"""The whole job as a short list of named stages.

Each stage takes the one :class:`~dispatch_tools.model.Document` and fills in its part:

    ingest    file  -> pages of lines (text layer, OCR, DOCX, plain text)
    repair    lines -> changes (encodings, OCR confusions, diacritics)
    parse     text  -> fields (number, issuer, dates, tasks, signer, annexes, ...)
    generate  fields -> files (checklist, annex form, reply draft, calendar)
"""

from __future__ import annotations

import time
from pathlib import Path

from .ingest import ingest as _ingest_file
from .model import Document
from .options import Options


def ingest(path: str | Path, options: Options | None = None) -> Document:
    return _ingest_file(path, options or Options())


def repair(doc: Document, options: Options | None = None) -> Document:
    from .repair import repair_document

    return repair_document(doc, options or Options())


def parse(doc: Document, options: Options | None = None) -> Document:
    from .parse import parse_document

    return parse_document(doc, options or Options())


STAGES = [("ingest", ingest), ("repair", repair), ("parse", parse)]


def read(path: str | Path, options: Options | None = None, *, until: str = "parse") -> Document:
    """Run the stages up to and including ``until`` and return the document."""
    options = options or Options()
    timings: dict[str, float] = {}
    doc: Document | None = None
    for name, stage in STAGES:
        started = time.perf_counter()
        doc = stage(path, options) if doc is None else stage(doc, options)
        timings[name] = round(time.perf_counter() - started, 4)
        if name == until:
            break
    assert doc is not None
    doc.meta.setdefault("seconds", {}).update(timings)
    return doc
