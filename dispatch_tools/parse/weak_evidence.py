"""An issuer or subject read by OCR whose evidence is weak gets a look, though every word of it is
a word Vietnamese has (which :mod:`.ocr_check` does not question).

A clerk who reads a scanned trích yếu checks it against the page where the page gave little to
go on. So is a field flagged ``cần xem lại`` (its value unchanged) when:

* **a word of a subject was read unsurely**: the engine's confidence in a word of the value that
  repair kept as read is under :data:`UNSURE_WORD` (a misread that makes another real syllable,
  ``may`` for ``nay``, comes with a low confidence more often than with a high one). Not in an
  issuer: its words are few and known, and read unsurely they are mostly right;
* **repair changed a word heavily**: the OCR channel replaced two letters or more of one word (not
  only its marks), or made a change it was itself unsure of (under :data:`UNSURE_REPAIR`);
* **a seal or stamp lies over the end of the subject**: over its last line or just below it, where
  a last line may be lost; or **the subject stops where its block goes on**: its last line is as
  wide as its widest and the next line follows at once, as tall and in the same case (a subject,
  only);
* **the subject ran into the national motto** (``Tự do - Hạnh phúc``) or kept the ``Về việc`` it opens with:
  the header's lines were merged.

Only the words of pages read by OCR are weighed (a text layer's words are the document's own). The
thresholds were set on the development scans, their scan variants and the development documents'
render variants so that few right values are flagged (README, "Real signed scans").
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import Levenshtein

from ..i18n import _
from ..model import Document, Fields, Line
from .ocr_check import EDGE
from .text import review_note

FIELDS = ("issuer", "subject")
UNSURE_WORD = 40.0  # the engine's confidence in a word of the value under which it is weak evidence
UNSURE_REPAIR = 0.5  # repair's own confidence in a change under which the changed word is doubtful
HEAVY = 2  # letters (marks aside) repair replaced in one word for the word to be doubtful
COVER_MARKS = ("seal", "arrival", "stamp")
BELOW = 1.5  # line heights under a subject's last line where a stamp may hide a line
FULL_LINE = 0.9  # of the widest line of a subject: a last line this wide may not be its last
CLOSE = 0.5  # line heights: a line that follows this close belongs to the same block
ACROSS = 0.1  # of the subject's width: a stamp beside it that reaches less far into it hides none of it
_MOTTO = re.compile(r"\b(?:tự do\W+hạnh phúc|độc lập\W+tự do)\b", re.IGNORECASE)
_LEAD = re.compile(r"^(?:về\W{0,3}việc|v\W?v)\b", re.IGNORECASE)


def _base(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


def _ocr_lines(doc: Document, start: int, end: int) -> list[Line]:
    return [line for line in doc.lines_in(start, end) if line.source.startswith("tesseract")]


def lowest_kept(value: str, lines: list[Line]) -> tuple[str, float] | None:
    """The least surely read word of the value on its lines that repair left as the engine read
    it, with the engine's confidence in it, or None."""
    kept = {unicodedata.normalize("NFC", t.strip(EDGE)) for t in value.split()} - {""}
    read = [(core, w.conf) for line in lines for w in line.words
            if w.conf is not None and any(ch.isalnum() for ch in w.text)
            and (core := unicodedata.normalize("NFC", w.text.strip(EDGE))) in kept]
    return min(read, key=lambda item: item[1], default=None)


def unsure_word(value: str, lines: list[Line]) -> tuple[str, float] | None:
    """The least surely read word of the value on its lines that repair left as the engine read
    it, when under :data:`UNSURE_WORD`. A word repair changed was weighed by the language model
    (a mark put back on ``NGAI``); one it kept rests on the engine's reading alone."""
    low = lowest_kept(value, lines)
    return low if low is not None and low[1] < UNSURE_WORD else None


def _letter_changes(doc: Document, start: int, end: int):
    """The changes repair made inside the span that replaced letters (not only Unicode forms),
    each with the letters it replaced (marks aside)."""
    lo, hi = doc.offsets.to_raw(start), doc.offsets.to_raw(end)
    for change in doc.changes:
        if not lo <= change.start < hi or change.kind == "unicode":
            continue
        before, after = _base(change.original), _base(change.replacement)
        if any(ch.isalpha() for ch in before) and any(ch.isalpha() for ch in after):
            yield change, Levenshtein.distance(before, after)


def repair_evidence(doc: Document, start: int, end: int) -> tuple[int | None, float | None]:
    """The most letters repair replaced in one word of the span, and its least confidence in a
    change of letters there (None, None when it changed none)."""
    changes = list(_letter_changes(doc, start, end))
    if not changes:
        return None, None
    return max(d for _, d in changes), min(c.confidence for c, _ in changes)


def heavy_repair(doc: Document, start: int, end: int) -> str | None:
    """A word of the span that repair changed heavily or unsurely: the word as repaired."""
    for change, letters in _letter_changes(doc, start, end):
        if letters >= HEAVY or change.confidence < UNSURE_REPAIR:
            return change.replacement.strip() or change.original.strip()
    return None


def covered_end(doc: Document, lines: list[Line]) -> bool:
    """Does a seal or stamp lie over the subject's last line, or just under it, within the
    subject's width?"""
    boxes = [line.bbox for line in lines if line.bbox is not None]
    if not boxes:
        return False
    last, height = boxes[-1], boxes[-1].y1 - boxes[-1].y0
    x0, x1 = min(b.x0 for b in boxes), max(b.x1 for b in boxes)
    page = doc.page_of(lines[-1])
    marks = page.marks if page else []
    return any(m.kind in COVER_MARKS and m.bbox is not None
               and min(m.bbox.x1, x1) - max(m.bbox.x0, x0) >= ACROSS * (x1 - x0)
               and m.bbox.y0 < last.y1 + BELOW * height and m.bbox.y1 > last.y0 for m in marks)


def line_after(doc: Document, line: Line) -> Line | None:
    """The line that follows ``line`` on its page, if any."""
    for page in doc.pages:
        at = next((k for k, other in enumerate(page.lines) if other is line), None)
        if at is not None:
            return page.lines[at + 1] if at + 1 < len(page.lines) else None
    return None


def _capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)


def runs_on(doc: Document, lines: list[Line]) -> bool:
    """Does the subject stop where its block goes on? Its last line is as wide as its widest (a
    subject's last line is mostly a short one, centred), and the next line of the page follows at
    once, as tall, within its width and in the same case: a line of it left out."""
    boxes = [line.bbox for line in lines if line.bbox is not None]
    if len(boxes) < 2:
        return False
    after = line_after(doc, lines[-1])
    if after is None or after.bbox is None:
        return False
    last, nxt = boxes[-1], after.bbox
    height, widest = last.y1 - last.y0, max(b.x1 - b.x0 for b in boxes)
    x0, x1 = min(b.x0 for b in boxes), max(b.x1 for b in boxes)
    return (last.x1 - last.x0 >= FULL_LINE * widest and nxt.y0 < last.y1 + CLOSE * height
            and 0.7 * height <= nxt.y1 - nxt.y0 <= 1.4 * height and nxt.x1 - nxt.x0 >= 0.5 * widest
            and min(nxt.x1, x1) - max(nxt.x0, x0) >= 0.9 * (nxt.x1 - nxt.x0)
            and _capitals(after.text) == _capitals(" ".join(line.text for line in lines)))


def _subject_note(doc: Document, value: str, lines: list[Line]) -> str | None:
    """Why a subject's end or edges are in doubt, or None."""
    if covered_end(doc, lines):
        return _("a seal or stamp lies over the end of the subject: a line may be lost")
    if runs_on(doc, lines):
        words = line_after(doc, lines[-1]).text.split()
        after = " ".join(words[:6]) + (" …" if len(words) > 6 else "")
        return _("the subject may go on in the line after it: “%(line)s”") % {"line": after}
    if _MOTTO.search(value) or _LEAD.match(value):
        return _("the subject holds words of the lines around it")
    return None


def check_weak_evidence(doc: Document, fields: Fields) -> None:
    """Flag an OCR'd issuer or subject whose evidence is weak (see the module's text)."""
    if not doc.has_ocr_page():
        return
    for name in FIELDS:
        value, source = getattr(fields, name, None), fields.sources.get(name)
        if not value or name in fields.review or source is None or source.end <= source.start:
            continue
        lines = _ocr_lines(doc, source.start, source.end)
        if not lines:
            continue
        note, low = None, unsure_word(value, lines) if name == "subject" else None
        if low is not None:
            note = _("the OCR read “%(word)s” unsurely (confidence %(conf).0f)") % {"word": low[0], "conf": low[1]}
        elif (word := heavy_repair(doc, source.start, source.end)) is not None:
            note = _("repair changed “%(word)s” from what the OCR read, and may be wrong") % {"word": word}
        elif name == "subject":
            note = _subject_note(doc, value, lines)
        if note is not None:
            fields.review[name] = review_note(note)
