"""Hand-filled (or typed-in) number and day of the header, read apart from the printed text.

Offices print a dispatch with ``Số:      /UBND-KTTH`` and ``ngày      tháng 02 năm 2025`` and fill
the number and the day by hand (often in red ink, which the clean-up removes with the seal) or
have an e-office system type them in. The box between ``Số:`` and the symbol's ``/``, and between
``ngày`` and ``tháng``, is found from the printed words around it, cut from the page image in
colour and turned into dark ink on white (the darkest channel, so red, blue and black ink alike).

- With the second recogniser installed (:mod:`.second_reader`, in the default install): the
  row that holds the box (``Số: … /UBND-KTTH``, ``ngày … tháng 02 năm 2025``) is read by
  PP-OCRv6 and checked by PP-OCRv5. Its digits are taken only when the least sure of them has a
  probability of at least :data:`.box_check.ACCEPT`, both models read the same digits and a day is 1-31
  (:func:`.box_check.accepted`); the signing time checks the day again later
  (:mod:`dispatch_tools.parse.marks`). Typed digits pass the same rule. A box whose row is not
  read so is read alone (:func:`.box_alone.read_alone`): the printed words beside it lead the models astray
  (``ngày 1tháng`` for ``18``); its reading passes the same rule and must be held by another
  reading too (the row's, or the wider crop's), since a tight crop can cut a digit off. A
  hand-filled box's row reading that passed is checked once more on the wider crop framed alone:
  when both models read other digits there (:func:`.box_alone.disputed`; a ``1`` with a long
  up-stroke after ``Số:`` read ``4`` in the row), it is not taken, and the box is read alone. A
  value both models read alike just under the line (:func:`.box_check.near_accepted`) is taken
  when both read it in the wider crop too (:func:`.box_alone.held_wide`), so that a box read at
  0.89 and at 0.91 is decided by the same evidence.
- Without it, Tesseract decides: typed digits the page OCR read surely (confidence ≥ 85) and a
  reading of the box alone confirms stay in the text; a hand-written day is kept only when three
  readings agree (and then flagged for a person to confirm); a hand-written number is never taken
  from Tesseract: its models agree on wrong digits too often (``40`` for ``90``, ``68`` for
  ``08``), and a confident wrong number is the worst outcome.

The symbol after the number's box is checked against the second recogniser's reading of the row
(:mod:`.box_symbol`). Whatever is not kept leaves the text: the field is left empty and flagged, and the mark carries the
crop of the box (a small PNG) for a person to read beside the form.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from PIL import Image

from ..model import BBox, Mark, Word
from ..options import Options
from .box_alone import disputed, doubted, held_wide, read_alone, wide_reading
from .box_check import near_accepted, recognise
from .box_digits import _same
from .box_image import _png, has_ink
from .box_symbol import checked_symbol
from .box_tesseract import Engine, read_digits, readings, row_value
from .header_boxes import (SURE, _beside, _box_bbox, _digit_span, _end, _month_year, _printed_number, _row,
                           _row_bbox, _shown, clean_symbol, find_boxes, page_reading)
from .typed import coloured, stands_printed, year_band, year_word


def _looks_typed(box: dict, words: list[Word], page_read: str, page_conf: float, image: Image.Image,
                 context: dict) -> bool:
    """Do the page OCR's digits of a box look typed: read surely, not in coloured ink, and
    standing like the row's print (:func:`.typed.stands_printed`)?"""
    if not (page_read.isdigit() and page_conf >= SURE) or coloured(image):
        return False
    limits = None
    if box["inside"]:  # digits read as a word of their own: their ink, whole, between the printed words
        limits = (_end(words[box["open"]]), _box_bbox(words, box).x1)
    return stands_printed(context["crop"], _digit_span(words, box), context["year"], _beside(words, box), limits)


def _both_other(second: dict, page_read: str) -> bool:
    """Did both models of the second recogniser read digits, none of them the page OCR's? Then
    the engine's own second looks at the box are no independent check of it."""
    values = [second.get("value"), second.get("check")]
    return all(v and v.isdigit() for v in values) and not any(_same(v, page_read) for v in values)


def _typed_reading(page_read: str, second: dict | None, again: Callable[[], Iterable[str | None]]) -> bool:
    """Is the page OCR's reading of typed digits confirmed? By the second recogniser when it reads
    the same digits; when it is sure of other digits, never; else by the engine's second looks
    (``again``: the box alone, the whole row)."""
    if second is not None and _same(second["value"], page_read):
        return True
    if second is not None and (second["accepted"] or _both_other(second, page_read)):
        return False  # the other reader sure of different digits, or both its models: a person decides
    return any(_same(page_read, value) for value in again())


def _decide(box: dict, words: list[Word], image: Image.Image, row: Image.Image | None,
            options: Options, engine: Engine, context: dict, shown: Image.Image | None = None) -> dict:
    """What is taken from one box: reading (digits or None), typed, confidence, how it was read
    (``context``: the page's ``crop`` and the ink band of the date line's printed ``year``). Typed digits are
    taken as the page OCR read them; the rest is a hand-filled box."""
    page_read, page_conf = page_reading(words, box)
    second = recognise(row, box["field"]) if row is not None else None
    found: list[str] = []

    def again() -> Iterator[str | None]:
        found[:] = readings(image, options, engine)
        yield from found
        yield row_value(row, box["field"], options, engine)

    extra = {"second": second} if second is not None else {}
    if _looks_typed(box, words, page_read, page_conf, image, context) and _typed_reading(page_read, second, again):
        # printed, or typed in by an e-office system, and read surely by the page OCR
        return {"reading": page_read, "typed": True, "conf": page_conf, "page_read": page_read,
                "reader": "tesseract", **extra}
    if second is not None:
        wide = None
        if second["accepted"]:  # the wider crop framed alone must not read other digits
            wide = wide_reading(shown or image, box["field"])
            if disputed(second["value"], wide):
                second = extra["second"] = {**second, "accepted": False,
                                            "disputed": {"text": wide["text"], "check_text": wide["check_text"]}}
            elif doubted(second["value"], wide):
                second = extra["second"] = {**second,
                                            "doubted": {"text": wide["text"], "check_text": wide["check_text"]}}
        elif near_accepted(box["field"], second["value"], second["conf"], second["check"]):
            wide = wide_reading(shown or image, box["field"])  # just under the line: the wider crop decides
            if held_wide(second["value"], box["field"], wide):
                second = extra["second"] = {**second, "accepted": True,
                                            "held": {"text": wide["text"], "check_text": wide["check_text"]}}
        if not second["accepted"]:  # the box alone, framed otherwise
            alone = read_alone(image, shown or image, box["field"], second, wide)
            if alone is not None:
                second = extra["second"] = {**second, "value": alone["value"], "conf": alone["conf"],
                                            "check": alone["check"], "accepted": True, "alone": alone}
        reading = second["value"] if second["accepted"] else None
        conf = round(100 * second["conf"], 1) if reading else None
        return {"reading": reading, "typed": False, "conf": conf, "page_read": page_read,
                "reader": "pp-ocrv6+v5", **extra}
    # Tesseract alone: a hand-written number is never taken from it (its models agree on wrong
    # digits too often); a day is, since the signing time checks it later.
    reading = None
    if box["field"] == "date":
        found = found or readings(image, options, engine)
        reading = read_digits(image, options, box["field"], engine, found)
    return {"reading": reading, "typed": False, "conf": 60.0 if reading else None, "page_read": page_read,
            "reader": "tesseract"}


def read_boxes(words: list[Word], crop: Callable[[BBox], Image.Image | None], page_height: float,
               options: Options, source: str, engine: Engine
               ) -> tuple[dict[int, Word | None], list[tuple[int, Word]], list[Mark]]:
    """The number and day boxes read by the second recogniser, or by ``engine``
    (:func:`.tesseract.run_tesseract`) without it: (words to replace, or to drop when None; words
    to add, each with the index of the printed word whose line it joins; the marks). ``crop``
    cuts a box of the page as its words were read (straightened when the page was deskewed)."""
    marks: list[Mark] = []
    edits: dict[int, Word | None] = {}
    added: list[tuple[int, Word]] = []
    boxes = find_boxes(words, page_height)
    dates = [b for b in boxes if b["field"] == "date"]
    year = year_word(words, _row(words, words[dates[0]["close"]])) if dates else None
    context = {"crop": crop, "year": year_band(crop, year)}
    for box in boxes:
        bbox = _box_bbox(words, box)
        image = crop(bbox)
        if image is None or not has_ink(image) or _printed_number(words, box):
            continue
        close = words[box["close"]]
        shown = crop(_shown(bbox)) or image
        decided = _decide(box, words, image, crop(_row_bbox(words, box)), options, engine, context, shown)
        reading = decided["reading"]
        values = {"field": box["field"], "reading": reading, "typed": decided["typed"],
                  "reader": decided["reader"]}
        if "second" in decided:
            values["second"] = decided["second"]
        if box["field"] == "number":  # as the page read it, checked against the second recogniser's row
            values["symbol"] = checked_symbol(clean_symbol(close.text[box["cut"]:]), decided.get("second"))
        else:
            values["month"], values["year"] = _month_year(words, box)
        marks.append(Mark("handwriting", bbox, decided["page_read"], values, decided["conf"], _png(shown), source))
        for i in box["inside"]:
            edits[i] = None
        opener = words[box["open"]]
        if box["field"] == "date":  # the cue itself, however it was misread around the box (``ngàW/†``)
            edits[box["open"]] = Word("ngày", opener.bbox, opener.conf)
        elif box["rest"]:
            edits[box["open"]] = Word(opener.text[:len(opener.text) - len(box["rest"])], opener.bbox, opener.conf)
        if box["open"] == box["close"]:  # ``ngày2tháng``: the cue and ``tháng`` either side of the box
            o = opener.bbox
            edits[box["open"]] = Word("ngày", BBox(o.x0, o.y0, bbox.x0, o.y1), opener.conf)
            added.append((box["close"], Word(close.text[box["cut"]:], BBox(bbox.x1, o.y0, o.x1, o.y1), close.conf)))
        elif box["cut"] or box["field"] == "number":
            closing = close.text[box["cut"]:]
            edits[box["close"]] = Word(values["symbol"] if box["field"] == "number" else closing,
                                       close.bbox, close.conf)
        if reading:
            added.append((box["close"], Word(reading, BBox(bbox.x0, close.bbox.y0, bbox.x1, close.bbox.y1),
                                             decided["conf"])))
    return edits, added, marks

