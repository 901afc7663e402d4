"""The task table of a plan or decision (``STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
Thời gian hoàn thành``), as web pages leave it once its pipes are gone: one cell per line, the
header cells, then each row's number and cells; or as a DOCX or PDF table is read: one row a line,
its cells apart by tabs; or written out as a list whose numbered items each carry their columns as
labelled lines (``1. Rà soát …`` / ``- Cơ quan chủ trì: Công an tỉnh.`` / ``- Cơ quan phối hợp: …``
/ ``- Thời gian hoàn thành: Quý IV/2024.``).

Each row is a task: its text the task cell, its lead and cooperating bodies those columns, its
deadline the time cell when it is a date or the end of a period (``Năm 2026`` is 31 December, ``Quý
II/2026`` the quarter's last day, ``Tháng 6/2026`` the month's); ``Thường xuyên``, ``Hằng năm`` and
spans of years give none. The lines of a table are left out of the body's other blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..model import Deadline
from .bodies import split_bodies
from .context import Context
from .text import QUARTERS, key, last_day_of_month, make_date, resolve_date, squash

_ROLES = [  # (column, words that open its header cell, folded)
    ("task", ("noi dung", "nhiem vu", "cong viec", "ten nhiem vu", "hoat dong", "de an")),
    ("lead", ("co quan chu tri", "don vi chu tri", "chu tri", "co quan thuc hien", "don vi thuc hien",
              "co quan thuc hien", "trach nhiem thuc hien")),
    ("cooperating", ("co quan phoi hop", "don vi phoi hop", "phoi hop")),
    ("time", ("thoi gian", "thoi han", "tien do")),
]


@dataclass
class Row:
    start: int  # offsets of the row's first and last cells in the text
    end: int
    number: str
    cells: dict[str, str] = field(default_factory=dict)
    cell_spans: dict[str, tuple[int, int]] = field(default_factory=dict)


def _role(cell: str) -> str | None:
    k = key(cell)
    for role, words in _ROLES:
        if k.startswith(words):
            return role
    return None


def find_tables(ctx: Context, start_line: int, end_line: int, body: bool = True) -> list[tuple[int, int, list[Row]]]:
    """(first line, end line, rows) of every task table between the two lines. In the body (``body``) an item's
    labelled lines may be lettered points apart by blank lines (``a) Cơ quan chủ trì: Sở Nội vụ;``); after the
    signature (a plan issued with a decision) only labelled lines right under their item are read."""
    out = []
    i = start_line
    while i < end_line:
        cells = _cells(ctx.lines[i]) if _is_row(ctx.lines[i]) else []
        if cells and key(cells[0][2]) in _NUMBER_HEADS:
            # a DOCX or PDF table: one row a line, cells apart by tabs; or a table written with pipes
            found = _tab_table_at(ctx, i, end_line)
            if found is not None:
                out.append(found)
                i = found[1]
                continue
        found = _labelled_items_at(ctx, i, end_line, body)
        if found is not None:
            out.append(found)
            i = found[1]
            continue
        if key(ctx.lines[i].text) in _NUMBER_HEADS:
            found = _table_at(ctx, i, end_line)
            if found is not None:
                out.append(found)
                i = found[1]
                continue
        i += 1
    return out


_NUMBER_HEADS = ("stt", "tt", "so tt")
_ROW_NUMBER = re.compile(r"\d{1,3}\.?")


# a row written with pipes: "| 1 | Xây dựng kế hoạch | Sở Tư pháp | Quý II/2026 |", or with pipes only between
# its cells, three cells at least: "1 | Xây dựng kế hoạch | Sở Tư pháp"
_PIPE_ROW = re.compile(r"\s*\|.*\|")
_BARE_PIPE_ROW = re.compile(r"[^|\t]*\S(?:[ ]\|[ ][^|\t]*){2,}")
# the rule under a pipe table's header: "|---|:---:|"
_PIPE_RULE = re.compile(r"\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*")


def _pipes(line) -> str | None:
    """How a row's cells are apart by pipes: ``outer`` (the row opens and closes with one), ``inner`` (only
    between its cells, a row without tabs), None (by tabs, or no row)."""
    if _PIPE_ROW.fullmatch(line.text):
        return "outer"
    if "\t" not in line.text.strip() and _BARE_PIPE_ROW.fullmatch(line.text):
        return "inner"
    return None


def _is_row(line) -> bool:
    """A table's row: cells apart by tabs, or between pipes."""
    return "\t" in line.text.strip() or _pipes(line) is not None


def _cells(line) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cell of a line: apart by tabs, or by pipes (the pipes that open and
    close the row give no cell; a rule under the header gives none at all)."""
    pipes = _pipes(line)
    piped = pipes == "outer"
    if piped and _PIPE_RULE.fullmatch(line.text):
        return []
    out, pos = [], line.start
    parts = line.text.split("|" if pipes else "\t")
    for n, part in enumerate(parts):
        lead = len(part) - len(part.lstrip())
        if not piped or 0 < n < len(parts) - 1:
            out.append((pos + lead, pos + len(part.rstrip()), part.strip()))
        pos += len(part) + 1
    return out


def _tab_table_at(ctx: Context, first: int, end_line: int):
    """A task table whose rows are lines with their cells apart by tabs (``STT⇥Nhiệm vụ⇥Cơ quan chủ trì⇥…``):
    each row numbered ``1``, ``2``, … is a task; a row without a number (a group's heading) is passed
    over; the table ends at the first non-blank line that is no row."""
    roles = [_role(c[2]) or "" for c in _cells(ctx.lines[first])]
    if "task" not in roles or not ({"lead", "time"} & set(roles)):
        return None
    rows: list[Row] = []
    i = first + 1
    while i < end_line and (ctx.lines[i].blank or _is_row(ctx.lines[i])):
        line = ctx.lines[i]
        cells = _cells(line) if not line.blank else []
        if cells and _ROW_NUMBER.fullmatch(cells[0][2]):
            row = Row(line.start, line.end, cells[0][2].rstrip("."))
            for role, (a, z, text) in zip(roles, cells):
                if role and text:
                    row.cells[role], row.cell_spans[role] = text, (a, z)
            rows.append(row)
        i += 1
    return (first, i, rows) if rows else None


def _table_at(ctx: Context, first: int, end_line: int):
    cells = []
    i = first + 1
    while i < end_line and len(cells) < 8:
        t = ctx.lines[i].stripped
        if t in ("1", "1.", "I", "I."):
            break
        if t:
            cells.append(t)
        i += 1
    roles = [_role(c) for c in cells]
    if "task" not in roles or not ({"lead", "time"} & set(roles)) or len(cells) < 2:
        return None
    rows, i = _rows(ctx, i, end_line, [r or "" for r in roles])
    return (first, i, rows) if rows else None


def _rows(ctx: Context, i: int, end_line: int, roles: list[str]) -> tuple[list[Row], int]:
    rows: list[Row] = []
    expected = 1
    while i < end_line:
        t = ctx.lines[i].stripped
        if not t:
            i += 1
            continue
        if t.rstrip(".") != str(expected):
            break
        row = Row(ctx.lines[i].start, ctx.lines[i].end, t.rstrip("."))
        j = i + 1
        for role in roles:
            while j < end_line and not ctx.lines[j].stripped:
                j += 1
            if j >= end_line:
                break
            line = ctx.lines[j]
            if role:
                row.cells[role] = line.stripped
                row.cell_spans[role] = (line.content_start, line.content_end)
            row.end = line.end
            j += 1
        rows.append(row)
        expected += 1
        i = j
    return rows, i


_ITEM = re.compile(r"\s*(\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])[.)]\s+(?=\w)")
_LABEL = re.compile(r"\s*[-–+•*]?\s*([^\W\d][^:]{2,40}?)\s*:\s*(\S.*?)\s*$")
_LETTER = re.compile(r"\s*([a-zđ])\)\s+")  # a lettered point: "a) Cơ quan chủ trì: Sở Nội vụ;"
_PAGE_NUMBER = re.compile(r"\d{1,3}")
_PERSON = re.compile(r"(?:đồng\s+chí|đ/c|ông|bà|lãnh\s+đạo)(?![\w])", re.I)  # who chairs, no body
_FOOTNOTE_LINES = 6  # lines a page may put between an item's lettered labels


def _label(line, lettered: bool = False) -> tuple[str | None, int, int] | None:
    """(the column a labelled line names, or None for another label, and its value's offsets). With
    ``lettered``, a lettered point is a label too when it names a column (``a) Cơ quan chủ trì: Sở Nội vụ;``)."""
    letter = _LETTER.match(line.text) if lettered else None
    m = _LABEL.match(line.text, letter.end() if letter else 0)
    if m is None or (letter is None and _ITEM.match(line.text)) or len(m.group(1).split()) > 6:
        return None
    role = _role(m.group(1))
    if letter and role in (None, "task"):
        return None
    return (None if role == "task" else role), line.start + m.start(2), line.start + m.end(2)


def _wraps(line, value: str) -> bool:
    """Does ``line`` go on with a labelled value (after its comma, or in small letters)?"""
    text = line.stripped
    return bool(text) and _label(line) is None and not _ITEM.match(line.text) and not text.startswith(
        ("-", "+", "•")) and (value.rstrip().endswith(",") or text[:1].islower())


def _task_wraps(line, before, loose: bool) -> bool:
    """Does ``line`` go on with an item's text: in small letters, or (``loose``) after a line that ends no
    sentence (``… của Ban Chấp hành`` / ``Trung ương Đảng …``)?"""
    text = line.stripped
    if not text or _ITEM.match(line.text) or text.startswith(("-", "+", "•")):
        return False
    if text[:1].islower() and not before.stripped.endswith((".", ";", ":", "!", "?")):
        return True  # "… các chương" / "trình của Thành ủy: Chương trình số 35 …": the sentence runs on, colon or not
    if _label(line, loose) is not None:
        return False
    return text[:1].islower() or loose and not before.stripped.endswith((".", ";", ":", "!", "?"))


def _skippable(line) -> bool:
    """A blank line, or a page's number alone on its line, between an item's labelled lines."""
    return line.blank or _PAGE_NUMBER.fullmatch(line.stripped) is not None


def _next_label(ctx: Context, j: int, end_line: int, letter: str | None,
                loose: bool) -> tuple[int, tuple[str | None, int, int]] | None:
    """The line of the label right after line ``j`` and what :func:`_label` reads in it; when ``loose``, past
    blank lines and page numbers, and after a lettered label past a few lines of something else too (a
    footnote the page put between ``a)`` and ``b)``) when the next letter's label follows them."""
    if not loose:
        found = _label(ctx.lines[j]) if j < end_line and not ctx.lines[j].blank else None
        return (j, found) if found is not None else None
    k = j
    while k < end_line and _skippable(ctx.lines[k]):
        k += 1
    found = _label(ctx.lines[k], True) if k < end_line else None
    if found is not None:
        return k, found
    if letter is None or letter == "z":
        return None
    following = chr(ord(letter) + 1)
    for n in range(k, min(end_line, k + _FOOTNOTE_LINES)):
        line = ctx.lines[n]
        if _ITEM.match(line.text) and not _LETTER.match(line.text):
            return None
        hit = _LETTER.match(line.text)
        found = _label(line, True) if hit and hit.group(1) == following else None
        if found is not None:
            return n, found
    return None


def _labelled_items_at(ctx: Context, first: int, end_line: int, loose: bool = True):
    """Numbered items whose columns follow each as labelled lines; at least two labels an item, one
    of them a body (its lead or its cooperating bodies), else it is an ordinary list or an event's
    details (``- Thời gian: …`` / ``- Địa điểm: …``)."""
    rows: list[Row] = []
    i = first
    while i < end_line:
        row, after = _labelled_item(ctx, i, end_line, loose)
        if row is None:
            break
        rows.append(row)
        i = after
        while i < end_line and ctx.lines[i].blank:
            i += 1
    return (first, i, rows) if rows else None


def _labelled_item(ctx: Context, i: int, end_line: int, loose: bool) -> tuple[Row | None, int]:
    m = _ITEM.match(ctx.lines[i].text)
    if m is None or _label(ctx.lines[i], loose) is not None:
        return None, i
    line = ctx.lines[i]
    row = Row(line.start, line.end, m.group(1))
    task_end, j, roles = line.content_end, i + 1, []
    while j < end_line and _task_wraps(ctx.lines[j], ctx.lines[j - 1], loose):
        task_end, j = ctx.lines[j].content_end, j + 1  # the task's text wrapped
    letter = None
    while (label := _next_label(ctx, j, end_line, letter, loose)) is not None:
        k, (role, a, z) = label
        lettered = _LETTER.match(ctx.lines[k].text)
        letter = lettered.group(1) if lettered else None
        roles.append(role)
        j = k + 1
        while j < end_line and _wraps(ctx.lines[j], ctx.text[a:z]):
            z, j = ctx.lines[j].content_end, j + 1  # the value wrapped onto the next line
        if role and role not in row.cells:
            row.cells[role], row.cell_spans[role] = squash(ctx.text[a:z]).rstrip(".;"), (a, z)
        row.end = ctx.lines[j - 1].end
    if len(roles) < 2 or not ({"lead", "cooperating"} & set(roles)):
        return None, i
    if loose and _PERSON.match(row.cells.get("lead", "")):
        return None, i  # "a) Chủ trì: Đồng chí Nguyễn Văn A …" / "b) Thời gian: …": a meeting's chair and day
    a = line.start + m.end()
    row.cells["task"], row.cell_spans["task"] = squash(ctx.text[a:task_end]), (a, task_end)
    return row, j


def row_deadline(ctx: Context, row: Row) -> Deadline | None:
    """The deadline a row's time cell gives, if it is a date or the end of a period."""
    text = row.cells.get("time", "")
    k = key(text)
    if not k or re.search(r"thuong xuyen|hang nam|hang quy|hang thang|\d{4}\s*[-–]\s*\d{4}", k):
        return None
    d = _when(k, ctx.issue_date or ctx.issue_month)
    return Deadline(date=d.isoformat(), text=text, kind="period") if d else None


# words before the time that leave it as it is: "Trong năm 2025", "Cuối quý III/2025", "Hoàn thành trong tháng 6"
_LEAD = r"^(?:(?:hoan\s+thanh|trong|cuoi|vao|truoc)\s+)*"


def _when(k: str, ref: date | None = None) -> date | None:
    """The day a time cell names: a date, or the last day of its month, quarter, half-year or year; the
    issue date's year when it prints none; ``Trước tháng 10/2025`` the last day of the period before."""
    k = k.strip(" .;")
    before = bool(re.match(r"truoc\s+(?:thang|quy|nam)\b", k))
    m = re.search(r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})", k)
    if m:
        return make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(r"(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s*nam\s+(\d{4})", k)  # "Trước ngày 20 tháng 7 năm 2026"
    if m:
        return make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(_LEAD + r"(?:ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})", k)
    if m and ref is not None:
        d = resolve_date(int(m.group(1)), int(m.group(2)), None, ref)
        return d if d and (d.year == ref.year or (d - ref).days <= 183) else None
    # quarters, the last of several ending the time: "Quý IV/2026", "Quý II, III/2026", "Quý II và Quý III/2026"
    m = re.search(r"quy\s+((?:IV|I{1,3}|[1-4])\b(?:\s*(?:,|va|[-–])\s*(?:quy\s+)?(?:IV|I{1,3}|[1-4])\b)*)"
                  r"(?:\s*(?:/|nam)\s*(\d{4}))?", k, re.I)
    if m and (m.group(2) or m.end() == len(k) and re.fullmatch(_LEAD, k[:m.start()])):
        last = re.findall(r"IV|I{1,3}|[1-4]", m.group(1), re.I)[-1]
        q = QUARTERS.get(last.upper()) or int(last)
        year = int(m.group(2)) if m.group(2) else _year_of(ref, 3 * q)
        return year and _end(year, 3 * q - 2 if before else 3 * q, before)
    # a span of months ends with its last: "Tháng 6 - 12/2025", "Tháng 11 - tháng 12/2026"
    m = re.search(r"thang\s+\d{1,2}\s*(?:[-–]|den)\s*(?:het\s+)?(?:thang\s+)?(\d{1,2})\s*(?:/|nam)\s*(\d{4})", k) \
        or re.search(r"thang\s+(\d{1,2})\s*(?:/|nam)\s*(\d{4})", k) or re.fullmatch(_LEAD + r"thang\s+(\d{1,2})()", k)
    if m and 1 <= int(m.group(1)) <= 12:
        year = int(m.group(2)) if m.group(2) else _year_of(ref, int(m.group(1)))
        return year and _end(year, int(m.group(1)), before)
    m = re.fullmatch(_LEAD + r"6\s+thang\s+(dau|cuoi)\s+nam\s+(\d{4})", k)
    if m:
        return date(int(m.group(2)), 6, 30) if m.group(1) == "dau" else date(int(m.group(2)), 12, 31)
    m = re.fullmatch(_LEAD + r"(?:nam\s+)?(\d{4})", k)
    if m:
        return date(int(m.group(1)) - 1, 12, 31) if before else date(int(m.group(1)), 12, 31)
    return None


def _end(year: int, month: int, before: bool) -> date:
    """The last day of ``month``; with ``before``, the last day before it begins."""
    if before:
        return date.fromordinal(date(year, month, 1).toordinal() - 1)
    return last_day_of_month(year, month)


def _year_of(ref: date | None, month: int) -> int | None:
    """The year of a month printed without one: the issue year, the next when the month is past and the
    next year's is less than half a year away (a plan of March that names "Tháng 1" is not guessed)."""
    if ref is None:
        return None
    if month >= ref.month:
        return ref.year
    return ref.year + 1 if (last_day_of_month(ref.year + 1, month) - ref).days <= 183 else None


def row_roles(row: Row) -> tuple[list[str], list[str]]:
    """The lead and cooperating bodies of a row."""
    lead = split_bodies(row.cells.get("lead", "")) if row.cells.get("lead") else []
    coop = split_bodies(row.cells.get("cooperating", "")) if row.cells.get("cooperating") else []
    return lead, coop
