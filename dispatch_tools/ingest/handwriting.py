"""Hand-filled (or typed-in) number and day of the header, read apart from the printed text.

Offices print a dispatch with ``Số:      /UBND-KTTH`` and ``ngày      tháng 02 năm 2025`` and fill
the number and the day by hand (often in red ink, which the clean-up removes with the seal) or
have an e-office system type them in. The box between ``Số:`` and the symbol's ``/``, and between
``ngày`` and ``tháng``, is found from the printed words around it, cut from the page image in
colour and turned into dark ink on white (the darkest channel, so red, blue and black ink alike).

- With the second recogniser installed (:mod:`.second_reader`, in the default install): the
  row that holds the box (``Số: … /UBND-KTTH``, ``ngày … tháng 02 năm 2025``) is read by
  PP-OCRv6 and checked by PP-OCRv5. Its digits are taken only when the least sure of them has a
  probability of at least :data:`ACCEPT`, both models read the same digits and a day is 1-31
  (:func:`accepted`); the signing time checks the day again later
  (:mod:`dispatch_tools.parse.marks`). Typed digits pass the same rule. A box whose row is not
  read so is read alone (:func:`read_alone`): the printed words beside it lead the models astray
  (``ngày 1tháng`` for ``18``); its reading passes the same rule and must be held by another
  reading too (the row's, or the wider crop's), since a tight crop can cut a digit off.
- Without it, Tesseract decides: typed digits the page OCR read surely (confidence ≥ 85) and a
  reading of the box alone confirms stay in the text; a hand-written day is kept only when three
  readings agree (and then flagged for a person to confirm); a hand-written number is never taken
  from Tesseract: its models agree on wrong digits too often (``40`` for ``90``, ``68`` for
  ``08``), and a confident wrong number is the worst outcome.

Whatever is not kept leaves the text: the field is left empty and flagged, and the mark carries the
crop of the box (a small PNG) for a person to read beside the form.
"""

from __future__ import annotations

import base64
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator

import numpy as np
from PIL import Image, ImageOps

from ..model import BBox, Mark, Word
from ..options import Options
from . import second_reader
from .typed import coloured, stands_printed, year_band, year_word

_SO = re.compile(r"^S[ốôoóồổ6ỏọ]\w?\s*:?(?P<rest>.*)$")  # the header's ``Số:`` (a capital S)
_NGAY = re.compile(r"^ng[àaáạ]\w?(?P<rest>.*)$", re.IGNORECASE)  # ``ngày``, also misread (``ngàW/†``)
_THANG = re.compile(r"th[áa]ng[,.]?$", re.IGNORECASE)
TOP = 0.45  # the header's number and date lines are in this upper share of page 1
SURE = 85.0  # the page OCR read typed digits at least this surely
DIGITS = "-c tessedit_char_whitelist=0123456789"
PRINTED = re.compile(r"\d{1,6}(?:-[^\W\d_]+)+")
CODE = re.compile(r"\d{1,6}(?:-[A-ZĐ][A-Za-zĐđ]{1,7})+")  # a printed number with a code part (``1690-CV``)
# the OCR engine: (image, options, psm=, extra=) -> rows of [text, left, top, width, height, conf, …]
Engine = Callable[..., list[list]]
MAX_GAP = 14.0  # word heights between ``Số:`` and the symbol
GAP = 0.12  # white rows between a header row's ink and another line's, in heights of the row's ink
BOX_MARGIN = 10  # white pixels around a box read alone by the second recogniser
ACCEPT = 0.90  # the least sure digit of a second-recogniser reading, for it to be taken
_NUMBER = re.compile(r"(?<![^\W\d_])(\d[\d ]*?)\s*(?:/|(?=[A-ZĐ]))")  # the digits before the symbol (its ``/`` may be lost), not glued to ``Số`` (``S6:`` is ``Số:``)
_DATE = re.compile(r"ng[a-z]{0,3}\D{0,4}?(\d{1,2})\D{0,6}?tha")  # the day, between ``ngày`` and ``tháng``


def _end(word: Word) -> float:
    """Where a cue word (``Số:``, ``ngày``) ends: its box, unless the engine stretched it over the
    hand-writing after it (a short cue is at most three of its heights wide)."""
    return min(word.bbox.x1, word.bbox.x0 + 3 * max(word.bbox.height, 1.0))


def _row(words: list[Word], anchor: Word, side: int = 1) -> list[int]:
    """Indices of the words on the anchor's visual row, nearest first: right of it (``side`` 1)
    or left of it (-1)."""
    h = max(anchor.bbox.height, 1.0)
    cy = (anchor.bbox.y0 + anchor.bbox.y1) / 2

    def beyond(b: BBox) -> bool:
        return b.x0 >= _end(anchor) - 0.2 * h if side > 0 else b.x1 <= anchor.bbox.x0 + 0.2 * h

    return sorted((i for i, w in enumerate(words)
                   if w.bbox is not None and abs((w.bbox.y0 + w.bbox.y1) / 2 - cy) < 0.6 * h
                   and beyond(w.bbox) and w is not anchor),
                  key=lambda i: words[i].bbox.x0 if side > 0 else -words[i].bbox.x1)


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


def _fill(words: list[Word], start: Word, stop_at: Callable[[Word], int | None]
          ) -> tuple[list[int], int | None, int | None]:
    """(indices of the words in the box, index of the closing word, where its own text starts)."""
    h = max(start.bbox.height, 1.0)
    inside = []
    for i in _row(words, start):
        w = words[i]
        if w.bbox.x0 - _end(start) > MAX_GAP * h:
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


def _after_place(words: list[Word], word: Word) -> bool:
    """Does the place's comma come just before ``word`` (``Quảng Ngãi, ngày``)? Only the header's
    date line has it; a date cited in the text (``Chỉ thị số 11/CT-TTg ngày 16 tháng 4``) has not."""
    left = _row(words, word, -1)
    if not left:
        return False
    before = words[left[0]]
    return before.text.rstrip().endswith(",") and word.bbox.x0 - before.bbox.x1 < 3 * max(word.bbox.height, 1.0)


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
        elif _NGAY.match(text) and _after_place(words, w) and not any(b["field"] == "date" for b in out):
            inside, close, cut = _fill(words, w, _thang_at)
            glued = _thang_at(w)
            if glued is not None and glued > len(text) - len(_NGAY.match(text).group("rest")):
                inside, close, cut = [], i, glued  # ``ngày2tháng``: the box is inside one word
            if close is not None:
                out.append({"field": "date", "open": i, "rest": _NGAY.match(text).group("rest"),
                            "inside": inside, "close": close, "cut": cut})
    return out


def _box_bbox(words: list[Word], box: dict) -> BBox:
    a, b = words[box["open"]].bbox, words[box["close"]].bbox
    h = max(a.height, b.height)
    x0 = _end(words[box["open"]]) if not box["rest"] else a.x0 + min(a.width * 0.45, 1.5 * a.height)
    close = words[box["close"]]
    x1 = b.x0 + b.width * box["cut"] / max(len(close.text), 1)
    return BBox(x0, min(a.y0, b.y0) - 0.7 * h, max(x1, x0 + h), max(a.y1, b.y1) + 0.5 * h)


def _shown(box: BBox) -> BBox:
    """The part of the page shown to a person for a box: wider on both sides (hand-writing runs
    over the printed ``/`` or ``tháng`` that closes the box), the printed words around it help."""
    h = box.height / 2.2  # the printed words' height (:func:`_box_bbox`)
    return BBox(box.x0 - 0.5 * h, box.y0, box.x1 + 0.8 * h, box.y1)


_LOOKALIKE = str.maketrans("Il|!Oo", "111100")


def _digit_lookalikes(text: str) -> str:
    """A short word of digits with a letter the engine reads for a digit (``I1`` for ``11``,
    ``O2`` for ``02``) as digits; any other word as it is."""
    core = text.strip(".,:;")
    if 2 <= len(core) <= 4 and any(ch.isdigit() for ch in core) and core.translate(_LOOKALIKE).isdigit():
        return core.translate(_LOOKALIKE)
    return text


def _month_year(words: list[Word], box: dict) -> tuple[str | None, str | None]:
    """The printed month and year after ``tháng``: the words on its row, and any word between
    ``tháng`` and the year that overlaps ``tháng`` in height (a speck glued to the month moves its
    box off the row, or ``tháng``'s box is stretched over it)."""
    close = words[box["close"]]
    row = _row(words, close)[:4]
    year_at = next((i for i in row if len(re.sub(r"\D", "", words[i].text)) == 4), None)
    end = words[year_at].bbox.x0 if year_at is not None else close.bbox.x1 + 4 * max(close.bbox.height, 1.0)
    between = [i for i, w in enumerate(words) if w.bbox is not None and i not in row and i != box["close"]
               and close.bbox.x0 + 0.5 * close.bbox.width < w.bbox.x0 < end
               and min(w.bbox.y1, close.bbox.y1) - max(w.bbox.y0, close.bbox.y0) > 0.5 * min(w.bbox.height, close.bbox.height)]
    ordered = sorted(set(row) | set(between), key=lambda i: words[i].bbox.x0)
    digits = [d for d in (re.sub(r"\D", "", _digit_lookalikes(words[i].text)) for i in ordered) if d]
    month = next((d for d in digits if len(d) <= 2), None)
    month = month if month and 1 <= int(month) <= 12 else None
    return month, next((d for d in digits if len(d) == 4), None)


def _flat(text: str) -> str:
    """Lower-case ASCII of a text, one character per character (spans stay valid)."""
    from unidecode import unidecode

    return "".join((unidecode(ch)[:1] or "?").lower() for ch in unicodedata.normalize("NFC", text))


def field_value(field: str, text: str, probs: list[float]) -> tuple[str | None, float]:
    """The number's digits (before the symbol's ``/``) or the day (of ``ngày D tháng M năm Y``)
    in a reading of a header row, and the probability of its least sure digit."""
    if field == "number":
        m = _NUMBER.search(text)
        value = m.group(1).replace(" ", "") if m else None
    else:
        m = _DATE.search(_flat(text))
        value = str(int(m.group(1))) if m else None
    return value, (min(probs[m.start(1):m.end(1)] or [0.0]) if m else 0.0)


def agreed(value: str | None, conf: float, check: str | None) -> bool:
    """Do the second recogniser's two models agree surely on a value? Its least sure digit is
    sure enough (:data:`ACCEPT`) and the checking model reads the same."""
    return bool(value) and conf >= ACCEPT and check == value


def accepted(field: str, value: str | None, conf: float, check: str | None) -> bool:
    """May a second-recogniser value be taken without a person's look? The two models
    :func:`agreed` on it, and a day is a day of a month."""
    if not agreed(value, conf, check):
        return False
    return field != "date" or 1 <= int(value) <= 31


def _row_bbox(words: list[Word], box: dict) -> BBox:
    """The header row around a box, as the second recogniser reads it: ``Số: … /SYMBOL``, or the
    place, ``ngày … tháng M năm Y``."""
    picked = [box["open"], *box["inside"], box["close"]]
    if box["field"] == "date":
        ends = {-1: words[box["open"]], 1: words[box["close"]]}
        for side in (-1, 1):  # the words joined to the row on either side (place; month and year)
            edge = ends[side]
            row = _row(words, edge, side)
            for i in row[:6]:
                w, h = words[i], max(edge.bbox.height, 1.0)
                gap = (edge.bbox.x0 - w.bbox.x1) if side < 0 else (w.bbox.x0 - edge.bbox.x1)
                if gap > 3 * h:
                    break
                picked.append(i)
                edge = w
    chosen = [words[i].bbox for i in picked]
    h = float(np.median([b.height for b in chosen]))
    return BBox(min(b.x0 for b in chosen) - 0.7 * h, min(b.y0 for b in chosen) - 0.6 * h,
                max(b.x1 for b in chosen) + 0.7 * h, max(b.y1 for b in chosen) + 0.6 * h)


def _ink_bands(dark: np.ndarray) -> list[tuple[int, int]]:
    """Runs of pixel rows holding ink (first row, last row), top to bottom."""
    rows = np.flatnonzero((dark < 128).sum(axis=1) > max(1, 0.003 * dark.shape[1]))
    if rows.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(rows) > 1)
    starts = np.concatenate(([rows[0]], rows[breaks + 1]))
    ends = np.concatenate((rows[breaks], [rows[-1]]))
    return list(zip(starts.tolist(), ends.tolist()))


def one_line(image: Image.Image, pad: float = 0.25) -> Image.Image:
    """A header row's crop as a line recogniser expects it: without the ink of the lines above
    and below (runs of ink rows apart from the row's own ink, the run with the most ink, by more
    than :data:`GAP` of its height, or cut by the crop's edge: ``V/v …`` and its accents under
    ``Số: 574/UBND-KTTH``), then cut to its ink with a margin of ``pad`` of the ink's height on every side. Accents,
    hand-writing over the row and anything joined to it stay. The same line framed loosely or
    tightly is read with quite different certainty; framed so, alike wherever its box was."""
    rgb = np.asarray(image.convert("RGB"))
    dark = rgb.min(axis=2)
    bands = _ink_bands(dark)
    if not bands:
        return image
    main = max(range(len(bands)), key=lambda k: int((dark[bands[k][0]:bands[k][1] + 1] < 128).sum()))
    gap = GAP * (bands[main][1] - bands[main][0] + 1)
    first, last = main, main
    while first > 0 and bands[first][0] - bands[first - 1][1] <= gap and bands[first - 1][0] > 0:
        first -= 1
    while last < len(bands) - 1 and bands[last + 1][0] - bands[last][1] <= gap and bands[last + 1][1] < dark.shape[0] - 1:
        last += 1
    top, bottom = bands[first][0], bands[last][1]
    out = rgb.copy()
    out[:top] = 255
    out[bottom + 1:] = 255
    cols = np.flatnonzero((out.min(axis=2) < 128).any(axis=0))
    margin = int(round(pad * (bottom - top + 1)))
    return Image.fromarray(out).crop((max(0, cols[0] - margin), max(0, top - margin),
                                      min(out.shape[1], cols[-1] + 1 + margin), min(out.shape[0], bottom + 1 + margin)))


Parse = Callable[[str, list[float]], tuple[str | None, float]]  # (text, probabilities) -> value, least digit's


def read_checked(image: Image.Image, parse: Parse) -> dict | None:
    """A one-line crop read by the second recogniser and by its checking model, each reading made
    a value by ``parse``: the value, the probability of its least sure digit (``conf``), the
    checking model's value (``check``) and both texts; None when the recogniser is not installed."""
    got = second_reader.read(image, "digits")
    if got is None:
        return None
    value, conf = parse(got.text, [p for _, p in got.chars])
    check = second_reader.read(image, "digits-check")
    checked = parse(check.text, [p for _, p in check.chars])[0] if check is not None else None
    return {"value": value, "conf": conf, "check": checked, "text": got.text,
            "check_text": check.text if check is not None else None}


def recognise(image: Image.Image, field: str) -> dict | None:
    """The second recogniser's reading of a header row (:func:`one_line`): value, its least digit
    probability, the checking model's value and whether it is :func:`accepted`; None when it is
    not installed."""
    return _judged(read_checked(one_line(image).convert("L"), lambda text, probs: field_value(field, text, probs)),
                   field)


def _judged(got: dict | None, field: str) -> dict | None:
    """A :func:`read_checked` reading with its probability rounded and whether it is :func:`accepted`."""
    if got is None:
        return None
    return {**got, "conf": round(got["conf"], 3),
            "accepted": accepted(field, got["value"], got["conf"], got["check"])}


def _framed(image: Image.Image) -> Image.Image:
    """A crop in gray with a white margin of :data:`BOX_MARGIN`, for the box read alone."""
    return ImageOps.expand(image.convert("L"), border=BOX_MARGIN, fill=255)


_BOX_DIGITS = re.compile(r"\D*?(\d+)\D*")  # one run of digits, whatever of the cues is read beside it


def box_value(field: str, text: str, probs: list[float]) -> tuple[str | None, float]:
    """The digits of a reading of the box alone, when it holds one run of them, and the
    probability of its least sure digit (a day as a day: ``07`` is ``7``)."""
    m = _BOX_DIGITS.fullmatch(text)
    if not m:
        return None, 0.0
    value = m.group(1) if field == "number" else str(int(m.group(1)))
    return value, min(probs[m.start(1):m.end(1)] or [0.0])


def recognise_box(image: Image.Image, field: str) -> dict | None:
    """The second recogniser's reading of the box alone (its crop with a white margin), a second
    framing for a box whose row it could not read surely: the hand-writing fills the frame, and
    the printed words no longer lead the models (``ngày 1tháng`` for ``18``, ``34`` for ``31``).
    Taken under the same rule as the row's (:func:`accepted`)."""
    return _judged(read_checked(_framed(image), lambda text, probs: box_value(field, text, probs)), field)


def _runs(field: str, texts: Iterable[str | None]) -> set[str]:
    """The runs of digits in readings (a day as a day)."""
    runs = {run for text in texts for run in re.findall(r"\d+", text or "")}
    return {str(int(run)) for run in runs} if field == "date" else runs


def read_alone(tight: Image.Image, shown: Image.Image, field: str, second: dict) -> dict | None:
    """The box alone read surely (:func:`recognise_box` on its tight crop), when some other reading
    holds the same digits: the row's (either model), or the wider crop a person is shown (either
    model). A tight crop cuts what of the hand-writing runs over the printed words beside it
    (``11`` read as ``1``); the wider one keeps it, and then reads other digits."""
    alone = recognise_box(tight, field)
    if alone is None or not alone["accepted"]:
        return None
    support = {second.get("value"), second.get("check")}
    if alone["value"] not in support:
        wide = read_checked(_framed(shown), lambda text, probs: (None, 0.0))
        support |= _runs(field, [wide["text"], wide["check_text"]]) if wide else set()
    return alone if alone["value"] in support else None


def _digit_span(words: list[Word], box: dict) -> tuple[float, float, Word]:
    """Where the page OCR's digits of a box are: their columns and the word holding them (a word
    of their own, or the part of the cue or the symbol word they are glued to)."""
    if box["inside"]:
        inside = [words[i] for i in box["inside"]]
        return min(w.bbox.x0 for w in inside), max(w.bbox.x1 for w in inside), inside[0]
    if box["open"] == box["close"]:  # ``ngày2tháng``: the digits' share of the word
        word, size = words[box["open"]], max(len(words[box["open"]].text), 1)
        at = word.bbox.width * (len(word.text) - len(box["rest"])) / size
        return word.bbox.x0 + at, word.bbox.x0 + word.bbox.width * box["cut"] / size, word
    if box["rest"]:
        opener = words[box["open"]]
        share = len(box["rest"]) / max(len(opener.text), 1)
        return opener.bbox.x1 - share * opener.bbox.width, opener.bbox.x1, opener
    close = words[box["close"]]
    return close.bbox.x0, close.bbox.x0 + close.bbox.width * box["cut"] / max(len(close.text), 1), close


def _beside(words: list[Word], box: dict) -> list[tuple[float, float, Word]]:
    """The printed words just before and after a box (the cue, ``tháng`` or the symbol), as
    columns of the words (the part of a word the box's digits are not glued to)."""
    opener, close = words[box["open"]], words[box["close"]]
    h = max(opener.bbox.height, 1.0)
    spans = [(opener.bbox.x0, min(opener.bbox.x1, opener.bbox.x0 + (1.2 if box["rest"] else 3.0) * h), opener)]
    start = close.bbox.x0 + close.bbox.width * box["cut"] / max(len(close.text), 1)
    if close.bbox.x1 - start > 0.5 * h:
        spans.append((start, close.bbox.x1, close))
    return spans


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


def _same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and int(a) == int(b)


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
        if not second["accepted"]:  # the box alone, framed otherwise
            alone = read_alone(image, shown or image, box["field"], second)
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


def clean_symbol(text: str) -> str:
    """The printed symbol after the number's box (``/UBND-KTTH``) without what the box's ink left
    before its first letter (``/(QĐ-UBND``), and with the Icelandic ``Ð`` the engine reads for
    ``Đ`` (never a Vietnamese letter)."""
    match = re.match(r"^(?P<slash>/?)[^\w/]*(?P<rest>.*)$", text)
    return (match.group("slash") + match.group("rest")).replace("Ð", "Đ")


def page_reading(words: list[Word], box: dict) -> tuple[str, float]:
    """What the page OCR read in a box, and its lowest confidence."""
    close = words[box["close"]]
    if box["open"] == box["close"]:  # ``ngày2tháng`` read as one word
        read = re.sub(r"^\W+", "", box["rest"])[:box["cut"] - (len(close.text) - len(box["rest"]))]
        return read, close.conf or 0
    read = "".join(words[i].text for i in box["inside"])
    read += re.sub(r"^\W+", "", box["rest"]) + close.text[:box["cut"]]
    return read, min((words[i].conf or 0 for i in box["inside"]), default=close.conf or 0)


def _printed_number(words: list[Word], box: dict) -> bool:
    """A printed number with its own symbol part (``1690-CV/…``) read surely, or digits a text
    layer holds: not a box to read."""
    close = words[box["close"]]
    page_read, page_conf = page_reading(words, box)
    if (PRINTED.fullmatch(page_read) and page_conf >= SURE) or CODE.fullmatch(page_read):
        return True  # a code part after the digits is printed, never written in by hand
    # a text layer's own digits there (words with no OCR confidence) are exact: nothing to read
    layer = [words[i] for i in box["inside"]] + ([close] if box["cut"] else [])
    return any(ch.isdigit() for ch in page_read) and bool(layer) and all(w.conf is None for w in layer)


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
        if box["field"] == "number":
            values["symbol"] = clean_symbol(close.text[box["cut"]:])
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
            edits[box["close"]] = Word(clean_symbol(closing) if box["field"] == "number" else closing,
                                       close.bbox, close.conf)
        if reading:
            added.append((box["close"], Word(reading, BBox(bbox.x0, close.bbox.y0, bbox.x1, close.bbox.y1),
                                             decided["conf"])))
    return edits, added, marks
