"""Settings shared by the stages, with safe defaults (limits protect against hostile files)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field


def _read_twice() -> bool:
    return os.environ.get("DISPATCH_READ_TWICE", "").strip().lower() in ("1", "on", "yes", "true")


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
    # unsure lines read again by the line recogniser, when it is installed (``--read-twice``): more right
    # words, about twice the time of a scanned page; ``DISPATCH_READ_TWICE=1`` switches it on everywhere
    second_lines: bool = field(default_factory=_read_twice)
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
