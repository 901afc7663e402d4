"""Sentences of the body that ask nothing, for the task extractor: a rule of law (``… có hiệu lực
…``), an approval (``Đồng ý …``, ``Công nhận …``), information (``Thời gian: …``), a closing formula
(``… để X biết, thực hiện``) or an inspection told with what it found. The phrases are data files
in ``models/parse``."""

from __future__ import annotations

import re
from functools import lru_cache

from .bodies import bodies_at
from .body_lines import opens_with_action
from .body_words import is_verb_at, starts_body, task_verbs
from .context import Context
from .deadline_filters import without_effect_day
from ..vntext import strip_diacritics
from .task_subjects import past_commas, subject_roles, subject_starts
from .text import key, load_list, words_regex


@lru_cache(maxsize=1)
def phrases() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    return (words_regex(load_list("rule_of_law.txt")),
            words_regex(load_list("approvals.txt"), prefix=r"^\W*"),
            words_regex(load_list("information.txt"), prefix=r"^\W*"),
            words_regex(load_list("non_task_headings.txt"), prefix=r"^\W*"))


_LABEL = re.compile(r"\W*[^:.;]{1,40}:")
# "Trân trọng đề nghị Sở Y tế chủ trì …": a courtesy before a request still asks (folded text)
_COURTESY_ASKS = re.compile(r"\s+(?:kinh\s+)?(?:de\s+nghi|yeu\s+cau)\b")


def _informs(text: str) -> bool:
    """Information (``Thời gian: …``, ``Địa điểm …``), or the label of a part that describes
    (``Mục tiêu: …``, ``2. Yêu cầu``); a sentence that opens with the word of such a heading asks
    all the same (``Yêu cầu các đơn vị rà soát …``)."""
    _, _, info, heading = phrases()
    k = key(text)
    m = info.match(k)
    if m and not _COURTESY_ASKS.match(k, m.end()):
        return True
    if _label_and_value(text):
        return True
    m = heading.match(k)
    if m is None:
        return False
    first, _, after = text.strip().partition("\n")
    if after.strip()[:1].isupper() and m.group(0).strip() == key(first).strip(" :"):
        return True  # "Yêu cầu" / "Xác định rõ …": a heading whose marker was lost, on a line of its own
    rest = " ".join(text.split()[len(m.group(0).split()):])
    if rest[:1].isupper() and starts_body(rest):
        return False  # "Yêu cầu Giám đốc các Sở: Nội vụ, Tài chính … có ý kiến …" asks those bodies
    return len(text.split()) <= 8 or bool(_LABEL.match(text))


_LABELLED = re.compile(r"^[\W\d]*(?P<label>[^\W\d][^:.;,]{1,50}?)\s*:[ \t]*(?P<value>\S.*)$", re.S)
_ASKS = re.compile(r"(?<![\w])(?:de\s+nghi|yeu\s+cau|giao|phai|can|trach\s+nhiem)(?![\w])", re.I)


def _label_and_value(text: str) -> bool:
    """``Hạn chót nhận hồ sơ: 17 giờ 00 ngày 15/4/2026``, ``Chủ trì: Đồng chí Chủ tịch UBND huyện``: a
    short label that names no body and opens with no verb, then a value with no verb of a task and no
    request in it, tells and asks nothing."""
    m = _LABELLED.match(text.strip())
    if m is None or len(m.group("label").split()) > 6 or starts_body(m.group("label")):
        return False
    verbs, _ = task_verbs()
    label, value = m.group("label"), m.group("value")
    first = verbs.match(key(label))
    if first is not None and is_verb_at(label, key(label), first.start(), first.end()):
        return False  # "Báo cáo kết quả: trước ngày …": an action, labelled
    folded = strip_diacritics(value)
    if _ASKS.search(folded):
        return False
    return not any(is_verb_at(value, folded, v.start(), v.end()) for v in verbs.finditer(folded))


# Closing formulas that pass on what was said ("Văn phòng Chính phủ xin thông báo để Bộ Y tế biết,
# thực hiện", "Cục Thuế trả lời để Công ty được biết") and invitations to attend ("Kính mời … về dự").
_FORMULA = re.compile(r"(?<![\w])(?:thong\s*bao|truyen\s+dat|tra\s+loi)(?:\s+\S+){0,20}?\s+de\s+(?:\S+\s+){1,25}?biet\b"
                      r"|(?<![\w])(?:kinh|tran\s+trong|xin)\s+moi(?:\s+[^\s.]+){1,40}?\s+(?:ve|den|tham)\s+du(?!\s+an)\b"
                      r"|(?<![\w])truyen\s+dat\s+y\s+kien", re.I)


def asks_nothing(ctx: Context, s: int, e: int, activity: bool = False) -> bool:
    """A rule of law, an approval, information, a closing formula or an inspection told with what it
    found: no task. An ``activity`` listed in a plan's part of the work to do that opens as an act of the
    document would (``Kiện toàn tổ chức bộ máy …``, ``Ban hành văn bản …``) is work the plan asks for."""
    k = key(ctx.text[s:e])
    label = _ABOUT_LABEL.match(k)  # "1. Về đề xuất của Sở Nội vụ …: Đồng ý …"
    approval = not activity and (_approval_at(ctx.text[s:e]) or label and _approval_at(ctx.text[s:e], label.end()))
    return bool(_states_a_rule(ctx.text[s:e]) and not _acts_then_answers(ctx, s, e) or approval
                or _informs(ctx.text[s:e]) or _formula(k) or _approves(ctx, s, e) or _FOUND.search(k))


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
    m = phrases()[1].match(k[at:])  # its "^" holds only at the start of the string it is given
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
    return bool(_rule_phrases(text))


def _rule_phrases(text: str) -> list[re.Match]:
    """The phrases of a rule of law in the sentence (matched on its key), each printed with the phrase's
    own marks when the text has marks."""
    law = phrases()[0]
    k = without_effect_day(key(text))  # "trước ngày Thông tư này có hiệu lực" names a day, states no rule
    printed = " ".join(text.lower().split())
    if len(printed) != len(k) or strip_diacritics(printed) == printed:
        return list(law.finditer(k))  # marks lost: the folded words decide
    return [m for m in law.finditer(k)
            if _same_forms(printed[m.start():m.end()]) in _law_forms().get(" ".join(m.group(0).split()),
                                                                           {_same_forms(printed[m.start():m.end()])})]


_JOINED = re.compile(r"(?:\sva|[,;])\s*$")
_PASSIVE = re.compile(r"(?<![\w])(?:duoc|bi)(?![\w])")


def _acts_then_answers(ctx: Context, s: int, e: int) -> bool:
    """Is every phrase of a rule in the sentence a second action joined to the first (``Sở Y tế tổ chức
    kiểm tra và chịu trách nhiệm về kết quả``), after a body's own action? The first action is the task."""
    k = key(ctx.text[s:e])
    rules = _rule_phrases(ctx.text[s:e])
    if not rules or not all(_JOINED.search(k[:m.start()]) or _answers_after_clause(ctx.text[s:e], k, m.start())
                            for m in rules):
        return False
    subject = subject_roles(ctx, s, e)
    if subject is None:  # "Chỉ đạo cơ quan chức năng tổng hợp … và chịu trách nhiệm về …": the item opens with its action,
        # told in the active voice ("Quyết định này được ban hành và có hiệu lực …" tells a fact)
        return opens_with_action(ctx.text[s:e].lstrip(" \t\n-–+•")) and not _PASSIVE.search(k[:rules[0].start()])
    return len(key(ctx.text[s:subject[1]])) < rules[0].start()


def _answers_after_clause(text: str, k: str, at: int) -> bool:
    """Is the rule's phrase at ``at`` the verb of a clause of its own after a semicolon, whose subject is a
    body or the head of one (``…; Giám đốc BHXH tỉnh chịu trách nhiệm trước Tổng Giám đốc …``)?"""
    from .body_words import starts_body

    m = re.search(r";\s*([^;,.]{3,80}?)\s*$", k[:at])
    return m is not None and starts_body(text[m.start(1):at])


# "… kiểm tra thực tế tại hiện trường thì phát hiện …": an inspection told with what it found
_FOUND = re.compile(r"(?<![\w])thi\s+(?:da\s+)?phat\s+hien(?![\w])")
_ABOUT_LABEL = re.compile(r"\W*(?:ve|doi\s+voi)\s[^:.;]{3,150}:\s*", re.I)


def _approves(ctx: Context, s: int, e: int) -> bool:
    """A body that approves (``Thủ tướng Chính phủ đồng ý …``, ``Ủy ban nhân dân tỉnh chấp thuận …``)."""
    for pos in subject_starts(ctx, s, e):
        names, end = bodies_at(ctx.text, ctx.folded, pos, e)
        if names and end < e:
            after = past_commas(ctx.text, end, e)
            if _approval_at(ctx.text[after:e]) and ctx.text[after:after + 1].islower():
                return True
    return False


def formula(ctx: Context, s: int, e: int) -> bool:
    return _formula(key(ctx.text[s:e]))


# a request that opens the sentence: the body asked is to pass the word on ("Đề nghị Cục Cảnh sát giao thông
# thông báo để Phòng Cảnh sát giao thông các địa phương biết …"), no closing formula of the issuer's
_ASKED_TO_TELL = re.compile(r"^\W*(?:(?:\d+|[a-z])[.)]\s*)?(?:de\s+nghi|yeu\s+cau|giao)\s")


def _formula(k: str) -> bool:
    """A closing formula in the folded sentence ``k``, not asked of the body a request names."""
    return bool(_FORMULA.search(k)) and not _ASKED_TO_TELL.match(k)


def labelled_value(ctx: Context, s: int, e: int) -> bool:
    """Is ``text[s:e]`` a label and its value that ask nothing (``Địa điểm nhận hồ sơ: …``)?"""
    return _label_and_value(ctx.text[s:e])


def is_information(ctx: Context, s: int, e: int) -> bool:
    return _informs(ctx.text[s:e])


@lru_cache(maxsize=1)
def _dossier() -> re.Pattern:
    # "Hồ sơ gồm:", "Hồ sơ đề nghị khen thưởng gồm:", "…, hồ sơ bao gồm các giấy tờ sau:": the noun, at
    # most six words without a comma or stop, "gồm", and the end of the sentence
    nouns = words_regex(load_list("dossier_nouns.txt")).pattern
    return re.compile(rf"{nouns}(?:\s+\w+){{0,6}}?\s+(?:bao\s+)?gom(?:\s+co)?"
                      r"(?:\s+(?:cac|nhung)\s+\w+(?:\s+\w+)?)?(?:\s+(?:nhu\s+)?sau(?:\s+day)?)?\s*:\s*$", re.I)


def lists_documents(ctx: Context, s: int, e: int) -> bool:
    """``text[s:e]`` introduces the documents of a dossier (``Hồ sơ gồm:``): its items ask nothing."""
    return _dossier().search(ctx.folded[s:e].rstrip()) is not None
