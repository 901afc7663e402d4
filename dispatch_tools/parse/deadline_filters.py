"""Whether a date read after a deadline cue is one someone must meet: not the end of a rule's effect, a
forecast, a fact or a cut-off (``được bổ nhiệm trước ngày …``), a condition or a case (``… thì …``,
``Đối với hồ sơ nộp trước ngày …, …``), an offer's period, and after a period cue (``trong tháng 6``,
``đến ngày``) only in a sentence that says what is to be done. The phrases are data files
(``models/parse/deadline_*.txt``)."""

from __future__ import annotations

import re

from .context import Context
from .deadline_own import RECEIVE, opens_with_issuer
from .text import load_list, load_table, words_regex


# the end of a rule's effect, not a deadline: "… có hiệu lực … và được áp dụng đến hết ngày …", "Thuế suất
# áp dụng từ ngày … đến hết ngày …", "… áp dụng từ nay đến tháng 10"
EFFECT = re.compile(r"\b(?:co hieu luc|hieu luc thi hanh|duoc ap dung|ap dung den|ap dung tu)\b"
                     r"|\bap dung\s*$")
# a delegation runs for a period ("Ủy quyền cho Giám đốc Sở ký … đến hết ngày …"); a day something is due by
# (``trước``, ``chậm nhất``) after its words is still due: "hoàn thiện hồ sơ đề nghị giao quyền quản lý trước ngày …"
DELEGATION = re.compile(r"\b(?:uy quyen|giao quyen)\b")
DUE_BY_CUES = ("truoc", "cham nhat", "muon nhat")
# the day a document takes effect named as a time, not a rule stated: "Tổ chức đã được cấp giấy phép trước
# ngày Thông tư này có hiệu lực phải …", "kể từ ngày Nghị định này có hiệu lực thi hành" (folded text)
EFFECT_DAY = re.compile(r"\b(?:ngay|thoi\s+diem)\s+(?:\w+\s+){1,4}?nay\s+co\s+hieu\s+luc(?:\s+thi\s+hanh)?\b")


def without_effect_day(folded: str) -> str:
    """``folded`` with each day a document takes effect (:data:`EFFECT_DAY`) blanked, its length kept."""
    return EFFECT_DAY.sub(lambda m: " " * len(m.group(0)), folded)


def _phrases(name: str) -> re.Pattern:
    """A data file's phrases as one regex over the text as printed (case ignored, marks kept: folded,
    ``giao`` would also match ``giáo``)."""
    return words_regex(load_list(name), fold=False)


RECURRING = _phrases("deadline_recurring.txt")
PERIOD_AFTER = _phrases("deadline_period_after.txt")
_NOT_DUE = _phrases("deadline_not_due.txt")
_ACTIONS = _phrases("deadline_actions.txt")
_NOT_ACTIONS = _phrases("deadline_not_actions.txt")
_PAST = _phrases("deadline_past.txt")
_CUTOFF = _phrases("deadline_cutoff.txt")
_DUTY = _phrases("deadline_duty.txt")
_NOT_CUTOFF = _phrases("deadline_not_cutoff.txt")
_OFFERS = _phrases("deadline_offers.txt")
_CALENDAR = _phrases("deadline_calendar.txt")
# an item's marker, if any, and the space after it: "- ", "2. ", "a) "
MARK = r"(?:[-–+•]|\d{1,2}[.)]|[a-zđ]\))"  # an item's marker: "-", "2.", "a)"
_MARKER = rf"(?:{MARK}\s*)?"
# a verb of work opening the item or sentence before a period cue: "- Tập huấn cho … trong quý II/2026"
_OPENS_WITH_WORK = words_regex(load_list("deadline_work_verbs.txt"), fold=False,
                               prefix=r"\s*" + _MARKER)
# a day as printed: "31/12/2025", "30.11", "ngày 31 tháng 12 năm 2025", "tháng 11/2025"
_DAY = (r"(?:ngày\s*)?(?:\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4})?"
        r"|\d{1,2}\s+tháng\s+\d{1,2}(?:\s*,?\s*năm\s+\d{4})?|tháng\s+\d{1,2}(?:\s*[/\-]\s*\d{4})?)(?![\d/])")
# the start of a period before its end's cue: "từ ngày 01/01/2025 ", "từ đầu năm "
_FROM = rf"(?:\s+(?:dự\s+kiến\s+)?từ\s+(?:{_DAY}|đầu\s+năm(?:\s+\d{{4}})?))"
_AS_OF_LIST = load_list("deadline_as_of.txt")
_AS_OF_WORDS = "|".join(r"\s+".join(map(re.escape, w.split())) for w in _AS_OF_LIST if not w.startswith("range:"))
_RANGE_WORDS = "|".join(r"\s+".join(map(re.escape, w[6:].split())) for w in _AS_OF_LIST if w.startswith("range:"))
# the figures' day right before the cue ("số liệu tính đến ngày …", "số liệu từ ngày … đến ngày …"), and an
# as-of day with its date, which says nothing of a cue after it ("… tính đến ngày 31/12/2025 và gửi … trước …")
_AS_OF = rf"(?<![\w])(?:(?:{_AS_OF_WORDS})|(?:{_RANGE_WORDS})(?:\s+tính)?{_FROM})"
_AS_OF_END = re.compile(rf"{_AS_OF}\s*$", re.IGNORECASE)
_AS_OF_SPAN = re.compile(rf"{_AS_OF}\s+(?:đến|tới)\s+(?:hết\s+)?{_DAY}", re.IGNORECASE)
# the figures (and a few words naming them) right before the cue, without the period's start ("báo cáo số liệu
# tuyển sinh đến ngày 31/5/2026, gửi về Sở chậm nhất ngày 10/6/2026"): their day, when the sentence goes on to
# the day they are due
_FIGURES_END = re.compile(rf"(?<![\w])(?:{_RANGE_WORDS})(?:\s+[^\W\d]+){{0,4}}\s*$", re.IGNORECASE)
_DUE_CUE = re.compile(r"(?<![\w])(?:trước|chậm\s+nhất|muộn\s+nhất|không\s+(?:muộn|chậm)\s+hơn|hạn)(?:\s+là)?\s+(?:ngày\s*)?\d",
                      re.IGNORECASE)


def _due_later(ctx: Context, end: int) -> bool:
    """Does the sentence go on after ``end`` to a day something is due by (``…, gửi về Sở chậm nhất ngày …``)?"""
    after = ctx.text[end:min(len(ctx.text), end + 300)]
    stop = SENTENCE_START.search(after)
    return bool(_DUE_CUE.search(after[:stop.start()] if stop else after))


# an event as the subject of the sentence, then the word of its taking place ("Lớp học khai giảng …")
_EVENT_ROWS = load_table("deadline_events.txt")
_EVENTS = words_regex([r[1] for r in _EVENT_ROWS if r[0] == "event"], fold=False).pattern
_EVENT_SUBJECT = re.compile(
    r"\s*" + _MARKER
    + _EVENTS
    + r"[^,;:\n]{0,60}?(?<![\w])(?:(?:sẽ|dự\s+kiến|được)\s+)?"
    + words_regex([r[1] for r in _EVENT_ROWS if r[0] == "occurs"], fold=False).pattern, re.IGNORECASE)
# the time an event takes place, named before its days ("trong thời gian diễn ra kỳ thi từ ngày … đến hết ngày …")
_EVENT_TIME = re.compile(
    r"(?<![\w])(?:thời\s+gian|dịp)\s+(?:diễn\s+ra|diễn|tổ\s+chức)\s+(?:các\s+)?" + _EVENTS + r"[^,;:.]{0,80}$",
    re.IGNORECASE)
_SCHEDULE = _phrases("deadline_schedule.txt")
_STAGES = _phrases("deadline_stages.txt")
# cues that name a period's end: a date after them is a deadline only when something is to be done
_PERIOD_CUES = {"trong", "den ngay", "den het", "den"}
# a list marker opening a line ("- ", "2.", "b)")
_LIST_MARK = rf"\n\s*{MARK}"
# where the sentence of a cue starts: after a full stop, a semicolon, an empty line or a list marker
# (a wrapped line of the same sentence does not end it)
SENTENCE_START = re.compile(rf"(?:\.\s|;|\n\s*\n|{_LIST_MARK})")
# where its paragraph starts: an empty line, a line break after the end of a sentence, a list marker
PARAGRAPH_START = re.compile(rf"(?:\n\s*\n|[.;:]\s*\n|{_LIST_MARK})")


def text_before(ctx: Context, pos: int, start: re.Pattern, reach: int) -> str:
    """The text of the body from the last ``start`` before ``pos`` up to it."""
    window = ctx.text[max(0, ctx.offset(ctx.body_start), pos - reach):pos]
    ends = [m.end() for m in start.finditer(window)]
    return window[ends[-1]:] if ends else window


def is_due(ctx: Context, cue_key: str, pos: int, end: int) -> bool:
    """The date is one someone must meet: not a forecast or a fact (``dự kiến``, ``tính đến``,
    ``xảy ra``), and after a period cue (``trong tháng 6``, ``đến ngày``) the sentence says what
    is to be done: before the cue, or after the date when the period opens the sentence and
    tells of nothing done already (``Trong tháng 6/2025, các huyện tổ chức …``)."""
    before = text_before(ctx, pos, SENTENCE_START, 400)
    if cue_key in _PERIOD_CUES and (_AS_OF_END.search(before) or _is_schedule(before)
                                    or _FIGURES_END.search(before) and _due_later(ctx, end)):
        return False
    if _not_due(before) or (cue_key in _FORECAST_CUES and _is_forecast(before)):
        return False
    if cue_key in _PERIOD_CUES and _EVENT_SUBJECT.match(before) and not _asks(before):
        return False  # "Hội thi tổ chức trong tháng 7/2026", "Đoàn kiểm tra làm việc từ ngày … đến ngày …"
    if cue_key in _PERIOD_CUES and _EVENT_TIME.search(before):
        return False  # "… trong thời gian diễn ra kỳ thi từ ngày 23/6 đến hết ngày 27/6/2019": the event's days
    if cue_key not in _PERIOD_CUES:
        return True
    if _is_offer(before) or (_BARE_TIME.match(before) and _HOURS.search(ctx.folded, pos, end)):
        return False
    approval = _APPROVES.match(before) or _APPROVES.match(before, before.rfind("\n") + 1) \
        if re.search(r":\s*\n[^\n]*$", before) else _APPROVES.match(before)  # "… có ý kiến như sau:" / "Đồng ý …"
    if approval and not _asks(before[approval.start():]) and not _EXTENDS.search(before):
        return False  # "Cho phép Trường A tổ chức Hội thảo từ ngày 12 đến ngày 13/6": the period approved
    if opens_with_issuer(ctx, before, _ACTIONS) and not _asks(before) and not RECEIVE.search(before):
        return False  # "Sở … tổ chức Hội chợ … từ ngày … đến ngày …": the issuer's own event
    if _BARE_TIME.match(before) and _issuers_event_before(ctx, pos - len(before)):
        return False  # "Sở … tổ chức Hội thi …." / "Thời gian: từ ngày … đến ngày …": that event's days
    if _ACTIONS.search(_NOT_ACTIONS.sub(" ", before)) or _OPENS_WITH_WORK.match(before):
        return True
    if _DUTY_AFTER.match(ctx.text, end) and _opens_clause(ctx, pos):
        return True  # "… thì đến ngày 01/01/2024 phải hoàn thành …": the clause that bears the duty opens on the period
    if _is_stage(before):
        return _stage_acts(ctx, before, end)
    if len(before.split()) > 1:  # the period does not open the sentence: what follows is another clause
        return False
    after = ctx.text[end:min(len(ctx.text), end + 400)]
    heading = _OVER_ITEMS.match(after)  # "2. Trong tháng 9/2026:" / "a) Xây dựng kế hoạch …": its first item
    after = after[heading.end():] if heading else after
    stop = SENTENCE_START.search(after)
    after = after[:stop.start()] if stop else after
    return _to_be_done(after) is not None or _directs(after)


# a verb right after the comma (or colon) that closes an opening period, with no subject before it: "Trong tháng
# 7/2026, cử công chức tham gia ôn tập", "- Quý III/2026: hoàn thành …" asks it of the addressee (a report tells
# its subject: "Trong tháng 6, Sở đã …")
_DIRECTIVE = words_regex(load_list("task_verbs.txt"), fold=False, prefix=r"\s*[,:]\s*")


def _directs(after: str) -> bool:
    """Do the words after an opening period start, past its comma or colon, with a verb in small letters, as a
    thing to be done (no word of the past, no ``sẽ``)?"""
    verb = _DIRECTIVE.match(after)
    return bool(verb) and verb.group().lstrip(" ,\t")[:1].islower() and not _PAST.search(after) \
        and not _WILL.search(after)


# the end of a heading that is a period alone, over the items done in it: "2. Trong tháng 9/2026:" and the line
# break, then the first item's marker
_OVER_ITEMS = re.compile(r"[ \t]*:[ \t]*\n\s*" + _MARKER, re.IGNORECASE)


# a sentence or article that opens with an approval ("Cho phép …", "Điều 1. Đồng ý …"): the period it names is
# what is approved; an extension it grants ("Đồng ý gia hạn … đến hết ngày …") is a time limit all the same
_APPROVES = words_regex(load_list("approvals.txt"), fold=False,
                        prefix=r"\s*(?:[-–+•]\s*|\d{1,2}[.)]\s*|điều\s+\d+\s*[.:]\s*)?")
_EXTENDS = re.compile(r"(?<![\w])gia\s+hạn(?![\w])", re.IGNORECASE)


def _issuers_event_before(ctx: Context, label: int) -> bool:
    """Does the sentence right before a time label at ``label`` tell of the issuer's own doing (``Sở Văn hóa
    … tổ chức Hội thi … năm 2025.``), so that the label gives the days of that event?"""
    end = label
    while end > 0 and ctx.text[end - 1] in " \t\n.;:":
        end -= 1
    previous = text_before(ctx, end, SENTENCE_START, 400)
    return opens_with_issuer(ctx, previous, _ACTIONS) and not _asks(previous) and not RECEIVE.search(previous)


def _to_be_done(text: str) -> re.Match | None:
    """The word of action in ``text`` when it tells of a thing to be done: not one done already, nor
    one that will take place (``Trong tháng 6/2025, Sở sẽ tổ chức đoàn kiểm tra``: not what is asked)."""
    action = _ACTIONS.search(_NOT_ACTIONS.sub(" ", text))
    if action is None or _PAST.search(text) or _WILL.search(text, 0, action.start()):
        return None
    return action


_ASIDE = re.compile(r"\([^()\n]*\)")  # an aside in brackets, on one line


def _not_due(before: str) -> bool:
    """A word of fact or forecast in the sentence before the cue (``dự kiến``, ``tính đến``), not inside
    an aside in brackets nor followed by a request (``Đề nghị … cử cán bộ tham gia Đoàn kiểm tra (dự kiến
    từ ngày …), gửi danh sách trước ngày …``, ``Đoàn dự kiến làm việc từ ngày …, đề nghị … gửi … trước …``)."""
    text = _AS_OF_SPAN.sub(" ", _ASIDE.sub(" ", before))
    last = None
    for last in _NOT_DUE.finditer(text):
        pass
    return last is not None and not _asks(text[last.end():]) and not _asked_for(text, last.start()) \
        and not _new_clause_acts(text, last.end())


def _new_clause_acts(text: str, pos: int) -> bool:
    """Does a clause after ``pos`` open, after a comma, with a word of action in small letters (``… số liệu
    biên chế có mặt, gửi về Sở chậm nhất ngày …``): the fact or forecast before it does not reach the cue?"""
    return any((m := _ACTIONS.match(text, c.end())) and m.group()[0].islower() for c in _COMMA.finditer(text, pos))


_COMMA = re.compile(r",\s*")


def _asked_for(text: str, pos: int) -> bool:
    """Is the word at ``pos`` what a request asks to be done, right after its verb (``đề nghị các doanh nghiệp
    báo cáo dự kiến tiền lương … trước ngày …``): a word of duty before it, a word of action just before?"""
    asks = any(m.group()[0].islower() or _MARKER_ONLY.fullmatch(text, 0, m.start())
               for m in _DUTY.finditer(text, 0, pos))
    return asks and any(m.end() == len(text[:pos].rstrip()) for m in _ACTIONS.finditer(text, 0, pos))


_MARKER_ONLY = re.compile(r"\s*" + _MARKER)  # "Đề nghị …" opening the sentence


def _is_schedule(before: str) -> bool:
    """``… làm việc với Đoàn kiểm tra theo lịch từ ngày …``, ``Lịch kiểm tra: từ ngày …``: the period
    that ends at the cue is a schedule's."""
    return any(_SCHEDULE_REST.fullmatch(before, m.end()) for m in _SCHEDULE.finditer(before))


# what may follow a schedule's word before the period: a few words that name it ("theo lịch kiểm tra", "theo lịch
# đã thông báo"), a colon, the period's start
_SCHEDULE_REST = re.compile(rf"(?:\s+(?!từ\b)[^\W\d]+){{0,3}}\s*:?{_FROM}?\s*", re.IGNORECASE)


# a stage's label opening the sentence, then the period's start: "Vòng thi trực tuyến: từ ngày 08/12/2025 "
# or the period in brackets after the label: "Giai đoạn 1 (từ ngày 01/6/2026 " … "): các xã rà soát …"
_STAGE_LABEL = re.compile(rf"\s*{_MARKER}(?:{_STAGES.pattern})[^:(\n]{{0,60}}"
                          rf"(?::{_FROM}?|\(\s*(?:từ\s+{_DAY})?)\s*$",
                          re.IGNORECASE)


_CLAUSE_AFTER = re.compile(r"\s*(?:,|\)\s*[:,]?)")


def _is_stage(before: str) -> bool:
    return bool(_STAGE_LABEL.match(before))


def _stage_acts(ctx: Context, before: str, end: int) -> bool:
    """``Vòng thi trực tuyến: từ ngày … đến hết ngày …. Các trường tổ chức cho học sinh dự thi …``, ``Giai đoạn
    1: từ ngày … đến ngày …, các xã rà soát …``: a stage's period is due when its item goes on (on the same
    line, in a clause or sentence after the date) to say what someone other than the issuer does in it, as a
    thing to be done, not one done or one that will happen."""
    line_end = ctx.text.find("\n", end)
    rest = ctx.text[end:line_end if line_end >= 0 else len(ctx.text)]
    first, *parts = re.split(r"(?<=[.;])\s+", _ASIDE.sub(" ", rest))
    opens = _CLAUSE_AFTER.match(first)  # "… đến ngày 31/12/2025, các xã rà soát …", "… 30/6/2026): các xã …"
    if opens:
        parts.insert(0, first[opens.end():].strip())
    for part in parts:
        action = _to_be_done(part)
        if action and action.group()[0].islower() and not opens_with_issuer(ctx, part, _ACTIONS):
            return True
    return False


def _asks(sentence: str) -> bool:
    """A word of duty in the sentence, in small letters (``Cần Thơ`` is a name)."""
    return any(m.group()[0].islower() for m in _DUTY.finditer(sentence))


# a bare time label over hours, as an invitation gives its event's: "Thời gian: từ 8h00 ngày 20/5 đến 17h00 ngày
# 22/5" (a plan's "Thời gian: từ ngày 15/5/2025 đến hết ngày 15/6/2025" is its campaign's period)
_BARE_TIME = re.compile(r"\s*(?:[-–+•]\s*|\d{1,2}[.)]\s*)?thời\s+gian\s*:", re.IGNORECASE)
_HOURS = re.compile(r"\d{1,2}\s*(?:h|gio|g|:(?=\d{2}))\s*\d{0,2}", re.IGNORECASE)


# the words of deadline_actions.txt that name a time or a programme, not an act ("Thời gian khuyến mại: …",
# "Chương trình khuyến mại …")
_TIME_WORDS = re.compile(r"\b(?:th[ờo]i\s+(?:gian|hạn)|chương\s+trình)\b", re.IGNORECASE)


def _is_offer(before: str) -> bool:
    """``Chương trình khuyến mại được thực hiện đến hết ngày …``: the period of an offer, named in a
    sentence that asks nothing before it names the offer."""
    offer = _OFFERS.search(before)
    if offer is None or _DUTY.search(before):
        return False
    acts = _ACTIONS.search(_TIME_WORDS.sub(" ", _NOT_ACTIONS.sub(" ", before[:offer.start()])))
    return acts is None


# cues that a forecast may open ("sẽ thông xe trước tháng 8"); "sẽ công bố chậm nhất vào ngày …" is a
# commitment to a date
_FORECAST_CUES = {"truoc", "trong", "den", "den ngay", "den het", "tu nay den", "tu nay den het", "hoan thanh",
                  "hoan tat", "xong", "hoan thanh trong"}
_WILL = re.compile(r"(?<![\w])sẽ(?![\w])", re.IGNORECASE)


def _is_forecast(before: str) -> bool:
    """``Cầu … sẽ thông xe trước tháng 8``: what will happen, told with sẽ and no word of something to be
    done after it, in a sentence that asks for nothing (``Sở sẽ tổng hợp, báo cáo trước ngày …`` and
    ``Ban tổ chức sẽ nhận hồ sơ đến hết ngày …`` stay deadlines)."""
    will = list(_WILL.finditer(before))
    if not will or _DUTY.search(before):
        return False
    return not _ACTIONS.search(_NOT_ACTIONS.sub(" ", before[will[-1].end():]))


def is_cutoff(ctx: Context, pos: int) -> bool:
    """The date after the cue at ``pos`` says when something was or is (``được bổ nhiệm trước ngày
    …``, ``Đã xuất ngũ, thôi việc trước ngày …``, ``phát sinh trước ngày …``): a word of state in the
    sentence before the cue, no word of something to be done between it and the cue, and no word of
    duty right before it (``phải được hoàn thành trước ngày …`` is a deadline)."""
    before = _NOT_CUTOFF.sub(" ", text_before(ctx, pos, SENTENCE_START, 300))
    marks = list(_CUTOFF.finditer(before))
    if not marks:
        return False
    last = marks[-1]
    between = before[last.end():]
    if len(between.split()) > 8 or _ACTIONS.search(_NOT_ACTIONS.sub(" ", between)):
        return False
    if _FINISHES.search(re.split(r"[;:]", before[:last.start()])[-1]):
        return False  # "hoàn thành nạo vét các kênh trục bị bồi lắng trước ngày …": the work is finished by then
    return not _DUTY.search(" ".join(before[:last.start()].split()[-2:]))


# finishing the work the clause names: the date after the cue is when it is due, whatever state the words
# between describe
_FINISHES = re.compile(r"(?<![\w])(?:hoàn\s+thành|hoàn\s+tất)(?![\w])", re.IGNORECASE)


# "… học kỳ I kết thúc trước ngày …": the period ends, "kết thúc" right before the cue with nothing it ends after it
_ENDS = re.compile(r"(?<![\w])kết\s+thúc\s*$", re.IGNORECASE)


def is_calendar_end(ctx: Context, pos: int) -> bool:
    """The date after the cue at ``pos`` is when a period of the calendar ends (``theo đó học kỳ I kết
    thúc trước ngày 17/01/2026``): the period is the subject of ``kết thúc`` right before the cue, a few
    words before it, and no word of duty stands between them."""
    before = text_before(ctx, pos, SENTENCE_START, 300)
    ends = _ENDS.search(before)
    if ends is None:
        return False
    periods = list(_CALENDAR.finditer(before, 0, ends.start()))
    if not periods:
        return False
    between = before[periods[-1].end():ends.start()]
    return len(between.split()) <= 4 and not _DUTY.search(between)


_CONDITION_AFTER = words_regex(load_list("deadline_condition_after.txt"), fold=False,
                               prefix=r"\s*(?:\([^()\n]{0,120}\)\s*)?,?\s*")
# "đến ngày 4-1 anh mới nhận được xe": only then did something happen, a fact ("… thì mới được xét" is a condition)
_NOT_UNTIL = re.compile(r"\s*,?\s*(?:(?!thì\b)[^\W\d]+\s+){0,3}?mới\s+(?!nhất\b)\w", re.IGNORECASE)

# a duty right after the date, no comma between: the date marks out who bears it ("Doanh nghiệp thành lập trước
# ngày 01/7/2025 phải đăng ký lại")
_DUTY_AFTER = re.compile(r"[ \t]+(?:phải|có\s+trách\s+nhiệm)\b", re.IGNORECASE)
# … unless the cue opens the clause that bears the duty, after the case it follows ("Doanh nghiệp thành lập trước
# ngày Nghị định có hiệu lực thì trước ngày 01/01/2028 phải bổ sung đủ vốn"): then the date is when it is due
_OPENS_CLAUSE = re.compile(r"(?:(?<![\w])thì|[,;:\n])\s*$", re.IGNORECASE)

# cues that only ever say by when (never whom a date marks out): "chậm nhất đến tháng 12/2017 phải giao …"
_AT_THE_LATEST = re.compile(r"(?:chậm|muộn)\s+nhất|hạn\s+chót|không\s+(?:muộn|chậm)\s+hơn", re.IGNORECASE)
# a sentence that opens on what it speaks of or on a case: "Đối với hồ sơ nộp trước ngày …, …", "Trường hợp …"
_TOPIC = re.compile(r"\s*(?:đối\s+với|trường\s+hợp|những\s+trường\s+hợp|nếu|khi)\b", re.IGNORECASE)


def _opens_clause(ctx: Context, pos: int) -> bool:
    """Does the cue at ``pos`` open a clause (after ``thì``, a comma, a semicolon, a colon or a line's start)?"""
    return bool(_OPENS_CLAUSE.search(ctx.text, max(0, pos - 12), pos))


def is_condition(ctx: Context, pos: int, end: int) -> bool:
    """The date ends a condition or tells a fact: a word of condition or consequence right after it
    (``… nghỉ hưu trước ngày 01/7/2025 thì được hưởng …``) in a sentence that asks for nothing before
    the cue, ``mới`` after it (``đến ngày 4-1 anh mới nhận được``), or it closes the opening clause of
    a sentence that names a case (``Đối với hồ sơ nộp trước ngày 01/7/2025, tiếp tục …``)."""
    if _NOT_UNTIL.match(ctx.text, end) or (_DUTY_AFTER.match(ctx.text, end) and not _AT_THE_LATEST.match(ctx.text, pos)
                                           and not _opens_clause(ctx, pos)):
        return True
    before = text_before(ctx, pos, SENTENCE_START, 300)
    if _TOPIC.match(before) and "," not in before and re.match(r"\s*(?:\([^()\n]{0,60}\)\s*)?,", ctx.text[end:]) \
            and not _DUTY.search(before):
        return True
    if not _CONDITION_AFTER.match(ctx.text, end):
        return False
    return not _DUTY.search(_NOT_ACTIONS.sub(" ", text_before(ctx, pos, SENTENCE_START, 300)))
