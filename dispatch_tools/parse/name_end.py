"""Where an assignee's name ends: before the verb of its clause, an adverb or a remit, a phrase
no name holds (``thừa ủy quyền``, ``để``, ``theo``: ``assignee_stops.txt``), a colon that does not
open a list, or the end of the clause; a kind of body named with what it does runs to its duty, and
the name of a known agency or a place ends where it does."""

from __future__ import annotations

import re
from contextvars import ContextVar
from functools import lru_cache

from .lexicon import lexicon
from .name_works import about_work, works_spans
from ..vntext import strip_diacritics
from .text import key, load_list, words_regex
from .name_places import LEVELS, NEXT_WORD as _NEXT_WORD, UNITS as _UNITS, place_name_end as _place_name_end
from .body_words import (body_starts, in_compound, is_stop_as_printed, is_verb_at, name_stops, person_titles,
                         starts_body, task_verbs, team_length)

MAX_NAME = 260  # characters: a list of bodies never runs longer
# the trained model of where a name ends (:mod:`.span_model`) while the task extractor uses it
SPAN_MODEL: ContextVar = ContextVar("span_model", default=None)



_CLAUSE_END = re.compile(r"[.!?](?=\s|$)|\n\s*\n")
_LEVELS = rf"(?:{LEVELS}|thi\s+tran)"
_LIST_HEAD = re.compile(r"(?:^|\s)(?:cac\s+)?(?:so|bo|phong|ban|vu|cuc|truong|nganh|don vi|co quan)\s*$"
                        rf"|(?:^|\s)cac\s+{_LEVELS}(?:\s*,\s*{_LEVELS})*\s*$", re.I)  # "các tỉnh, thành phố: A, B"
_COMMA = re.compile(r",\s*")
_COLON = re.compile(r":")
_SEMICOLON = re.compile(r";")


# "cùng" before a body printed with a capital or a plural ("cùng UBND quận …", "cùng các cơ quan …"): the
# partner the body acts with, no part of its name ("các tổ chức chính trị - xã hội cùng cấp" is)
_TOGETHER = re.compile(r"\s+cùng\s+(?=[A-ZĐÀ-Ỹ]|các\s)")
_AMOUNT = re.compile(r"(?<=\s)\d[\d.,]*\s*(?:(?:trăm|nghìn|ngàn|triệu|tỷ|tỉ)\s+)*(?:đồng|USD|VNĐ|VND)(?![\w])", re.I)
_AIR_DEFENCE = re.compile(r"\s*[-–]\s*khong\s+quan(?![\w])", re.I)  # "Quân chủng Phòng không - Không quân"


def name_end(text: str, folded: str, pos: int, limit: int) -> int:
    """Where the name (or list of names) starting at ``pos`` ends: before the verb of the clause,
    a stop phrase, a colon that does not open a list (``các Sở: A, B``) or the clause's end."""
    limit = min(limit, pos + MAX_NAME)
    stop = _clause_end(text, pos, limit)
    model = SPAN_MODEL.get()
    if model is None:
        opening = body_starts().match(folded[pos:pos + 80])  # "Đoàn kiểm tra …", "Tổ thẩm định …": no verb inside
        team = team_length(text[pos:pos + 80])
        first = max(opening.end() if opening else 0, team)
        clause_end = stop
        quote = re.search(r"[“\"«]", text[pos + 1:stop])  # "giao Sở A “thuê đơn vị tư vấn …”"
        if quote:
            clause_end = stop = pos + 1 + quote.start()
        stop = _verb_end(text, folded, pos + max(first - 1, 0), stop, name_start=pos)
        named_by_duty = _kind_named_by_its_work(text, folded, pos, stop, clause_end)
        if named_by_duty:
            stop = named_by_duty
        else:
            stop = min(stop, _common_noun_end(text, folded, pos, stop, verb=stop < clause_end))
        stop = _place_name_end(text, pos, stop)
        stop = _known_agency_end(text, folded, pos, stop)
        stop = _related_end(text, folded, pos, stop)
        stop = _things_end(text, folded, pos, stop)
        stop = _referred_end(text, folded, stop, clause_end)
    else:
        stop = min(stop, model.name_end(text, pos, stop))
        for m in _COMMA.finditer(text[pos:stop]):  # "Sở A, chủ trì …": a comma, then an action
            at = pos + m.end()
            if _verb_end(text, folded, at - 1, at + 40) == at and not model.surely_goes_on(text, pos, at):
                stop = pos + m.start()
                break
    where = _WHERE_TO_DUTY.search(folded, pos, limit)  # "Sở Y tế nơi đã cấp giấy phép | có trách nhiệm"
    works = works_spans(text, folded, pos, stop)
    for m in name_stops().finditer(folded, pos + 1, stop):
        if where and where.start() < m.start() < where.end() or any(a <= m.start() < z for a, z in works):
            continue  # the place a body is named by, or the work it does, holds its own verbs
        if in_compound(folded, m.start(), m.end(), text) or _AIR_DEFENCE.match(folded, m.end()) \
                or not is_stop_as_printed(text[m.start():m.end()]) \
                or _references().match(folded, m.start() - 1, stop):  # "nêu trên" is no "nếu"
            continue  # "Cục Hàng không Việt Nam", "Phòng không - Không quân": a half of a noun, no stop
        if text[m.start()].islower() or not text[m.start()].isalpha():
            stop = m.start()
            break
    amount = _AMOUNT.search(text, pos, stop)
    if amount:  # "giao Sở Tài chính 500 triệu đồng …": a sum of money is never part of a name
        stop = amount.start()
    together = _TOGETHER.search(text, pos + 1, stop)
    if together:  # "Giao Sở Nội vụ cùng Sở Tài chính …": the partner after "cùng" is a body of its own
        stop = together.start()
    for m in _COLON.finditer(text[pos:stop]):
        at = pos + m.start()
        before = folded[pos:at].lower().strip()
        if not _LIST_HEAD.search(before) and not (person_titles().fullmatch(before) and starts_body(text[at + 1:at + 80])):
            stop = at  # not "các Sở: A, B" nor "Giám đốc: Sở A, Sở B"
            break
    # a ";" ends the list unless another body follows it
    for m in _SEMICOLON.finditer(text[pos:stop]):
        at = pos + m.start()
        if not starts_body(text[at + 1:at + 60].lstrip()) and not _parallel_kinds(folded, pos, at):
            stop = at
            break
    stop = _power_end(text, folded, pos, stop)
    stop = _designated_end(text, folded, pos, stop, limit)
    while stop > pos and text[stop - 1] in " \t\n,;:-–":
        stop -= 1
        tail = _JOINING_TAIL.search(text[pos:stop])  # "các cơ quan có liên quan và | chỉ đạo …"
        if tail:
            stop = pos + tail.start()
    return stop


# a name never ends on a word that joins it to what follows: a conjunction ("… và | chỉ đạo …") or the
# preposition whose object is the work, not a body ("phối hợp với Sở A, Sở B trong | xây dựng kế hoạch", "Bộ A về |
# đánh giá tác động …")
_JOINING_TAIL = re.compile(r"\s(?:và|hoặc|trong|về)$")


# a power the law gives a body it names: "Tòa án nhân dân cấp tỉnh | có thẩm quyền giải quyết …", "Bộ trưởng Bộ A | có quyền …"
_POWER = re.compile(r"[ \t]+co[ \t]+(?:tham[ \t]+)?quyen(?![\w])(?![ \t]+han(?![\w]))", re.I)


def _power_end(text: str, folded: str, pos: int, stop: int) -> int:
    """A body named with its own name (``Tòa án nhân dân cấp tỉnh``, not a kind: ``cơ quan có thẩm quyền``,
    ``người có thẩm quyền`` are the competent ones) ends before ``có thẩm quyền`` or ``có quyền``: its power."""
    m = _POWER.search(folded, pos, stop)
    opening = body_starts().match(folded[pos:pos + 80])
    if m is None or _COMMON.match(folded, pos) or (opening and pos + opening.end() > m.start()) \
            or not text[pos].isupper() or text[m.start():m.end()].split()[0].lower() != "có":
        return stop
    return m.start()


_BY = re.compile(r"[ \t]*được[ \t]+(?=[A-ZĐÀ-Ỹ])")
_DESIGNATES = re.compile(r"[ \t]+(?:chỉ[ \t]+định|giao|ủy[ \t]+quyền|uỷ[ \t]+quyền|ủy[ \t]+nhiệm|phân[ \t]+công|cử)(?![\w])", re.I)


def _designated_end(text: str, folded: str, pos: int, stop: int, limit: int) -> int:
    """A kind of body named by who designated it (``cơ quan được Bộ Y tế chỉ định | thực hiện …``, ``đơn vị được
    Ủy ban nhân dân tỉnh giao | chủ trì …``) runs through the designating body and its verb."""
    by = _BY.match(text, stop, limit)
    if by is None or not _COMMON.match(folded, pos):
        return stop
    giver = name_end(text, folded, by.end(), limit)
    verb = _DESIGNATES.match(text, giver, limit)
    return verb.end() if giver > by.end() and verb else stop


# "các cơ quan liên quan | điều tra …", "các lực lượng chức năng | kiểm tra …": a kind of body qualified as the
# related or competent ones, in a list or alone
_RELATED = re.compile(r"(?<![\w])(?:co\s+)?(?:lien\s+quan|chuc\s+nang)(?![\w])", re.I)
_NEXT_WORD_ON_LINE = re.compile(r"[ \t]+(\w+)")
_RELATED_GOES_ON = ("và", "hoặc", "cùng", "tại", "trên", "thuộc", "trực", "của", "ở", "cấp", "trong", "nơi", "đến", "với")


def _related_end(text: str, folded: str, pos: int, stop: int) -> int:
    """A name that ends with ``liên quan`` or ``chức năng`` (``các cơ quan liên quan``, ``các lực lượng chức
    năng``) goes on only with punctuation, a capitalised word or a word that places it or adds another
    body (``và``, ``trên``, ``thuộc``); any other small word after it is the verb of the clause."""
    for m in _RELATED.finditer(folded, pos + 1, stop):
        after = _NEXT_WORD_ON_LINE.match(text, m.end())
        if after is None or after.start(1) >= stop:
            continue
        word = after.group(1)
        if word[0].islower() and word not in _RELATED_GOES_ON and not starts_body(text[after.start(1):after.start(1) + 60]):
            return m.end()
    return stop


# "báo cáo Sở Y tế | các nội dung trên": a plural after a name, of small words that name no body and no place
_THINGS = re.compile(r"[ \t]+(?:các|những)[ \t]+(?=[a-zđà-ỹ])")


def _things_end(text: str, folded: str, pos: int, stop: int) -> int:
    """A known agency's whole name followed by what it is sent or told (``báo cáo Bộ Tài chính các vướng
    mắc …``, ``gửi Sở Y tế những hồ sơ …``) ends before ``các``: the words after it name neither a body
    (``Sở Y tế các địa phương``, ``Ủy ban nhân dân các cấp``) nor a place (``Sở Tài chính các tỉnh``)."""
    known = agency_name_at(folded[pos:stop])
    if not known:
        return stop
    for m in _THINGS.finditer(text, pos, stop):
        if m.start() != pos + known:
            continue
        at = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        if starts_body(text[at:at + 60]) or lexicon().admin_re.match(key(text[m.end():m.end() + 30])):
            continue
        return m.start()
    return stop


_ABBREVIATION = re.compile(r"(?<![\w.])[A-ZĐ][A-Za-zĐđ]?\.$")


def _clause_end(text: str, pos: int, limit: int) -> int:
    """Where the clause holding the name ends; the stop of a short abbreviation before a capital
    (``TP. Hồ Chí Minh``, ``Q. Bình Tân``) ends no clause."""
    for m in _CLAUSE_END.finditer(text, pos, limit):
        nxt = text[m.end():m.end() + 3].lstrip()
        if m.group().startswith(".") and _ABBREVIATION.search(text[max(pos, m.start() - 3):m.end()]) \
                and nxt[:1].isupper():
            continue
        return m.start()
    return limit


# the kind is the whole name, or one of a list (``Sở A, cơ quan tiếp nhận …``); after another noun it
# qualifies that noun (``công đoàn cơ sở | chỉ đạo …``, ``trực tiếp cơ sở``) and names no kind
_KIND = re.compile(r"(?:^|,\s*|\s(?:va|hoac)\s+)(?:co\s+quan|don\s+vi|bo\s+phan|to\s+chuc|co\s+so)\s*$", re.I)
_KIND_PLURAL = re.compile(r"(?:^|\s)(?:cac|nhung|moi|tat\s+ca)\s+(?:co\s+quan|don\s+vi|bo\s+phan|to\s+chuc|co\s+so)\b",
                          re.I)


def _kind_named_by_its_work(text: str, folded: str, pos: int, verb: int, clause_end: int) -> int:
    """``cơ quan tiếp nhận hồ sơ | kiểm tra …``, ``đơn vị quản lý viên chức | giải quyết …``: a kind
    of body in the singular right before a verb, whose object is followed, without a stop, by a
    second verb, is named by what it does, and its name runs to that second verb. Plural kinds
    (``các đơn vị xây dựng kế hoạch triển khai …``) are the subject of the first verb. 0 when not."""
    if verb >= clause_end or not _KIND.search(folded[pos:verb].rstrip()) or _KIND_PLURAL.search(folded[pos:verb]):
        return 0
    verbs, _ = task_verbs()
    first = verbs.match(folded, verb)
    if first is None:
        return 0
    for m in verbs.finditer(folded, first.end() + 1, min(clause_end, first.end() + 40)):
        between = text[first.end():m.start()]
        if re.search(r"[,;:()]", between) or not 1 <= len(between.split()) <= 4 or between.split() == ["việc"]:
            return 0  # "đơn vị thực hiện việc báo cáo": the second verb is the first one's object
        if is_verb_at(text, folded, m.start(), m.end()):
            return m.start()
    return 0


@lru_cache(maxsize=1)
def _agency_names() -> re.Pattern:
    names = sorted({" ".join(strip_diacritics(a.name).lower().split()) for a in lexicon().agencies
                    if len(a.name.split()) >= 2}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")(?![\w])", re.I)


_AGENCY_GOES_ON = ("tỉnh", "huyện", "quận", "xã", "phường", "thị", "thành", "cấp", "các", "trực", "thuộc", "và", "hoặc",
                   "nơi", "có", "liên", "cùng", "tại", "của", "miền", "khu", "vùng")


def agency_name_at(folded: str) -> int:
    """Where a known agency's whole name at the start of ``folded`` ends; 0 when none opens it."""
    m = _agency_names().match(folded)
    return m.end() if m else 0


def _known_agency_end(text: str, folded: str, pos: int, stop: int) -> int:
    """``Sở Y tế | hoàn trả …``: a name that opens with a known agency's whole name goes on only with a
    capitalised word, punctuation or a word that places or qualifies it (``tỉnh``, ``các``, ``và``);
    any other small word after it is the verb of the clause, known to the lexicon or not."""
    m = _agency_names().match(folded, pos, stop)
    if m is None:
        return stop
    after = _NEXT_WORD.match(text, m.end())
    if after is None or after.start(1) >= stop or not after.group(1)[0].islower() or after.group(1) in _AGENCY_GOES_ON:
        return stop
    return m.end()


_KINDS = re.compile(r"(?:cac|nhung|moi|toan the)\s+\w", re.I)


def _parallel_kinds(folded: str, pos: int, at: int) -> bool:
    """``các cơ quan, tổ chức; các nhà khoa học; các phóng viên …``: a list of kinds of bodies
    that opens with ``các`` goes on after a ``;`` that opens another kind the same way."""
    return bool(_KINDS.match(folded, pos)) and bool(_KINDS.match(folded[at + 1:at + 40].lstrip()))


def _verb_end(text: str, folded: str, pos: int, stop: int, name_start: int | None = None) -> int:
    """Where the first verb of the lexicon after ``pos`` starts (``stop`` when none); the verbs of a body
    named by its work (:mod:`.name_works`) in the name from ``name_start`` are none."""
    verbs, _ = task_verbs()
    kinds = [k.span() for k in _kind_names().finditer(folded, max(0, pos - 40), stop)]
    name_start = pos if name_start is None else name_start
    works = works_spans(text, folded, name_start, stop)
    at = pos + 1
    while (m := verbs.search(folded, at, stop)) is not None:
        inside = any(a < m.start() < z or a == m.start() and _NEXT_IN_LIST.search(folded, max(0, a - 5), a)
                     for a, z in kinds)  # "các cấp ủy, | tổ chức đảng": a kind that opens with a verb, listed
        inside = inside or any(a <= m.start() < z for a, z in works) \
            or about_work(text, folded, name_start, m.start())
        if not inside and is_verb_at(text, folded, m.start(), m.end()) \
                and not _PROJECT_BOARD.search(folded, max(0, m.start() - 60), m.start()) \
                and not _named_by_works(text, folded, m.start(), m.end()):
            return m.start()
        # "các đơn vị sử dụng ngân sách": a kind of body named with its verb; a verb that is no verb
        # here may overlap one that is ("phổ thông | báo cáo"): look again from its next word
        space = folded.find(" ", m.start(), m.end())
        at = space + 1 if space >= 0 else m.end()
    return stop


@lru_cache(maxsize=1)
def _references() -> re.Pattern:
    return words_regex(load_list("name_references.txt"), prefix=r"[ \t]+", suffix=r"(?![\w])")


def _referred_end(text: str, folded: str, stop: int, limit: int) -> int:
    """A name goes on with the words that refer back to where it was named (``Ủy ban nhân dân các tỉnh,
    thành phố nêu trên``, ``các đơn vị kể trên``): past them when they follow it, ``stop`` otherwise."""
    m = _references().match(folded, stop, limit)
    return m.end() if m and text[stop + 1:m.end()].strip()[:1].islower() else stop


_NEXT_IN_LIST = re.compile(r"(?:,|\bva)\s*$", re.I)
# a body's role in the task: a verb right before it is no action of the clause
_ROLE = re.compile(r"(?:chu\s+tri|phoi\s+hop|co\s+trach\s+nhiem|chiu\s+trach\s+nhiem)(?![\w])")
_ROLE_NEXT = re.compile(r"(?:[ \t]+(?:tinh|huyen|xa|phuong|thanh\s+pho|thi\s+xa|quan|khu\s+vuc)(?:[ \t]+\w+){0,3}?)?"
                        r"[ \t]+(?:chu\s+tri|co\s+trach\s+nhiem|chiu\s+trach\s+nhiem|phoi\s+hop\s+voi|co\s+(?:tham\s+)?quyen)(?![\w])")
_COMMA_NEXT = re.compile(r"[ \t]*,[ \t]*")


def _named_by_works(text: str, folded: str, start: int, end: int) -> bool:
    """Is the verb at ``start:end`` the last word of a body's name, as the works it deals with
    (``Trung tâm Kiểm định chất lượng công trình xây dựng``)? So it is when the body's role follows
    at once or after its place (``… xây dựng tỉnh chủ trì``; its power: ``… xây dựng có thẩm quyền``), or a comma and the next body of a list (``… xây dựng, Tỉnh đoàn``):
    a clause's action is followed by what it acts on, not by another action or another body."""
    if _ROLE.match(folded, start) or not text[start:start + 1].islower():
        return False
    if _ROLE_NEXT.match(folded, end) or _works_then_role(text, folded, end):
        return True
    comma = _COMMA_NEXT.match(text, end)
    return comma is not None and text[comma.end():comma.end() + 1].isupper() and starts_body(text[comma.end():])


# what the works are about, a few small words between the verb of a name and the body's role
# ("Chi cục Hải quan quản lý | kho có trách nhiệm", "tổ chức kinh doanh | chứng khoán phái sinh có trách nhiệm",
# "Cơ quan quản lý chuyên ngành | thủy sản có thẩm quyền chủ trì")
_WORKS_THEN_DUTY = re.compile(r"((?:[ \t]+[a-zđà-ỹ]+){1,6}?)[ \t]+(?:(?:co|chiu)[ \t]+trach[ \t]+nhiem|chu[ \t]+tri)(?![\w])")
_NOT_WORKS = re.compile(r"(?<![\w])(?:và|hoặc|các|những|đã|đang|sẽ|thì|cho|với|của|khi|nếu|để|phải)(?![\w])")


# a body named by the place it serves, a relative clause of a few words run to the body's duty
# ("Ủy ban nhân dân cấp xã nơi đã đăng ký khai sinh | có trách nhiệm")
_WHERE_TO_DUTY = re.compile(r"(?<=\s)noi(?:[ \t]+[a-z]+){1,8}?(?=[ \t]+(?:co|chiu)[ \t]+trach[ \t]+nhiem(?![\w]))")


def _works_then_role(text: str, folded: str, end: int) -> bool:
    """Does the body's duty (``có trách nhiệm``, ``chịu trách nhiệm``) follow the verb ending at ``end``
    after a few small words, none of them a conjunction, a plural, an aspect word or a preposition
    that would open what a clause's action acts on (``hướng dẫn các cơ sở …``, ``báo cáo cho …``)?"""
    m = _WORKS_THEN_DUTY.match(folded, end)
    if m is None or not text[end:m.end(1)].strip().islower():
        return False
    return not _NOT_WORKS.search(text, end, m.end(1)) and not starts_body(text[end:m.end(1)].strip())


@lru_cache(maxsize=1)
def _kind_names() -> re.Pattern:
    return words_regex(load_list("kind_names.txt"))


# "Ban Quản lý dự án đầu tư | xây dựng công trình giao thông tỉnh": the works a project board invests in
# are its name, not its action
_PROJECT_BOARD = re.compile(r"(?<![\w])ban\s+(?:quan\s+ly\s+du\s+an|qlda)(?:\s+\S+){0,3}?\s+dau\s+tu\s+$", re.I)


# a common noun that names bodies, or the administrative units of a level in the plural (_UNITS: "Các tỉnh ven
# biển Trung Bộ | xây dựng …", "các huyện miền núi | rà soát …"), whose name goes on with the words that say which
_COMMON = re.compile(r"(?:quy|cac|tat\s+ca(?:\s+cac)?)?\s*(?:don\s+vi|co\s+quan|dia\s+phuong|to\s+chuc|ca\s+nhan)\b"
                     r"|" + _UNITS.pattern + r"\b(?!\s+(?:uy|doan|hoi|doi)(?![\w]))", re.I)  # not "các huyện ủy"


@lru_cache(maxsize=1)
def _qualifiers() -> re.Pattern:
    return words_regex(load_list("name_qualifiers.txt"), prefix=r"", suffix=r"(?![\w])")


_NAMED_WORDS = re.compile(r"\s[A-ZĐÀ-Ỹ]")


_OF_LEVEL = re.compile(r"\s+của\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|bộ|ngành|trung\s+ương)\s*$",
                       re.I)


def _names_up_to_verb(words: str) -> bool:
    """The words between a common noun and the verb that ends its clause go on its name when they are
    few, up to four (``cơ quan thuế``, ``đơn vị quân đội``, ``Cơ quan thường trú báo chí``), or a few more with a proper name among them (``các cơ
    quan đại diện Việt Nam ở nước ngoài``), and no punctuation."""
    if re.search(r"[,;:()]", words):
        return False
    words = _OF_LEVEL.sub("", words)  # "các cơ quan báo chí | của tỉnh": whose they are, no more words of the name
    n = len(words.split())
    return n <= 4 or n <= 8 and bool(_NAMED_WORDS.search(words))


def _common_noun_end(text: str, folded: str, pos: int, stop: int, verb: bool = False) -> int:
    """A body named by a common noun (``Quý đơn vị``, ``các cơ quan``) goes on only with the
    words that qualify it (``trực thuộc``, ``có liên quan``) or a capitalised name; the first
    other small word ends it (``Quý đơn vị ủng hộ …``: a verb the lexicon does not know). When a
    verb of the lexicon ends the clause's subject at ``stop`` (``verb``), a capitalised name runs to
    it (``cơ quan Công an cấp tỉnh``), and so do a few small words without a comma (``cơ quan thuế``,
    ``đơn vị quân đội``)."""
    m = _COMMON.match(folded, pos)
    if m is None or m.end() >= stop:
        return stop
    opening = body_starts().match(folded[pos:pos + 80])  # "tổ chức tín dụng": a kind the lexicon names whole
    kind = _kind_names().search(folded, pos, m.end() + 60)  # "các đơn vị sử dụng ngân sách"
    i = max(m.end(), pos + opening.end() if opening else 0, kind.end() if kind and kind.start() < m.end() else 0)
    competent = False  # "cơ quan có thẩm quyền điều tra, Tòa án": the work it is competent for names it
    while i < stop:
        w = re.compile(r"[\s,;()]*").match(text, i).end()
        if w >= stop:
            return stop
        q = _qualifiers().match(folded, w)
        if q and (not text[w].isalpha() or text[w].islower()):
            i, competent = q.end(), _COMPETENT.match(folded, w) is not None
            continue
        of = _OF.match(text, w)
        if of and (text[of.end():of.end() + 1].isupper() or starts_body(text[of.end():of.end() + 60])):
            i = of.end()  # "cơ quan chức năng của Ban Tổ chức Trung ương": whose it is, a named body
            continue
        word = re.compile(r"\S+").match(text, w)
        if verb and (text[w].isupper() or _names_up_to_verb(text[w:stop])):
            return stop
        if text[w].isupper() or not text[w].isalpha() or not competent and starts_body(text[w:w + 60]):
            i = word.end()  # not "có thẩm quyền ban hành": a verb, no "Ban" written small
            continue
        works = _works_end(text, folded, w, stop,
                           named=competent or text[pos].isupper() and not _PLURAL.match(folded, pos))
        if works:  # "tổ chức kinh doanh chứng khoán có trách nhiệm", "Cơ quan điều tra, Tòa án"
            i = works
            continue
        return w
    return stop


_PLURAL = re.compile(r"(?:cac|nhung|quy|tat\s+ca)\s", re.I)
_COMPETENT = re.compile(r"co\s+tham\s+quyen(?![\w])", re.I)
_OF = re.compile(r"của[ \t]+", re.I)
_WORKS_THEN_BODY = re.compile(r"((?:[ \t]*[a-zđà-ỹ]+){1,3}?)[ \t]*,[ \t]*(?=[A-ZĐÀ-Ỹ])")


def _works_end(text: str, folded: str, w: int, stop: int, named: bool) -> int | None:
    """Where the works a common noun's body deals with end, from the small word at ``w``: before its duty
    (``tổ chức kinh doanh chứng khoán | có trách nhiệm``), or, for a name printed with its capital
    (``Cơ quan điều tra``, not ``Các đơn vị …``), before the comma and the next body of a list. None when
    neither follows a few small words that open no object (``các``, ``cho``, ``và``)."""
    if _works_then_role(text, folded, w - 1):
        return _WORKS_THEN_DUTY.match(folded, w - 1).end(1)
    m = _WORKS_THEN_BODY.match(text, w) if named else None
    if m is None or m.end() > stop or _NOT_WORKS.search(text, m.start(1), m.end(1)):
        return None
    return m.end(1) if starts_body(text[m.end():m.end() + 60]) else None
