"""The document text for the dispatch page: every field highlighted exactly as ``dispatch view``
shows it (:func:`dispatch_tools.parse.view.highlight_html` does that part), with the words changed by
repair marked (the original on hover) and the uncertain ones flagged: repairs of low confidence
and words the OCR engine was unsure of.

The text is cut at the repaired and uncertain words; each piece is highlighted by the view's
function with the field spans clipped to it, and the marked pieces are wrapped in a ``<span>``.
Everything is HTML-escaped by the view's function or here.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from markupsafe import Markup

from ..i18n import N_, _
from ..model import Document, in_order
from ..parse.context import Span
from ..parse.view import COLOURS, LABELS, highlight_html, parsed_spans

# The legend's names of the kinds of field, in the interface language (the view's LABELS in Vietnamese).
LEGEND = {
    "number": N_("Number and symbol"), "date": N_("Issue date"), "place": N_("Place name"),
    "issuer": N_("Issuing body"), "parent_issuer": N_("Governing body"),
    "doc_type": N_("Document type"), "subject": N_("Subject"), "urgency": N_("Urgency"),
    "circulation": N_("Circulation"), "recipient": N_("Addressed to"),
    "reference": N_("Referenced document"), "deadline": N_("Time limit"), "task": N_("Task to do"),
    "signer.capacity": N_("Signing authority"), "signer.title": N_("Signer's title"),
    "signer.name": N_("Signer"), "distribution": N_("Distribution"), "link": N_("Link"),
    "contact": N_("Contact"), "attachment": N_("Enclosure"), "report": N_("Report"),
    "annex": N_("Annex"),
}

UNSURE_REPAIR = 0.75  # repairs below this confidence are flagged
UNSURE_OCR = 60.0  # OCR words below this confidence (0-100) are flagged


@dataclass
class Mark:
    start: int  # offsets in the repaired text
    end: int
    css: str  # "fix", "fix unsure" or "unsure"
    note: str  # shown on hover


def _repair_marks(doc: Document) -> list[Mark]:
    marks, delta = [], 0
    for ch in in_order(doc.changes):
        start = ch.start + delta
        end = start + len(ch.replacement)
        delta += len(ch.replacement) - (ch.end - ch.start)
        if end <= start or ch.original.strip() == ch.replacement.strip():
            continue
        unsure = ch.confidence < UNSURE_REPAIR
        if unsure:
            note = _("Original: %(original)s (not sure, confidence %(confidence)s)") % {
                "original": ch.original, "confidence": f"{ch.confidence:.0%}"}
        else:
            note = _("Original: %(original)s") % {"original": ch.original}
        marks.append(Mark(start, end, "fix unsure" if unsure else "fix", note))
    return marks


def _ocr_marks(doc: Document) -> list[Mark]:
    """Words read by OCR with a low confidence, where the line's text is its words joined."""
    marks, pos = [], 0
    for page in doc.pages:
        for line in page.lines:
            words = line.words
            if words and " ".join(w.text for w in words) == line.text:
                offset = pos
                for w in words:
                    if w.conf is not None and 0 <= w.conf < UNSURE_OCR and w.text.strip():
                        start, end = doc.offsets.to_new(offset), doc.offsets.to_new(offset + len(w.text))
                        if end > start:
                            marks.append(Mark(start, end, "unsure",
                                              _("OCR not sure (confidence %(confidence)s/100)")
                                              % {"confidence": f"{w.conf:.0f}"}))
                    offset += len(w.text) + 1
            pos += len(line.text) + 1
    return marks


def marks(doc: Document) -> list[Mark]:
    """Repair marks, then OCR marks that do not overlap them, in text order."""
    out = _repair_marks(doc)
    taken = [(m.start, m.end) for m in out]
    for m in _ocr_marks(doc):
        if not any(m.start < e and s < m.end for s, e in taken):
            out.append(m)
    return sorted(out, key=lambda m: m.start)


def _piece(text: str, start: int, end: int, spans: list[Span]) -> str:
    clipped = [Span(s.label, max(s.start, start) - start, min(s.end, end) - start, s.confidence)
               for s in spans if s.start < end and s.end > start]
    return highlight_html(text[start:end], clipped, names())


def render_text(doc: Document) -> Markup:
    """The highlighted text as safe HTML (to put inside a ``white-space: pre-wrap`` block)."""
    text, spans = doc.text, parsed_spans(doc)
    out, pos = [], 0
    for m in marks(doc):
        if m.start < pos:  # overlapping marks: keep the first
            continue
        out.append(_piece(text, pos, m.start, spans))
        inner = _piece(text, m.start, m.end, spans)
        note = html.escape(m.note)
        out.append(f'<span class="{m.css}" title="{note}" data-note="{note}">{inner}</span>')
        pos = m.end
    out.append(_piece(text, pos, len(text), spans))
    return Markup("".join(out))


def names() -> dict[str, str]:
    """The name of each kind of field in the interface language."""
    return {k: _(LEGEND[k]) if k in LEGEND else LABELS[k] for k in LABELS}


def legend(doc: Document) -> list[tuple[str, str]]:
    """(label, colour) of every kind of field highlighted in this document, in the view's order."""
    present, named = {s.label for s in parsed_spans(doc)}, names()
    return [(named[k], c) for k, c in COLOURS.items() if k in present]
