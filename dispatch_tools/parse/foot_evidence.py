"""A signer's name read by OCR on weak evidence gets a look.

The name sits under the signature and the seal, whose strokes run through the marks above its
letters; a name word misread into another real syllable (``Xinh`` for ``Minh``) passes every
check of spelling. So is the name flagged ``cần xem lại`` (its value unchanged) when the engine's
confidence in a word of it is under :data:`UNSURE_NAME`. Set without looking at any one scan
alone (``python -m dispatch_tools.evaluate.scan_flag_folds``: each development scan held out in
turn, the threshold chosen on the others).
"""

from __future__ import annotations

import unicodedata

from ..i18n import _
from ..model import Document, Fields
from .ocr_check import EDGE, UNSURE
from .text import review_note

UNSURE_NAME = UNSURE  # as for an unknown word in capitals (:mod:`.ocr_check`): not set on the scans


def _name_words(doc: Document, fields: Fields):
    """The words of the signer's name on the lines the page OCR read it from."""
    source = fields.sources.get("signer.name")
    name = fields.signer.name if fields.signer is not None else None
    if not name or source is None or source.end <= source.start:
        return
    wanted = {unicodedata.normalize("NFC", w.strip(EDGE)) for w in name.split()} - {""}
    for line in doc.lines_in(source.start, source.end):
        if not line.source.startswith("tesseract"):
            continue
        for w in line.words:
            if w.conf is not None and unicodedata.normalize("NFC", w.text.strip(EDGE)) in wanted:
                yield w


def name_confidence(doc: Document, fields: Fields) -> float | None:
    """The engine's least confidence in a word of the signer's name (None: not read by OCR)."""
    return min((w.conf for w in _name_words(doc, fields)), default=None)


def check_name_evidence(doc: Document, fields: Fields) -> None:
    """Flag a signer's name a word of which the page OCR read under :data:`UNSURE_NAME`."""
    if "signer.name" in fields.review:
        return
    word = min(_name_words(doc, fields), key=lambda w: w.conf, default=None)
    if word is not None and word.conf < UNSURE_NAME:
        fields.review["signer.name"] = review_note(
            _("the OCR read “%(word)s” of the signer's name unsurely (confidence %(conf).0f)")
            % {"word": word.text.strip(EDGE), "conf": word.conf})
