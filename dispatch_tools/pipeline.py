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


def generate(doc: Document, outdir: str | Path, profile=None, **kwargs):
    """Write the checklist, calendar, annex form and reply draft; ``profile`` describes your unit
    (a :class:`~dispatch_tools.generate.profile.Profile`, a TOML path, or None for placeholders)."""
    from .generate.process import write_all
    from .generate.profile import Profile, resolve_profile

    if not isinstance(profile, Profile):
        profile, _ = resolve_profile(profile)
    return write_all(doc, outdir, profile, **kwargs)


STAGES = [("ingest", ingest), ("repair", repair), ("parse", parse)]  # generate writes files: separate


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
