"""Characters a web page or a PDF's text layer leaves between and inside words that no clerk
sees: a no-break space (U+00A0, U+202F, U+2007) reads as a space; a soft hyphen (U+00AD), a
zero-width space, joiner or non-joiner (U+200B–U+200D, U+2060) and a byte-order mark (U+FEFF)
are taken out. A page break's debris left inside the text goes too: a page's number on its own
line (``Trang 1/3``, ``- 2 -``, or a figure alone between blank lines after a paragraph, not among a
table's cells) and, next to it, the page's running line that repeats the head's first line. Each
becomes a ``unicode`` change of the document, so offsets still point at the text as given. (The
repair stage's unicode step takes the invisible characters out first; a text parsed without repair has
them taken out here.)"""

from __future__ import annotations

import re

from ..model import Change, Document
from ..vntext import INVISIBLE, invisible_edits, without_invisible

_PAGE_WORD = re.compile(r"\s*Trang\s+\d{1,3}(?:\s*/\s*\d{1,3})?\s*", re.I)
_FIGURE = re.compile(r"\s*(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?\s*")


def furniture_lines(lines: list[str]) -> list[int]:
    """Indexes of the lines that are a page break's debris (the module's text)."""
    lines = [without_invisible(line) for line in lines]

    def filled(i: int, step: int) -> int | None:
        i += step
        while 0 <= i < len(lines) and not lines[i].strip():
            i += step
        return i if 0 <= i < len(lines) else None

    found = []
    for i, line in enumerate(lines):
        if i < 8 or not line.strip():
            continue
        if _PAGE_WORD.fullmatch(line):
            found.append(i)
        elif _FIGURE.fullmatch(line) and not lines[i - 1].strip() and (i + 1 == len(lines) or not lines[i + 1].strip()):
            before = filled(i, -1)
            if before is None or not re.search(r"[.;:,]\s*$", lines[before]):
                continue
            near, j, k = [], i, i  # a table's cells: other figures alone among the lines around
            for _ in range(3):
                j, k = filled(j, -1) if j is not None else None, filled(k, 1) if k is not None else None
                near += [n for n in (j, k) if n is not None]
            if not any(_FIGURE.fullmatch(lines[n]) for n in near):
                found.append(i)
    head = next((l.strip() for l in lines if l.strip()), None)
    for i in list(found):
        for j in (filled(i, -1), filled(i, 1)):
            if j is not None and j > 8 and lines[j].strip() == head:
                found.append(j)
    return sorted(set(found))


def _furniture_edits(lines: list[str], starts: list[int]) -> list[tuple[int, int, str]]:
    """One edit per page break: from the end of the line before its debris to the start of the
    line after it, made a single line break (blank lines around the debris go with it)."""
    edits = []
    for i in furniture_lines(lines):
        lo, hi = i, i
        while lo > 0 and not lines[lo - 1].strip():
            lo -= 1
        while hi + 1 < len(lines) and not lines[hi + 1].strip():
            hi += 1
        start = starts[lo - 1] + len(lines[lo - 1]) if lo > 0 else 0
        end = starts[hi + 1] if hi + 1 < len(lines) else starts[hi] + len(lines[hi])
        if edits and start < edits[-1][1]:  # the debris of one break on several lines
            start = edits.pop()[0]
        edits.append((start, end, "\n" if 0 < start and end < starts[-1] - 1 else ""))
    return edits


def drop_invisible(doc: Document) -> bool:
    """Add a change for each such character and each page break's debris of the text as given that
    no change covers yet; whether any was added."""
    raw = doc.raw_text
    lines = raw.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    edits = _furniture_edits(lines, starts)
    if not edits and not INVISIBLE.search(raw):
        return False
    edits += [e for e in invisible_edits(raw) if not any(s <= e[0] < t for s, t, _ in edits)]
    covered = [(c.start, c.end) for c in doc.changes]
    added = [Change(s, e, raw[s:e], new, "unicode", 1.0) for s, e, new in edits
             if not any(a < e and s < b or a == s == b for a, b in covered)]
    if not added:
        return False
    doc.changes = sorted(doc.changes + added, key=lambda c: (c.start, c.end))
    doc.invalidate()
    return True
