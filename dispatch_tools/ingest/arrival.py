"""The receiving office's arrival stamp (``CÔNG VĂN ĐẾN`` / ``CV ĐẾN`` / ``ĐẾN``, ``Số``, ``Ngày``,
``Giờ``, ``Chuyển``), found on page 1 by its frame and its words, and read.

- **Frame.** Long horizontal and vertical runs of ink (a morphological opening keeps only them)
  that close a rectangle of a stamp's size in the upper part of the page (:mod:`.stamp_frames`). A frame alone is not a
  stamp (a table has one too): the region is read again by itself and must hold the stamp's words
  (``ĐẾN`` and one of ``Số``, ``Ngày``, ``Giờ``, ``Chuyển``, ``CV``; or three of those); when the
  whole frame read so holds none, its cells (cut at its inner vertical lines) are read one by one;
  a frame stamped over printed lines, whose words the engine cannot read through the print, is a
  stamp by its rows of dots (:mod:`.dotted_rows`).
- **Its words leave the text**, but a printed line that runs under the stamp keeps every word of it:
  a word inside the frame stays when it sits on a printed line that goes on outside the frame, at
  that line's height and size (``Trong`` under the stamp's edge in ``Trong thời gian qua, …``).
  A stamp in red or blue ink keeps every word under it whose ink is not its colour, and grows
  over no heading (:mod:`.stamp_colour`): its own words left the page's text with its ink.
- **Number and date** are hand-written on dotted lines. With the second recogniser installed, the
  value of each row is cut out clean (:mod:`.arrival_values`: a date part by part) and read by
  PP-OCRv6 and PP-OCRv5, and a value is taken under the same rule as the header's boxes (its least
  sure digit at least 0.90, both models agree, a real date); else the whole row is read so. A date
  not taken keeps its parts' readings for parse (:mod:`..parse.arrival_date`); the stamp's crop is
  kept for a person to read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import numpy as np
from PIL import Image

from ..model import BBox, Mark, Word
from ..options import Options
from .box_check import agreed, read_checked
from .box_digits import _flat
from .arrival_values import value_parts
from .box_image import _png, ink_image
from .dotted_rows import dotted_rows
from .frame_sides import crossed_rows
from .image import as_rgb, rotate_colour, unturn_box
from .stamp_colour import coloured_word, frame_colour
from .stamp_frames import frames

UPRIGHT = 2.0  # degrees: a page turned by more is searched for its stamp turned upright
STEPPED = 1.0  # degrees: a page turned by more steps a thin line within the run a frame's side is opened on
LINKED = 1.2  # in heights of a line: a word this close beside a printed word under the frame is printed
FORM_ROWS = 2  # dotted rows that make a frame a stamp when none of its words is read (stamped over print)
CUES = ("den", "so", "ngay", "gio", "chuyen", "cv")
_NUMBER = re.compile(r"s[o0]?\W{0,6}?(\d[\d ]{0,6}\d|\d)")  # ``Số: 2352`` (``So`` read ``S0``)
# the stamp's own print, never a printed line's under its frame: its big ``CV`` and ``ĐẾN`` (its marks
# misread, ``ĐÉN``; a letter of the print glued before it, ``HĐẾN``) and its dotted rows
_STAMP_PRINT = re.compile(r"^\W*(?:CV|[A-ZĐ]{0,2}[ĐD][EÉÈẺẼẸÊẾỀỂỄỆ]N)\W*$|\.{4,}|…{2,}")
_DATE = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2,4})")
# ``8h30``, ``14:30``, ``9 giờ 15``, ``10h``, ``7g``: hours, then minutes after a sign or a letter
_TIME = re.compile(r"^\D{0,2}?(\d{1,2})\s*(?:[hg:.,']|gi[oờ]|gio)?\s*(\d{2})?\s*(?:ph?|p)?\W{0,2}$", re.IGNORECASE)
Engine = Callable[..., list[list]]


def _heading(words: list[Word], box: BBox, outer: BBox) -> BBox:
    """The stamp's box grown over the words of its heading row just above the closed frame (its
    top line is often broken): words wholly within the frame's width."""
    h = box.height
    above = [w for w in words if w.bbox is not None and box.y0 - 0.45 * h <= (w.bbox.y0 + w.bbox.y1) / 2 < box.y0
             and w.bbox.x0 >= box.x0 - 5 and w.bbox.x1 <= box.x1 + 5]
    top = min([outer.y0] + [w.bbox.y0 - 2 for w in above])
    return BBox(outer.x0, top, outer.x1, outer.y1)


def _cues(text: str) -> set[str]:
    flat = re.sub(r"[^a-z ]", " ", _flat(text))
    found = set(flat.split()) & set(CUES)
    if "den" in flat.replace(" ", ""):
        found.add("den")
    return found


def is_stamp(text: str) -> bool:
    cues = _cues(text)
    return ("den" in cues and len(cues) >= 2) or len(cues) >= 3


def _inside(word: Word, box: BBox, margin: float = 2.0) -> bool:
    cx, cy = (word.bbox.x0 + word.bbox.x1) / 2, (word.bbox.y0 + word.bbox.y1) / 2
    return box.x0 - margin <= cx <= box.x1 + margin and box.y0 - margin <= cy <= box.y1 + margin


def stamp_words(words: list[Word], keys: list[tuple], box: BBox) -> set[int]:
    """Indices of the words that belong to the stamp: inside its frame, except a printed line's
    words that go on outside it (at the line's height and size, and beside a word of it outside
    the frame, or close beside such a word inside it: ``Kính gửi:`` both under the frame's edge
    before ``Bà …``; the stamp's big ``CV`` may stand at a printed line's height far from it, and
    its ``CV``, ``ĐẾN`` and dotted rows are never a printed line's)."""
    out = set()
    for key in dict.fromkeys(keys):
        members = [i for i, k in enumerate(keys) if k == key and words[i].bbox is not None]
        inside = [i for i in members if _inside(words[i], box)]
        line = [words[i] for i in members if i not in inside]
        if len(line) < 2:
            out.update(inside)
            continue
        h = float(np.median([v.bbox.height for v in line]))
        cy = float(np.median([(v.bbox.y0 + v.bbox.y1) / 2 for v in line]))
        level = [i for i in inside if 0.75 * h <= words[i].bbox.height <= 1.35 * h
                 and abs((words[i].bbox.y0 + words[i].bbox.y1) / 2 - cy) < 0.3 * h
                 and not _STAMP_PRINT.search(words[i].text)]
        kept = [i for i in level if _gap(words[i], line) < 3 * h]
        while True:  # a word close beside a printed word kept under the frame is printed too
            more = [i for i in level if i not in kept and _gap(words[i], [words[k] for k in kept]) < LINKED * h]
            if not more:
                break
            kept += more
        out.update(i for i in inside if i not in kept)
    return out


def _gap(word: Word, others: list[Word]) -> float:
    """The least gap along a line between ``word`` and any of ``others`` (inf without others)."""
    return min((max(v.bbox.x0 - word.bbox.x1, word.bbox.x0 - v.bbox.x1) for v in others), default=float("inf"))


def _bands(crop: Image.Image, rows: list[list]) -> dict[str, tuple[Image.Image, float, float]]:
    """The ``Số``, ``Ngày`` and ``Giờ`` rows of a stamp crop, from the cue word to the frame's right edge
    (``rows``: the engine's words of the crop, in the coordinates of :func:`.box_image.ink_image`),
    each with the cue word's height and its top in the band."""
    out: dict[str, tuple[Image.Image, float, float]] = {}
    for text, left, top, width, height, *_ in rows:
        flat = _flat(text)
        kind = ("number" if re.match(r"s[o0-9]", flat) else "date" if flat.startswith("ng")
                else "time" if flat.startswith("gi") else None)
        if kind is None or kind in out:
            continue
        x0, y0, h = (left - 30) / 2, (top - 30) / 2, height / 2
        box = (max(0, int(x0 - 0.3 * h)), max(0, int(y0 - 0.8 * h)), crop.width,
               min(crop.height, int(y0 + 1.8 * h)))
        out[kind] = (crop.crop(box), h, y0 - box[1])
    return out


def _value(kind: str, text: str, probs: list[float]) -> tuple[str | None, float]:
    flat = _flat(text)
    m = (_NUMBER if kind == "number" else _DATE).search(flat)
    if not m:
        return None, 0.0
    span = (m.start(1), m.end(m.lastindex))
    value = m.group(1).replace(" ", "") if kind == "number" else "/".join(m.groups())
    return value, min(p for p, ch in zip(probs[span[0]:span[1]], text[span[0]:span[1]]) if ch.isdigit())


def _iso(value: str) -> str | None:
    d, m, y = (int(x) for x in value.split("/"))
    y = 2000 + y if y < 100 else y
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _digits(text: str, probs: list[float]) -> tuple[str | None, float]:
    """A hand-written part read alone: its figures, when the reading holds nothing but figures and
    stray dots or strokes, and the probability of its least sure figure."""
    if not text or re.search(r"[^\d\s.,:'`/|-]", text):
        return None, 0.0
    sure = [p for p, ch in zip(probs, text) if ch.isdigit()]
    return ("".join(ch for ch in text if ch.isdigit()) or None), (min(sure) if sure else 0.0)


def _clean(kind: str, band: Image.Image, height: float, top: float) -> tuple[str | None, list[dict]] | None:
    """A row's value read from its hand-writing alone (:func:`.arrival_values.value_parts`): the value
    both models read surely, or None, and each part's reading (a date's day, month and year); None
    when the row is not cut so or the second recogniser is not installed."""
    parts = value_parts(band, height, top, kind == "date")
    if len(parts) != (3 if kind == "date" else 1):
        return None
    got = [read_checked(part, _digits) for part in parts]
    if any(g is None for g in got):
        return None
    readings = [{"value": g["value"], "conf": round(g["conf"], 3), "check": g["check"]} for g in got]
    if not all(agreed(g["value"], g["conf"], g["check"]) for g in got):
        return None, readings
    return (got[0]["value"] if kind == "number" else _iso("/".join(g["value"] for g in got))), readings


def time_value(text: str, probs: list[float]) -> tuple[str | None, float]:
    """A hand-written time read alone (``8h30``, ``14:30``, ``10h``) as ``HH:MM``, with the
    probability of its least sure figure; None when it is no time of a day."""
    m = _TIME.match(text.strip())
    if not m:
        return None, 0.0
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if hour > 23 or minute > 59:
        return None, 0.0
    sure = [p for p, ch in zip(probs, text.strip()) if ch.isdigit()]
    return f"{hour:02d}:{minute:02d}", (min(sure) if sure else 0.0)


def read_time(band: Image.Image, height: float, top: float) -> tuple[str | None, bool, list]:
    """The ``Giờ`` row: (the time both models read surely, whether something is written there
    that was not read so, what each model read). A row with nothing after its label is no time
    and nothing to look at."""
    parts = value_parts(band, height, top, False)
    if not parts:
        return None, False, []
    got = read_checked(parts[0], time_value)
    if got is None:  # no second recogniser: the crop is for a person to read
        return None, True, []
    if agreed(got["value"], got["conf"], got["check"]):
        return got["value"], False, [got["text"], got["check_text"]]
    return None, True, [got["text"], got["check_text"]]


def read_fields(crop: Image.Image, rows: list[list]) -> dict:
    """Number and date of a stamp crop under the strict rule (None where not sure), with what each
    model read: first the hand-writing cut out alone (a date part by part, kept in ``parts``),
    else the whole row."""
    values: dict = {"number": None, "date": None, "time": None, "readings": {}}
    bands = _bands(crop, rows)
    if "time" in bands:
        values["time"], values["time_unread"], values["readings"]["time"] = read_time(*bands.pop("time"))
    for kind, (band, height, top) in bands.items():
        clean = _clean(kind, band, height, top)
        if clean is not None:
            values["readings"].setdefault("parts", {})[kind] = clean[1]
            if clean[0]:
                values[kind] = clean[0]
                continue
        got = read_checked(band, lambda text, probs: _value(kind, text, probs))
        if got is None:
            break  # no second recogniser: the crop is for a person to read
        values["readings"][kind] = [got["text"], got["check_text"]]
        if agreed(got["value"], got["conf"], got["check"]):
            values[kind] = _iso(got["value"]) if kind == "date" else got["value"]
    return values


def _cells(crop: Image.Image) -> list[Image.Image]:
    """A frame's crop cut at its inner vertical lines (those over a third of its height, away from
    its sides): the cells of a stamp whose big ``CV ĐẾN`` stands apart from its ``Số`` and ``Ngày``
    rows, which the engine, reading the whole frame, runs into one another and misses."""
    import cv2

    gray = np.asarray(crop.convert("L"))
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    height, width = ink.shape
    vert = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(1, height // 3))))
    cols = np.flatnonzero(vert.any(axis=0))
    if cols.size == 0:
        return []
    runs = np.split(cols, np.flatnonzero(np.diff(cols) > 3) + 1)
    inner = [int(run.mean()) for run in runs if 0.1 * width < run.mean() < 0.9 * width]
    if not inner:
        return []
    cuts = [0, *inner, width]
    return [crop.crop((a, 0, b, height)) for a, b in zip(cuts, cuts[1:])]


def _frame_text(crop: Image.Image, rows: list[list], options: Options, engine: Engine) -> str:
    """What a frame says: the engine's reading of the whole crop (``rows``), or when that holds
    no stamp's words, its readings of the frame's cells one by one (:func:`_cells`)."""
    text = " ".join(r[0] for r in rows)
    if is_stamp(text):
        return text
    cells = _cells(crop)
    if not cells:
        return text
    read = Options(lang=options.lang, ocr_cache=options.ocr_cache, page_timeout=options.page_timeout)
    return " ".join(r[0] for cell in cells for r in engine(ink_image(cell), read, psm=6))


def _page_reads_stamp(words: list[Word], keys: list[tuple], box: BBox, deskew: float | None,
                      size: tuple[int, int]) -> bool:
    """Do the page's own words inside a frame (its printed lines' words left out) read a stamp's
    words? They are a second reading of the frame, at the page's scale: the crop read alone may
    miss the stamp's words where the page read them (a photographed stamp, its frame crossing a
    word)."""
    if deskew:
        box = unturn_box(box, -deskew, *size)
    inside = stamp_words(words, keys, box)
    return is_stamp(" ".join(words[i].text for i in sorted(inside)))


def _unturned_span(x: float, span: list[float], deskew: float, size: tuple[int, int]) -> list[float]:
    """A span of rows at a frame's side ``x`` on the page as scanned, where the words are (turned)."""
    box = unturn_box(BBox(x, span[0], x + 1, span[1]), -deskew, *size)
    return [box.y0, box.y1]


def find_arrival(image: Image.Image, words: list[Word], keys: list[tuple], options: Options,
                 engine: Engine, source: str, deskew: float | None = None, turned: bool = False
                 ) -> tuple[list[Mark], set[int]]:
    """The arrival stamp of a page (at most one) and the indices of its words. ``deskew``: the
    angle the page was turned by before its words were read; the frame, found on ``image`` as
    scanned, is turned so too before it is compared with the words (its mark's box is where the
    words are), and turned back to cut its image. ``turned``: the page was fed in at an angle or
    photographed, so that the frame's thin lines step (:func:`frames`). A page turned by
    :data:`UPRIGHT` or more is searched turned upright as its words were read: over a frame's
    width its lines step further than the thickening joins, and its words read at a slant are
    no stamp's words (the stamp was missed and its words ran into the subject)."""
    rgb = as_rgb(image)
    if deskew and abs(deskew) >= UPRIGHT:
        rgb, deskew, turned = rotate_colour(rgb, deskew), None, False
    for box, outer in frames(rgb, turned=turned):
        crop = rgb.crop((int(box.x0), int(box.y0), int(box.x1), int(box.y1)))
        try:
            rows = engine(ink_image(crop), Options(lang=options.lang, ocr_cache=options.ocr_cache,
                                                   page_timeout=options.page_timeout), psm=6)
            text = _frame_text(crop, rows, options, engine)
        except Exception:  # an engine error: this frame is not known to be a stamp
            continue
        if (not is_stamp(text) and not _page_reads_stamp(words, keys, box, deskew, rgb.size)
                and dotted_rows(crop) < FORM_ROWS):
            continue
        crossed = crossed_rows(rgb, box)
        coloured = frame_colour(rgb, box)
        if deskew:
            crossed = {side: [_unturned_span(x, span, deskew, rgb.size) for span in crossed[side]]
                       for side, x in (("left", box.x0), ("right", box.x1))}
            box, outer = (unturn_box(b, -deskew, rgb.width, rgb.height) for b in (box, outer))
        if coloured:  # its words and heading are its colour's and left the page's text with it
            outer = box
            used = {i for i in stamp_words(words, keys, outer)
                    if _STAMP_PRINT.search(words[i].text) or coloured_word(rgb, words[i].bbox, deskew)}
        else:
            outer = _heading(words, box, outer)
            used = stamp_words(words, keys, outer)
        values = read_fields(crop, rows)
        values["crossed"] = crossed
        confidence = 90.0 if values["number"] and values["date"] else None
        cut = unturn_box(outer, deskew, rgb.width, rgb.height) if deskew else outer
        whole = rgb.crop((max(0, int(cut.x0)), max(0, int(cut.y0)), int(cut.x1), int(cut.y1)))
        return [Mark("arrival", outer, text, values, confidence, _png(whole), source)], used
    return [], set()
