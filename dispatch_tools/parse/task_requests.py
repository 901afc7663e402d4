"""Whether a sentence of the body asks something, for the task extractor: its first request word
(``đề nghị X …``, ``yêu cầu``, ``giao X``, a leader who ``chỉ đạo`` a body) that asks here, not one
told of (``X đã có công văn đề nghị …``), a right (``có quyền đề nghị``), a set phrase (``theo đề
nghị``), a quotation or a thing handed over (``giao cho chủ tài khoản …``)."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .bodies import bodies_at, drop_title
from .body_words import person_titles, starts_body
from .context import Context
from ..vntext import strip_diacritics
from .task_named import is_issuer
from .task_non_tasks import phrases
from .task_subjects import ASK_WORDS, ASKS, TROUBLE, duty_cue, opens_action, past_commas, quoted, subject_roles
from .text import key, load_list, words_regex


# "đề nghị" as a noun or a modifier asks nobody: "trường hợp đề nghị khen thưởng", "mức đề nghị"
_CUE_ALONE = re.compile(r"^\W*(?:(?:vay|do do|de nghi|kinh)\s*,?\s*)?$", re.I)
# a circumstance set apart by its comma before the request word, which then opens the main clause
# ("Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Bộ …", "Trường hợp cần thiết, đề nghị …")
_CONTACT = re.compile(r"\s*lien\s+(?:he|lac)\b", re.I)
_AFTER_CIRCUMSTANCE = re.compile(r"^\W*(?:trong\s+qua\s+trinh|qua\s+trinh|neu|khi|truong\s+hop)\s[^.;:!?]*"
                                 rf"(?:,|{TROUBLE})\s*$", re.I)
# (a circumstance of trouble may end without its comma: "Trong quá trình thực hiện nếu phát sinh vướng mắc đề nghị …")


# Request words, matched on the folded text so that a word glued by a web page still counts
# ("đềnghị"); "giao" must be printed so (not "giáo") when the text has marks.
_REQUEST = re.compile(rf"(?<![\w])(?:{ASK_WORDS}|kinh\s+moi|giao(?![\w])|chi\s+dao(?![\w])|phan\s+cong(?![\w]))", re.I)
# What "giao" gives before the body it gives it to: "giao nhiệm vụ cho Sở X", "giao trách nhiệm cho …"
GIVEN = r"(?:(?:nhiem\s+vu|trach\s+nhiem)\s+)?"


_A_RIGHT = re.compile(r"(?<![\w])(?:duoc|co\s+quyen|co\s+the)\s+$", re.I)  # before a request word


# Before "giao": the half of a compound (chuyển giao, bàn giao), or a passive whose agent gives
# (được Chính phủ, Bộ Quốc phòng … giao các đơn vị …), or a narrated act (đã giao).
# "được giao" whole before it (``Căn cứ chức năng, nhiệm vụ được giao, giao Sở Y tế …``) is no such passive.
_NOT_ASSIGNING = re.compile(r"(?:(?<![\w])(?:chuyen|ban|phan|da|viec)\s+$|(?<![\w])duoc(?![\w])(?!\s+giao\b)[^.;:]*$)",
                            re.I)


# What an approval agrees to, right before "giao": the thing approved holds the assignment (``đồng ý đề xuất
# của Bộ A giao Tổng công ty B làm chủ đầu tư``, ``chấp thuận chủ trương giao cho Ban C …``); an approval that
# then assigns (``đồng ý …, giao Bộ X …``, ``đồng ý … và giao …``) asks all the same.
_APPROVED_THING = re.compile(r"(?<![\w])(?:dong\s+y|chap\s+thuan|phe\s+duyet)\s+(?:voi\s+)?(?:de\s+xuat|chu\s+truong|de\s+nghi|"
                             r"phuong\s+an|kien\s+nghi)(?:\s+cua(?:\s+(?!va\b|hoac\b)[^\s,;.:()]+)*?)?\s+$", re.I)


_REPORTED = re.compile(r"(?<![\w])(?:cho\s+rằng|cho\s+biết|tuyên\s+bố|khẳng\s+định|nhấn\s+mạnh\s+rằng|mà)(?![\w])",
                       re.I)
_THEY = re.compile(r"\W*(?:[Hh]ọ|HỌ)\s")
NARRATION_WORDS = re.compile(r"(?<![\w])(?:đã|vừa|từng|đang)(?![\w])", re.I)
_PURPOSE = re.compile(r"(?<![\w])(?:nham|de|voi\s+muc\s+dich)\s+$", re.I)
_CLAUSE_PUNCT = re.compile(r"[,;:.()\n]")


@lru_cache(maxsize=1)
def _reporters() -> re.Pattern:
    """``Cử tri``, ``Các đại biểu``, ``Nhiều ý kiến`` at the head of a clause: people whose request is told."""
    return words_regex(load_list("reporters.txt"), prefix=r"^\W*(?:(?:cac|nhieu|mot\s+so)\s+)?")


def _narrated(ctx: Context, s: int, cue: int) -> bool:
    """Does the clause before a request word tell of a request made before (``X đã có công văn đề
    nghị …``, ``X vừa yêu cầu …``), or the sentence report what someone says or asks (``X cho rằng … và
    kêu gọi …``, ``thời hạn mà X yêu cầu …``)? Only printed marks count: without them ``da`` may be
    ``đa``.
    A clause or sentence that opens with people whose request is only told (``Cử tri đề nghị …``) is
    so too."""
    if dated_before_issue(ctx, s) and not re.search(r"[;:]", ctx.text[s:cue]):
        return True  # "Ngày 20/3/2025, UBND tỉnh có Công văn số … đề nghị …": what was asked then, told
    if _named_body_did(ctx, s, cue):
        return True  # "Cục A đã trình Bộ trưởng hồ sơ …, đề nghị Bộ xem xét …": the request of what Cục A did, told
    cut = max([s] + [m.end() for m in _CLAUSE_PUNCT.finditer(ctx.text, s, cue)])
    before = " ".join(ctx.text[cut:cue].split()[-8:])
    heads = (ctx.folded[cut:cue], ctx.folded[s:cue])
    if NARRATION_WORDS.search(before) or any(_reporters().match(h) for h in heads):
        return True  # "… đã có công văn đề nghị …", "Cử tri đề nghị …": told, not asked here
    if _THEY.match(ctx.text, cut) or _THEY.match(ctx.text, s):
        return True  # "Họ thường xuyên kêu gọi Chính phủ …": others' request, told
    return bool(_REPORTED.search(ctx.text, s, cue))  # "… cho rằng … và kêu gọi …", "… mà X yêu cầu …"


_DID = re.compile(r"[\s,]*(?:đã|vừa|từng)\s", re.I)
_KIND_OF = re.compile(r"(?:các|tất\s+cả|mỗi|quý|những)\s", re.I)


def _named_body_did(ctx: Context, s: int, cue: int) -> bool:
    """Does the sentence open with a body named on its own (not a kind of bodies, not the issuer) and what it
    did (``đã``, ``vừa``), its request coming later in the same sentence (``Cục A đã trình Bộ trưởng …, đề
    nghị Bộ …``)? That body's request is told, not made by this document."""
    at = s + len(ctx.text[s:cue]) - len(ctx.text[s:cue].lstrip(" \t\n-–+•"))
    if re.search(r"[;:]", ctx.text[s:cue]) or _KIND_OF.match(ctx.text, at) or not starts_body(ctx.text[at:at + 80]):
        return False
    names, end = bodies_at(ctx.text, ctx.folded, at, cue)
    return bool(names) and not is_issuer(ctx, names[0]) and _DID.match(ctx.text, end, cue) is not None


# a sentence that opens with the day something happened: "Ngày 20/3/2025, …", "Ngày 20 tháng 3 năm 2025, …"
_DATED = re.compile(r"\W*ngay\s+(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|thang\s+(\d{1,2})\s*,?\s*nam\s+(\d{4}))\s*,",
                    re.I)


def dated_before_issue(ctx: Context, s: int) -> bool:
    """Does the sentence at ``s`` open with a day before the issue date (``Ngày 20/3/2025, UBND tỉnh có Công văn
    … đề nghị …``): a request made then and told now, in a reminder?"""
    m = _DATED.match(ctx.folded, s)
    if m is None or ctx.issue_date is None:
        return False
    day, month, year = int(m.group(1)), int(m.group(2) or m.group(4)), int(m.group(3) or m.group(5))
    try:
        return date(year, month, day) < ctx.issue_date
    except ValueError:
        return False


def request_cue(ctx: Context, s: int, e: int, exclusions: re.Pattern) -> tuple[int, int] | None:
    """The first request word of the sentence that asks a body (or, opening the sentence, asks
    at all): not one told of, nor inside a set phrase or a quotation (``theo đề nghị``)."""
    for m in _REQUEST.finditer(ctx.folded, s, e):
        start, end = m.start(), m.end()
        if m.group(0).lower().startswith("chi") and not _leader_directs(ctx, s, start, end, e):
            continue
        if m.group(0).lower().startswith("phan") and not _assigns(ctx, s, start, end, e):
            continue
        if _told_not_asked(ctx, s, start, end) or _set_phrase(ctx, s, e, start, end, exclusions):
            continue
        if _asks_here(ctx, s, e, start, end):
            return start, end
    return None


_LEADERS = re.compile(r"\W*(?:(?:các\s+)?lãnh\s+đạo|(?:phó\s+)?thủ\s+tướng)(?:\s|$)", re.I)


def _leader_directs(ctx: Context, s: int, start: int, end: int, e: int) -> bool:
    """``chỉ đạo`` asks when a leader gives the direction to a body named after it (``Phó Thủ tướng chỉ đạo
    Bộ Xây dựng …``, ``Lãnh đạo Sở Y tế chỉ đạo các bệnh viện …``); a body that directs its own units
    (``Sở Y tế chỉ đạo các bệnh viện …``) has the task itself."""
    printed = " ".join(ctx.text[start:end].lower().split())
    if printed not in ("chỉ đạo", "chi dao") or not starts_body(_words_after(ctx, end, e)):
        return False
    cut = max([s] + [m.end() for m in _CLAUSE_PUNCT.finditer(ctx.text, s, start)])
    who = ctx.text[cut:start].strip()
    if not 0 < len(who.split()) <= 15 or not (_titled(who) or _LEADERS.match(who)):
        return False
    body = drop_title(who)
    return body == who or not starts_body(body) or is_issuer(ctx, body)  # "Giám đốc Sở A chỉ đạo …": Sở A's task


def _assigns(ctx: Context, s: int, start: int, end: int, e: int) -> bool:
    """``phân công`` asks when a named body follows and the word opens its clause or follows the issuer
    (``Phân công Sở Y tế chủ trì …``, ``Phân công các địa phương …``, ``Ủy ban nhân dân tỉnh phân công Sở Xây
    dựng …``); ``phân công cán bộ theo dõi``, ``theo sự phân công``, ``được phân công`` and a body that shares out its own work
    (``Ủy ban nhân dân huyện phân công Phòng Nông nghiệp …``) ask nobody by it."""
    printed = " ".join(ctx.text[start:end].split())
    after = _words_after(ctx, end, e)
    if printed.lower() != "phân công" or not (after[:1].isupper() or _PLURAL.match(after)) or not starts_body(after):
        return False  # a body named, or bodies of a kind (``các địa phương``); not ``cán bộ theo dõi``
    if _NOT_ASSIGNING.search(ctx.folded[max(s, start - 90):start]):
        return False
    cut = max([s] + [m.end() for m in _CLAUSE_PUNCT.finditer(ctx.text, s, start)])
    who = ctx.text[cut:start].strip(" \t\n-–+*•")
    return not re.sub(r"^(?:\d+|[a-zđ]|[IVX]+)[.)/]\s*", "", who) or is_issuer(ctx, who)


_PLURAL = re.compile(r"các\s", re.I)


def _told_not_asked(ctx: Context, s: int, start: int, end: int) -> bool:
    """Is the request word at ``start`` another word, or a request this document does not make, by
    the words before it?"""
    printed = ctx.text[start:end]
    if printed.lower().startswith("gi") and printed.lower() not in ("giao",) and strip_diacritics(printed) != printed:
        return True  # "giáo", "giảo"
    if printed.lower() == "giao" and _NOT_ASSIGNING.search(ctx.folded[max(s, start - 90):start]):
        return True  # "chuyển giao cho", "được Chính phủ … giao": no request of this document
    if printed.lower() == "giao" and _APPROVED_THING.search(ctx.folded[max(s, start - 90):start]):
        return True  # "đồng ý đề xuất của Bộ A giao Tổng công ty B làm chủ đầu tư": what is approved, no request
    if _A_RIGHT.search(ctx.folded[max(s, start - 12):start]):
        return True  # "Được yêu cầu …", "có quyền đề nghị …": a right, not a request
    if _narrated(ctx, s, start):
        return True  # "UBND tỉnh Kon Tum đã có công văn đề nghị Bộ GTVT …": told, not asked here
    if _second_act(ctx, s, start, gives=printed.lower() in ("giao", "phân công")):
        return True  # "Phòng Đào tạo tổ chức thi và giao cho các bộ môn chấm thi": how a body works, no request
    return bool(_PURPOSE.search(ctx.folded, max(s, start - 12), start))  # "… nhằm kêu gọi sinh viên …"


def _words_after(ctx: Context, end: int, e: int) -> str:
    return ctx.text[end:min(e, end + 80)].lstrip(" :,\t\n")


def _set_phrase(ctx: Context, s: int, e: int, start: int, end: int, exclusions: re.Pattern) -> bool:
    """Is the request word part of a phrase where it asks nothing (``theo đề nghị``, ``giao ban``), of a
    quotation, or a thing handed over (``giao cho chủ tài khoản 02 liên``)?"""
    after = _words_after(ctx, end, e)
    named = after[:1].isupper() and starts_body(after)  # "Giao Ban Dân tộc …" is not "giao ban"
    if any(x.start() <= start and x.end() >= end and not (named and x.end() > end)
           and not (x.end() == end and _writing_asks(ctx, x.start(), start, end, e))
           for x in exclusions.finditer(ctx.folded, max(s, start - 25), min(e, end + 25))):
        return True
    if quoted(ctx, s, start):
        return True
    return ctx.text[start:end].lower() == "giao" and _hands_over(ctx, end, e)


@lru_cache(maxsize=1)
def _writings() -> re.Pattern:
    """``văn bản``, ``tờ trình``, ``hồ sơ``: a writing that may carry a request (``văn bản đề nghị``)."""
    return words_regex(load_list("request_writings.txt"), prefix=r"^\W*", suffix=r"\s*$")


@lru_cache(maxsize=1)
def _sends() -> re.Pattern:
    """A writing sent or made (``gửi văn bản``, ``lập hồ sơ``, ``có tờ trình``)."""
    return words_regex(load_list("request_writings.txt"),
                       prefix=r"(?<![\w])(?:gui|co|lap|trinh|hoan\s+thien)\s+(?:\S+\s+){0,3}?")


def _sends_writing(ctx: Context, a: int, start: int) -> bool:
    """Does the request word at ``start`` come with a writing the subject sends or makes (``gửi văn bản
    đề nghị``, ``lập hồ sơ, đề nghị``, ``có tờ trình đề nghị``)?"""
    return bool(_sends().search(ctx.folded, max(a, start - 60), start))


def _writing_asks(ctx: Context, x: int, start: int, end: int, e: int) -> bool:
    """``văn bản đề nghị Bộ Tư pháp thẩm định``: a writing whose request names a body (capitalised) and its
    action asks that body, unlike ``hồ sơ đề nghị khen thưởng`` or ``văn bản đề nghị của Sở A``."""
    if not _writings().match(ctx.folded[x:start]):
        return False
    names, name_end = bodies_at(ctx.text, ctx.folded, end, e)
    return bool(names) and names[0][:1].isupper() and name_end < e and opens_action(ctx, past_commas(ctx.text, name_end, e), e)


def _asks_here(ctx: Context, s: int, e: int, start: int, end: int) -> bool:
    """Does the request word ask: a body follows it (``đề nghị Sở Y tế``, ``giao cho Phòng X``), or it
    opens the sentence (``Đề nghị thực hiện nghiêm …``, ``Phòng GD&ĐT yêu cầu:``), except ``giao``,
    which asks only of a body (``giao dự toán cho …`` is an allocation)?"""
    after = _words_after(ctx, end, e)
    given = re.match(r"(?:(?:nhiệm vụ|trách nhiệm)\s+cho|với|cho)\s+", after, re.I)
    if starts_body(after) or given and starts_body(after[given.end():]):
        return True
    if ctx.text[start:end].lower().startswith("gi"):
        return False
    if _AFTER_CIRCUMSTANCE.match(ctx.folded[s:start]) and re.fullmatch(r"de\s+nghi", ctx.folded[start:end], re.I) \
            and not _CONTACT.match(ctx.folded, end):
        # "yêu cầu" there may be one of the acts the circumstance lists ("Khi trưng cầu …, yêu cầu định giá …");
        # "…, nếu có vướng mắc, đề nghị liên hệ ông A, số điện thoại …" gives whom to call, a contact line
        return True
    return bool(_CUE_ALONE.match(ctx.folded[s:start])) or not after.strip(" .:") or bool(singled_out(ctx, s, start))


# "Riêng Sở Y tế, UBND xã Bình Sơn đã gửi báo cáo nhưng số liệu chưa thống nhất, đề nghị rà soát …": the bodies set
# apart at the sentence's start are those the request word, with no body after it, asks
_SINGLED = re.compile(r"\W*(?:rieng|doi\s+voi)\s+(?=\S)", re.I)


def singled_out(ctx: Context, s: int, start: int) -> list[str]:
    """The bodies a sentence sets apart before the request word at ``start`` (``Riêng A, B …, đề nghị …``,
    ``Đối với các xã chưa …, đề nghị …``), its main clause after a comma; [] when it does not."""
    m = _SINGLED.match(ctx.folded, s, start)
    if m is None or not ctx.text[s:start].rstrip().endswith(",") or re.search(r"[.;:!?]", ctx.text[s:start]):
        return []
    names, _ = bodies_at(ctx.text, ctx.folded, m.end(), start)
    return names if names and not is_issuer(ctx, names[0]) else []


_ASKING = re.compile(rf"(?<![\w])(?:{ASK_WORDS}|kinh\s+moi)(?![\w])", re.I)


def asks_within(ctx: Context, a: int, z: int) -> bool:
    """Is there a word that asks (``đề nghị``, ``yêu cầu``, ``kính mời`` …) between ``a`` and ``z``: a clause read as a
    body and its action whose "body" runs over it (``Trung ương Hội … kính mời các cơ quan``) asks, it does no work
    of its own."""
    return _ASKING.search(ctx.folded, a, z) is not None


_AND_THEN = re.compile(r"(?:,|\bva)\s*$", re.I)


def _second_act(ctx: Context, s: int, start: int, gives: bool) -> bool:
    """Is the request word at ``start`` a later act of a clause whose subject is a body (not the issuer,
    nor a person who directs) acting on its own: it gives a task as part of its work (``Phòng Đào tạo
    tổ chức thi và giao cho các bộ môn chấm thi``) or asks another body in its turn (``Sở Y tế tổng hợp,
    đề nghị Ủy ban nhân dân tỉnh xem xét``, ``Sở A hoàn thiện hồ sơ, gửi văn bản đề nghị Bộ B thẩm
    định``): the task is the subject's. A clause that approves or directs (``Thủ tướng đồng ý … và giao Bộ
    X …``) asks all the same. ``gives``: the word is ``giao``, which must follow ``,`` or ``và``."""
    if gives and not _AND_THEN.search(ctx.folded, max(s, start - 6), start) or ASKS.search(ctx.folded, s, start):
        return False
    subject = subject_roles(ctx, s, start)
    if subject is None or not subject[0].lead:
        return False
    if not gives and duty_cue(ctx, s, start) is None and not _sends_writing(ctx, subject[1], start):
        return False  # "Tiểu ban … hướng dẫn và yêu cầu Ban Chỉ đạo …": the speaker's own request
    first = subject[0].lead[0]
    verb = ctx.folded[subject[1]:start]
    return not (is_issuer(ctx, first) or drop_title(first) != first or _titled(ctx.text[s:subject[1]])
                or phrases()[1].match(verb.lower()) or re.match(r"\s*(?:chi\s+dao|thong\s+nhat|quyet\s+dinh)\b", verb, re.I))


def _titled(words: str) -> bool:
    """Does a clause's subject open with a person's title (``Chủ tịch``, ``Thủ tướng``)?"""
    return bool(person_titles().match(key(words)))


_GIVEN_TO = re.compile(r"\s*cho\s+", re.I)


def _hands_over(ctx: Context, pos: int, e: int) -> bool:
    """``giao cho X`` in the middle of a clause with no action of X after its name: something is handed
    to X (``giao cho chủ tài khoản 02 liên chứng từ``), nothing asked of it."""
    given = _GIVEN_TO.match(ctx.folded, pos, e)
    if given is None:
        return False
    names, end = bodies_at(ctx.text, ctx.folded, given.end(), e)
    return bool(names) and (end >= e or not opens_action(ctx, past_commas(ctx.text, end, e), e)) \
        and bool(re.search(r"\d", ctx.text[given.end():end]))
