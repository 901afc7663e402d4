"""Digital-signature stamps printed on a page, found among its words and read.

An e-signed dispatch carries one or more small text boxes, usually at the top right:

- ``Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi / Cơ quan: Tỉnh Quảng Ngãi / Thời gian ký: 04/02/2025 16:42:36``
- other signing software's: ``Người ký: Sở Y tế / Email: syt@… / Cơ quan: Tỉnh … / Thời gian ký: …``
- a publishing centre's stamp: ``TRUNG TÂM CÔNG BÁO VÀ TIN HỌC / ttcbth@… / 05.02.2025 08:09:28 +07:00``
- a certified copy: ``SAO Y; ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ; Thời gian ký: 2025-09-15T09:07:04+07:00``

A stamp is grown from an anchor word (``Ký bởi``, ``Thời gian ký``, ``SAO Y``, an e-mail address or a
date with a time of day to the second) over the words next to it that are no taller than it (stamp
text is small; the header's printed lines are larger and stay out). A block counts as a stamp only
when it holds a signing time. Its words are taken out of the page's text (they are not part of the
dispatch) and what it says becomes a :class:`~dispatch_tools.model.Mark` of kind ``esign``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import numpy as np

from ..model import BBox, Mark, Word

TIME = re.compile(
    r"(?P<iso>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[+-]\d{2}:?\d{2}|Z)?)"
    r"|(?P<dmy>(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})\s*(?P<hms>\d{1,2}:\d{2}:\d{2})"
    r"(?:\s*(?P<tz>[+-]\d{2}:?\d{2}))?)")
_ANCHOR = re.compile(r"^(?:ký:?|bởi:?|sao|thời|[\w.-]+@[\w.-]+|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}T.*|"
                     r"\d{1,2}:\d{2}:\d{2}|[+-]\d{2}:\d{2})$", re.IGNORECASE)
# ``Người ký`` is the ``Ký bởi`` of other signing software; its ``Email:`` line names no body
_NEXT_LABEL = r"(?=Cơ\s*quan\s*:|E-?mail\s*:|Thời\s*gian\s*ký|$)"
_SIGNED_BY = re.compile(r"(?:Ký\s*bởi|Người\s*ký)\s*:?\s*(?P<v>.*?)\s*" + _NEXT_LABEL, re.IGNORECASE | re.S)
_ORG = re.compile(r"Cơ\s*quan\s*:\s*(?P<v>.*?)\s*" + _NEXT_LABEL, re.IGNORECASE | re.S)
_COPY = re.compile(r"S[AÀÁẢÃẠ]O\s*Y\s*[;:,]?\s*(?P<v>.*?)\s*[;,.]?\s*(?=Thời(?:\s*gian)?\s*ký|$)", re.IGNORECASE | re.S)
_EMAIL = re.compile(r"\S+@\S+")
MAX_WORDS = 40
FIRST_YEAR = 2000  # no dispatch was signed digitally before


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


_TIME_SHAPE = re.compile(r"[\d\-./:T+]+")


def figures_mended(text: str) -> str:
    """``text`` with each word that is a date or time of day save a figure the OCR read as a
    letter or sign (``2025-09-]5T09:07:04+07:00``, ``1O:56:22``) written with the figure: a
    stamp's time misread so is still its time. A word needs four figures as read and a date's or
    a time's separators; any other word is left as it is."""
    from ..figure_lookalikes import lookalikes

    pairs = lookalikes("letters_for_figures", "stamp_time")

    def mend(m: re.Match) -> str:
        word = m.group()
        fixed = "".join(pairs.get(ch, ch) for ch in word)
        if word == fixed or sum(ch.isdigit() for ch in word) < 4 or not _TIME_SHAPE.fullmatch(fixed) \
                or not re.search(r"\d[-./:]\d", fixed):
            return word
        return fixed

    return re.sub(r"\S+", mend, text)


def _near_all(a: BBox, boxes: np.ndarray, h: float) -> np.ndarray:
    """Does each of ``boxes`` (rows of x0, y0, x1, y1) stand near ``a``: within 1.6 word heights
    ``h`` across and 0.9 down? (One stamp's words, whatever its lines' lengths.)"""
    dx = np.maximum(0.0, np.maximum(a.x0, boxes[:, 0]) - np.minimum(a.x1, boxes[:, 2]))
    dy = np.maximum(0.0, np.maximum(a.y0, boxes[:, 1]) - np.minimum(a.y1, boxes[:, 3]))
    return (dx <= 1.6 * h) & (dy <= 0.9 * h)


def stamp_blocks(words: list[Word]) -> list[list[int]]:
    """Indices of the words of each e-signature stamp on a page."""
    boxed = [i for i, w in enumerate(words) if w.bbox is not None and w.text.strip()]
    anchors = [i for i in boxed if _ANCHOR.match(figures_mended(_nfc(words[i].text)).strip(";,."))]
    if not anchors:
        return []
    blocks: list[set[int]] = []
    boxes = np.array([[words[i].bbox.x0, words[i].bbox.y0, words[i].bbox.x1, words[i].bbox.y1] for i in boxed],
                     dtype=float).reshape(-1, 4)
    heights = np.array([words[i].bbox.height for i in boxed], dtype=float)
    for a in anchors:
        if any(a in b for b in blocks):
            continue
        h = max(words[a].bbox.height, 1.0)
        block, todo = {a}, [a]
        free = heights <= 1.35 * h  # a taller word is no part of a stamp's lines
        free[boxed.index(a)] = False
        while todo and len(block) <= MAX_WORDS:
            k = words[todo.pop()].bbox
            found = np.flatnonzero(free & _near_all(k, boxes, h))
            free[found] = False
            for at in found.tolist():
                block.add(boxed[at])
                todo.append(boxed[at])
        if len(block) > MAX_WORDS:
            continue  # grew into the body: not a stamp
        merged = [b for b in blocks if b & block]
        for b in merged:
            blocks.remove(b)
            block |= b
        blocks.append(block)
    out = []
    for block in blocks:
        text = figures_mended(block_text([words[i] for i in block]))
        if TIME.search(text) and len(block) <= MAX_WORDS:
            out.append(sorted(block))
    return out


def block_text(words: list[Word]) -> str:
    """The words of a block in reading order, one line per visual row."""
    words = sorted(words, key=lambda w: (w.bbox.y0 + w.bbox.y1) / 2)
    rows: list[list[Word]] = []
    for w in words:
        cy = (w.bbox.y0 + w.bbox.y1) / 2
        if rows and abs(cy - sum((x.bbox.y0 + x.bbox.y1) / 2 for x in rows[-1]) / len(rows[-1])) < 0.5 * w.bbox.height:
            rows[-1].append(w)
        else:
            rows.append([w])
    return "\n".join(" ".join(x.text for x in sorted(r, key=lambda x: x.bbox.x0)) for r in rows)


def iso_time(match: re.Match) -> str | None:
    if match.group("iso"):
        return match.group("iso")
    d, m, y = int(match.group("d")), int(match.group("m")), int(match.group("y"))
    if not (1 <= d <= 31 and 1 <= m <= 12):
        return None
    hms = match.group("hms").split(":")
    tz = match.group("tz") or ""
    if tz and ":" not in tz:
        tz = tz[:3] + ":" + tz[3:]
    return f"{y:04d}-{m:02d}-{d:02d}T{int(hms[0]):02d}:{hms[1]}:{hms[2]}{tz}"


def _likely(iso: str | None) -> str | None:
    """A signing time read with a figure of its year wrong (``31.03.3018`` for ``21.03.2018``) is
    no time: none later than next year, or before digital signatures (:data:`FIRST_YEAR`)."""
    if iso is None or not FIRST_YEAR <= int(iso[:4]) <= dt.date.today().year + 1:
        return None
    return iso


def read_stamp(text: str) -> dict:
    """signed_by, organisation, time (as printed), iso and kind of one stamp's text."""
    text = figures_mended(_nfc(text))
    flat = " ".join(text.split())
    values: dict = {"signed_by": None, "organisation": None, "time": None, "iso": None, "kind": "stamp"}
    match = TIME.search(flat)
    if match:
        values["time"] = match.group(0).strip()
        values["iso"] = _likely(iso_time(match))
    before = flat[:match.start()] if match else flat
    if m := _SIGNED_BY.search(before):
        values.update(kind="signed", signed_by=_clean(m.group("v")))
        if o := _ORG.search(before):
            values["organisation"] = _clean(o.group("v"))
    elif m := _COPY.search(before):
        values.update(kind="copy", signed_by=_clean(m.group("v")))
    else:
        lines = []
        for line in _nfc(text).split("\n"):  # the body's name comes before its e-mail and the time
            if _EMAIL.search(line) or TIME.search(line):
                break
            lines.append(line)
        body = " ".join(" ".join(lines).split())
        body = re.sub(r"\s*[+-]\d{2}:\d{2}\s*$", "", body)
        values["signed_by"] = _clean(body)
    return values


def _clean(text: str) -> str | None:
    text = re.sub(r"Thời\s*gian\s*ký\s*:?", "", text, flags=re.IGNORECASE)
    text = " ".join(text.split()).strip(" ;,:")
    return text or None


def find_stamps(words: list[Word], source: str) -> tuple[list[Mark], set[int]]:
    """The e-signature stamps among ``words`` and the indices of the words they hold."""
    marks, used = [], set()
    for block in stamp_blocks(words):
        ws = [words[i] for i in block]
        box = ws[0].bbox
        for w in ws[1:]:
            box = box.union(w.bbox)
        text = block_text(ws)
        confs = [w.conf for w in ws if w.conf is not None and w.conf >= 0]
        marks.append(Mark("esign", box, text, read_stamp(text),
                          round(sum(confs) / len(confs), 1) if confs else None, source=source))
        used.update(block)
    return marks, used
