"""A text view of what ingest read: pages, columns, and the source of each line."""

from __future__ import annotations

from ..model import Document


def render_layout(doc: Document) -> str:
    out = []
    for page in doc.pages:
        head = f"=== page {page.number} · {page.method}"
        if page.ocr_confidence is not None:
            head += f" · confidence {page.ocr_confidence:.0f}"
        if page.seconds is not None:
            head += f" · {page.seconds:.2f} s"
        out.append(head + " ===")
        for note in page.notes:
            out.append(f"  ({note})")
        for line in page.lines:
            conf = f"{line.conf:5.1f}" if line.conf is not None else "    -"
            out.append(f"{line.source:<14} {line.column:<5} {conf} | {line.text}")
    return "\n".join(out) + "\n"
