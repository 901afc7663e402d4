"""Tesseract through pytesseract: word boxes and confidences, pages in parallel, a result cache.

The cache (``DISPATCH_OCR_CACHE`` or ``Options.ocr_cache``; off when neither is set) stores the
engine's word table keyed by the SHA-256 of the page image and the engine arguments, so tests
and evaluations are deterministic and fast; a miss runs the real engine.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

from PIL import Image

from ..errors import DamagedInput, MissingDependency
from ..model import BBox, Mark, Page, Word
from ..options import Options
from .black_relook import seal_relook
from .figure_second import figure_relook
from .image import prepare
from .layout import reading_order
from .line_ends import mend_line_ends
from .line_order import seal_boxes
from .page_marks import page_marks
from .perspective import flatten
from .line_second import BUDGET, line_relook
from .relook import second_look
from ..i18n import _, decimal

APT_HINT = "Install it with: sudo apt-get install tesseract-ocr tesseract-ocr-vie"


@lru_cache(maxsize=1)
def tesseract_version() -> str:
    import pytesseract

    try:
        return str(pytesseract.get_tesseract_version())
    except (pytesseract.TesseractNotFoundError, OSError) as exc:
        raise MissingDependency(_("Tesseract OCR is not installed, so scans cannot be read"),
                                hint=APT_HINT) from exc


@lru_cache(maxsize=8)
def check_languages(lang: str) -> None:
    import pytesseract

    tesseract_version()
    available = set(pytesseract.get_languages(config=""))
    missing = [code for code in lang.split("+") if code not in available]
    if missing:
        packages = " ".join(f"tesseract-ocr-{code.lower().replace('_', '-')}" for code in missing)
        raise MissingDependency(_("the Tesseract language model '%(lang)s' is not installed")
                                % {"lang": "+".join(missing)},
                                hint=_("Install it with: %(command)s")
                                % {"command": f"sudo apt-get install {packages}"})


def _cache_dir(options: Options) -> Path | None:
    folder = options.ocr_cache or os.environ.get("DISPATCH_OCR_CACHE")
    return Path(folder) if folder else None


def run_tesseract(image: Image.Image, options: Options, psm: int = 3, extra: str = "") -> list[list]:
    """Rows of [text, left, top, width, height, conf, block, par, line] for every word."""
    import pytesseract

    lang, config = options.lang, f"--oem 1 --psm {psm} {extra}".strip()
    cache = _cache_dir(options)
    key = None
    if cache is not None:
        digest = hashlib.sha256(image.tobytes())
        digest.update(f"{image.mode}{image.size}|{lang}|{config}|{tesseract_version()}".encode())
        key = digest.hexdigest()
        hit = cache / key[:2] / f"{key}.json"
        if hit.is_file():
            return json.loads(hit.read_text(encoding="utf-8"))["words"]
    check_languages(lang)
    image.format = "BMP"  # pytesseract hands the engine a temporary file: BMP is written at once, PNG is slow
    try:
        data = pytesseract.image_to_data(image, lang=lang, config=config,
                                         output_type=pytesseract.Output.DICT,
                                         timeout=options.page_timeout)
    except RuntimeError as exc:  # pytesseract's timeout
        raise DamagedInput(_("OCR of a page took longer than %(seconds).0f s")
                           % {"seconds": options.page_timeout},
                           hint=_("Check the scan, or raise the limit")) from exc
    words = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        if not text:
            continue
        words.append([text, data["left"][i], data["top"][i], data["width"][i], data["height"][i],
                      float(data["conf"][i]), data["block_num"][i], data["par_num"][i],
                      data["line_num"][i]])
    if cache is not None and key is not None:
        target = cache / key[:2] / f"{key}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(json.dumps({"words": words}, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, target)
    return words


def ocr_page(image: Image.Image, number: int, options: Options, known: list[Mark] | None = None,
             lifted: list[Mark] = ()) -> Page:
    """OCR one page image. ``known`` are marks already found on it (an e-signed PDF's stamps, boxes
    in pixels of ``image``): their area is not read as text, save those of them ``lifted`` (taken
    off the image before: what lies under them is printed)."""
    started = time.perf_counter()
    warped = False
    if options.preprocess and not known:  # a photo's sheet, straightened (a rendered PDF page is flat)
        image, warped = flatten(image)
    prepared, info = prepare(image, clean=options.preprocess)
    rows = second_look(prepared, run_tesseract(prepared, options), options, run_tesseract)
    seals = seal_boxes(info, info.get("scaled", 1.0))
    rows = mend_line_ends(prepared, rows, options, run_tesseract, seals)
    rows = seal_relook(rows, info, options, run_tesseract)
    if options.second_lines:
        rows = line_relook(prepared, rows, budget=None if options.second_all else BUDGET, seals=seals)
        rows = figure_relook(prepared, rows)
    scale = 1.0 / info.get("scaled", 1.0)
    words, keys = [], []
    for text, left, top, width, height, conf, block, par, line in rows:
        box = BBox(left * scale, top * scale, (left + width) * scale, (top + height) * scale)
        words.append(Word(unicodedata.normalize("NFC", text), box, conf))
        keys.append((block, par, line))
    words, keys, marks = page_marks(words, keys, image, known or [], options, number, run_tesseract,
                                    info.get("deskew"), photo=warped, lifted=lifted)
    marks += [Mark("seal", BBox(x - r, y - r, x + r, y + r), values={"colour": "grey"}, source="shape")
              for x, y, r in info.get("seals", [])]
    marks += [Mark("seal", BBox(x - r, y - r, x + r, y + r), values={"colour": "black"}, source="shape")
              for x, y, r in info.get("black_seals", [])]
    marks += [Mark("seal", BBox(*box), values={"colour": "colour"}, source="colour")
              for box in info.get("colour_seals", [])]
    lines = reading_order(words, page_width=image.width, source=f"tesseract:{options.lang}", keys=keys)
    confs = [w.conf for w in words if w.conf is not None and w.conf >= 0]
    notes = []
    if warped:
        notes.append(_("photo: the sheet's outline was straightened"))
    if "deskew" in info:
        notes.append(_("deskewed by %(angle)s°") % {"angle": decimal(info["deskew"])})
    if not words:
        notes.append(_("no text found on this page"))
    return Page(number, lines, width=image.width, height=image.height, unit="px", method="ocr",
                ocr_confidence=round(sum(confs) / len(confs), 1) if confs else None,
                seconds=round(time.perf_counter() - started, 3), notes=notes, marks=marks)


def ocr_pages(images: list[tuple[int, Image.Image]] | list, options: Options) -> list[Page]:
    """OCR page images in parallel; ``images`` holds (page number, image[, known marks[, those of
    them lifted off the image]]) tuples or callables returning them (so that PDF pages are rendered
    inside the worker, one at a time)."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one thread per Tesseract process
    if images:
        tesseract_version()
        if not _cache_dir(options):
            check_languages(options.lang)

    def work(item):
        number, image, *known = item() if callable(item) else item
        page = ocr_page(image, number, options, known[0] if known else None, known[1] if len(known) > 1 else ())
        if options.on_page is not None:
            options.on_page(number, total)
        return page

    total = len(images)
    jobs = max(1, min(options.jobs, len(images)))
    if jobs == 1:
        return [work(item) for item in images]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(work, images))
