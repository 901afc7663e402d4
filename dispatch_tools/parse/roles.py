"""The roles of a request: the lead body (``chủ trì``), the cooperating bodies (``phối hợp với``, ``phối
hợp cùng``, ``cùng với``) and the bodies the assignee must direct (``chỉ đạo X báo cáo``), read from
the bodies :mod:`.bodies` finds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .bodies import bodies_at
from .body_kinds import KIND_WORDS
from .body_words import adverbs, starts_body
from .text import key


@dataclass
class Roles:
    """Who must do a task: lead bodies, cooperating bodies, and others named (bodies directed)."""

    lead: list[str] = field(default_factory=list)
    cooperating: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)

    def union(self) -> list[str]:
        out, seen = [], set()
        for name in self.lead + self.cooperating + self.others:
            k = key(name)
            if k and k not in seen:
                seen.add(k)
                out.append(name)
        return out

    def __bool__(self) -> bool:
        return bool(self.lead or self.cooperating or self.others)

    def add(self, part: str, names: list[str]) -> None:
        """Add to ``part`` (``cooperating`` or ``others``) the names not yet among the task's bodies."""
        known = {key(x) for x in self.union()}
        getattr(self, part).extend(n for n in names if key(n) not in known)


_LEAD = re.compile(r"[\s,]*chu\s+tri\b[\s,]*(?:va\s+)?", re.I)
# "phối hợp với", "phối hợp chặt chẽ với", "phối hợp cùng", "cùng với", "cùng các …"
_WITH = r"phoi\s+hop(?:\s+chat\s+che)?(?:\s+(?:voi|cung))?"
_COOP = re.compile(rf"[\s,]*(?:(?:chu\s+dong\s+)?{_WITH}\b|cung\s+voi\b|cung(?=\s+cac\s))", re.I)
_COOP_ANY = re.compile(rf"(?<![\w])(?:{_WITH}|cung\s+voi|cung(?=\s+cac\s))(?![\w])", re.I)
# "chỉ đạo X", and guidance paired with inspection or urging ("hướng dẫn và kiểm tra X", "hướng dẫn, đôn đốc X"):
# the bodies the lead must direct
_DIRECT = re.compile(r"(?<![\w])(?:chi\s+dao|huong\s+dan(?:\s*(?:,|va)\s*(?:kiem\s+tra|don\s+doc|giam\s+sat))+)(?![\w])",
                     re.I)
_VERB_CUNG = re.compile(r"\s+cung$", re.I)


def with_end(text: str, m: re.Match) -> int:
    """Where the words of cooperation matched by ``m`` on the folded text end: ``phối hợp cùng`` whole, but
    before ``cung`` when the page prints it without its mark, as the first syllable of the action that
    follows (``phối hợp cung cấp số liệu``, ``phối hợp cung ứng``), not the preposition ``cùng``."""
    tail = _VERB_CUNG.search(m.string, m.start(), m.end())
    if tail is not None and text[m.end() - 4:m.end()].lower() != "cùng":
        return tail.start()
    return m.end()


# The remit a subject acts within, between it and its verb ("Ủy ban nhân dân cấp tỉnh, trong phạm vi
# nhiệm vụ, quyền hạn của mình, phối hợp với …", "Các sở, theo chức năng, nhiệm vụ được giao, …").
_REMIT_WORD = r"(?:chuc\s+nang|nhiem\s+vu|quyen\s+han|tham\s+quyen|trach\s+nhiem|linh\s+vu|dia\s+ban)"
REMIT = re.compile(rf"[\s,]*(?:trong\s+pham\s+vi|theo|can\s+cu|thuoc\s+pham\s+vi)\s+(?:cac\s+)?{_REMIT_WORD}"
                   rf"(?:(?:\s*,\s*|\s+va\s+|\s+)(?:{_REMIT_WORD}|duoc\s+giao|cua\s+minh|minh|quan\s+ly|"
                   rf"duoc\s+phan\s+cong|cua\s+(?:bo|nganh|don\s+vi|co\s+quan|dia\s+phuong)))*\s*,?", re.I)


# The standing of the lead body, between its name and its role ("Sở Y tế là cơ quan thường trực, chủ trì …").
_STANDING = re.compile(r"[\s,]*la\s+(?:co\s+quan|don\s+vi)\s+(?:thuong\s+truc|chu\s+tri|dieu\s+phoi|"
                       r"tham\s+muu|chuyen\s+mon)[^,;.:]{0,80},(?=\s*\w)", re.I)


def roles_at(text: str, folded: str, pos: int, limit: int, lead: list[str] | None = None) -> tuple[Roles, int]:
    """The roles of a clause from ``pos``: ``X chủ trì, phối hợp với Y và Z <verb> …``,
    ``X phối hợp với Y …``, ``X <verb> …``; then the bodies ``phối hợp với`` and ``chỉ đạo``
    name further on. ``lead`` is the lead of a list the clause belongs to (``Giao Bộ Tài chính:``)."""
    roles = Roles(lead=list(lead or []))
    actors, end = bodies_at(text, folded, pos, limit)
    if actors:
        roles.lead = actors if not roles.lead else roles.lead
        if roles.lead is not actors:
            roles.others += actors
        standing = _STANDING.match(folded, end, limit)
        if standing:  # "Sở Y tế là cơ quan thường trực, chủ trì, phối hợp với …"
            end = standing.end()
        remit = REMIT.match(folded, end, limit)
        if remit:
            end = remit.end()
        end = _past_helped(text, folded, end, limit)
        m = _LEAD.match(folded, end, limit)
        if m:
            end = m.end()
    m = _COOP.match(folded, end, limit) or _together(text, folded, end, limit)
    if m:
        coop, end = bodies_at(text, folded, with_end(text, m), limit)
        roles.cooperating += coop
    _more_roles(text, folded, end, limit, roles)
    return roles, end


_CUNG = re.compile(r"[\s,]*cung\s+(?=\S)", re.I)


def _together(text: str, folded: str, end: int, limit: int) -> re.Match | None:
    """``cùng`` before a body printed with a capital (``Giao Sở Y tế chủ trì cùng UBND quận …``): the
    partner, as after ``phối hợp với``; not ``cùng cấp`` nor ``cùng ban hành``."""
    m = _CUNG.match(folded, end, limit)
    return m if m is not None and text[m.end():m.end() + 1].isupper() and text[m.end() - 5:m.end()].strip().lower() \
        in ("cùng", "cung") else None  # printed "cùng" (or a page without marks), not "củng"


_HELPS = re.compile(r"[\s,]*giup\s+", re.I)


def _past_helped(text: str, folded: str, end: int, limit: int) -> int:
    """Past the body a lead acts for, between its name and its role (``Bộ Tư pháp giúp Chính phủ chủ trì,
    phối hợp với …``): the body helped is no party to the task, the roles follow it."""
    helps = _HELPS.match(folded, end, limit)
    if helps is None:
        return end
    helped, after = bodies_at(text, folded, helps.end(), limit)
    if helped and (_LEAD.match(folded, after, limit) or _COOP.match(folded, after, limit)):
        return after
    return end


_AFTER_COLON = re.compile(r":\s*$")


def _more_roles(text: str, folded: str, pos: int, limit: int, roles: Roles) -> None:
    for m in _COOP_ANY.finditer(folded, pos, limit):
        if text[m.start()].isupper() and m.start() > pos + 2 and not _AFTER_COLON.search(text, pos, m.start()):
            continue
        if _PURPOSE_BEFORE.search(folded, max(pos, m.start() - 40), m.start()):
            continue  # "bố trí ngân sách … phục vụ công tác phối hợp với X": what the means serve, not a partner
        coop, _ = bodies_at(text, folded, with_end(text, m), limit)
        roles.cooperating += [c for c in coop if key(c) not in {key(x) for x in roles.cooperating}]
    for m in _DIRECT.finditer(folded, pos, limit):
        if text[m.start()].isupper() and m.start() > pos + 2 and not _AFTER_COLON.search(text, pos, m.start()):
            continue  # a capital after a colon opens the action ("UBND các huyện: Chỉ đạo UBND cấp xã …")
        more = _ALSO_GUIDES.match(folded, m.end(), limit)  # "chỉ đạo, hướng dẫn cơ sở y tế …": who is directed
        at = more.end() if more else m.end()
        how = _NOW.match(folded, at, limit) or adverbs().match(folded, at, limit)  # "chỉ đạo ngay các cơ quan …"
        directed, after = bodies_at(text, folded, how.end() if how and starts_body(text[how.end():how.end() + 80].lstrip())
                                    else at, limit)
        if folded.startswith("huong", m.start()) and _NO_ACT_AFTER.match(folded, after, limit):
            continue  # "theo dõi, hướng dẫn, kiểm tra các địa phương, thực hiện …": guided, with no act of their own
        roles.others += directed
    for m in re.finditer(r"[,;]\s*", text[pos:limit]):  # "…, Sở B và UBND huyện C phải tổ chức …"
        at = pos + m.end()
        if not starts_body(text[at:at + 80]):
            continue
        names, end = bodies_at(text, folded, at, limit)
        if _one_more_kind(folded, pos, pos + m.start(), names):
            continue  # "Các bộ, | ngành chủ trì": the plural goes on with its next kind, no other subject
        if names and _SECOND_DUTY.match(folded, end, limit):
            roles.add("others", names)
        elif names and roles.lead and cooperates_alone(text, folded, end, limit):
            roles.add("cooperating", names)  # "A chủ trì; B, C phối hợp …"


# cooperation named as what something serves (``phục vụ công tác phối hợp với``, ``cho việc phối hợp với``):
# a noun after a word of purpose, not the action the task asks
_PURPOSE_BEFORE = re.compile(r"(?<![\w])(?:phuc\s+vu|cho|de|ho\s+tro)\s+(?:cong\s+tac|viec|hoat\s+dong)\s+$", re.I)
_NOW = re.compile(r"\s*ngay(?:\s+lap\s+tuc)?(?=\s)", re.I)
# what ends the bodies guided or inspected when they are given no act of their own: a stop, the end, or the field
# the guidance is in ("… các trường trong công tác …", "… các địa phương về …")
_NO_ACT_AFTER = re.compile(r"\s*(?:[,;.:]|$)|\s+(?:trong|ve|tai|doi\s+voi)\s", re.I)
# the words of guidance after "chỉ đạo", each after a comma or "và", two of them also side by side ("chỉ đạo,
# hướng dẫn kiểm tra, giám sát X"); one right after "chỉ đạo" with nothing between is its object ("chỉ đạo kiểm
# tra các cơ sở": the establishments are inspected, not directed)
_GUIDE = r"(?:huong\s+dan|don\s+doc|kiem\s+tra|giam\s+sat)"
_ALSO_GUIDES = re.compile(rf"(?:\s*(?:,|va)\s*{_GUIDE}(?:\s+{_GUIDE})*)+(?=\s)", re.I)
_COOPERATE_ALONE = re.compile(r"\s*(?:cung\s+)?phoi\s+hop(?:\s+(?:voi|chat\s+che\s+voi|cung)\b)?(?![\w])", re.I)
_SECOND_DUTY = re.compile(r"\s*(?:phai|co\s+trach\s+nhiem|chu\s+tri)\b(?!\s+chiu\s+trach\s+nhiem\s+(?:truoc|neu)\b)", re.I)
# "…; trường hợp để xảy ra cháy, nổ …, Thủ trưởng cơ quan, đơn vị phải chịu trách nhiệm trước Chủ tịch …": whom the
# heads answer to if it goes wrong, no work of their own on the task
ANSWERABLE = re.compile(r"(?:phai\s+)?chiu\s+trach\s+nhiem\s+(?:truoc|neu|khi\s+de|ve\s+viec\s+de)(?![\w])", re.I)


_PLURAL_BEFORE_COMMA = re.compile(r"(?<![\w])(?:cac|tat\s+ca(?:\s+cac)?)\s+\w+(?:\s+\w+)?\s*$", re.I)


def _one_more_kind(folded: str, pos: int, comma: int, names: list[str]) -> bool:
    """Is the one kind of body named after the comma at ``comma`` (``ngành``, ``địa phương``) the next
    kind of the plural the comma follows (``các bộ, ngành``), not a body of its own?"""
    return len(names) == 1 and key(names[0]) in KIND_WORDS \
        and _PLURAL_BEFORE_COMMA.search(folded, max(pos, comma - 30), comma) is not None


def cooperates_alone(text: str, folded: str, pos: int, limit: int) -> bool:
    """Does ``phối hợp`` at ``pos`` stand alone as the action (``B, C phối hợp thực hiện``, ``B phối hợp
    cung cấp số liệu``), with no bodies it cooperates with after it (``phối hợp với C``, ``phối hợp cùng C``)?"""
    m = _COOPERATE_ALONE.match(folded, pos, limit)
    return m is not None and not re.search(r"(?:voi|cung)$", folded[m.start():with_end(text, m)], re.I)


def roles_in(text: str, folded: str, s: int, e: int, lead: list[str] | None = None) -> Roles:
    """The cooperating and directed bodies a clause names anywhere (the lead is given)."""
    roles = Roles(lead=list(lead or []))
    _more_roles(text, folded, s, e, roles)
    return roles
