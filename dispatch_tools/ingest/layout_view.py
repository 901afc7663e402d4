"""A text view of what ingest read: pages, columns, and the source of each line."""

from __future__ import annotations

from ..i18n import _, decimal, number
from ..model import Document


def _methods() -> dict[str, str]:
    return {"ocr": _("OCR"), "text": _("text"), "text-layer": _("text layer"), "docx": _("docx")}


def _columns() -> dict[str, str]:
    return {"left": _("left"), "right": _("right"), "full": _("full")}


def _sources() -> dict[str, str]:
    """Labels of the sources that are not an engine's name (``tesseract:vie`` stays as it is)."""
    return {"text": _("text"), "pdf-text": _("PDF text"), "docx": _("docx"), "shape": _("shape")}


def render_layout(doc: Document) -> str:
    methods, columns, sources = _methods(), _columns(), _sources()
    width = max(len(label) for label in columns.values())
    out = []
    for page in doc.pages:
        head = _("page %(page)d") % {"page": page.number} + " · " + methods.get(page.method, page.method)
        if page.ocr_confidence is not None:
            head += " · " + _("confidence %(value)s") % {"value": number(round(page.ocr_confidence))}
        if page.seconds is not None:
            head += " · " + _("%(seconds)s s") % {"seconds": decimal(round(page.seconds, 2))}
        out.append(f"=== {head} ===")
        for note in page.notes:
            out.append(f"  ({note})")
        for line in page.lines:
            conf = f"{decimal(round(line.conf, 1)):>5}" if line.conf is not None else "    -"
            source = sources.get(line.source, line.source)
            column = columns.get(line.column, line.column)
            out.append(f"{source:<14} {column:<{width}} {conf} | {line.text}")
    return "\n".join(out) + "\n"
