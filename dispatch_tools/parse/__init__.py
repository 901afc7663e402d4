"""Parse a repaired dispatch into its parts (``Document.fields``), each with its source.

    from dispatch_tools.parse import parse_document, to_contract
    doc = parse_document(doc, Options())
    data = to_contract(doc.fields)       # the JSON contract of ``dispatch read --json``

The work is done by a spaCy pipeline of rule components (:mod:`.nlp`) whose patterns and
lexicons live in ``models/parse``; every field is a labelled span of a spaCy ``Doc``.
"""

from __future__ import annotations

from ..model import Document
from ..options import Options
from .contract import to_contract
from .dispatch_check import NOTICE as NOT_DISPATCH_NOTICE
from .dispatch_check import is_not_dispatch
from .glued import Unglued
from .marks import apply_marks
from .tidy import tidy
from ..i18n import _

__all__ = ["parse_document", "to_contract", "parse_text", "document_from_text", "analyse"]

_SCALARS = {"number", "doc_type", "issuer", "parent_issuer", "place", "date", "subject",
            "urgency", "circulation"}
_LIST_ITEMS = {"recipient": "recipients", "distribution": "distribution", "task": "tasks",
               "contact": "contacts", "annex": "annexes"}


def analyse(doc: Document, trained: tuple[str, ...] | None = None, unglued: Unglued | None = None):
    """Run the spaCy pipeline on the document's text (``unglued.text`` when given: the text with
    the spaces it lost put back); return the spaCy ``Doc``. ``trained`` names the trained
    components to use instead of the shipped choice (:data:`.nlp.TRAINED`)."""
    from .body_lines import columns_after_breaks, with_body_breaks
    from .flat import with_line_breaks
    from .head_merged import with_head_breaks
    from .line_gaps import single_breaks
    from .nlp import get_nlp
    from .page_numbers import without_page_numbers
    from .space_breaks import tabs_as_spaces, with_space_breaks
    from .stamp_lines import without_stamp_lines

    nlp = get_nlp(trained)
    columns = [line.column for page in doc.pages for line in page.lines]
    # a page that lost its line breaks gets them back, and so does a body run together; a blank line
    # after every line is read as one break, and a head merged onto one line gets its parts' breaks
    # (a page read in columns keeps its lines); a page dumped on one line with runs of spaces for its
    # breaks gets them back first, and a tab is read as a space; the pages' own numbers and the words of
    # stamps left in the text are no text of it (``unglued`` is made from it so)
    base = unglued.text if unglued is not None else without_stamp_lines(without_page_numbers(doc.text, doc))
    read_in_columns = any(c != "full" for c in columns)
    text = tabs_as_spaces(with_space_breaks(base))
    text = with_line_breaks(text if read_in_columns else single_breaks(text))
    text = with_body_breaks(text if read_in_columns else with_head_breaks(text))
    sdoc = nlp.make_doc(text)
    sdoc._.columns = (columns_after_breaks(base, text, columns) if read_in_columns  # a line cut keeps its column
                      else columns if len(columns) == text.count("\n") + 1 else None)
    return nlp(sdoc)


def _as_printed(ctx, unglued: Unglued) -> None:
    """The offsets and values the rules found in the unglued text, as the page prints them."""
    fields, items = ctx.fields, {}
    for span in ctx.spans:
        span.start, span.end = unglued.to_printed(span.start), unglued.to_printed(span.end)
        # a value read in a span is written back with the words glued there
        if span.label in _SCALARS and isinstance(getattr(fields, span.label, None), str):
            setattr(fields, span.label, unglued.printed(getattr(fields, span.label), span.start, span.end))
        elif span.label.startswith("signer.") and fields.signer is not None:
            unglued.restore(fields.signer, span.start, span.end)
        elif span.label in _LIST_ITEMS:
            items.setdefault(span.label, []).append(span)
    for label, attr in _LIST_ITEMS.items():
        values = getattr(fields, attr)
        for i, span in enumerate(items.get(label, [])[:len(values)]):
            values[i] = unglued.restore(values[i], span.start, span.end)
    ctx.deadline_spans = [(d, unglued.to_printed(s), unglued.to_printed(e)) for d, s, e in ctx.deadline_spans]
    for deadline, s, e in ctx.deadline_spans:
        unglued.restore(deadline, s, e)
    unglued.restore(fields)  # the rest: words the page never prints apart


def parse_document(doc: Document, options: Options | None = None,
                   trained: tuple[str, ...] | None = None) -> Document:
    """Fill ``doc.fields`` from ``doc.text``; add a parse notice for each part not found."""
    from .invisible import drop_invisible
    from .page_numbers import without_page_numbers
    from .recheck import recheck_openings
    from .stamp_lines import without_stamp_lines

    drop_invisible(doc)
    if recheck_openings(doc):
        doc.warn("parse", _("verbs opening list items re-read from the same words elsewhere in the "
                            "document; check them"))
    unglued = Unglued(without_stamp_lines(without_page_numbers(doc.text, doc)))  # stamps' words are no text of it
    sdoc = analyse(doc, trained, unglued)
    ctx = sdoc._.dispatch
    if unglued:
        _as_printed(ctx, unglued)
    fields = ctx.fields
    line_conf = _line_confidences(doc)

    def source(span):
        conf = span.confidence
        line = doc.text.count("\n", 0, span.start)
        if line < len(line_conf) and line_conf[line] is not None:
            conf = round(conf * min(1.0, line_conf[line] / 100 + 0.1), 3)
        return doc.locate(span.start, span.end, conf)

    list_spans: dict[str, list] = {}
    for span in ctx.spans:
        if span.label in _SCALARS and span.label not in fields.sources:
            fields.sources[span.label] = source(span)
        elif span.label.startswith("signer.") and fields.signer is not None:
            fields.sources.setdefault(span.label, source(span))
        else:
            list_spans.setdefault(span.label, []).append(span)
    for label, attr in _LIST_ITEMS.items():
        items = getattr(fields, attr)
        for item, span in zip(items, list_spans.get(label, [])):
            if hasattr(item, "source"):
                item.source = source(span)
            else:
                fields.sources.setdefault(f"{attr}[{items.index(item)}]", source(span))
    for ref, span in zip(fields.references, list_spans.get("reference", [])):
        ref.source = source(span)
    for (deadline, s, e) in ctx.deadline_spans:
        deadline.source = doc.locate(s, e)
    if fields.report is not None and list_spans.get("report"):
        fields.report.source = source(list_spans["report"][0])
    if fields.signer is not None:
        first = [fields.sources.get(k) for k in ("signer.title", "signer.name", "signer.capacity")]
        fields.signer.source = next((s for s in first if s is not None), None)
    doc.fields = tidy(fields, ocr=doc.mostly_read_by_ocr())
    apply_marks(doc)  # what the stamps and hand-filled boxes on the pages say
    for message in ctx.warnings:
        doc.warn("parse", message)
    if is_not_dispatch(doc.fields, doc.text):
        doc.warn("parse", _(NOT_DISPATCH_NOTICE))
    # every labelled span (label, start, end in doc.text, confidence), for viewers
    doc.meta.setdefault("parse", {})["spans"] = [[sp.label, sp.start, sp.end, sp.confidence]
                                                 for sp in ctx.spans]
    return doc


def _line_confidences(doc: Document) -> list[float | None]:
    """OCR confidence of each line of the repaired text (None for text layers)."""
    confs = [line.conf for page in doc.pages for line in page.lines]
    return confs if any(c is not None for c in confs) else []


def document_from_text(text: str, path: str | None = None) -> Document:
    """A Document of one page from plain text (for tests and text input without ingest)."""
    return Document.from_text(text, path)


def parse_text(text: str, options: Options | None = None, trained: tuple[str, ...] | None = None) -> Document:
    return parse_document(document_from_text(text), options, trained)
