"""The JSON contract of ``dispatch read --json`` (``../shared/dev/README.md``), then extra keys."""

from __future__ import annotations

from typing import Any

from ..model import Fields
from .text import first_words


def to_contract(fields: Fields | None, warnings: list[str] | None = None) -> dict[str, Any]:
    f = fields or Fields()
    signer = f.signer
    seen_deadlines = set()
    deadlines = []
    for d in f.deadlines:
        if d.date is None or d.kind == "recurring" or (d.date, d.time) in seen_deadlines:
            continue
        seen_deadlines.add((d.date, d.time))
        deadlines.append({"date": d.date, "time": d.time, "text": d.text})
    out: dict[str, Any] = {
        "number": f.number,
        "doc_type": f.doc_type,
        "issuer": f.issuer,
        "parent_issuer": f.parent_issuer,
        "place": f.place,
        "date": f.date,
        "subject": f.subject or "",
        "recipients": list(f.recipients),
        "references": [{"number": r.number, "date": r.date} for r in f.references],
        "deadlines": deadlines,
        "tasks": [{"assignees": list(t.assignees), "deadline": t.deadline, "text": first_words(t.text),
                   "lead": list(t.lead), "cooperating": list(t.cooperating), "report": t.report}
                  for t in f.tasks],
        "signer": {
            "authority": signer.authority if signer else None,
            "capacity": signer.capacity if signer else None,
            "title": signer.title if signer else None,
            "name": signer.name if signer else None,
        },
        "distribution": list(f.distribution),
        # beyond the contract
        "urgency": f.urgency,
        "circulation": f.circulation,
        "reference_details": [{"number": r.number, "date": r.date, "doc_type": r.doc_type,
                               "issuer": r.issuer} for r in f.references],
        "deadline_details": [{"date": d.date, "time": d.time, "text": d.text, "kind": d.kind,
                              "recurrence": d.recurrence} for d in f.deadlines],
        "task_details": [{"number": t.number, "heading": t.heading, "report": t.report,
                          "report_to": t.report_to, "deadline_text": t.deadline_text} for t in f.tasks],
        "report": None if f.report is None else {
            "to": f.report.to, "deadline": f.report.deadline, "time": f.report.time,
            "what": f.report.what, "form": f.report.form},
        "contacts": [{"name": c.name, "unit": c.unit, "phone": c.phone, "email": c.email}
                     for c in f.contacts],
        "links": list(f.links),
        "attachments": list(f.attachments),
        "annexes": [{"label": a.label, "title": a.title, "attached_line": a.attached_line,
                     "sections": a.sections, "fields": a.fields,
                     "tables": [{"columns": t.columns, "rows": t.rows} for t in a.tables]}
                    for a in f.annexes],
        "warnings": list(warnings or []),
        # what the stamps on the page say, and the fields a person should check (with their crops)
        "esign": [{"signed_by": e.signed_by, "time": e.time, "iso": e.iso, "organisation": e.organisation,
                   "kind": e.kind, "page": e.page} for e in f.esign],
        "arrival": None if f.arrival is None else {"number": f.arrival.number, "date": f.arrival.date,
                                                   "time": f.arrival.time, "page": f.arrival.page},
        "review": dict(f.review),
        "crops": {name: {"page": c.page, "bbox": [round(c.bbox.x0, 1), round(c.bbox.y0, 1), round(c.bbox.x1, 1),
                                                  round(c.bbox.y1, 1)], "unit": c.unit, "png": c.png}
                  for name, c in f.crops.items()},
    }
    return out
