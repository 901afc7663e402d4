"""The signature block and the subject under a seal printed black (a 1-bit scan, a photocopy) get a look.

Ingest reads the printed lines across a black seal a second time from the page without it
(:mod:`..ingest.black_relook`) when the first reading missed them, but the letters the ring ran
through lose a slice, some of the seal's letters stay beside them, and a line may still be lost. A seal counts as over the signature block when it lies on the page of the block's
lines, within its diameter of one of them (or, no line of the block found, on the last page's
right half). Then:

- a title line left empty is flagged ``cần xem lại``; so are an empty prefix and office signed
  for when the title is empty too or is no known title (the block's first line may be lost);
- a title or office read on a line whose words the seal's disc covers is flagged (its note says
  it was read under a seal). One that is no known title takes the known title (``signer_titles.txt``) it reads
  nearest, when it is close (:data:`CLOSE`) and no other title is nearly as close
  (:data:`MARGIN`); otherwise it stays as read. With no title taken, the line just above the
  name, under the seal, is read so too. A value is never made up: an empty line stays empty.

A subject left empty on a page whose header (its upper :data:`HEAD` part) holds a black seal, or
read on lines whose words it covers, is flagged the same way.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from ..i18n import _
from ..model import Document, Fields, Mark
from .deputy_title import _letters
from .lexicon import lexicon
from .signer_name import _titles
from .text import review_note
from .under_marks import covers

CLOSE = 80  # least similarity (rapidfuzz ratio of the folded letters) of a title read under a seal
MARGIN = 8  # the next title must be this much less similar for the nearest to be taken
PARTS = ("authority", "capacity", "title")
HEAD = 0.45  # of the page's height: a seal whose centre lies this high is over the header


def _black_seals(page) -> list[Mark]:
    return [m for m in page.marks if m.kind == "seal" and m.bbox is not None
            and (m.values or {}).get("colour") == "black"]


def _lines(doc: Document, fields: Fields, name: str) -> list:
    source = fields.sources.get(name)
    if source is None or source.end <= source.start:
        return []
    return [line for line in doc.lines_in(source.start, source.end)
            if line.source.startswith("tesseract") and line.bbox is not None]


def _reach(seal: Mark, box, factor: float) -> bool:
    """Does the box come within ``factor`` radii of the seal's centre (its nearest point)?"""
    cx, cy = (seal.bbox.x0 + seal.bbox.x1) / 2, (seal.bbox.y0 + seal.bbox.y1) / 2
    r = (seal.bbox.x1 - seal.bbox.x0) / 2
    dx = max(box.x0 - cx, 0, cx - box.x1)
    dy = max(box.y0 - cy, 0, cy - box.y1)
    return (dx * dx + dy * dy) ** 0.5 <= factor * r


def _under(seal: Mark, line) -> bool:
    """Does the seal's disc cover a good part of one of the line's words (:func:`.under_marks.covers`)?"""
    return any(word.bbox is not None and _reach(seal, word.bbox, 1.0) and covers(seal.bbox, word.bbox)
               for word in line.words)


def _seal_over_foot(doc: Document, fields: Fields) -> Mark | None:
    """The black seal over the signature block, or None."""
    found = False
    for name in ("signer.name", "signer.title", "signer.capacity"):
        for line in _lines(doc, fields, name):
            found = True
            page = doc.page_of(line)
            for seal in _black_seals(page) if page else []:
                if _reach(seal, line.bbox, 2.0):
                    return seal
    if found or not doc.pages:
        return None
    last = doc.pages[-1]
    width = last.width or 0
    return next((s for s in _black_seals(last) if width and s.bbox.x0 + s.bbox.x1 > width), None)


def nearest_title(read: str) -> str | None:
    """The known title ``read`` is close to and nearer than any other (see the module's text), in
    the case ``read`` was printed in; None when none is."""
    letters = _letters(read)
    if not letters:
        return None
    scored = sorted(((fuzz.ratio(letters, _letters(t)), t) for t in _titles()), reverse=True)
    if not scored or scored[0][0] < CLOSE or (len(scored) > 1 and scored[1][0] > scored[0][0] - MARGIN):
        return None
    title = scored[0][1]
    return title if read.split()[0].isupper() else title[0] + title[1:].lower()


def _title_above_name(doc: Document, fields: Fields, seal: Mark) -> None:
    """No title taken: the line just above the name (the seal's disc reaching it, no prefix
    ``KT.``/``TM.`` in its first letters) read as the known title it is nearest to, when one is
    close and unambiguous (:func:`nearest_title`); flagged."""
    named = _lines(doc, fields, "signer.name")
    if not named:
        return
    name = named[0]
    page = doc.page_of(name)
    if page is None:
        return
    above = [line for line in page.lines if line.bbox is not None and line is not name
             and line.bbox.y1 <= name.bbox.y0 + 0.2 * (name.bbox.y1 - name.bbox.y0)
             and line.bbox.x1 > name.bbox.x0 and line.bbox.x0 < name.bbox.x1
             and sum(ch.isalpha() for ch in line.text) >= 3]
    if not above:
        return
    line = max(above, key=lambda ln: ln.bbox.y1)
    if "." in line.text.strip()[:5] or not _reach(seal, line.bbox, 1.2):
        return
    title = nearest_title(line.text)
    if title is None:
        return
    fields.signer.title = title
    fields.review["signer.title"] = review_note(
        _("“%(read)s” was read under a seal printed black; taken as the nearest known title "
          "“%(title)s”: compare it with the original") % {"read": " ".join(line.text.split()), "title": title})


def check_black_seals(doc: Document, fields: Fields) -> None:
    """Flag (and, where the lexicon allows, mend) the values under a black seal (see the module's text)."""
    if not doc.has_ocr_page() or not any(_black_seals(page) for page in doc.pages):
        return
    _check_subject(doc, fields)
    _check_foot(doc, fields)


def _check_subject(doc: Document, fields: Fields) -> None:
    if "subject" in fields.review:
        return
    if not fields.subject:
        first = doc.pages[0]
        if first.height and any((s.bbox.y0 + s.bbox.y1) / 2 <= HEAD * first.height for s in _black_seals(first)):
            fields.review["subject"] = review_note(
                _("a seal printed black lies over the header: the subject's lines may be lost; compare "
                  "it with the original"))
        return
    for line in _lines(doc, fields, "subject"):
        page = doc.page_of(line)
        if page and any(_under(s, line) for s in _black_seals(page)):
            fields.review["subject"] = review_note(
                _("“%(value)s” was read under a seal printed black and may be misread") % {"value": fields.subject})
            return


def _check_foot(doc: Document, fields: Fields) -> None:
    seal = _seal_over_foot(doc, fields)
    if seal is None:
        return
    if fields.signer is None:
        from ..model import Signer

        fields.signer = Signer()
    signer = fields.signer
    damaged = not signer.title or not lexicon().is_signer_title(signer.title)
    if not signer.title and "signer.title" not in fields.review:
        _title_above_name(doc, fields, seal)
    for part in PARTS:
        name, value = f"signer.{part}", getattr(signer, part)
        if name in fields.review:
            continue
        if not value:
            if part == "title" or damaged:
                fields.review[name] = review_note(
                    _("a seal printed black lies over the signature block: a line of it may be lost; "
                      "compare it with the original"))
            continue
        if part == "authority" or not any(_under(seal, line) for line in _lines(doc, fields, name)):
            continue
        if lexicon().is_signer_title(value):
            fields.review[name] = review_note(
                _("“%(value)s” was read under a seal printed black and may be misread") % {"value": value})
            continue
        mended = nearest_title(value)
        if mended is not None:
            setattr(signer, part, mended)
            fields.review[name] = review_note(
                _("“%(read)s” was read under a seal printed black; taken as the nearest known title "
                  "“%(title)s”: compare it with the original") % {"read": value, "title": mended})
        else:
            fields.review[name] = review_note(
                _("“%(value)s” was read under a seal printed black and is no known title; compare it "
                  "with the original") % {"value": value})
