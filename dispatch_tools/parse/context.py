"""The state shared by the extractors while one text is parsed.

:class:`Context` holds the text, its folded copy, the lines with offsets, the cue spans found by
the spaCy rulers, the zones of the page (header, body, foot, annexes) as line indices, and what
has been extracted so far: the :class:`~dispatch_tools.model.Fields`, the labelled spans and the
warnings. Extractors run in a fixed order (header, addressees, foot, references, deadlines, tasks,
extras) and each reads what the earlier ones left.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import Fields
from ..vntext import strip_diacritics
from .text import TextLine, split_lines


@dataclass
class Span:
    label: str
    start: int
    end: int
    confidence: float = 1.0


def spans_into(doc, key: str, spans: list[Span]) -> None:
    """The spans as labelled spans of the spaCy ``doc`` in ``doc.spans[key]`` (widened to whole tokens)."""
    out = []
    for sp in spans:
        span = doc.char_span(sp.start, sp.end, label=sp.label, alignment_mode="expand")
        if span is not None:
            out.append(span)
    doc.spans[key] = out


@dataclass
class Context:
    text: str
    columns: list[str] | None = None
    cues: list[Span] = field(default_factory=list)
    fields: Fields = field(default_factory=Fields)
    spans: list[Span] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # zones, as line indices (body_end and foot/annex starts are exclusive ends of what precedes)
    number_line: int | None = None
    header_end: int = 0  # first line after the header (number, date, type, subject)
    body_start: int = 0
    body_end: int = 0  # first line of the foot (Nơi nhận, signature) or annex
    foot_end: int = 0  # first line of the annexes
    issue_date: date | None = None
    # the issue month's first day when only the day is left blank ("ngày    tháng 12 năm 2025")
    issue_month: date | None = None
    number_span: tuple[int, int] | None = None
    deadline_spans: list = field(default_factory=list)  # (Deadline, start, end)
    blocks: list = field(default_factory=list)  # the body's blocks (see blocks.py)

    def __post_init__(self) -> None:
        self.folded = strip_diacritics(self.text)
        self.lines: list[TextLine] = split_lines(self.text, self.folded, self.columns)
        self.body_end = self.foot_end = len(self.lines)

    # ------------------------------------------------------------------ recording

    def mark(self, label: str, start: int, end: int, confidence: float = 1.0) -> Span:
        """Record a labelled span of the text (trimmed of surrounding whitespace)."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        span = Span(label, start, end, confidence)
        self.spans.append(span)
        return span

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    # ------------------------------------------------------------------ navigation

    def line_of(self, offset: int) -> int:
        lo, hi = 0, len(self.lines) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.lines[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def next_nonblank(self, index: int, stop: int | None = None) -> int | None:
        stop = len(self.lines) if stop is None else stop
        for i in range(index, stop):
            if not self.lines[i].blank:
                return i
        return None

    def cues_in(self, label: str, start: int = 0, end: int | None = None) -> list[Span]:
        end = len(self.text) if end is None else end
        return [c for c in self.cues if c.label == label and start <= c.start < end]

    def offset(self, line: int) -> int:
        """Start offset of a line index (the text's end for an index past the last line)."""
        return self.lines[line].start if line < len(self.lines) else len(self.text)
