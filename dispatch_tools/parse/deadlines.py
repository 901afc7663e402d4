"""Deadlines: a cue found by the spaCy ruler (``chậm nhất``, ``trước``, ``đến hết``, ``trong``, …)
followed by a time and/or a date, a month, a quarter or a year (also its end: ``cuối tháng 6/2025``),
a half-year, or a recurring day of the month. Normalised to ISO dates (the last day of a month or quarter), ``HH:MM`` times, and the
issue date's year when none is printed (the next year if the date would fall before the issue)."""

from __future__ import annotations

import re
from datetime import date

from ..i18n import _
from ..model import Deadline
from . import deadline_relative
from .deadline_filters import (DELEGATION, DUE_BY_CUES, EFFECT, MARK, PARAGRAPH_START, PERIOD_AFTER, RECURRING,
                               SENTENCE_START, is_calendar_end, is_condition, is_cutoff, is_due, text_before,
                               without_effect_day)
from .context import Context
from .text import QUARTERS, key, last_day_of_month, load_list, make_date, resolve_date, squash, strip_markup

# month names in words, with their capital as printed ("ngày 15 tháng Sáu năm 2025", "trong tháng Mười")
_MONTH_NAMES = {key(" ".join(line.split()[:-1])): int(line.split()[-1]) for line in load_list("deadline_months.txt")}


def _name_pattern(name: str) -> str:
    first, *rest = name.split()
    return r"\s+".join([first.capitalize()] + [f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in rest])


_MONTH_WORD = "(?-i:" + "|".join(_name_pattern(n) for n in sorted(_MONTH_NAMES, key=len, reverse=True)) + r")(?!\w)"
_FILLER = r"(?:\s*(?:[:,]|[-–—_](?=\s)|(?:la|vao|luc|truoc|thoi\s+diem|ngay\s+(?=\d+\s*(?:h|gio))|het|den|thoi\s+han|tu(?=\s+thang\b)|trong(?=\s+(?:nam|thang|quy)\b))\b))*"
_TIME = r"(?P<h>\d{1,2})\s*(?:h|gio|g|:(?=\d{2}))\s*(?P<mi>\d{2})?\s*(?:phut|['’′\"”″])?"
_DATE_NUM = (r"(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<mo>\d{1,2})"
             r"(?:\s*(?P=sep)\s*(?P<y>\d{4}|\d{2}))?(?![\d/])")
_DATE_TXT = rf"(?P<d2>\d{{1,2}})\s+thang\s+(?P<mo2>\d{{1,2}}|{_MONTH_WORD})(?:\s*,?\s*nam\s*(?P<y2>\d{{4}}))?"
_MONTH = rf"thang\s+(?P<mo3>\d{{1,2}}|{_MONTH_WORD})(?:\s*(?:/|nam|-)\s*(?P<y3>\d{{4}}))?(?!\d)"
_QUARTER = r"quy\s+(?P<q>IV|I{1,3}|[1-4])(?![\w])(?:\s*(?:/|nam)\s*(?P<y4>\d{4}))?"
_HALF = r"6\s+thang\s+(?P<half>dau|cuoi)\s+nam(?:\s+(?P<y5>\d{4}))?"
_RECUR = r"ngay\s+(?P<d6>\d{1,2})\s+h[aà]ng\s+thang"
# "Thời gian thực hiện: Năm 2026": the year's last day; a span of years ("năm 2025 - 2030") is a programme's
# period, whose end is no deadline either
# a weekday between the cue or time and the date: "trước thứ Sáu, ngày 20/6/2025", "trước 17 giờ thứ Sáu ngày …",
# "trước thứ Sáu (20/6/2025)"
_WEEKDAY = r"(?:(?:ngay\s+)?thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\b"
# the part of the day after a time or before a date: "trước 17 giờ chiều ngày 20/6", "vào sáng 20/6"
_PART = r"(?:buoi\s+)?(?P<part>sang|trua|chieu|toi)\b"
_YEAR = r"nam\s+(?P<y7>\d{4})(?![\d/])(?!\s*(?:[-–—]|den)\s*(?:nam\s*)?\d{4})"
# "trước ngày 20 tháng 4 hằng năm" recurs, and so does "trước ngày 31 tháng 01 của năm kế tiếp" (the year after
# a reporting year the text does not state)
_YEARLY = re.compile(r"\s*,?\s*(?:h[aà]ng\s+nam|cua\s+nam\s+(?:ke\s+tiep|tiep\s+theo|sau|lien\s+sau))\b", re.I)

DEADLINE = re.compile(
    rf"{_FILLER}\s*(?:"
    rf"{_RECUR}"
    rf"|(?:{_TIME}\s*,?\s*)?(?:{_PART}\s*,?\s*)?(?:{_WEEKDAY}\s*,?\s*\(?\s*)?(?:ngay\s*)?(?:{_DATE_TXT}|{_DATE_NUM})"
    rf"|(?:cuoi\s+)?(?:{_MONTH}|{_QUARTER}|{_YEAR})|{_HALF})",
    re.IGNORECASE,
)
_SIMPLE_CUES = {"truoc", "cham nhat", "muon nhat", "han chot", "han cuoi", "han nop", "han gui", "thoi han", "han",
                "han bao cao", "han dang ky", "han hoan thanh", "han nhan", "ket thuc nhan", "ket thuc dang ky",
                "khong muon hon", "khong cham hon",
                "khong qua", "tu nay den het", "tu nay den", "den het", "den ngay", "hoan thanh", "hoan tat", "xong",
                "hoan thanh trong", "thoi gian thuc hien", "thoi gian hoan thanh"}
# cues that name a time limit; what is due may stand between them and the date ("… nộp hồ sơ là", "… :",
# "… nhận hồ sơ vào sáng 20/6")
_NAMED_CUES = {"han chot", "han cuoi", "han nop", "han gui", "han bao cao", "han dang ky", "han hoan thanh",
               "han nhan", "ket thuc nhan", "ket thuc dang ky",
               "thoi han", "thoi gian hoan thanh",
               "thoi gian thuc hien"}
# a day named by what takes place on it, its date in brackets after it: "trước ngày khai mạc (ngày 25/6/2026)"
_NAMED_DAY = re.compile(r"\s*ngay(?:\s+[^\W\d]+){1,6}\s*\(\s*(?=(?:ngay\s*)?\d)", re.IGNORECASE)
_DUE_WHAT = re.compile(r"[^.;\n\d]{1,50}?(?:\s+la\b|\s*:|\s+(?=vao\b))"
                       # "hạn cuối nộp bài dự thi ngày …", not "Thời hạn thuê … từ ngày …" nor "… đến hết ngày …"
                       r"|(?:(?!\b(?:den|tu|truoc|trong|sau|co)\b)[^.;\n\d]){1,50}?\s+(?=ngay\s*\d)", re.IGNORECASE)
# cues after which a year alone is a deadline (its last day): "hoàn thành chậm nhất vào năm 2026", "Thời hạn: năm 2026"
_YEAR_CUES = {"thoi gian thuc hien", "thoi gian hoan thanh", "thoi han", "hoan thanh trong", "hoan thanh", "hoan tat",
              "xong", "cham nhat", "muon nhat", "den het", "tu nay den het", "truoc"}
# a second month after the first ends the period: "trong tháng 6 và tháng 7 năm 2025", "tháng 6 đến tháng 8/2025",
# "tháng 6, 7 năm 2025" (a month without tháng prints its year)
_LATER_MONTH = re.compile(r"\s*(?:,|va|den|[-–])\s*(?:het\s+)?(?:thang\s+(?P<mo>\d{1,2})(?:\s*(?:/|nam|-)\s*(?P<y>\d{4}))?"
                          r"|(?P<mo_>\d{1,2})\s*(?:/|nam)\s*(?P<y_>\d{4}))(?!\d)", re.IGNORECASE)
# and a second quarter after the first: "Quý II và Quý III năm 2025", "quý II, III/2025"
_LATER_QUARTER = re.compile(r"\s*(?:,|va|den|[-–])\s*(?:het\s+)?(?:quy\s+(?P<q>IV|I{1,3}|[1-4])|(?P<q_>IV|I{1,3}))(?![\w])"
                            r"(?:\s*(?:/|nam)\s*(?P<y>\d{4}))?", re.IGNORECASE)
# "hoàn thành việc số hóa … vào cuối quý IV năm 2025": what is finished, then vào and the date
# ("… trong quý III/2025", "… trước cuối năm 2025", "triển khai xong vào cuối quý III"); a year alone after
# trong is a goal's horizon as often ("để … hoàn thành các mục tiêu trong năm 2019")
# a submission right before trong and a year alone: "…, trình Thủ tướng Chính phủ trong năm 2026" (its last day)
_SUBMIT_BEFORE = re.compile(r"(?:^|[,;]\s*|\bva\s+)trinh\s+(?:[^\W\d]+\s+){1,8}$", re.IGNORECASE)
_FINISH_CUES = {"hoan thanh", "hoan tat", "xong"}
_FINISH_WHAT = re.compile(r"(?:\s+[^\W\d]+){1,20}?\s+(?:(?=vao\b)|trong\s+(?=thang|quy)|truoc\s+(?=cuoi\s+(?:thang|quy|nam)\b))",
                          re.IGNORECASE)
# a time printed after the date: "trước ngày 15/12/2025 lúc 17 giờ 00", "… ngày 15/12/2025, vào lúc 17h00 chiều"
_TIME_AFTER = re.compile(rf"\s*[,(]?\s*(?:vao\s+)?luc\s+{_TIME}(?:\s*,?\s*{_PART})?", re.IGNORECASE)
# a second date after the first: "trước ngày 15/6/2025 và ngày 15/12/2025"
_AND_DATE = re.compile(r"\s*(?:,|;)?\s*(?:va|hoac)\s+(?=(?:ngay\s*)?\d)", re.IGNORECASE)
_END_OF_YEAR = re.compile(r"\bcuoi\s+nam\s+\d{4}\b", re.IGNORECASE)


_BEFORE_WORD = re.compile(r"\W*truoc\b", re.IGNORECASE)  # a finishing cue's period read with its "trước"


def _submitted(ctx: Context, cue: int, start: int) -> bool:
    """Does a submission stand right before the cue (``…, trình Thủ tướng Chính phủ trong năm 2026``)?"""
    return bool(_SUBMIT_BEFORE.search(ctx.folded, max(start, cue - 80), cue))


def extract(ctx: Context) -> None:
    start, end = ctx.offset(ctx.body_start), ctx.offset(ctx.body_end)
    taken: list[tuple[int, int]] = []
    for cue in ctx.cues_in("DEADLINE_CUE", start, end):
        cue_key = " ".join(ctx.folded[cue.start:cue.end].lower().split())
        m = _match_after(ctx, cue, cue_key, start, end)
        if m is None or any(s <= m.end() - 1 < e for s, e in taken):
            continue
        deadline = _build(ctx, m)
        if deadline is not None and (cue_key == "truoc" or _BEFORE_WORD.match(m.group())):
            deadline = _before_period(ctx, m, deadline)  # also "hoàn thành trước tháng 7/2025": June's end
        if deadline is None or not _is_deadline(ctx, deadline, cue.start, cue_key) or \
                not is_due(ctx, cue_key, cue.start, m.end()):
            continue
        after = _TIME_AFTER.match(ctx.folded, m.end(), min(end, m.end() + 30)) \
            if deadline.time is None and deadline.kind == "by" else None
        if after and (time := _time(after)):  # "trước ngày 15/12/2025 lúc 17 giờ 00"
            deadline.time = time
        _add(ctx, deadline, m, cue.start, cue_key, taken, after.end() if after and deadline.time else None)
        pair = _AND_DATE.match(ctx.folded, m.end(), min(end, m.end() + 60))
        second = pair and DEADLINE.match(ctx.folded, pair.end(), min(end, pair.end() + 60))
        if second and (second.group("d") or second.group("d2")) and (deadline := _build(ctx, second)) is not None \
                and _is_deadline(ctx, deadline, cue.start, cue_key):
            _add(ctx, deadline, second, second.start(), cue_key, taken)  # "trước ngày 15/6/2025 và ngày 15/12/2025"
    _day_spans(ctx, start, end, taken)
    _labels(ctx, start, end, taken)
    deadline_relative.extract(ctx, start, end)
    ctx.fields.deadlines.sort(key=lambda d: (d.date or "9999", d.time or ""))


# a span of days printed with a dash for its "đến": "từ ngày 09 – 31/5/2025", "từ 01-15/4", "Từ ngày 21/4 - 30/4/2025"
_DAY_SPAN = re.compile(r"(?<![\w])tu\s+(?:ngay\s*)?\d{1,2}(?:\s*/\s*\d{1,2})?\s*[-–—]\s*(?=\d{1,2}\s*[/.]\s*\d{1,2})",
                       re.IGNORECASE)


def _day_spans(ctx: Context, start: int, end: int, taken: list) -> None:
    """A span of days whose end has no cue, only a dash (``tổ chức đợt cao điểm từ ngày 09 – 31/5/2025``):
    its last day ends the period, read like one after ``đến ngày``."""
    for span in _DAY_SPAN.finditer(ctx.folded, start, end):
        m = DEADLINE.match(ctx.folded, span.end(), min(end, span.end() + 30))
        if m is None or not m.group("d") or any(s <= m.end() - 1 < e for s, e in taken):
            continue
        deadline = _build(ctx, m)
        if deadline is None or not _is_deadline(ctx, deadline, span.start(), "den ngay") \
                or is_condition(ctx, span.start(), m.end()) or not is_due(ctx, "den ngay", span.start(), m.end()):
            continue
        _add(ctx, deadline, m, span.start(), "den ngay", taken)


# a month or quarter that opens an item or line without a cue, as the label of what is done in it: "- Quý
# III/2026: hoàn thành việc rà soát …", "3. Tháng 8/2026, tổ chức thi …" (not a year: "Năm 2026, Trường … tuyển
# sinh 1.500 chỉ tiêu" tells a fact)
_LABEL = re.compile(rf"^[ \t]*(?:{MARK}[ \t]*)?(?=(?:cuoi\s+)?(?:thang|quy)\s)", re.I | re.M)


def _labels(ctx: Context, start: int, end: int, taken: list) -> None:
    """A period that labels the work of its item, read as if ``trong`` stood before it: due when the words after
    its colon or comma say what is to be done (``Tháng 6/2026: các xã rà soát …``), not what happens then."""
    for label in _LABEL.finditer(ctx.folded, start, end):
        m = DEADLINE.match(ctx.folded, label.end(), min(end, label.end() + 40))
        if m is None or not (m.group("mo3") or m.group("q")) \
                or not re.match(r"[ \t]*[:,]", ctx.folded[m.end():]) or any(s <= m.end() - 1 < e for s, e in taken):
            continue
        deadline = _build(ctx, m)
        if deadline is not None and _is_deadline(ctx, deadline, label.end(), "trong") \
                and is_due(ctx, "trong", label.end(), m.end()):
            _add(ctx, deadline, m, label.end(), "trong", taken)


def _match_after(ctx: Context, cue, cue_key: str, start: int, end: int) -> re.Match | None:
    """The time, date or period the cue opens, when it is one this cue can open."""
    m = DEADLINE.match(ctx.folded, cue.end, min(end, cue.end + 80))
    if not m and cue_key in _NAMED_CUES:  # "Hạn chót nộp hồ sơ là 17 giờ 00 ngày …": what is due, then the date
        gap = _DUE_WHAT.match(ctx.folded, cue.end, min(end, cue.end + 60))
        m = gap and DEADLINE.match(ctx.folded, gap.end(), min(end, gap.end() + 80))
    if not m and cue_key in _FINISH_CUES:  # "hoàn thành việc số hóa sổ hộ tịch vào cuối quý IV năm 2025"
        gap = _FINISH_WHAT.match(ctx.folded, cue.end, min(end, cue.end + 160))
        m = gap and DEADLINE.match(ctx.folded, gap.end(), min(end, gap.end() + 80))
        m = m if m and not m.group("d6") else None
    if not m and cue_key == "truoc":  # "trước ngày khai mạc (ngày 25/6/2026)": a day named, its date in brackets
        gap = _NAMED_DAY.match(ctx.folded, cue.end, min(end, cue.end + 80))
        m = gap and DEADLINE.match(ctx.folded, gap.end(), min(end, gap.end() + 40))
    if not m:
        return None
    if cue_key in ("trong", "hang thang") and not (m.group("mo3") or m.group("q") or m.group("half")
                                                     or m.group("d6") or m.group("d2") or m.group("d")) \
            and not (cue_key == "trong" and m.group("y7") and _submitted(ctx, cue.start, start)):
        return None
    if cue_key in ("hang thang",):
        return None
    if cue_key == "trong" and (m.group("d") or m.group("d2")) and not re.match(r"\s*ngay", ctx.folded[cue.end:], re.I):
        return None
    months = m.group("mo3") and _FROM_MONTH.search(ctx.folded, max(start, cue.start - 80), cue.start)
    if cue_key == "den" and not months and not (m.group("h") and (m.group("d") or m.group("d2"))
                                                and (_FROM_DAY.search(ctx.folded, max(start, cue.start - 60), cue.start)
                                                     or _TIME_LABEL.search(ctx.folded, max(start, cue.start - 60),
                                                                           cue.start))):
        # "từ ngày 01/6/2025 đến 17h00 ngày 30/6/2025" ends a period of days with a time, and so does
        # "Thời gian tiếp nhận: đến 17 giờ 00 ngày 30/5/2025", and "… thực hiện từ tháng 5 đến tháng 12/2025"
        # one of months; "từ 8h00 đến 11h00 ngày 30/5/2025" is the hours of one day's event
        return None
    if cue_key not in _SIMPLE_CUES and cue_key not in ("trong", "den"):
        return None
    if cue_key == "han" and ctx.text[:cue.start].rstrip(" \t")[-1:] not in ("", ",", ".", ";", ":", "(", "-", "\n"):
        return None  # "…, hạn ngày 20/6" and "Hạn: …", not "còn hạn đến ngày …" or "quyền hạn"
    if m.group("y7") and cue_key not in _YEAR_CUES and not _END_OF_YEAR.search(m.group()) \
            and not (cue_key == "trong" and _submitted(ctx, cue.start, start)):
        return None  # a year alone ends a period after a few cues; "cuối năm 2025" after any
    if cue_key == "truoc" and _PREVIOUS.search(ctx.folded, max(0, cue.start - 16), cue.start) \
            and not (re.match(r"\s*ngay\s*\d", ctx.folded[cue.end:cue.end + 12], re.IGNORECASE)
                     and re.search(r"\b(?:nam|thang|quy)\s+$", ctx.folded[max(0, cue.start - 8):cue.start], re.IGNORECASE)):
        # "từ ngày 16/8 năm trước đến 15/8": the previous year, not a cue ("báo cáo năm trước ngày 15/12" is one)
        return None
    if cue_key in _CUTOFF_CUES and (is_cutoff(ctx, cue.start) or is_calendar_end(ctx, cue.start)):
        return None
    if cue_key.startswith("hoan") and _WHEN.search(ctx.folded, max(0, cue.start - 8), cue.start):
        return None  # "khi hoàn thành vào năm 2019, …": when the work is done, not by when it must be
    if is_condition(ctx, cue.start, m.end()):
        return None
    return m


def _before_period(ctx: Context, m: re.Match, deadline: Deadline) -> Deadline | None:
    """``trước tháng 10/2025`` is due by the end of September, ``trước quý IV`` by the end of the third
    quarter, ``trước năm 2026`` by the end of 2025; ``trước cuối tháng 10`` and a day stay as read."""
    if deadline.kind != "period" or deadline.date is None or re.match(r"\W*(?:\w+\W+)??cuoi\b", m.group(), re.I):
        return deadline
    if _LATER_MONTH.match(m.string, m.end()) or _LATER_QUARTER.match(m.string, m.end()):
        return None  # "trước tháng 6 và tháng 7": not one day
    due = date.fromisoformat(deadline.date)
    if m.group("q"):
        first = date(due.year, due.month - 2, 1)
    elif m.group("y7"):
        first = date(due.year, 1, 1)
    else:
        first = date(due.year, due.month, 1)
    deadline.date = date.fromordinal(first.toordinal() - 1).isoformat()
    return deadline


def _add(ctx: Context, deadline: Deadline, m: re.Match, pos: int, cue_key: str, taken: list,
         end: int | None = None) -> None:
    """List the deadline read at ``pos``…``m.end()`` (or ``end``, past a time after the date), as recurring,
    unsure or a period's end when it is one."""
    end = end or m.end()
    if ctx.text.count("(", pos, end) > ctx.text.count(")", pos, end) and ctx.text[end:end + 1] == ")":
        end += 1  # "trước ngày khai mạc (ngày 25/6/2026)": the bracket closed
    deadline.text = squash(strip_markup(ctx.text[pos:end]))
    if _YEARLY.match(ctx.folded, m.end()) and deadline.kind == "by":
        deadline.kind, deadline.recurrence = "recurring", f"yearly:{deadline.date[5:]}"
    elif deadline.kind != "recurring" and _recurs(ctx, m, pos):
        # which day of which period is not certain: listed without a date, so that no calendar,
        # register or summary takes it for the dispatch's deadline
        deadline.kind, deadline.recurrence, deadline.date = "recurring", "period", None
    elif _rolled_far(ctx, m, deadline):
        # "trước ngày 20/3" in a dispatch of 9 May: next March, or a slip of the month? Not guessed
        deadline_relative.flag(ctx, _("the deadline “%(deadline)s” prints no year and its day has passed "
                                      "this year: check it") % {"deadline": deadline.text})
        deadline.date, deadline.kind = None, "unsure"
    if deadline.kind == "by" and cue_key.startswith(("tu nay", "den")):
        deadline.kind = "until"
        if _recurring_window(ctx, pos):  # "báo cáo … định kỳ hằng tuần trong thời gian từ ngày … đến ngày …"
            deadline.kind, deadline.recurrence, deadline.date = "recurring", "window", None
    ctx.fields.deadlines.append(deadline)
    taken.append((pos, end))
    ctx.deadline_spans.append((deadline, pos, end))
    ctx.mark("deadline", pos, end)


def _recurring_window(ctx: Context, pos: int) -> bool:
    """Is the period that ends at ``pos`` the time a recurring duty runs (``tổng hợp báo cáo … định kỳ hằng tuần
    trong thời gian từ ngày 15/12/2025 đến ngày 15/02/2026``): a word of recurrence in its clause, right before
    the period's ``từ``? Its end is no day to meet."""
    clause = re.split(r"[;.:]", ctx.text[max(0, pos - 160):pos])[-1]
    start = _PERIOD_FROM.search(clause)
    return start is not None and bool(RECURRING.search(clause[:start.start()][-60:]))


# the start of the period whose end follows: "(trong thời gian) từ (ngày) 15/12/2025 …"
_PERIOD_FROM = re.compile(r"(?:trong\s+(?:thời\s+gian|khoảng\s+thời\s+gian)\s+)?từ\s+(?:ngày\s+)?[^,]{0,40}$", re.I)


def _is_deadline(ctx: Context, deadline: Deadline, pos: int, cue_key: str) -> bool:
    """Not a date before the issue date (an event that took place), nor a time before the issue
    day has begun (``trước ngày`` the issue date, ``trước 0 giờ`` of it), nor the end of a rule's
    effect (``… được áp dụng đến hết ngày …``)."""
    if ctx.issue_date is not None and deadline.date is not None:
        issued = ctx.issue_date.isoformat()
        if deadline.date < issued and _reminded(ctx, pos):
            pass  # "Ngày 15/4, Sở có Công văn số 720/… đề nghị … báo cáo trước ngày 10/5": a reminder repeats it
        elif deadline.date < issued or (deadline.date == issued and (cue_key == "truoc" and deadline.time is None
                                                                      or deadline.time == "00:00")):
            return False
    start = max(ctx.text.rfind(". ", 0, pos), ctx.text.rfind("\n", 0, pos), ctx.text.rfind(";", 0, pos)) + 1
    before = without_effect_day(key(ctx.text[start:pos]))
    return not (EFFECT.search(before) or cue_key not in DUE_BY_CUES and DELEGATION.search(before))


# an earlier dispatch cited by its number and what it asked: "… có Công văn số 720/SLĐTBXH-BTXH đề nghị …"
_EARLIER_REQUEST = re.compile(r"\b(?:cong\s+van|van\s+ban|ke\s+hoach|thong\s+bao|chi\s+thi|huong\s+dan|cong\s+dien)"
                              r"\s+(?:so\s+)?\d+[^.;\n]{0,200}?\b(?:de\s*nghi|yeu\s+cau)\b", re.IGNORECASE)


def _reminded(ctx: Context, pos: int) -> bool:
    """Is the cue at ``pos`` in a sentence that tells what an earlier dispatch, cited by its number, asked: a
    reminder repeating that dispatch's deadline, which is listed though its day has passed?"""
    return bool(_EARLIER_REQUEST.search(key(text_before(ctx, pos, SENTENCE_START, 400))))


# "năm trước", "tháng trước", "kỳ trước", "giai đoạn trước": trước says which period, it does not open a
# deadline ("đăng ký trước ngày …" does)
# "khi" right before "hoàn thành": when a work is finished
_WHEN = re.compile(r"\bkhi\s+$", re.IGNORECASE)
_PREVIOUS = re.compile(r"\b(?:nam|thang|quy|(?<!dang\s)ky|tuan|hom|lan|dot|giai\s+doan)\s+$", re.IGNORECASE)
# a second day without its year joined to the first: "ngày 15/6 và ngày 15/12", "15 tháng 6 và 15 tháng 12"
_AND_DAY = re.compile(r"\s*(?:,|;|va|hoac)\s*(?:ngay\s*)?\d{1,2}\s*(?:[/.\-]\s*\d{1,2}|thang\s+\d{1,2})(?![\d/])",
                      re.IGNORECASE)
# a day followed by the report it is due for: a reporting schedule when the sentence says it recurs
_FOR_REPORT = re.compile(r"\s*,?\s*(?:\(\s*)?đối\s+với\s+(?:các\s+)?báo\s+cáo", re.IGNORECASE)
# the start of a period that names its day, before "đến" and the time and day that end it
_FROM_DAY = re.compile(r"\btu\s+(?:\d{1,2}\s*(?:h|gio)\s*\d{0,2}\s*(?:phut)?\s*,?\s*)?ngay\s*"
                       r"(?:\d{1,2}|ra\s+thong\s+bao|ky|ban\s+hanh)[^\n]{0,30}$",
                       re.IGNORECASE)
# a span of months that something is carried out in, or that a time label names, before "đến": not the
# months a report covers ("số liệu từ tháng 01 đến tháng 6/2025")
_FROM_MONTH = re.compile(r"(?:thuc\s+hien|trien\s+khai|thoi\s+gian[^:\n]{0,30}:)\s*tu\s+thang\s+\d{1,2}(?:\s*(?:/|nam)\s*\d{4})?\s*$",
                         re.IGNORECASE)
# the label of a time that names what is done in it, right before the cue: "Thời gian tiếp nhận hồ sơ: "
_TIME_LABEL = re.compile(r"(?:^|\n)[\s\-–+•\d.)]*thoi\s+(?:gian|han)\s+[^\W\d][^:\n\d]{0,40}:\s*$", re.IGNORECASE)
# cues after which a date may be a cut-off ("được cấp trước ngày …") or a fact ("được hoàn thành vào năm …")
_CUTOFF_CUES = {"truoc", "hoan thanh", "hoan tat", "xong", "hoan thanh trong"}


# a day printed without its year that has passed in the issue year is taken in the next year only when
# that is this close to the issue date (a dispatch of 20 December asking for a report by 10 January)
_ROLL_OVER = 183


def _rolled_far(ctx: Context, m: re.Match, deadline: Deadline) -> bool:
    """A day-month without its year that falls more than half a year after the issue date because
    its day has passed in the issue year."""
    issued = ctx.issue_date or ctx.issue_month
    if deadline.date is None or issued is None or not (m.group("d") or m.group("d2")):
        return False
    if m.group("y") or m.group("y2") or _YEARLY.match(ctx.folded, m.end()):
        return False
    due = date.fromisoformat(deadline.date)
    return due.year > issued.year and (due - issued).days > _ROLL_OVER


# "Một năm 2 lần", "mỗi năm hai lần", "02 lần/năm", "2 lần trong năm", "một lần trong năm": so many times a
# period (not "một lần trong năm 2025": once, that year)
_TIMES = re.compile(r"\b(?:(?:mot|moi|1|01)\s+(?:nam|quy|thang)\s+(?:\d{1,2}|hai|ba|bon)\s+lan"
                    r"|(?:\d{1,2}|mot|hai|ba|bon)\s+lan\s*(?:/|\s(?:mot|moi|trong|1)\s)\s*(?:nam|quy|thang))"
                    r"\b(?!\s*\d)", re.IGNORECASE)
# "… trước ngày 30 tháng 9 của năm đăng ký": a year the text names by what happens in it, not by its number
_OF_NAMED_YEAR = re.compile(r"\s*,?\s*của\s+(?:năm|kỳ|đợt)\s+(?!nay\b|này\b)[^\W\d][^.;\n\d]{0,40}(?=[.;\n]|$)", re.IGNORECASE)


def _recurs(ctx: Context, m: re.Match, pos: int) -> bool:
    """A day, month or quarter without its year that recurs: tied to an undated period after it
    (``… của năm báo cáo``), or in a paragraph that says it recurs (``Định kỳ hằng năm, … trước ngày
    15 tháng 10``)."""
    if any(m.group(g) for g in ("y", "y2", "y3", "y4", "y5", "y7")):
        return False
    if PERIOD_AFTER.match(ctx.text, _skip(ctx.text, m.end())) or _OF_NAMED_YEAR.match(ctx.text, m.end()):
        return True
    pair = _AND_DAY.match(ctx.folded, m.end())  # "trước ngày 15 tháng 6 và 15 tháng 12 hằng năm": two days a year
    if pair and (_YEARLY.match(ctx.folded, pair.end()) or PERIOD_AFTER.match(ctx.text, _skip(ctx.text, pair.end()))):
        return True
    if _FOR_REPORT.match(ctx.text, m.end()):  # "ngày 15/6 đối với báo cáo 6 tháng và ngày 15/11 đối với báo cáo hằng năm"
        after = ctx.text[m.end():min(len(ctx.text), m.end() + 300)]
        stop = SENTENCE_START.search(after)
        after = after[:stop.start()] if stop else after
        if RECURRING.search(after) or PERIOD_AFTER.search(after):
            return True
    paragraph = text_before(ctx, pos, PARAGRAPH_START, 1200)
    after = ctx.text[m.end():min(len(ctx.text), m.end() + 200)]
    stop = SENTENCE_START.search(after)
    after = after[:stop.start()] if stop else after  # "… 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/11 hằng năm"
    return bool(RECURRING.search(paragraph) or _TIMES.search(key(paragraph))
                or re.search(r"\bhang\s+(?:nam|quy|thang|tuan)\b", key(after)))


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " ,\t":
        pos += 1
    return pos


def _build(ctx: Context, m: re.Match) -> Deadline | None:
    ref = ctx.issue_date or ctx.issue_month  # a date line without its day still gives a year to a day-month
    g = m.group
    if g("d6"):
        day = int(g("d6"))
        if ref is None:
            return Deadline(date=None, kind="recurring", recurrence=f"monthly:{day}")
        d = make_date(day, ref.month, ref.year)
        if d is None or d < ref:
            y, mo = (ref.year + 1, 1) if ref.month == 12 else (ref.year, ref.month + 1)
            d = make_date(day, mo, y)
        return Deadline(date=d.isoformat() if d else None, kind="recurring", recurrence=f"monthly:{day}")
    time = _time(m) if g("h") else None
    if g("d") or g("d2"):
        if g("d"):
            day, month, year = int(g("d")), int(g("mo")), g("y")
        else:
            day, month, year = int(g("d2")), _month(g("mo2")), g("y2")
        y = int(year) + (2000 if year and len(year) == 2 else 0) if year else None
        d = resolve_date(day, month, y, ref)
        if d is None:
            return None
        return Deadline(date=d.isoformat(), time=time, kind="by")
    if g("mo3"):
        month, year = _month(g("mo3")), g("y3")
        pos = m.end()
        while later := _LATER_MONTH.match(m.string, pos):
            month, year, pos = int(later.group("mo") or later.group("mo_")), later.group("y") or later.group("y_") or year, \
                later.end()
        year = int(year) if year else _year_for(ref, month)
        if not 1 <= month <= 12 or year is None:
            return None
        return Deadline(date=last_day_of_month(year, month).isoformat(), kind="period")
    if g("q"):
        q, year, pos = QUARTERS.get(g("q").upper(), None) or int(g("q")), g("y4"), m.end()
        while later := _LATER_QUARTER.match(m.string, pos):
            last = (later.group("q") or later.group("q_")).upper()
            q, year, pos = QUARTERS.get(last) or int(last), later.group("y") or year, later.end()
        year = int(year) if year else _year_for(ref, q * 3)
        if year is None:
            return None
        return Deadline(date=last_day_of_month(year, q * 3).isoformat(), kind="period")
    if g("y7"):
        return Deadline(date=date(int(g("y7")), 12, 31).isoformat(), kind="period")
    if g("half"):  # "6 tháng đầu năm" ends on 30 June, "6 tháng cuối năm" on 31 December
        year = int(g("y5")) if g("y5") else (ref.year if ref else None)
        if year is None:
            return None
        end = (6, 30) if g("half").lower() == "dau" else (12, 31)
        return Deadline(date=date(year, *end).isoformat(), kind="period")
    return None


def _time(m: re.Match) -> str | None:
    """``HH:MM`` of the time a match read (groups ``h``, ``mi`` and ``part``), if it is one."""
    hour, minute = int(m.group("h")), int(m.group("mi") or 0)
    if (m.group("part") or "").lower() in ("chieu", "toi") and hour < 12:  # "5 giờ chiều" is 17:00
        hour += 12
    return f"{hour:02d}:{minute:02d}" if hour <= 23 and minute <= 59 else None


def _month(text: str) -> int:
    """A month's number, printed as one (``6``) or named (``Sáu``, ``Mười hai``)."""
    return int(text) if text.isdigit() else _MONTH_NAMES[key(" ".join(text.split()))]


def _year_for(ref: date | None, month: int) -> int | None:
    if ref is None:
        return None
    return ref.year if month >= ref.month else ref.year + 1
