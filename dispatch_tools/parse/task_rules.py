"""What a sentence or a list item of the body is, for the task extractor: a request (``đề nghị X
…``), a duty (``X chủ trì``, ``X có trách nhiệm``, ``… chịu trách nhiệm thi hành``), a clause whose
subject is a body and whose verb is an action (``Bộ Y tế tiếp thu …``), or one that asks nothing:
a rule of law (``… có hiệu lực …``), an approval (``Đồng ý …``, ``Công nhận …``), information
(``Thời gian: …``) or a closing formula (``… để X biết, thực hiện``). The phrases are data files in
``models/parse``."""

from __future__ import annotations

import re
from functools import lru_cache

from .bodies import Roles, bodies_at, drop_title, roles_at
from .body_words import adverbs, is_verb_at, person_titles, starts_body, task_verbs
from .context import Context
from .lexicon import lexicon
from ..vntext import strip_diacritics
from .text import key, load_list, spans_ended_by, words_regex

# "đề nghị" as a noun or a modifier asks nobody: "trường hợp đề nghị khen thưởng", "mức đề nghị"
_CUE_ALONE = re.compile(r"^\W*(?:(?:vay|do do|de nghi|kinh)\s*,?\s*)?$", re.I)
_NOT_DUTY_AFTER = re.compile(r"\s*(?:toan\s+dien\s+)?(?:ve|truoc)\b", re.I)  # "chịu trách nhiệm về …" is accountability
_NARRATION = re.compile(r"(?:\b(?:da|vua|dang|tung|co)\s+)$", re.I)
_GENERIC_DO = re.compile(r"\s*(?:biet|thuc hien|to chuc thuc hien|trien khai thuc hien|biet\s*,?\s*thuc hien)\b", re.I)
_SENTENCE = re.compile(r"(?:\./\.|(?<![\s(][A-ZĐ])(?<![\s(][A-ZĐ][A-Za-zĐđ])\.|[!?])(?=\s+[\"“(]?[A-ZĐÀ-Ỹ\d-]|\s*$)|\n\s*\n"
                       r"|(?:(?<=như sau)|(?<=chỉ đạo)|(?<=kết luận)):(?=[ \t]+[A-ZĐÀ-Ỹ])")  # "… như sau: Sở A …"


@lru_cache(maxsize=1)
def _phrases() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    return (words_regex(load_list("rule_of_law.txt")),
            words_regex(load_list("approvals.txt"), prefix=r"^\W*"),
            words_regex(load_list("information.txt"), prefix=r"^\W*"),
            words_regex(load_list("non_task_headings.txt"), prefix=r"^\W*"))


_LABEL = re.compile(r"\W*[^:.;]{1,40}:")


def _informs(text: str) -> bool:
    """Information (``Thời gian: …``, ``Địa điểm …``), or the label of a part that describes
    (``Mục tiêu: …``, ``2. Yêu cầu``); a sentence that opens with the word of such a heading asks
    all the same (``Yêu cầu các đơn vị rà soát …``)."""
    _, _, info, heading = _phrases()
    k = key(text)
    if info.match(k):
        return True
    return bool(heading.match(k)) and (len(text.split()) <= 8 or bool(_LABEL.match(text)))


def task_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]``; unlike :func:`.text.sentence_spans` a ``;`` does not end one
    (an execution clause lists its bodies with ``;``, a request its steps), nor does the stop of a
    short abbreviation (``TP. Hồ Chí Minh``, ``Q. Bình Tân``)."""
    return spans_ended_by(_SENTENCE, text, start, end)


# Closing formulas that pass on what was said ("Văn phòng Chính phủ xin thông báo để Bộ Y tế biết,
# thực hiện", "Cục Thuế trả lời để Công ty được biết") and invitations to attend ("Kính mời … về dự").
_FORMULA = re.compile(r"(?<![\w])(?:thong\s*bao|truyen\s+dat|tra\s+loi)(?:\s+\S+){0,20}?\s+de\s+(?:\S+\s+){1,25}?biet\b"
                      r"|(?<![\w])(?:kinh|tran\s+trong|xin)\s+moi(?:\s+\S+){1,15}?\s+(?:ve|den|tham)\s+du(?!\s+an)\b"
                      r"|(?<![\w])truyen\s+dat\s+y\s+kien", re.I)


def asks_nothing(ctx: Context, s: int, e: int) -> bool:
    """A rule of law, an approval, information, a closing formula or an inspection told with what it
    found: no task."""
    k = key(ctx.text[s:e])
    label = _ABOUT_LABEL.match(k)  # "1. Về đề xuất của Sở Nội vụ …: Đồng ý …"
    return bool(_states_a_rule(ctx.text[s:e]) or _approval_at(ctx.text[s:e]) or label and _approval_at(ctx.text[s:e], label.end())
                or _informs(ctx.text[s:e]) or _FORMULA.search(k) or _approves(ctx, s, e) or _FOUND.search(k))


def _same_forms(words: str) -> str:
    return words.replace("uỷ", "ủy").replace("oà", "òa").replace("oá", "óa")


@lru_cache(maxsize=1)
def _law_forms() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for phrase in load_list("rule_of_law.txt"):
        out.setdefault(key(phrase), set()).add(_same_forms(" ".join(phrase.lower().split())))
    return out


@lru_cache(maxsize=1)
def _approval_forms() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for phrase in load_list("approvals.txt"):
        out.setdefault(key(phrase), set()).add(_same_forms(" ".join(phrase.lower().split())))
    return out


def _approval_at(text: str, at: int = 0) -> bool:
    """Does the text open (at ``at`` of its key) with an approval (``Đồng ý``, ``Tặng``), printed with the
    approval's own marks when the text has marks (``tăng cường`` is no ``tặng``)?"""
    k = key(text)
    m = _phrases()[1].match(k[at:])  # its "^" holds only at the start of the string it is given
    if m is None:
        return False
    printed = " ".join(text.lower().split())[at:]
    if len(printed) != len(k) - at or strip_diacritics(printed) == printed:
        return True  # marks lost: the folded words decide
    word = _same_forms(re.sub(r"^\W+", "", printed[m.start():m.end()]))
    return word in _approval_forms().get(" ".join(key(word).split()), {word})


def _states_a_rule(text: str) -> bool:
    """Does the sentence hold a phrase of a rule of law (``có hiệu lực``, ``được hưởng``), printed with the
    phrase's own marks when the text has marks (``để được hướng dẫn`` is no ``được hưởng``)?"""
    law = _phrases()[0]
    k = key(text)
    printed = " ".join(text.lower().split())
    if len(printed) != len(k) or strip_diacritics(printed) == printed:
        return bool(law.search(k))  # marks lost: the folded words decide
    for m in law.finditer(k):
        word = _same_forms(printed[m.start():m.end()])
        if word in _law_forms().get(" ".join(m.group(0).split()), {word}):
            return True
    return False


# "… kiểm tra thực tế tại hiện trường thì phát hiện …": an inspection told with what it found
_FOUND = re.compile(r"(?<![\w])thi\s+(?:da\s+)?phat\s+hien(?![\w])")
_ABOUT_LABEL = re.compile(r"\W*(?:ve|doi\s+voi)\s[^:.;]{3,150}:\s*", re.I)


def _past_commas(text: str, pos: int, e: int) -> int:
    """The offset of the first character at or after ``pos`` (before ``e``) that is no space and
    no comma: where the words after a name start (on the next line when the page wrapped there)."""
    piece = text[pos:e]
    return pos + len(piece) - len(piece.lstrip(" ,\t\n"))


def _approves(ctx: Context, s: int, e: int) -> bool:
    """A body that approves (``Thủ tướng Chính phủ đồng ý …``, ``Ủy ban nhân dân tỉnh chấp thuận …``)."""
    for pos in subject_starts(ctx, s, e):
        names, end = bodies_at(ctx.text, ctx.folded, pos, e)
        if names and end < e:
            after = _past_commas(ctx.text, end, e)
            if _approval_at(ctx.text[after:e]) and ctx.text[after:after + 1].islower():
                return True
    return False


def formula(ctx: Context, s: int, e: int) -> bool:
    return bool(_FORMULA.search(key(ctx.text[s:e])))


def is_information(ctx: Context, s: int, e: int) -> bool:
    return _informs(ctx.text[s:e])


def quoted(ctx: Context, s: int, pos: int) -> bool:
    """Is ``pos`` inside a quotation (a cited title, not a request of this document)?"""
    before = ctx.text[s:pos]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


# Request words, matched on the folded text so that a word glued by a web page still counts
# ("đềnghị"); "giao" must be printed so (not "giáo") when the text has marks.
_ASK_WORDS = r"de\s*nghi|yeu\s*cau|kinh\s+mong|keu\s+goi"  # a request's own words (a request may also invite or give)
_REQUEST = re.compile(rf"(?<![\w])(?:{_ASK_WORDS}|kinh\s+moi|giao(?![\w])|chi\s+dao(?![\w]))", re.I)


_A_RIGHT = re.compile(r"(?<![\w])(?:duoc|co\s+quyen|co\s+the)\s+$", re.I)  # before a request word
_ASKS = re.compile(rf"(?<![\w])(?:{_ASK_WORDS})(?![\w])", re.I)


# Before "giao": the half of a compound (chuyển giao, bàn giao), or a passive whose agent gives
# (được Chính phủ, Bộ Quốc phòng … giao các đơn vị …), or a narrated act (đã giao).
_NOT_ASSIGNING = re.compile(r"(?:(?<![\w])(?:chuyen|ban|phan|da|viec)\s+$|(?<![\w])duoc(?![\w])[^.;:]*$)", re.I)


_REPORTED = re.compile(r"(?<![\w])(?:cho\s+rằng|cho\s+biết|tuyên\s+bố|khẳng\s+định|nhấn\s+mạnh\s+rằng|mà)(?![\w])",
                       re.I)
_THEY = re.compile(r"\W*(?:[Hh]ọ|HỌ)\s")
_NARRATION_WORDS = re.compile(r"(?<![\w])(?:đã|vừa|từng|đang)(?![\w])", re.I)
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
    cut = max([s] + [m.end() for m in _CLAUSE_PUNCT.finditer(ctx.text, s, cue)])
    before = " ".join(ctx.text[cut:cue].split()[-8:])
    heads = (ctx.folded[cut:cue], ctx.folded[s:cue])
    if _NARRATION_WORDS.search(before) or any(_reporters().match(h) for h in heads):
        return True  # "… đã có công văn đề nghị …", "Cử tri đề nghị …": told, not asked here
    if _THEY.match(ctx.text, cut) or _THEY.match(ctx.text, s):
        return True  # "Họ thường xuyên kêu gọi Chính phủ …": others' request, told
    return bool(_REPORTED.search(ctx.text, s, cue))  # "… cho rằng … và kêu gọi …", "… mà X yêu cầu …"


def request_cue(ctx: Context, s: int, e: int, exclusions: re.Pattern) -> tuple[int, int] | None:
    """The first request word of the sentence that asks a body (or, opening the sentence, asks
    at all): not one told of, nor inside a set phrase or a quotation (``theo đề nghị``)."""
    for m in _REQUEST.finditer(ctx.folded, s, e):
        start, end = m.start(), m.end()
        if m.group(0).lower().startswith("chi") and not _leader_directs(ctx, s, start, end, e):
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


def _told_not_asked(ctx: Context, s: int, start: int, end: int) -> bool:
    """Is the request word at ``start`` another word, or a request this document does not make, by
    the words before it?"""
    printed = ctx.text[start:end]
    if printed.lower().startswith("gi") and printed.lower() not in ("giao",) and strip_diacritics(printed) != printed:
        return True  # "giáo", "giảo"
    if printed.lower() == "giao" and _NOT_ASSIGNING.search(ctx.folded[max(s, start - 90):start]):
        return True  # "chuyển giao cho", "được Chính phủ … giao": no request of this document
    if _A_RIGHT.search(ctx.folded[max(s, start - 12):start]):
        return True  # "Được yêu cầu …", "có quyền đề nghị …": a right, not a request
    if _narrated(ctx, s, start):
        return True  # "UBND tỉnh Kon Tum đã có công văn đề nghị Bộ GTVT …": told, not asked here
    if printed.lower() == "giao" and _second_act(ctx, s, start):
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
           for x in exclusions.finditer(ctx.folded, max(s, start - 25), min(e, end + 25))):
        return True
    if quoted(ctx, s, start):
        return True
    return ctx.text[start:end].lower() == "giao" and _hands_over(ctx, end, e)


def _asks_here(ctx: Context, s: int, e: int, start: int, end: int) -> bool:
    """Does the request word ask: a body follows it (``đề nghị Sở Y tế``, ``giao cho Phòng X``), or it
    opens the sentence (``Đề nghị thực hiện nghiêm …``, ``Phòng GD&ĐT yêu cầu:``), except ``giao``,
    which asks only of a body (``giao dự toán cho …`` is an allocation)?"""
    after = _words_after(ctx, end, e)
    if starts_body(after) or re.match(r"(?:với|cho)\s", after) and starts_body(after.split(None, 1)[-1]):
        return True
    if ctx.text[start:end].lower().startswith("gi"):
        return False
    return bool(_CUE_ALONE.match(ctx.folded[s:start])) or not after.strip(" .:")


_AND_THEN = re.compile(r"(?:,|\bva)\s*$", re.I)


def _second_act(ctx: Context, s: int, start: int) -> bool:
    """Is the ``giao`` at ``start`` the second act of a clause whose subject is a body (not the issuer,
    nor a person who directs) acting on its own (``Phòng Đào tạo tổ chức thi và giao cho các bộ môn
    chấm thi``), not one that approves or directs (``Thủ tướng đồng ý … và giao Bộ X …``)?"""
    if not _AND_THEN.search(ctx.folded, max(s, start - 6), start) or _ASKS.search(ctx.folded, s, start):
        return False
    subject = subject_roles(ctx, s, start)
    if subject is None or not subject[0].lead:
        return False
    first = subject[0].lead[0]
    verb = ctx.folded[subject[1]:start]
    return not (is_issuer(ctx, first) or drop_title(first) != first or _titled(ctx.text[s:subject[1]])
                or _phrases()[1].match(verb.lower()) or re.match(r"\s*(?:chi\s+dao|thong\s+nhat|quyet\s+dinh)\b", verb, re.I))


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
    return bool(names) and (end >= e or not _opens_action(ctx, _past_commas(ctx.text, end, e), e)) \
        and bool(re.search(r"\d", ctx.text[given.end():end]))


# Duties, matched on the folded text so that words glued by a web page still count
# ("chịu trách nhiệmthi hành"); "phải" and "chủ trì" must carry their marks when the text has any.
BEARS_DUTY = r"chiu\s*trach\s*nhiem|co\s+trach\s+nhiem|co\s+nhiem\s+vu"  # a duty its bearer names first
_DUTY = re.compile(
    rf"(?<![\w])(?:{BEARS_DUTY}|chu\s+tri"
    r"|la\s+(?:co\s+quan\s+|don\s+vi\s+)?dau\s+moi"
    r"|can\s+cu\s+(?:quyet\s+dinh|nghi\s+quyet|lenh|thong\s+tu|chi\s+thi)(?:\s+\S+){0,12}?"
    r"(?:\s+thi\s*hanh|\s*,?\s+(?:to\s+chuc\s+|trien\s+khai\s+)?thuc\s+hien)"
    r"|thi\s*hanh\s+(?:quyet\s+dinh|nghi\s+quyet|thong\s+tu)\s+nay|phai)(?:(?![\w])|(?<=nhiem)(?=thi))", re.I)
_MARKED = {"phai": "phải", "chu tri": "chủ trì"}
_DEFINES = re.compile(r"(?<![\w])la\s+(?:nguoi|co\s+quan|don\s+vi|to\s+chuc)\s+$", re.I)


def duty_cue(ctx: Context, s: int, e: int) -> tuple[int, int] | None:
    """``chủ trì``, ``có trách nhiệm``, ``có nhiệm vụ``, ``chịu trách nhiệm`` (not ``… về``), ``phải``, ``là cơ quan
    đầu mối``, ``căn cứ Quyết định thi hành``, outside quotations."""
    for m in _DUTY.finditer(ctx.folded, s, e):
        if quoted(ctx, s, m.start()):
            continue
        k = " ".join(ctx.folded[m.start():m.end()].lower().split())
        printed = " ".join(ctx.text[m.start():m.end()].lower().split())
        if k in _MARKED and printed != strip_diacritics(printed) and printed != _MARKED[k]:
            continue  # "phái", "chủ trí": other words
        if k == "phai" and re.search(r"(?:khong|chua|chang)\s+$", ctx.folded[max(s, m.start() - 8):m.start()], re.I):
            continue  # "không phải thực hiện …": no duty
        if k == "chu tri" and _DEFINES.search(ctx.folded, max(s, m.start() - 20), m.start()):
            continue  # "Chủ tịch Hội đồng … là người chủ trì …": a definition
        if k == "chu tri" and (_CHAIRS.match(ctx.folded, m.end()) or _CHAIRED.search(ctx.folded, max(s, m.start() - 12), m.start())):
            continue  # "… chủ trì cuộc họp …", "dưới sự chủ trì của …": who chaired a meeting, no duty
        if k.startswith("chiu") and _NOT_DUTY_AFTER.match(ctx.folded, m.end()) and not _answers_then_acts(ctx, m.end(), e):
            continue
        return m.start(), m.end()
    return None


_CHAIRS = re.compile(r"\s+(?:cac\s+)?(?:cuoc|buoi|phien)\s+(?:hop|lam\s+viec)(?![\w])", re.I)
_CHAIRED = re.compile(r"(?<![\w])su\s+$", re.I)
_FOR_DOING = re.compile(r"\s*ve\s+viec\s+", re.I)


def _answers_then_acts(ctx: Context, pos: int, e: int) -> bool:
    """``chịu trách nhiệm trước Chính phủ thực hiện …``: answerable to a body for an action it names
    right after it, or for doing something (``chịu trách nhiệm về việc khắc dấu, quản lý con dấu``), a
    duty all the same (``chịu trách nhiệm trước pháp luật về …``, ``… về nội dung …`` are not)."""
    doing = _FOR_DOING.match(ctx.folded, pos, e)
    if doing is not None:
        return _opens_action(ctx, doing.end(), e)
    m = re.match(r"\s*truoc\s+", ctx.folded[pos:e], re.I)
    if m is None:
        return False
    names, end = bodies_at(ctx.text, ctx.folded, pos + m.end(), e)
    return bool(names) and _opens_action(ctx, _past_commas(ctx.text, end, e), e)


# An opening phrase after which the subject comes ("Trong thời hạn …, X có ý kiến").
_OPENER = re.compile(r"\W*(?:trong|truoc|sau|khi|de|can\s+cu|tren\s+co\s+so|nhan\s+duoc|thuc\s+hien|theo|"
                     r"ngoai|tuy|neu|ke\s+tu|dinh\s+ky|hang\s+nam|hang\s+thang|hang\s+quy|ve|qua|cham\s+nhat|ngay|"
                     r"truong\s+hop|toi\s+da)\b", re.I)


def subject_starts(ctx: Context, s: int, e: int) -> list[int]:
    """Where the subject of a clause may start: at its start, after an opening phrase ending with a
    comma, after a time adverb without one (``Hằng năm các cơ quan … có trách nhiệm``), or after a
    label ending with a colon (and the opening phrase after it)."""
    starts = [s] + _after_opener(ctx, s, e)
    then = _THEN.search(ctx.text[s:min(e, s + 300)])  # "Trường hợp …, … thì X …": the main clause
    if then:  # its commas are in the main clause ("thì cơ quan, đơn vị …"), not after the opening phrase
        starts = [x for x in starts if x <= s + then.start()] + [s + then.end()]
    label = _LABEL_OPENS.match(ctx.text, s, e)  # "8. Bảo đảm an toàn …: Khu Quản lý … có trách nhiệm"
    if label:
        starts += [label.end()] + _after_opener(ctx, label.end(), e)  # "- Quyết toán: Tối đa 30 ngày …, đơn vị …"
    return starts


_THEN = re.compile(r"\sthì\s+")  # "…, thì X …": the main clause after a condition
_LABEL_OPENS = re.compile(r"[^:.;]{3,120}:\s*")
_COMMA_AFTER = re.compile(r",\s*")
_TIME_ADVERB = re.compile(r"\W*(?:hang|dinh\s+ky(?:\s+hang)?)\s+(?:nam|quy|thang|tuan|ngay)\s+(?=\w)", re.I)


def _after_opener(ctx: Context, s: int, e: int) -> list[int]:
    """Where a subject may start after the opening phrase at ``s``: after each of its commas, or right
    after a time adverb (``Hằng năm``, ``Định kỳ hằng quý``) that has none."""
    if _OPENER.match(ctx.folded, s):  # the subject follows one of the opening phrase's commas
        starts = [s + m.end() for m in _COMMA_AFTER.finditer(ctx.text[s:min(e, s + 300)])]
        adverb = _TIME_ADVERB.match(ctx.folded, s, e)
        return starts + ([adverb.end()] if adverb else [])
    return []


def subject_roles(ctx: Context, s: int, e: int, lead: list[str] | None = None) -> tuple[Roles, int] | None:
    """A clause that opens with a body (perhaps after an opening phrase ending with a comma,
    ``Trong thời hạn 05 ngày …, Ủy ban nhân dân cấp tỉnh …``) followed by its verb: the roles and
    the position of the verb. None when the clause has no such subject or narrates (``đã``)."""
    for pos in subject_starts(ctx, s, e):
        if not starts_body(ctx.text[pos:pos + 80]) or _ASKS.search(ctx.folded, s, pos):
            continue  # after "yêu cầu các sở, | ngành …" a body is the object of the request, no subject
        roles, end = roles_at(ctx.text, ctx.folded, pos, e, lead)
        if not roles.lead or end >= e:
            continue
        rest = ctx.text[end:e]
        nxt = re.match(r"[\s,]*(\S+(?:\s+\S+)?)", rest)
        if nxt is None or _NARRATION.search(ctx.folded[max(s, end - 8):end + 1]):
            continue
        word_at = _past_commas(ctx.text, end, e)
        adverb = adverbs().match(ctx.folded, end, e)
        if adverb:  # "… định kỳ tiến hành giám sát"
            after = _past_commas(ctx.text, adverb.end(), e)
            word_at = after if _opens_action(ctx, after, e) else word_at
        if _opens_action(ctx, word_at, e):
            return roles, word_at
        second = _cooperating_then(ctx, roles, word_at, e)
        if second is not None:
            return roles, second  # "Sở Xây dựng chủ trì, Sở Tài chính phối hợp thẩm định giá"
        modal = re.match(r"(?:can|nen)\s+", ctx.folded[word_at:word_at + 6], re.I)
        if modal and ctx.text[word_at:word_at + 1].islower() and _opens_action(ctx, word_at + modal.end(), e):
            return roles, word_at + modal.end()  # "Các lực lượng chức năng cần rà soát …"
        if not re.match(r"(?:khi|neu)\s", ctx.folded[word_at:word_at + 5], re.I):
            continue
        duty = duty_cue(ctx, word_at, e)
        if duty is not None and "," not in ctx.text[word_at:duty[0]]:
            return roles, duty[0]  # "Doanh nghiệp khi nhập khẩu hàng mẫu phải nộp lệ phí"
        then = _THEN.search(ctx.text[word_at:e])
        if then and _opens_action(ctx, word_at + then.end(), e):
            return roles, word_at + then.end()  # "Các Bộ, ngành khi sử dụng kinh phí …, thì xem xét …"
    return None


def _cooperating_then(ctx: Context, roles: Roles, pos: int, e: int) -> int | None:
    """After ``X chủ trì,``: other bodies named at ``pos`` and followed by ``phối hợp`` (``…, Sở Tài chính
    phối hợp thẩm định giá``) cooperate, and that verb is the clause's action: where it starts; None
    otherwise."""
    while pos < e and ctx.text[pos] in " \t;,":
        pos += 1  # "Sở Xây dựng chủ trì; Sở Tài chính …"
    if not roles.lead or not _LED.search(ctx.folded, max(0, pos - 12), pos) or not starts_body(ctx.text[pos:pos + 80]):
        return None
    names, end = bodies_at(ctx.text, ctx.folded, pos, e)
    at = _past_commas(ctx.text, end, e)
    if not names or not _COOPERATES.match(ctx.folded, at, e) or not _opens_action(ctx, at, e):
        return None
    roles.add("cooperating", names)
    return at


_LED = re.compile(r"chu\s+tri\s*[,;]\s*$", re.I)
_COOPERATES = re.compile(r"(?:cung\s+)?phoi\s+hop(?![\w])", re.I)


def _opens_action(ctx: Context, pos: int, e: int) -> bool:
    """Does an action start at ``pos``: a verb of the lexicon or a duty (``chịu trách nhiệm về …``
    is accountability, no action)?"""
    duty = duty_cue(ctx, pos, min(e, pos + 80))
    if duty is not None and duty[0] == pos:
        return True
    if re.match(r"(?:chiu|co)\s*trach\s*nhiem", ctx.folded[pos:pos + 20], re.I):
        return False
    verbs, _ = task_verbs()
    m = verbs.match(ctx.folded, pos, e)
    return bool(m) and is_verb_at(ctx.text, ctx.folded, m.start(), m.end())


_PASSES_ON = re.compile(r"(?<![\w])(?:chuyen|gui|giao|trinh|cung\s+cap)(?![\w])", re.I)


def forwarded_to(ctx: Context, s: int, e: int) -> Roles | None:
    """``… xin chuyển … để Bộ Xây dựng nghiên cứu, tổng hợp``: a body named after ``để`` with a verb
    of its own (the closing ``… để X biết, thực hiện`` asks nothing new)."""
    for m in re.finditer(r"(?<![\w])de\s+", ctx.folded[s:e]):
        pos = s + m.end()
        if not _PASSES_ON.search(ctx.folded, s, s + m.start()):
            continue  # "… hỗ trợ, hướng dẫn để sinh viên phát huy …": a purpose, nothing passed on
        names, end = bodies_at(ctx.text, ctx.folded, pos, e)
        if not names or end >= e:
            continue
        after = _past_commas(ctx.text, end, e)
        if _GENERIC_DO.match(ctx.folded, after) or not _opens_action(ctx, after, e):
            continue
        return Roles(lead=names)
    return None


def is_issuer(ctx: Context, name: str) -> bool:
    """Does ``name`` name the issuing body itself (a sentence about what it does narrates)?"""
    k = _name_key(name).strip()
    if not k or k.startswith(("cac ", "tat ca")):
        return False
    issuer = key(" ".join(x for x in (ctx.fields.parent_issuer, ctx.fields.issuer) if x))
    if not issuer:
        return False
    words = set(k.split())
    return len(words) >= 2 and len(words - set(issuer.split())) <= 0


def names_recipient(ctx: Context, names: list[str]) -> bool:
    """Is one of ``names`` a recipient of the dispatch, by its name or as one of a kind it addresses
    (``Sở Tài chính`` when ``Các sở, ban, ngành tỉnh`` are, ``UBND huyện Lạc Dương`` when ``Ủy ban nhân
    dân các huyện, thành phố`` are)?"""
    from rapidfuzz import fuzz

    if any(fuzz.token_set_ratio(key(drop_title(n)), key(r)) >= 90 for n in names for r in ctx.fields.recipients):
        return True
    kinds = [k for r in ctx.fields.recipients for k in _kinds_addressed(r)]
    return bool(kinds) and any(_name_key(n).startswith(tuple(kinds)) for n in names)


_KIND_HEADS = ("so", "ban", "phong", "bo", "cuc", "chi cuc", "truong", "trung tam")
_LEVELS = ("tinh", "huyen", "quan", "thi xa", "thanh pho", "xa", "phuong", "thi tran")
_COUNCIL = re.compile(r"^(?:ubnd|uy ban nhan dan)\s+")
_ADDRESSED_KINDS = re.compile(r"^(?P<before>.*?)\bcac\s+(?P<kinds>[^;:.()]+)$")


def _name_key(name: str) -> str:
    """The key of a body's name without a person's title, ``UBND`` written out (``UBND tỉnh`` ->
    ``uy ban nhan dan tinh ``), with a space at its end."""
    return _COUNCIL.sub("uy ban nhan dan ", key(drop_title(name)) + " ")


def _kinds_addressed(recipient: str) -> list[str]:
    """The prefixes of the names of the bodies a recipient written as a kind covers: ``Các sở, ban,
    ngành tỉnh`` -> ``so ``, ``ban ``; ``Ủy ban nhân dân các huyện, thành phố`` -> ``uy ban nhan dan huyen ``,
    ``uy ban nhan dan thanh pho ``. A recipient with a name of its own covers no kind."""
    m = _ADDRESSED_KINDS.match(_COUNCIL.sub("uy ban nhan dan ", key(recipient)))
    if m is None:
        return []
    before = m.group("before").strip()
    words = [w.strip() for w in re.split(r",|\bva\b", m.group("kinds"))]
    if before == "uy ban nhan dan":
        return [f"uy ban nhan dan {w} " for w in words if w in _LEVELS]
    if before:
        return []
    return [f"{w} " for w in (x.split(" tinh")[0].strip() for x in words) if w in _KIND_HEADS]


def text_start(ctx: Context, s: int, cue_start: int) -> int:
    """Start a task's text at its clause when the sentence opens with a basis (``Thực hiện …, X đề
    nghị``, ``Thực hiện …, Văn phòng Chính phủ xin chuyển … để X nghiên cứu``)."""
    if not lexicon().body_start_re.match(key(ctx.text[s:s + 30])) or len(ctx.text[s:cue_start].split()) <= 8:
        return s  # a short opening ("Nhận được tài liệu này, đề nghị …") stays
    for m in re.finditer(r",\s*", ctx.text[s:cue_start]):
        if starts_body(ctx.text[s + m.end():s + m.end() + 80]):
            return s + m.end()
    comma = ctx.text.rfind(",", s, cue_start)
    if comma < 0:
        return s
    start = comma + 1
    while start < cue_start and ctx.text[start].isspace():
        start += 1
    return start
