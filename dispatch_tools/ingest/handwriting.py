"""Hand-filled (or typed-in) number and day of the header, read apart from the printed text.

Offices print a dispatch with ``Số:      /UBND-KTTH`` and ``ngày      tháng 02 năm 2025`` and fill
the number and the day by hand (often in red ink, which the clean-up removes with the seal) or
have an e-office system type them in. The box between ``Số:`` and the symbol's ``/``, and between
``ngày`` and ``tháng``, is found from the printed words around it, cut from the page image in
colour and turned into dark ink on white (the darkest channel, so red, blue and black ink alike).

- Typed digits: the page OCR read them surely (confidence ≥ 85) and a reading of the box alone
  gives the same digits. They stay in the text.
- A hand-written day: read three times (two engine models told to see digits, one told nothing);
  kept only when all three agree and it is a day of the month (the signing time checks it later,
  :mod:`dispatch_tools.parse.marks`), and then flagged for a person to confirm.
- A hand-written number is never taken from the engine: its models agree on wrong digits too
  often (``40`` for ``90``, ``68`` for ``08``), and a confident wrong number is the worst outcome.

Whatever is not kept leaves the text: the field is left empty and flagged, and the mark carries the
crop of the box (a small PNG) for a person to read beside the form.
"""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Callable

import numpy as np
from PIL import Image

from ..model import BBox, Mark, Word
from ..options import Options

_SO = re.compile(r"^S[ốôoóồổ6ỏọ]\w?\s*:?(?P<rest>.*)$")  # the header's ``Số:`` (a capital S)
_NGAY = re.compile(r"^ng[àa]y(?P<rest>.*)$", re.IGNORECASE)
_THANG = re.compile(r"th[áa]ng[,.]?$", re.IGNORECASE)
TOP = 0.45  # the header's number and date lines are in this upper share of page 1
SURE = 85.0  # the page OCR read typed digits at least this surely
DIGITS = "-c tessedit_char_whitelist=0123456789"
PRINTED = re.compile(r"\d{1,6}(?:-[^\W\d_]+)+")
# the OCR engine: (image, options, psm=, extra=) -> rows of [text, left, top, width, height, conf, …]
Engine = Callable[..., list[list]]
MAX_GAP = 14.0  # word heights between ``Số:`` and the symbol


def _row(words: list[Word], anchor: Word) -> list[int]:
    """Indices of the words on the anchor's visual row, right of it."""
    h = max(anchor.bbox.height, 1.0)
    cy = (anchor.bbox.y0 + anchor.bbox.y1) / 2
    return sorted((i for i, w in enumerate(words)
                   if w.bbox is not None and abs((w.bbox.y0 + w.bbox.y1) / 2 - cy) < 0.6 * h
                   and w.bbox.x0 >= anchor.bbox.x1 - 0.2 * h and w is not anchor),
                  key=lambda i: words[i].bbox.x0)


def _png(image: Image.Image) -> str:
    buf = io.BytesIO()
    image.save(buf, format="PNG", optimize=True)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def ink_image(crop: Image.Image) -> Image.Image:
    """Dark ink on white from a colour crop: the darkest channel, enlarged, Otsu, a white border."""
    import cv2

    arr = np.asarray(crop.convert("RGB")).min(axis=2).astype(np.uint8)
    arr = cv2.resize(arr, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)
    _, bw = cv2.threshold(arr, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return Image.fromarray(cv2.copyMakeBorder(bw, 30, 30, 30, 30, cv2.BORDER_CONSTANT, value=255))


def has_ink(crop: Image.Image) -> bool:
    arr = np.asarray(crop.convert("RGB")).min(axis=2)
    return bool((arr < 128).mean() > 0.004)


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


def read_digits(crop: Image.Image, options: Options, field: str, engine: Engine) -> str | None:
    """The digits of a box when all three readings agree on them (and a day is a day)."""
    found = readings(crop, options, engine)
    if len(found) < 3 or not found[0] or len(set(found)) != 1:
        return None
    if field == "date" and not 1 <= int(found[0]) <= 31:
        return None
    return found[0]


def _fill(words: list[Word], start: Word, stop_at: Callable[[Word], int | None]
          ) -> tuple[list[int], int | None, int | None]:
    """(indices of the words in the box, index of the closing word, where its own text starts)."""
    h = max(start.bbox.height, 1.0)
    inside = []
    for i in _row(words, start):
        w = words[i]
        if w.bbox.x0 - start.bbox.x1 > MAX_GAP * h:
            break
        cut = stop_at(w)
        if cut is not None:
            return inside, i, cut
        inside.append(i)
    return inside, None, None


def _thang_at(word: Word) -> int | None:
    """Where ``tháng`` starts in a word (ink residue may be glued before it: ``{tháng``)."""
    m = _THANG.search(word.text.strip())
    return m.start() if m else None


def find_boxes(words: list[Word], page_height: float) -> list[dict]:
    """The number and day boxes of a header: field, opening word, box words, closing word."""
    out = []
    top = TOP * page_height
    order = sorted((i for i, w in enumerate(words) if w.bbox is not None), key=lambda i: words[i].bbox.y0)
    for i in order:
        w = words[i]
        if w.bbox is None or w.bbox.y0 > top:
            continue
        text = w.text.strip()
        if (m := _SO.match(text)) and not any(b["field"] == "number" for b in out):
            inside, close, cut = _fill(words, w, lambda x: x.text.find("/") if "/" in x.text else None)
            if close is not None:
                out.append({"field": "number", "open": i, "rest": m.group("rest"), "inside": inside,
                            "close": close, "cut": cut})
        elif _NGAY.match(text) and not any(b["field"] == "date" for b in out):
            inside, close, cut = _fill(words, w, _thang_at)
            if close is not None:
                out.append({"field": "date", "open": i, "rest": _NGAY.match(text).group("rest"),
                            "inside": inside, "close": close, "cut": cut})
    return out


def _box_bbox(words: list[Word], box: dict) -> BBox:
    a, b = words[box["open"]].bbox, words[box["close"]].bbox
    h = max(a.height, b.height)
    x0 = a.x1 if not box["rest"] else a.x0 + a.width * 0.45
    close = words[box["close"]]
    x1 = b.x0 + b.width * box["cut"] / max(len(close.text), 1)
    return BBox(x0, min(a.y0, b.y0) - 0.7 * h, max(x1, x0 + h), max(a.y1, b.y1) + 0.5 * h)


def _month_year(words: list[Word], box: dict) -> tuple[str | None, str | None]:
    after = [words[i].text for i in _row(words, words[box["close"]])][:4]
    digits = [re.sub(r"\D", "", t) for t in after]
    digits = [d for d in digits if d]
    month = digits[0] if digits and 1 <= int(digits[0]) <= 12 else None
    year = next((d for d in digits[1:] if len(d) == 4), None)
    return month, year


def read_boxes(words: list[Word], crop: Callable[[BBox], Image.Image | None], page_height: float,
               options: Options, source: str, engine: Engine
               ) -> tuple[dict[int, Word | None], list[tuple[int, Word]], list[Mark]]:
    """The number and day boxes read by ``engine`` (:func:`.tesseract.run_tesseract`): (words to
    replace, or to drop when None; words to add, each with the index of the printed word whose
    line it joins; the marks)."""
    marks: list[Mark] = []
    edits: dict[int, Word | None] = {}
    added: list[tuple[int, Word]] = []
    for box in find_boxes(words, page_height):
        bbox = _box_bbox(words, box)
        image = crop(bbox)
        if image is None or not has_ink(image):
            continue
        close = words[box["close"]]
        page_read = "".join(words[i].text for i in box["inside"])
        page_read += re.sub(r"^\W+", "", box["rest"]) + close.text[:box["cut"]]
        page_conf = min((words[i].conf or 0 for i in box["inside"]), default=close.conf or 0)
        if PRINTED.fullmatch(page_read) and page_conf >= SURE:
            continue  # a printed number with its own symbol part (``1690-CV/…``): not a box
        # A hand-written number is never taken from the engine (its models agree on wrong digits
        # too often); a day is, since the signing time checks it later.
        reading = read_digits(image, options, box["field"], engine) if box["field"] == "date" else None
        typed = page_read.isdigit() and page_conf >= SURE and page_read in readings(image, options, engine)
        if typed:
            reading = page_read  # printed by an e-office system and read surely by the page OCR
        conf = page_conf if typed else (60.0 if reading else None)
        values = {"field": box["field"], "reading": reading, "typed": typed}
        if box["field"] == "number":
            values["symbol"] = close.text[box["cut"]:]
        else:
            values["month"], values["year"] = _month_year(words, box)
        marks.append(Mark("handwriting", bbox, page_read, values, conf, _png(image), source))
        for i in box["inside"]:
            edits[i] = None
        opener = words[box["open"]]
        if box["rest"]:
            edits[box["open"]] = Word(opener.text[:len(opener.text) - len(box["rest"])], opener.bbox, opener.conf)
        if box["cut"]:
            edits[box["close"]] = Word(close.text[box["cut"]:], close.bbox, close.conf)
        if reading:
            added.append((box["close"], Word(reading, BBox(bbox.x0, close.bbox.y0, bbox.x1, close.bbox.y1), conf)))
    return edits, added, marks
