"""Tesseract's readings of a header box, for when the second recogniser is not installed and as
second looks at typed digits: the box told to see digits only by two models and once told nothing,
and the whole row.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PIL import Image

from ..options import Options
from .box_digits import field_value
from .box_image import ink_image

DIGITS = "-c tessedit_char_whitelist=0123456789"
# the OCR engine: (image, options, psm=, extra=) -> rows of [text, left, top, width, height, conf, …]
Engine = Callable[..., list[list]]


def readings(crop: Image.Image, options: Options, engine: Engine) -> list[str]:
    """Three readings of a box: two engine models told to see digits only, and one told nothing
    (its digits kept). Empty strings where an engine saw nothing."""
    image = ink_image(crop)
    out = []
    for lang, extra in (("eng", DIGITS), ("vie", DIGITS), ("vie", "")):
        try:
            rows = engine(image, Options(lang=lang, ocr_cache=options.ocr_cache,
                                                page_timeout=options.page_timeout), psm=7, extra=extra)
        except Exception:  # a missing model or an engine error: no reading, never a guess
            return []
        out.append(re.sub(r"\D", "", "".join(r[0] for r in rows)))
    return out


def read_digits(crop: Image.Image, options: Options, field: str, engine: Engine,
                found: list[str] | None = None) -> str | None:
    """The digits of a box when all three readings (``found``, or made now) agree on them (and a
    day is a day)."""
    found = readings(crop, options, engine) if found is None else found
    if len(found) < 3 or not found[0] or len(set(found)) != 1:
        return None
    if field == "date" and not 1 <= int(found[0]) <= 31:
        return None
    return found[0]


def row_value(row: Image.Image | None, field: str, options: Options, engine: Engine) -> str | None:
    """The number's digits or the day in the engine's reading of the whole header row (the
    printed words around the box help it read typed digits a tight crop cuts, such as italics)."""
    if row is None:
        return None
    try:
        rows = engine(row.convert("L"), Options(lang=options.lang, ocr_cache=options.ocr_cache,
                                                page_timeout=options.page_timeout), psm=7, extra="")
    except Exception:  # a missing model or an engine error: no reading
        return None
    text = " ".join(r[0] for r in rows)
    return field_value(field, text, [1.0] * len(text))[0]

