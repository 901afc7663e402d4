"""Settings shared by the stages, with safe defaults (limits protect against hostile files)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field


def _read_twice() -> str:
    """``DISPATCH_READ_TWICE``: "0" (off, as ``--read-once``), "1" (every unsure word, as
    ``--read-twice``), else the default."""
    value = os.environ.get("DISPATCH_READ_TWICE", "").strip().lower()
    return "0" if value in ("0", "off", "no", "false") else "1" if value in ("1", "on", "yes", "true") else ""


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


@dataclass
class Options:
    # ingest
    mode: str = "auto"  # "auto", "text" (use the text layer only), "ocr" (always OCR)
    lang: str = "vie"  # Tesseract language(s)
    dpi: int = 300  # rendering resolution for OCR of PDF pages
    jobs: int = field(default_factory=_cores)  # pages OCR'd in parallel
    preprocess: bool = True  # grayscale, ink suppression, deskew, binarisation before OCR
    ocr_cache: str | None = None  # folder for cached OCR results (keyed by image hash + args)
    # the words OCR is unsure of read again by the line recogniser, when it is installed, within a
    # budget of time per page (``--read-once``, ``DISPATCH_READ_TWICE=0``: not at all); ``second_all``
    # (``--read-twice``, ``DISPATCH_READ_TWICE=1``): every unsure word, up to twice the time of a page
    second_lines: bool = field(default_factory=lambda: _read_twice() != "0")
    second_all: bool = field(default_factory=lambda: _read_twice() == "1")
    # limits
    max_pages: int = 200
    max_pixels: int = 80_000_000  # per page image
    max_bytes: int = 200 * 1024 * 1024  # input file size
    # characters of text one dispatch may have: what the parser takes (spaCy's max_length);
    # None for no limit (``dispatch restore`` repairs text of any length piece by piece)
    max_chars: int | None = 1_000_000
    page_timeout: float = 120.0  # seconds of OCR per page
    # repair
    repair: bool = True
    # progress: called with (page number, pages being OCR'd) after each page is OCR'd
    on_page: Callable[[int, int], None] | None = field(default=None, repr=False, compare=False)
