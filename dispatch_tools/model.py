"""The one document model that travels through every stage.

ingest  fills ``Document.pages`` (lines with boxes, confidences and the engine that read them);
repair  fills ``Document.changes`` (every edit, in raw-text offsets, with a confidence);
parse   fills ``Document.fields`` (every part of the dispatch, each with its source span);
generate reads the model and writes files.

The raw text is the page lines joined with ``\\n``; the repaired text is the raw text with the
changes applied. :class:`OffsetMap` translates offsets between the two, so any field found in the
repaired text can name the page and line it came from (:meth:`Document.locate`).

Everything round-trips through JSON: ``Document.from_dict(doc.to_dict()) == doc``.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
import types
import typing
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

SCHEMA_VERSION = 1


# --------------------------------------------------------------------------- serialisation


def iso_date(value: str | None) -> dt.date | None:
    """The date a field holds as ISO text (``2022-09-22``, or the date part of a date and
    time), or None when it holds none."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def day_first(value: str | dt.date | None) -> str | None:
    """A date as a clerk writes it, day first (``20/09/2022``), from a date or the ISO text a
    field holds; any other text as it is; None when there is none."""
    if not value:
        return None
    day = value if isinstance(value, dt.date) else iso_date(value)
    return day.strftime("%d/%m/%Y") if day else value


_TYPED_DATE = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})")


def typed_date(text: str) -> str:
    """A date a person typed, day first (``22/9/2022``, ``22-09-2022``) or ISO (``2022-09-22``),
    as ISO text; ValueError when it is no date."""
    text = text.strip()
    match = _TYPED_DATE.fullmatch(text)
    if match:
        return dt.date(int(match[3]), int(match[2]), int(match[1])).isoformat()
    return dt.date.fromisoformat(text).isoformat()


def _to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {f.name: _to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_plain(v) for k, v in value.items()}
    return value


def _from_plain(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _from_plain(args[0], value) if len(args) == 1 else value
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_from_plain(item, v) for v in value]
    if origin is dict:
        _, item = typing.get_args(tp)
        return {k: _from_plain(item, v) for k, v in value.items()}
    if dataclasses.is_dataclass(tp):
        hints, names = _fields_of(tp)
        return tp(**{k: _from_plain(hints[k], v) for k, v in value.items() if k in names})
    return value


@functools.lru_cache(maxsize=None)
def _fields_of(tp: type) -> tuple[dict[str, Any], frozenset[str]]:
    """Resolved type hints and init field names of a dataclass (resolving them is slow)."""
    return typing.get_type_hints(tp), frozenset(f.name for f in dataclasses.fields(tp) if f.init)


class Serialisable:
    """Mixin: ``to_dict()`` gives JSON-ready data, ``from_dict()`` rebuilds the object."""

    def to_dict(self) -> dict[str, Any]:
        return _to_plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        return _from_plain(cls, data)


# --------------------------------------------------------------------------- ingestion


@dataclass
class BBox(Serialisable):
    """A box in page coordinates: PDF points for text layers, pixels for OCR."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    def union(self, other: BBox) -> BBox:
        return BBox(min(self.x0, other.x0), min(self.y0, other.y0),
                    max(self.x1, other.x1), max(self.y1, other.y1))


@dataclass
class Word(Serialisable):
    text: str
    bbox: BBox | None = None
    conf: float | None = None  # OCR confidence 0-100


@dataclass
class Line(Serialisable):
    """One line of text as read, in reading order."""

    text: str
    bbox: BBox | None = None
    conf: float | None = None  # mean OCR word confidence 0-100; None for text layers
    source: str = "text"  # "tesseract:vie", "pdf-text", "docx", "text"
    column: str = "full"  # "left" or "right" inside a two-column header/foot block, else "full"
    words: list[Word] = field(default_factory=list)


@dataclass
class Mark(Serialisable):
    """Something stamped, signed or written on a page that is not its printed text: an
    e-signature stamp, an arrival stamp, a round seal, a hand-filled number or day. Its words
    never enter the page's lines; what it says is in ``values``."""

    kind: str  # "esign", "arrival", "seal", "handwriting"
    bbox: BBox | None = None  # in page units
    text: str = ""  # the words read inside it, as read
    values: dict[str, Any] = field(default_factory=dict)  # e.g. signed_by/time, number/date, field/reading
    confidence: float | None = None  # 0-100: how sure the reading of ``values`` is
    crop: str | None = None  # a small PNG of the region, base64, for a person to read
    source: str = ""  # "pdf-text", "tesseract:vie", "colour", "shape"


@dataclass
class Page(Serialisable):
    number: int  # 1-based
    lines: list[Line] = field(default_factory=list)
    width: float | None = None
    height: float | None = None
    unit: str | None = None  # "pt" or "px"
    method: str = "text"  # "text-layer", "ocr", "docx", "text"
    ocr_confidence: float | None = None  # mean word confidence of the page
    seconds: float | None = None
    notes: list[str] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)


@dataclass
class Notice(Serialisable):
    """Something a stage could not do or is unsure of; shown to the user, never fatal."""

    stage: str  # "ingest", "repair", "parse", "generate"
    message: str
    page: int | None = None


# --------------------------------------------------------------------------- repair


@dataclass
class Change(Serialisable):
    """One edit made by repair, in offsets of the raw text."""

    start: int
    end: int
    original: str
    replacement: str
    kind: str  # "unicode", "encoding", "diacritics", "ocr"
    confidence: float = 1.0


def in_order(changes: list[Change]) -> list[Change]:
    """``changes`` in text order: by start, and a text put in before a change that starts at the
    same place (a space added before a word whose marks change)."""
    return sorted(changes, key=lambda c: (c.start, c.end))


class OffsetMap:
    """Translate offsets between raw text and the text with ``changes`` applied."""

    def __init__(self, changes: list[Change]):
        self._raw_starts: list[int] = []
        self._new_starts: list[int] = []
        self._spans: list[tuple[int, int, int, int]] = []  # raw start/end, new start/end
        delta = 0
        for ch in in_order(changes):
            new_start = ch.start + delta
            new_end = new_start + len(ch.replacement)
            self._spans.append((ch.start, ch.end, new_start, new_end))
            self._raw_starts.append(ch.start)
            self._new_starts.append(new_start)
            delta += len(ch.replacement) - (ch.end - ch.start)

    def to_raw(self, pos: int) -> int:
        i = bisect.bisect_right(self._new_starts, pos) - 1
        if i < 0:
            return pos
        raw_start, raw_end, new_start, new_end = self._spans[i]
        if pos < new_end:  # inside a replacement: clamp to the edited raw span
            return min(raw_start + (pos - new_start), raw_end)
        return raw_end + (pos - new_end)

    def to_new(self, pos: int) -> int:
        i = bisect.bisect_right(self._raw_starts, pos) - 1
        if i < 0:
            return pos
        raw_start, raw_end, new_start, new_end = self._spans[i]
        if pos < raw_end:
            return min(new_start + (pos - raw_start), new_end)
        return new_end + (pos - raw_end)


def apply_changes(text: str, changes: list[Change]) -> str:
    out, last = [], 0
    for ch in in_order(changes):
        out.append(text[last:ch.start])
        out.append(ch.replacement)
        last = ch.end
    out.append(text[last:])
    return "".join(out)


# --------------------------------------------------------------------------- parse


@dataclass
class Source(Serialisable):
    """Where a field was read: a span of the repaired text and the page/line it falls on."""

    start: int
    end: int
    page: int | None = None  # 1-based
    line: int | None = None  # 0-based index into that page's lines
    text: str = ""
    confidence: float = 1.0


@dataclass
class Reference(Serialisable):
    number: str
    date: str | None = None  # ISO
    doc_type: str | None = None
    issuer: str | None = None
    subject: str | None = None
    source: Source | None = None


@dataclass
class Deadline(Serialisable):
    date: str | None  # ISO; the last day of the period for month/quarter deadlines
    time: str | None = None  # HH:MM
    text: str = ""
    kind: str = "by"  # "by", "until", "period", "recurring"
    recurrence: str | None = None  # e.g. "monthly:25"
    source: Source | None = None


@dataclass
class Task(Serialisable):
    text: str  # the whole item (the JSON contract gives its first 12 words)
    number: str | None = None  # "1", "2.a", ...
    heading: str | None = None
    assignees: list[str] = field(default_factory=list)  # every body named: lead, cooperating and others
    deadline: str | None = None  # ISO
    deadline_text: str | None = None
    report: bool = False  # is this the report-back obligation
    source: Source | None = None
    lead: list[str] = field(default_factory=list)  # the body that leads it ("X chủ trì")
    cooperating: list[str] = field(default_factory=list)  # the bodies that cooperate ("phối hợp với Y")
    report_to: str | None = None  # whom the result is reported to, when the task says so


@dataclass
class Signer(Serialisable):
    authority: str | None = None  # TM., KT., TL., TUQ., Q.
    capacity: str | None = None
    title: str | None = None
    name: str | None = None
    source: Source | None = None


@dataclass
class Contact(Serialisable):
    name: str | None = None
    unit: str | None = None
    phone: str | None = None
    email: str | None = None
    source: Source | None = None


@dataclass
class ReportDuty(Serialisable):
    """What must be reported back, to whom, by when and in which form."""

    to: str | None = None
    deadline: str | None = None
    time: str | None = None
    what: str = ""
    form: str | None = None  # a link or the annex title
    source: Source | None = None


@dataclass
class AnnexTable(Serialisable):
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Annex(Serialisable):
    label: str = "Phụ lục"
    title: str = ""
    attached_line: str | None = None  # "(Kèm theo Công văn số … ngày … của …)"
    sections: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)  # general-information items to fill in
    tables: list[AnnexTable] = field(default_factory=list)
    source: Source | None = None


@dataclass
class Crop(Serialisable):
    """The part of a page that shows a field, for a person to read beside the form."""

    page: int
    bbox: BBox  # in page units
    unit: str | None = None  # "pt" or "px"
    png: str = ""  # base64


@dataclass
class ESign(Serialisable):
    """A digital-signature stamp printed on the page (``Ký bởi: … / Thời gian ký: …``)."""

    signed_by: str | None = None
    time: str | None = None  # as printed
    iso: str | None = None  # ISO 8601 of ``time``
    organisation: str | None = None  # the ``Cơ quan:`` line
    kind: str = "signature"  # "signature", "copy" (SAO Y), "gazette" (the publishing centre)
    page: int | None = None


@dataclass
class Arrival(Serialisable):
    """The receiving office's arrival stamp (CÔNG VĂN ĐẾN): for the register's Số đến / Ngày đến."""

    number: str | None = None
    date: str | None = None  # ISO
    time: str | None = None  # HH:MM
    page: int | None = None


@dataclass
class Fields(Serialisable):
    """Everything parse reads from a dispatch. Keys of the JSON contract come first."""

    number: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    parent_issuer: str | None = None
    place: str | None = None
    date: str | None = None
    subject: str = ""
    recipients: list[str] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    signer: Signer | None = None
    distribution: list[str] = field(default_factory=list)
    urgency: str | None = None
    circulation: str | None = None
    contacts: list[Contact] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    report: ReportDuty | None = None
    annexes: list[Annex] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)  # scalar field name -> source
    # what the marks on the page say, and which fields need a person's look
    esign: list[ESign] = field(default_factory=list)
    arrival: Arrival | None = None
    review: dict[str, str] = field(default_factory=dict)  # field -> why it needs a look ("cần xem lại")
    crops: dict[str, Crop] = field(default_factory=dict)  # field -> the page region that shows it


# --------------------------------------------------------------------------- the document


@dataclass
class Document(Serialisable):
    path: str | None
    kind: str  # "pdf", "image", "docx", "text"
    sha256: str = ""
    pages: list[Page] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    fields: Fields | None = None
    notices: list[Notice] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    schema: int = SCHEMA_VERSION

    # Derived views. They are computed on first use; stages that change pages or
    # changes must call :meth:`invalidate`.

    @cached_property
    def raw_text(self) -> str:
        return "\n".join(line.text for page in self.pages for line in page.lines)

    @cached_property
    def text(self) -> str:
        return apply_changes(self.raw_text, self.changes)

    @cached_property
    def offsets(self) -> OffsetMap:
        return OffsetMap(self.changes)

    @cached_property
    def _line_starts(self) -> list[tuple[int, int, int]]:
        """(raw start offset, page number, line index) for every line."""
        out, pos = [], 0
        for page in self.pages:
            for i, line in enumerate(page.lines):
                out.append((pos, page.number, i))
                pos += len(line.text) + 1
        return out

    @cached_property
    def _line_offsets(self) -> list[int]:
        return [start for start, _, _ in self._line_starts]

    def invalidate(self) -> None:
        for name in ("raw_text", "text", "offsets", "_line_starts", "_line_offsets"):
            self.__dict__.pop(name, None)

    def warn(self, stage: str, message: str, page: int | None = None) -> None:
        self.notices.append(Notice(stage, message, page))

    @classmethod
    def from_text(cls, text: str, path: str | None = None) -> Document:
        """A document of one page of plain text, one line per line of ``text``."""
        return cls(path, "text", pages=[Page(1, lines=[Line(t) for t in text.split("\n")])])

    def _line_index(self, raw_pos: int) -> int:
        """Index (over all pages) of the line holding an offset of the raw text; -1 before any."""
        return bisect.bisect_right(self._line_offsets, raw_pos) - 1

    def line_column(self, raw_pos: int) -> tuple[int, int]:
        """Line and column of an offset of the raw text, counted from 1 over the whole text as
        editors count them."""
        i = self._line_index(raw_pos)
        return i + 1, raw_pos - self._line_offsets[i] + 1

    def locate(self, start: int, end: int, confidence: float = 1.0) -> Source:
        """The source of ``text[start:end]`` (offsets in the repaired text)."""
        raw_start = self.offsets.to_raw(start)
        i = self._line_index(raw_start)
        page = line = None
        if i >= 0:
            _, page, line = self._line_starts[i]
        return Source(start, end, page, line, self.text[start:end], confidence)

    def has_ocr_page(self) -> bool:
        """Was any page read by OCR? The checks that flag a field for a person's look go by this: a
        flag costs a glance, so one page an engine read is reason enough to look for its misreadings."""
        return any(page.method == "ocr" for page in self.pages)

    def mostly_read_by_ocr(self, lang: str | None = None) -> bool:
        """Were most of the lines that hold text read by OCR (by an engine reading ``lang``, when
        given)? What changes the text or a field's value goes by this, since the mending of an
        engine's misreadings would damage the typed lines of a text that is mostly typed (a PDF
        with its text layer and one scanned page)."""
        sources = [line.source for page in self.pages for line in page.lines if line.text.strip()]
        read = sum(1 for src in sources if src.startswith("tesseract") and (lang is None or lang in src))
        return read > len(sources) / 2

    def page_of(self, line: Line) -> Page | None:
        """The page that holds ``line`` (this very line, not an equal one), or None."""
        return next((page for page in self.pages if any(other is line for other in page.lines)), None)

    def line_at(self, page: int, line: int) -> Line:
        return self.pages[page - 1].lines[line]

    def lines_in(self, start: int, end: int) -> list[Line]:
        """The lines ``text[start:end]`` (offsets in the repaired text) lies on."""
        first = max(0, self._line_index(self.offsets.to_raw(start)))
        last = self._line_index(self.offsets.to_raw(end))
        return [self.line_at(page, i) for _, page, i in self._line_starts[first:last + 1]]

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        data["text"] = self.text  # derived, for readers of the JSON; ignored by from_dict
        return data
