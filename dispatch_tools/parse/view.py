"""``dispatch view``: one self-contained HTML page with the document text, every field found
highlighted in place (colour per field, the label on hover), and the extracted table beside it.
All document text is HTML-escaped."""

from __future__ import annotations

import html
import json

from ..model import Document
from .context import Span
from .contract import to_contract

COLOURS = {
    "number": "#ffd166", "date": "#ffd166", "place": "#ffe8a3", "issuer": "#8ecae6",
    "parent_issuer": "#bde0fe", "doc_type": "#cdb4db", "subject": "#e9c46a", "urgency": "#ff8fa3",
    "circulation": "#ff8fa3", "recipient": "#b7e4c7", "reference": "#ffc8dd", "deadline": "#ff6b6b",
    "task": "#e9f5db", "signer.capacity": "#a0c4ff", "signer.title": "#a0c4ff",
    "signer.name": "#74c0fc", "distribution": "#d8f3dc", "link": "#caffbf", "contact": "#fdffb6",
    "attachment": "#e0e0e0", "report": "#ffddd2", "annex": "#f1f1f1",
}
LABELS = {
    "number": "Số, ký hiệu", "date": "Ngày ban hành", "place": "Địa danh", "issuer": "Cơ quan ban hành",
    "parent_issuer": "Cơ quan chủ quản", "doc_type": "Loại văn bản", "subject": "Trích yếu",
    "urgency": "Độ khẩn", "circulation": "Phạm vi lưu hành", "recipient": "Kính gửi",
    "reference": "Văn bản dẫn chiếu", "deadline": "Thời hạn", "task": "Nhiệm vụ",
    "signer.capacity": "Thẩm quyền ký", "signer.title": "Chức vụ người ký", "signer.name": "Người ký",
    "distribution": "Nơi nhận", "link": "Đường dẫn", "contact": "Liên hệ", "attachment": "Tài liệu kèm",
    "report": "Báo cáo", "annex": "Phụ lục",
}


def parsed_spans(doc: Document) -> list[Span]:
    """The labelled spans parse kept in ``doc.meta`` (offsets in the repaired text)."""
    return [Span(*s) for s in doc.meta.get("parse", {}).get("spans", [])]


def highlight_html(text: str, spans, labels: dict[str, str] = LABELS) -> str:
    """The text with nested spans shown as <mark>s of the innermost (shortest) span, each named
    on hover by ``labels`` (the view's Vietnamese names by default)."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    owner = [None] * len(text)
    for sp in sorted(spans, key=lambda s: s.end - s.start, reverse=True):
        for i in range(sp.start, sp.end):
            owner[i] = sp
    out, i = [], 0
    while i < len(text):
        j = i
        while j < len(text) and owner[j] is owner[i]:
            j += 1
        chunk = html.escape(text[i:j])
        sp = owner[i]
        if sp is None:
            out.append(chunk)
        else:
            colour = COLOURS.get(sp.label, "#eeeeee")
            title = html.escape(labels.get(sp.label, sp.label))
            out.append(f'<mark style="background:{colour}" title="{title}">{chunk}</mark>')
        i = j
    return "".join(out)


def _row(name: str, value) -> str:
    if value in (None, "", [], {}):
        shown = '<span class="none">—</span>'
    elif isinstance(value, (list, dict)):
        shown = "<pre>" + html.escape(json.dumps(value, ensure_ascii=False, indent=1)) + "</pre>"
    else:
        shown = html.escape(str(value))
    return f"<tr><th>{html.escape(name)}</th><td>{shown}</td></tr>"


def render_html(doc: Document, spans) -> str:
    data = to_contract(doc.fields, [n.message for n in doc.notices if n.stage == "parse"])
    rows = []
    for name in ("number", "doc_type", "issuer", "parent_issuer", "place", "date", "subject",
                 "urgency", "circulation", "recipients", "references", "deadlines", "signer",
                 "distribution", "report", "contacts", "links", "attachments", "warnings"):
        rows.append(_row(name, data.get(name)))
    tasks = "".join(
        f"<li><b>{html.escape(', '.join(t['assignees']) or '—')}</b>"
        f"{' · <i>hạn ' + html.escape(t['deadline']) + '</i>' if t['deadline'] else ''}"
        f"<br>{html.escape(t['text'])}</li>" for t in data["tasks"])
    legend = "".join(f'<mark style="background:{c}">{html.escape(LABELS[k])}</mark> '
                     for k, c in COLOURS.items() if any(s.label == k for s in spans))
    title = html.escape(doc.path or "văn bản")
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: "Liberation Serif", "Times New Roman", serif; margin: 1.5em; }}
.grid {{ display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5em; }}
.doc {{ white-space: pre-wrap; border: 1px solid #ccc; padding: 1em; line-height: 1.45; }}
mark {{ border-radius: 2px; padding: 0 1px; }}
table {{ border-collapse: collapse; width: 100%; font-size: 0.92em; }}
th, td {{ border: 1px solid #ddd; padding: 4px 6px; vertical-align: top; text-align: left; }}
pre {{ margin: 0; white-space: pre-wrap; font-size: 0.9em; }}
.none {{ color: #999; }}
.legend mark {{ display: inline-block; margin: 2px; }}
</style></head><body>
<h1>{title}</h1>
<p class="legend">{legend}</p>
<div class="grid">
<div class="doc">{highlight_html(doc.text, spans)}</div>
<div><h2>Thông tin trích xuất</h2><table>{''.join(rows)}</table>
<h2>Nhiệm vụ ({len(data['tasks'])})</h2><ol>{tasks}</ol></div>
</div></body></html>
"""
