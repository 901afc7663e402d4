"""One unit of a dispatch's body (a list item or a sentence) read for a task: what the rules say
of it (:func:`decide`, with the reason). :mod:`.task_build` builds the tasks from the units a judge
kept: the rules' own decisions, or those of a trained classifier.

A unit's reason names the rule that decided it: ``request`` (``đề nghị X …``), ``duty`` (``X chủ
trì``, the execution clause), ``own_heading`` (``Sở A: …``), ``request_item`` (an item of a list a
request introduces), ``subject`` (a body and its action where the document directs),
``forwarded`` (``… để X nghiên cứu``), ``item`` (a list item that asks what it says), ``table_row``
(a row of a task table, :mod:`.task_table`); or, for no
task, ``empty``, ``basis``, ``information``, ``formula``, ``asks_nothing``, ``cites``, ``other``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from .blocks import Block
from .bodies import bodies_at, split_bodies
from .roles import ANSWERABLE, Roles, cooperates_alone, roles_at, roles_in
from .body_words import starts_body, task_verbs
from .body_kinds import KIND_WORDS
from .context import Context
from .lexicon import lexicon
from .articles import LEGAL_TYPES, duty_bearer, duty_subject, in_article, kind_up_to_duty, states
from .task_named import is_issuer, names_recipient
from .task_non_tasks import asks_nothing, formula, is_information, labelled_value
from .task_requests import GIVEN, dated_before_issue, request_cue, singled_out
from .task_items import bare_title, defines_by_alias, gives_a_power, grants_a_right, subject_after_opening
from .task_heads import acts_after_head, acts_after_name, head_colon, past_title
from .task_subjects import (duty_cue, forwarded_to, opening_body, opens_action, past_commas, subject_roles,
                            task_sentences, text_start)
from ..vntext import strip_diacritics
from .text import key, load_list, words_regex

TASK_REASONS = {"request", "duty", "own_heading", "request_item", "subject", "forwarded", "item", "table_row"}


@lru_cache(maxsize=1)
def exclusions() -> re.Pattern:
    return words_regex(load_list("cue_exclusions.txt"))


@dataclass
class Unit:
    """A list item or a sentence, what the rules found in it, and their decision."""

    s: int
    e: int
    start: int  # where a task's text would start
    block: Block
    scope: object  # the tasks.Scope it was read in
    listed: bool
    text: str = ""
    roles: Roles = field(default_factory=Roles)
    reason: str = "other"
    signals: dict = field(default_factory=dict)  # what was found: cues, subject, … (features)
    deadline: object = None  # a Deadline of its own (a task table's time cell)

    @property
    def task(self) -> bool:
        return self.reason in TASK_REASONS


def decide(ctx: Context, s: int, e: int, scope, b: Block, listed: bool) -> Unit:
    """What the rules say of ``text[s:e]`` (a list item when ``listed``)."""
    unit = Unit(s, e, s, b, scope, listed, ctx.text[s:e])
    text = unit.text
    sig = unit.signals
    if not re.search(r"\w", text):
        unit.reason = "empty"
        return unit
    sig["basis"] = key(text).startswith("can cu")
    sig["information"] = is_information(ctx, s, e)
    sig["formula"] = formula(ctx, s, e)
    cue = request_cue(ctx, s, e, exclusions())
    duty = duty_cue(ctx, s, e)
    subject = subject_roles(ctx, s, e)
    sig["issuer_subject"] = subject is not None and is_issuer(ctx, subject[0].lead[0])
    if sig["issuer_subject"]:
        subject = None
    sig.update(request=cue is not None, duty=duty is not None, subject=subject is not None,
               asks_nothing=asks_nothing(ctx, s, e, activity=listed and getattr(scope, "task_part", False)),
               cites=_cites(text), in_article=in_article(b, ctx),
               under_para=_under_para(b), recipient=subject is not None and names_recipient(ctx, subject[0].lead),
               cooperating=subject is not None and bool(subject[0].cooperating),
               generic=subject is not None and _generic(subject[0].lead),
               follows_up=subject is not None and _follows_up(ctx, s, subject[1], e))
    unit.reason, unit.start, unit.roles = _rules(ctx, unit, cue, duty, subject)
    if listed and unit.start > s and unit.reason != "own_heading":
        unit.start = s  # a list item's text is its first words, its opening phrase too ("5. Sau khi …, Bộ A gửi …")
    if unit.start == s:
        unit.start = past_title(ctx.text, s, e)
    if listed and unit.task or unit.reason == "request":
        _later_subjects(ctx, unit)  # "Giao Sở A chuẩn bị …; Văn phòng B bố trí hội trường": B works on it too
    if unit.task:
        _cooperating_only(ctx, unit)
        _heading_cooperates(unit)
    if scope.mode == "rules" and unit.reason != "duty":
        unit.reason = "asks_nothing"  # a clause of an article of rules that names no body's duty
    return unit


def _rules(ctx: Context, unit: Unit, cue, duty, subject) -> tuple[str, int, Roles]:
    """The decision of the first rule that decides the unit, in this order: what asks nothing whatever
    it says (a basis, a cut heading, information, a formula), a request, a duty, an item of a list
    that names its body or that a request introduces, and last a clause told with its subject."""
    return (_says_nothing(ctx, unit, cue, subject) or _requested(ctx, unit, cue, duty, subject)
            or _dutied(ctx, unit, duty, subject) or _in_list(ctx, unit, subject) or _told(ctx, unit, subject))


def _says_nothing(ctx: Context, unit: Unit, cue, subject) -> tuple[str, int, Roles] | None:
    """A basis (``Căn cứ …``), a heading whose items were cut off, information or a closing formula."""
    s, scope, listed, sig = unit.s, unit.scope, unit.listed, unit.signals
    lead = list(scope.lead or [])
    if sig["basis"] and scope.mode != "request" and not _basis_then_request(ctx, unit, cue) and not (
            subject is not None and (sig["in_article"] or _basis_then_request(ctx, unit, (subject[1], subject[1])))):
        # "Căn cứ tình hình thực tế, Chủ tịch … quyết định …", "Căn cứ …, các đơn vị chủ động tổ chức …"
        return "basis", s, Roles(lead=lead)
    if cue is None and _RESTATES_LAW.match(ctx.folded, s, unit.e):
        return "asks_nothing", s, Roles(lead=lead)  # "Theo quy định tại Nghị định …, cơ quan … có trách nhiệm …"
    if sig["in_article"] and defines_by_alias(ctx, s, unit.e):
        return "asks_nothing", s, Roles(lead=lead)  # "Đơn vị A (sau đây gọi là …) là đơn vị …": a definition
    if listed and len(unit.text.split()) <= 8 and lexicon().non_task_re.match(key(unit.text)):
        return "information", s, Roles(lead=lead)  # a heading whose items were cut off ("1. MỤC TIÊU")
    labelled = re.match(r"\W*\w+(?:\s+\w+){0,3}\s*:", unit.text)  # "Thời gian: …", "Địa điểm: …"
    if sig["information"] and not labelled and cue is not None and "," in ctx.text[s:cue[0]]:
        return None  # "Lưu ý việc …, Phó Thủ tướng yêu cầu Bộ Xây dựng …": the word opens a sentence that asks
    if sig["information"] and (labelled or not (listed and scope.mode == "request")) or sig["formula"]:
        return ("information" if sig["information"] else "formula"), s, Roles(lead=lead)
    return None


# A sentence that opens on what a law or rule says (``Theo quy định tại Nghị định số …, cơ quan cấp phép có
# trách nhiệm …``) restates a duty the law sets, which this dispatch does not ask (a request after it still asks).
_RESTATES_LAW = re.compile(r"\W*(?:theo|can\s+cu)\s+(?:cac\s+)?quy\s+dinh\s+(?:tai|cua)\s", re.I)


_PROPOSES = re.compile(r"de\s*nghi(?![\w])", re.I)  # a proposal the heading's bodies make, not an order they give


def _requested(ctx: Context, unit: Unit, cue, duty, subject) -> tuple[str, int, Roles] | None:
    """A request word that asks a body (``đề nghị X …``, ``giao cho Phòng X …``), or, in an article, the
    clause's subject that makes a request (the article asks it of the subject)."""
    if cue is None:
        return None
    s, e, scope, sig = unit.s, unit.e, unit.scope, unit.signals
    if sig["in_article"] and unit.listed and scope.mode == "request" and scope.lead \
            and (ctx.text[s:cue[0]].strip() or _PROPOSES.match(ctx.folded, cue[0], e)) \
            and (subject is None or subject[1] >= cue[0]):
        # "Điều 7. Trách nhiệm của Bộ A" / "1. Lập danh mục …, đề nghị cơ quan thẩm định …", "c) Đề nghị Thủ tướng
        # Chính phủ công bố …": the request is the duty of the bodies the article names, made of another
        return "request_item", s, roles_in(ctx.text, ctx.folded, s, e, scope.lead)
    if sig["in_article"] and subject is not None and subject[1] < cue[0]:
        # "Ủy ban nhân dân cấp xã phải có văn bản đề nghị cơ quan thi hành án …"
        return ("duty" if duty is not None else "subject"), s, subject[0]
    after = re.match(rf"\s*(?:{GIVEN}cho|voi)\s+(?=\S)", ctx.folded[cue[1]:e], re.I)  # "giao cho Phòng X phối hợp …"
    roles, _ = roles_at(ctx.text, ctx.folded, cue[1] + (after.end() if after else 0), e)
    if not roles and subject is not None and subject[1] < cue[0]:
        return None  # "Công an tỉnh bố trí lực lượng … khi cần thiết theo đề xuất": the subject's action asks
    apart = singled_out(ctx, s, cue[0]) if not roles else []
    if apart:
        return "request", s, Roles(lead=apart)  # "Riêng Sở Y tế …, đề nghị rà soát …"
    if not roles and scope.lead:
        roles = roles_in(ctx.text, ctx.folded, cue[1], e, scope.lead)
    start = text_start(ctx, s, cue[0])
    if roles.lead and all(is_issuer(ctx, n) for n in roles.lead) and start < cue[0] \
            and starts_body(ctx.text[start:cue[0]]):
        return "asks_nothing", s, roles  # "Sở Tài chính đề nghị UBND tỉnh xem xét": another's request of the issuer
    return "request", start, roles


def _dutied(ctx: Context, unit: Unit, duty, subject) -> tuple[str, int, Roles] | None:
    """A duty (``X chủ trì``, ``X có trách nhiệm``, the execution clause) of a body it names, or of the
    lead of the list the item is in."""
    if duty is None:
        return None
    s, e, scope, listed, sig = unit.s, unit.e, unit.scope, unit.listed, unit.signals
    own = max([a for a, _ in task_sentences(ctx.text, s, e) if a <= duty[0]], default=s)  # the duty's sentence
    if dated_before_issue(ctx, own):
        return None  # "Ngày 03/01/2025, Phó Chủ tịch UBND tỉnh chủ trì họp …": what was done then, told
    whole = duty_subject(ctx, own, duty[0])
    if whole is None and (subject is None or own > s) and sig["in_article"]:
        whole = duty_bearer(ctx, own, duty)  # "Người hướng dẫn tập sự có trách nhiệm …"
    if whole is None and subject is None and not (listed and scope.lead):
        return None
    roles = subject[0] if subject is not None else roles_in(ctx.text, ctx.folded, s, e, scope.lead)
    if whole is not None and own > s and subject is not None:  # "a) Chủ tịch … điều phối …. Tổ thư ký có nhiệm vụ …"
        roles.add("cooperating", whole.lead)
    elif whole is not None and (len(whole.lead) > len(roles.lead) or len(whole.lead) == len(roles.lead) == 1 and len(
            whole.lead[0]) > len(roles.lead[0]) and whole.lead[0].startswith(roles.lead[0])):
        roles = whole  # "Cơ quan có thẩm quyền ban hành văn bản chỉ đạo, chỉ huy … có trách nhiệm"
        more = roles_in(ctx.text, ctx.folded, duty[1], e)  # "…, phối hợp với lực lượng Cảnh sát nhân dân …"
        roles.add("cooperating", more.cooperating)
    elif subject is not None:
        kind_up_to_duty(ctx, roles, subject[1], duty[0])
    return "duty", s, roles


def _in_list(ctx: Context, unit: Unit, subject) -> tuple[str, int, Roles] | None:
    """An item that names its bodies before its colon (``2. Sở Giáo dục và Đào tạo: phổ biến …``), or an
    item (or a paragraph under one) of a list a request introduces."""
    s, e, scope, b, listed, sig = unit.s, unit.e, unit.scope, unit.block, unit.listed, unit.signals
    head = _own_heading(ctx, b) if listed else None
    if head is not None and scope.mode in (None, "list", "request"):
        colon = s + head_colon(ctx.text[s:e]) + 1
        start = colon + len(ctx.text[colon:e]) - len(ctx.text[colon:e].lstrip())
        return "own_heading", start if start < e else s, roles_in(ctx.text, ctx.folded, s, e, head)
    under_heading = (not listed and b.kind == "para" and b.parent is not None and not unit.text.isupper()
                     and b.parent.kind in ("item", "point", "dash", "plus", "section", "article"))
    if under_heading and b.parent.kind == "article" and sig["asks_nothing"]:
        return None  # "Thông tư này có hiệu lực …" under "Điều 9. Trách nhiệm của …"
    if (listed or under_heading) and scope.mode == "request" and not (sig["in_article"] and states(ctx, s, e)):
        # "2. Sở Tài chính" / "Tham mưu bố trí …"; in a legal document's article, not a definition or a list
        titled = past_title(ctx.text, s, e)
        if titled > s and lexicon().non_task_re.match(key(ctx.text[s:titled])):
            return None  # "I. Đánh giá chung" / "UBND tỉnh xác định …", "2. Tình hình" / …: what the part tells
        text = ctx.text[titled:e]  # "3. Ôn luyện" / "Các trường THPT tổ chức …"
        if listed and _only_names(ctx, s, e):
            return None  # "kính mời:" / "- Lãnh đạo Sở Y tế;": whom the request is made of, no task
        if listed and labelled_value(ctx, s, e):
            return None  # "2. Hạn chót nhận hồ sơ: 17 giờ ngày 15/4": a label and its value ask nothing
        own = subject[0] if subject is not None and subject[1] - s < 200 and (
            starts_body(text) or not listed or subject_after_opening(ctx, s, subject)) else None
        if own is not None and scope.lead and all(bare_title(n) for n in own.lead):
            own = None  # "1. Lãnh đạo, chỉ đạo, ban hành kế hoạch …" under "Nhiệm vụ của Thủ tướng": a verb, no leader
        if own is None and listed:
            own = opening_body(ctx, s, e)  # "4. Đài Phát thanh tỉnh tăng thời lượng …": a verb the lexicon lacks
        if own is not None and not own.cooperating and grants_a_right(ctx, s, e) \
                and not set(map(key, own.lead)) & set(map(key, scope.lead or [])):
            return None  # "4. Giáo viên mầm non … được hưởng các chính sách …": another's right, no duty; a body
            # that works with another ("2. Bộ A phối hợp với Bộ B thống nhất máy, thiết bị được hưởng …") acts
        roles = own or roles_in(ctx.text, ctx.folded, s, e, scope.lead)
        roles.others += [x for x in scope.others if x not in roles.others]
        return "request_item", s, roles
    return None


def _only_names(ctx: Context, s: int, e: int) -> bool:
    """Is ``text[s:e]`` only the names of bodies or persons (an invitee, an addressee listed one a line),
    with no action after them?"""
    end = e
    while end > s and ctx.text[end - 1] in " \t\n.;,:":
        end -= 1
    if not starts_body(ctx.text[s:min(end, s + 80)]):
        return False
    names, name_end = bodies_at(ctx.text, ctx.folded, s, end)  # "Lãnh đạo Ủy ban nhân dân các huyện | ven biển"
    return bool(names) and (name_end >= end or task_verbs()[0].search(ctx.folded, name_end, end) is None)


def _told(ctx: Context, unit: Unit, subject) -> tuple[str, int, Roles]:
    """The rest: a body and its action where the document directs, a matter forwarded to a body, a list
    item that asks what it says; else no task."""
    s, e, scope, listed, sig = unit.s, unit.e, unit.scope, unit.listed, unit.signals
    fallback = subject[0] if subject is not None else Roles(lead=list(scope.lead or []))
    if sig["asks_nothing"]:
        return "asks_nothing", s, fallback
    if dated_before_issue(ctx, s):
        return "asks_nothing", s, fallback  # "Ngày 15/4/2025, Sở A có Công văn số … đề nghị …": told, a reminder's past
    if subject is not None and sig["in_article"] and (_DELEGATES.match(ctx.folded, subject[1], e)
                                                      or gives_a_power(ctx, subject[1], s, e)):
        return "asks_nothing", s, fallback  # "Chính phủ quy định chi tiết Điều này": a law delegates a rule
    if subject is not None and scope.mode != "request" and _ALL_DO.search(ctx.text, s, subject[1]):
        return "asks_nothing", s, fallback  # "Hằng năm, các trường đều tổ chức hội thao": what is done, told
    if subject is not None and (scope.mode in ("list", "request") or sig["in_article"] or sig["cooperating"]
                                or sig["recipient"] or sig["generic"] or sig["follows_up"]):
        return "subject", text_start(ctx, s, subject[1]), subject[0]
    opening = opening_body(ctx, s, e) if subject is None and listed and scope.mode == "list" else None
    if opening is not None and getattr(scope, "informs", False) and not acts_after_name(ctx, s, e):
        opening = None  # "Các cơ quan, đơn vị làm việc bình thường từ …" under "… thông báo … như sau:" tells
    if opening is not None:  # "2. UBND huyện A đẩy nhanh …" under "… kết luận như sau:"
        return "subject", s, opening
    forwarded = forwarded_to(ctx, s, e)
    if forwarded is not None:
        return "forwarded", text_start(ctx, s, e), forwarded
    words = past_title(ctx.text, s, e)
    # the part of a plan that lists the work ("4. Các hoạt động chủ yếu:", "2.2. Giải pháp kỹ thuật:") lists
    # activities though the plan is the body of the article that approves it ("Điều 1. Phê duyệt Kế hoạch …")
    plain = getattr(scope, "task_part", False) or not sig["under_para"] and not sig["in_article"]
    if listed and scope.mode is None and not sig["cites"] and plain \
            and (subject is not None or words == s or acts_after_head(ctx.text[words:e])):
        # a list item asks what it says ("1. Báo cáo gửi về Bộ phải …", "3. Không để học sinh …"); one whose first
        # line is a title asks only when its words under it name a body and its action or open with an action, not
        # when they tell ("1. Tình hình dịch bệnh" / "Từ đầu năm đến nay, toàn huyện ghi nhận …"); in the article of
        # a legal document it states a rule, a condition or a document unless it names who acts or its heading does
        lead = list(scope.lead or [])
        return "item", s, fallback if subject is not None else roles_in(ctx.text, ctx.folded, s, e, lead)
    return ("cites" if sig["cites"] else "other"), s, fallback


def _cooperating_only(ctx: Context, unit: Unit) -> None:
    """Bodies whose only part is to cooperate (``Các sở, ngành liên quan phối hợp thực hiện.``, ``Đề nghị
    Công an tỉnh phối hợp triển khai.``), with no lead named, are the task's cooperating bodies."""
    roles = unit.roles
    if not roles.lead or roles.cooperating or duty_cue(ctx, unit.s, unit.e) is not None:
        return
    name = r"\s+".join(map(re.escape, key(roles.lead[-1]).split()))
    m = re.search(name + r"\s*,?", ctx.folded[unit.s:unit.e], re.I)
    if m and cooperates_alone(ctx.text, ctx.folded, unit.s + m.end(), unit.e):
        roles.cooperating, roles.lead = list(roles.lead), []


def _heading_cooperates(unit: Unit) -> None:
    """The bodies a heading has cooperate (``Sở A chủ trì, phối hợp với Sở B thực hiện các nội dung sau:``)
    cooperate on each item that takes its bodies, the others lead it."""
    coop = {key(n) for n in getattr(unit.scope, "cooperating", ())}
    moved = [n for n in unit.roles.lead if key(n) in coop]
    if moved and len(moved) < len(unit.roles.lead):
        unit.roles.lead = [n for n in unit.roles.lead if key(n) not in coop]
        unit.roles.cooperating = moved + [c for c in unit.roles.cooperating if key(c) not in coop]


def _later_subjects(ctx: Context, unit: Unit) -> None:
    """The bodies that open the later sentences or ``;`` clauses of an item with their own action (``1. Sở Y
    tế chủ trì …. Sở Tài chính bố trí kinh phí.``, ``Giao Sở A hướng dẫn …; Sở B cân đối vốn``) work on the
    item's task with its lead: cooperating bodies."""
    for a, z in _clauses(ctx.text, unit.s, unit.e)[1:]:
        subject = subject_roles(ctx, a, z)
        if subject is None or not starts_body(ctx.text[a:a + 80]) or is_issuer(ctx, subject[0].lead[0]) \
                or ANSWERABLE.match(ctx.folded, subject[1]):  # whom its heads answer to, no work of their own
            continue
        unit.roles.add("cooperating", subject[0].union())


def _clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentences of ``text[s:e]``, each cut at its ``;``."""
    out = []
    for a, z in task_sentences(text, s, e):
        start = a
        for m in re.finditer(r";\s*", text[a:z]):
            out.append((start, a + m.start()))
            start = a + m.end()
        out.append((start, z))
    return out


# --------------------------------------------------------------------------- helpers


# the basis that is the document itself ("Căn cứ Chỉ thị này", "Căn cứ nội dung Quyết định này"), folded
_THIS_DOCUMENT = re.compile(r"\W*can\s+cu\s+(?:(?:noi\s+dung|yeu\s+cau)\s+)?(?:chi\s+thi|quyet\s+dinh|nghi\s+quyet"
                            r"|thong\s+tu|ke\s+hoach|quy\s+dinh|quy\s+che)\s+nay\b", re.I)


def _basis_then_request(ctx: Context, unit: Unit, cue) -> bool:
    """``Căn cứ tình hình thực tế, đề nghị các xã …`` / ``Căn cứ Công văn số … của Sở Y tế, Ủy ban
    nhân dân huyện yêu cầu …``: in a dispatch (not a legal document, whose basis lines open its
    preamble and end with a semicolon), a sentence that opens on its basis and goes on, after a
    comma, to a request (or a body and its action: ``cue`` is then where the action starts) asks what
    the request says."""
    if cue is None or unit.text.rstrip().endswith((";", ",")):
        return False
    if ctx.fields.doc_type in LEGAL_TYPES and not _THIS_DOCUMENT.match(ctx.folded, unit.s):
        return False  # a basis of the preamble; "Căn cứ Chỉ thị này, các sở … xây dựng kế hoạch …" closes one
    comma = ctx.text.rfind(",", unit.s, cue[0])
    return comma >= 0 and not re.search(r"[;:]", ctx.text[unit.s:comma])  # one basis, not a preamble


def _cites(text: str) -> bool:
    """A list item that cites a document (the legal basis: ``- Luật Tổ chức Chính phủ …``)."""
    k = key(text)
    return any(k.startswith(name + " ") and not _acts_as_verb(text, name) for name in lexicon().type_names) \
        or k.startswith(("luat ", "xet ", "theo ", "dieu le ", "quy che ", "quy dinh ", "van ban ")) \
        and not k.startswith("theo doi ")  # "Theo dõi sát diễn biến …" follows up, cites nothing


def _acts_as_verb(text: str, name: str) -> bool:
    """A type name that is also a verb opening the item (``Báo cáo kết quả …``, ``Hướng dẫn các trường …``),
    not a document (``Báo cáo số 12/BC-UBND``, ``Hướng dẫn 36-HD/VPTW``, ``Thông báo Kết luận …``)."""
    if not lexicon().verb_re.fullmatch(name):
        return False
    words = text.split()
    after = words[len(name.split())] if len(words) > len(name.split()) else ""
    return after[:1].islower() and key(after) != "so"


ASIDE = re.compile(r"\s*\([^()]*\)")  # a bracketed aside, with the space before it


# what a heading opens with before the bodies it names: "Đối với Công an xã: …", "Về phía Sở Y tế: …"
TOPIC_OF = re.compile(r"^\s*(?:đối\s+với|về\s+phía)\s+(?=\S)", re.IGNORECASE)


def item_head(text: str) -> str | None:
    """The head of an item before its colon, without what it says in brackets (``Sở Y tế``) nor the words
    that open a topic (``Đối với Công an xã``); None when it has no colon."""
    colon = head_colon(text)
    return None if colon is None else TOPIC_OF.sub("", ASIDE.sub("", text[:colon]).strip(), count=1)


def _own_heading(ctx: Context, b: Block) -> list[str] | None:
    """The bodies an item names before its colon (``Sở A, Sở B: phổ biến …``)."""
    head = item_head(b.text)
    if head is None:
        return None
    if not head or len(head.split()) > 25 or not starts_body(head) or lexicon().non_task_re.match(key(head)):
        return None
    if re.search(r"(?<![\w])gom$", key(head)):
        return None  # "Ban Chỉ huy … gồm: Chỉ huy trưởng, …": what a body is made of, no body and its work
    if _shared_head(head) and _names_after(b.text[head_colon(b.text) + 1:]):
        return None  # "Các Sở: Y tế, Tài chính tổ chức …": one head shared by the names after the colon
    names = split_bodies(head)
    return names if names and not is_issuer(ctx, names[0]) else None


_SHARED_HEAD = re.compile(r"(?:^|\s)(?:các|cac)\s+\w+(?P<kinds>(?:\s*,\s*\w+(?:\s+\w+)?)*)$", re.I)


def _shared_head(head: str) -> bool:
    """Does an item's head end with a plural head to share (``Các Sở``), perhaps with the other kinds a
    dispatch addresses with it (``Các Sở, ban, ngành``)?"""
    m = _SHARED_HEAD.search(head)
    return m is not None and all(key(w) in KIND_WORDS for w in m.group("kinds").split(",") if w.strip())


def _names_after(words: str) -> bool:
    """Do the words after an item's colon open with a name in capitals that is no action (``Y tế, Tài
    chính …``, not ``Tổ chức tập huấn …``)?"""
    words = words.lstrip()
    return words[:1].isupper() and not acts_after_head(words)


def _generic(names: list[str]) -> bool:
    """Bodies named as a kind (``Các sở, ban, ngành``, ``Tất cả các đơn vị``, ``Mỗi trường``, ``Ủy ban nhân
    dân các huyện``), any of them: the addressees a dispatch directs, never the issuer narrating."""
    return any(_a_kind(n) for n in names)


_COUNCILS_OF = re.compile(r"^(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân|hđnd|uy ban nhan dan|"
                          r"hoi dong nhan dan|hdnd)\s+(?:các|cac)\s")


_ALL_DO = re.compile(r"(?<![\w])(?:cũng\s+)?đều\s+$")
_DELEGATES = re.compile(r"[\s,]*quy\s+dinh\s+(?:chi\s+tiet|cu\s+the)(?![\w])", re.I)


def _a_kind(name: str) -> bool:
    """``Các sở``, ``Quý cơ quan``, ``Ủy ban nhân dân các huyện``: a name of a kind of bodies."""
    printed = " ".join(name.lower().split())
    if _COUNCILS_OF.match(printed):
        return True  # "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
    if strip_diacritics(printed) == printed:  # the marks were lost: "quy" may be "quý"
        return printed.startswith(("cac ", "tat ca ", "moi ", "quy "))
    return printed.startswith(("các ", "tất cả ", "mỗi ", "quý "))


@lru_cache(maxsize=1)
def _follow_up_verbs() -> re.Pattern:
    return words_regex(load_list("follow_up_verbs.txt"))


def _follows_up(ctx: Context, s: int, verb: int, e: int) -> bool:
    """A sentence that opens with a body whose action is to follow the dispatch up (``Văn phòng Ủy ban
    nhân dân tỉnh theo dõi, đôn đốc việc thực hiện``) or to pass a direction down to a body named after
    ``chỉ đạo`` with its action (``Bộ Giao thông vận tải chỉ đạo các cơ quan chức năng kiểm tra …``): the task
    of that body, addressed or not."""
    if not starts_body(ctx.text[s:s + 80]) or not ctx.text[verb:verb + 1].islower():
        return False
    if _follow_up_verbs().match(ctx.folded, verb, e) is not None:
        return True
    directs = _DIRECTS_DOWN.match(ctx.folded, verb, e)
    if directs is None or not starts_body(ctx.text[directs.end():directs.end() + 80]):
        return False
    names, end = bodies_at(ctx.text, ctx.folded, directs.end(), e)
    return bool(names) and end < e and opens_action(ctx, past_commas(ctx.text, end, e), e)


_DIRECTS_DOWN = re.compile(r"chi\s+dao\s+(?:ngay\s+)?(?=\S)", re.I)


def _under_para(b: Block) -> bool:
    return any(x.kind == "para" for x in b.ancestors())

