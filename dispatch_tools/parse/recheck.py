"""A second look at the verbs that open list items, in text read by OCR.

The items of a dispatch's lists open with their verb (``Đăng tải, chia sẻ …``, ``Phổ biến …``),
and the same verb often opens several items. When OCR damaged one of them beyond what the repair
stage could read without context (``Ping tai`` read ``Ông ta``) while another item of the same
document opens with a damaged form of the same words that repair read as a task verb
(``Dang tai`` -> ``Đăng tải``), the damaged opening is read as that verb: its raw letters are a
likely misreading of the other item's raw letters (same length, at most two letters apart, the
other words alike), and the reading repair gave it is no verb. The change is recorded like the
repair stage's own (:class:`~dispatch_tools.model.Change`, kind ``ocr``), with a lower
confidence, so that viewers flag it.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from ..model import Change, Document
from .lexicon import lexicon
from ..vntext import strip_diacritics
from .text import LIST_DASH, key

_MARKER = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*|[a-zđ]\)[ \t]*)")
_OPENING = re.compile(r"(\S+)[ \t]+(\S+?)(?=[,; \t])")
CONFIDENCE = 0.6


def _openings(doc: Document) -> list[tuple[int, int, str]]:
    """(raw start, raw end, raw text) of the first two words of every list item."""
    out, pos = [], 0
    for line in doc.raw_text.split("\n"):
        m = LIST_DASH.match(line) or _MARKER.match(line)
        if m and m.end() > 0:
            w = _OPENING.match(line, m.end())
            if w:
                out.append((pos + w.start(), pos + w.end(), w.group(0)))
        pos += len(line) + 1
    return out


def _is_verb(text: str) -> bool:
    m = lexicon().verb_re.match(key(text))
    return bool(m) and m.end() >= len(key(text)) - 1


def recheck_openings(doc: Document) -> int:
    """Re-read damaged item openings from their twins in the same document; the number changed."""
    if not any(ch.kind == "ocr" for ch in doc.changes):
        return 0
    text, omap = doc.text, doc.offsets
    items = []
    for s, e, raw in _openings(doc):
        ns, ne = omap.to_new(s), omap.to_new(e)
        items.append((s, e, raw, text[ns:ne]))
    verbs = [(raw, new) for _, _, raw, new in items if _is_verb(new)]
    edits = []
    for s, e, raw, new in items:
        if _is_verb(new) or not any(ch.kind == "ocr" and s <= ch.start < e for ch in doc.changes):
            continue
        twin = _twin(raw, verbs)
        if twin is not None and twin != new:
            edits.append(Change(s, e, raw, twin, "ocr", CONFIDENCE))
    if not edits:
        return 0
    kept = [ch for ch in doc.changes if not any(ed.start <= ch.start < ed.end for ed in edits)]
    doc.changes = sorted(kept + edits, key=lambda ch: ch.start)
    doc.invalidate()
    return len(edits)


def _twin(raw: str, verbs: list[tuple[str, str]]) -> str | None:
    words = strip_diacritics(raw).lower().split()
    for other_raw, reading in verbs:
        other = strip_diacritics(other_raw).lower().split()
        if len(other) != len(words) or other[1:] != words[1:] or len(other[0]) != len(words[0]):
            continue
        if Levenshtein.distance(other[0], words[0]) <= 2 and other[0] != words[0]:
            return reading[:1].upper() + reading[1:] if raw[:1].isupper() else reading
    return None
