"""A body named by the work it does: a noun of such bodies (``models/parse/works_heads.txt``: ``Trung
tâm``, ``Ban``, ``Hội đồng``), perhaps the level it serves (``Quốc gia``, ``trung ương``), then the verb of
its work (``Trung tâm thanh toán bù trừ``, ``Ủy ban Quốc gia ứng phó sự cố thiên tai và tìm kiếm cứu
nạn``, ``Ban chỉ đạo trung ương về phòng chống thiên tai``).

Such a verb is no action of the clause when the words after it, a few and naming no body, run to a
sign that the clause's action begins: the body's role (``chủ trì``, ``phối hợp``, ``có trách nhiệm``),
an adverb before a verb (``khẩn trương rà soát``), or the next body of a list after a comma, ``và`` or
``hoặc``. Without such a sign the verb stays the clause's action (``Giao Văn phòng theo dõi, đôn đốc
…``, ``phối hợp với Hội đồng thẩm định hồ sơ``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .body_words import is_verb_at, name_stops, starts_body, task_verbs
from ..vntext import strip_diacritics
from .text import load_list, words_regex

MAX_WORKS = 10  # words of the work after its verb, up to the sign


@lru_cache(maxsize=1)
def _heads() -> re.Pattern:
    """A works head opening a list item: at the name's start, or after a comma, ``và`` or ``hoặc``."""
    return words_regex(load_list("works_heads.txt"), prefix=r"(?:^|(?<=,)|(?<=\s))(?:cac\s+)?", suffix=r"(?![\w])")


_PEOPLES = re.compile(r"[ \t]+nhan[ \t]+dan(?![\w])", re.I)  # "Ủy ban nhân dân" is named by no work
_ITEM_START = re.compile(r"(?:^|,|\s(?:va|hoac))\s*$", re.I)
_LEVEL = re.compile(r"[ \t]+(?:quoc[ \t]+gia|trung[ \t]+uong|lien[ \t]+nganh)(?![\w])", re.I)
_ROLE = re.compile(r"(?:chu[ \t]+tri|phoi[ \t]+hop|co[ \t]+trach[ \t]+nhiem|chiu[ \t]+trach[ \t]+nhiem"
                   r"|co[ \t]+(?:tham[ \t]+)?quyen)(?![\w])", re.I)
# "Hội đồng phối hợp phổ biến, giáo dục pháp luật": a council's work of cooperating, no role ("phối hợp với")
_COOPERATING_WORK = re.compile(r"phoi[ \t]+hop(?![\w])(?![ \t]+voi(?![\w]))", re.I)
_NOT_WORKS = re.compile(r"(?:các|những|đã|đang|sẽ|thì|cho|với|của|khi|nếu|để|phải|cần|được|do|bị)", re.I)
_WORD = re.compile(r"[ \t]*(,?)[ \t]*([^\s,.;:()\"“”]+)")  # a word of the work, and a comma before it
_TOKEN = re.compile(r"[^\s,.;:()]+")
_GAP = re.compile(r"[ \t]+")
_SPACES = re.compile(r"[ \t]*")
_ABOUT = re.compile(r"(?<![\w])về[ \t]+$", re.I)


@lru_cache(maxsize=1)
def _adverbs() -> re.Pattern:
    return words_regex(load_list("adverbs.txt"), prefix=r"", suffix=r"(?![\w])")


@lru_cache(maxsize=1)
def _head_forms() -> frozenset[str]:
    return frozenset(" ".join(h.lower().replace("uỷ", "ủy").split()) for h in load_list("works_heads.txt"))


def _printed_head(printed: str) -> bool:
    """Is the head printed with its own marks (``Ban``, not ``bàn``; ``Quỹ``, not ``quý``), or with none at all?"""
    words = " ".join(printed.lower().replace("uỷ", "ủy").split())
    words = words[4:] if words.startswith("các ") else words
    return words in _head_forms() or words == strip_diacritics(words)


def _verb_head(head: str) -> bool:
    """Is the head a verb too (``thanh tra``)? Then only its capital makes it a body's name."""
    verbs, _ = task_verbs()
    return verbs.fullmatch(head.lower().removeprefix("cac ")) is not None


def _item_heads(text: str, folded: str, pos: int, stop: int):
    """The works heads printed with their marks that open the name at ``pos`` or an item of its list."""
    for h in _heads().finditer(folded, pos, stop):
        if _ITEM_START.search(folded[pos:h.start()]) and _printed_head(text[h.start():h.end()]) \
                and not _PEOPLES.match(folded, h.end()) and (text[h.start()].isupper() or not _verb_head(h.group())):
            yield h


def about_work(text: str, folded: str, pos: int, start: int) -> bool:
    """Is the verb at ``start`` what the name of a body named by its work, from ``pos``, says it deals with
    (``Ban Chỉ đạo Trung ương về | phòng chống thiên tai``, ``Thanh tra liên ngành về | phòng, chống mại dâm``)?
    A clause's action never follows ``về``; after another name (``Bộ Tài nguyên và Môi trường về | đánh giá
    …``) what follows is what the body is asked about, and the name ends before ``về``."""
    return bool(_ABOUT.search(text, max(0, start - 6), start)) and next(_item_heads(text, folded, pos, start), None) is not None


def works_spans(text: str, folded: str, pos: int, stop: int) -> list[tuple[int, int]]:
    """The works of bodies named by them in the name or list of names from ``pos`` to ``stop``: spans whose
    verbs are no action of the clause."""
    spans = []
    verbs, _ = task_verbs()
    for h in _item_heads(text, folded, pos, stop):
        if len(h.group().split()) > 1 and verbs.search(folded, h.start(), h.end()):
            spans.append(h.span())  # "Ban chỉ đạo quốc gia …": the head holds a verb of its own
        at = h.end()
        level = _LEVEL.match(folded, at)
        if level:
            at = level.end()
        v = _first_verb(text, folded, at, stop)
        if v is None:
            continue
        end = _works_end(text, folded, v.end(), stop)
        if end:
            spans.append((v.start(), end))
    return spans


MAX_BEFORE = 6  # small words between the head and the verb of its work ("Phòng Cảnh sát thi hành án hình sự và | hỗ trợ …")


def _first_verb(text: str, folded: str, at: int, stop: int) -> re.Match | None:
    """The verb of the work after the head ending at ``at``: the next word (printed small, or with its capital as
    a name prints its words: ``Trung tâm Mua sắm tập trung …``), or one after a few words printed small that are
    no verb and join nothing (``thi hành án hình sự và | hỗ trợ``); None when there is none."""
    verbs, _ = task_verbs()
    for i in range(MAX_BEFORE + 1):
        gap = _GAP.match(text, at)
        if gap is None or gap.end() >= stop:
            return None
        if _adverbs().match(folded, gap.end()):
            return None  # "Trung tâm | thường xuyên phối hợp …": an adverb opens the clause's action
        v = verbs.match(folded, gap.end())
        role = _ROLE.match(folded, gap.end())
        if v is not None and (role is None or i == 0 and _COOPERATING_WORK.match(folded, gap.end())):
            if v.end() > stop:
                return None
            if i == 0 and text[v.start()].isupper():
                return v  # "Trung tâm Mua sắm | tập trung thuốc Quốc gia": the work printed with its capital
            return v if is_verb_at(text, folded, v.start(), v.end()) else None
        if v is not None or role or name_stops().match(folded, gap.end()):
            return None  # "Quỹ | có trách nhiệm theo dõi …": the clause's action has begun
        word = _TOKEN.match(text, gap.end())
        if word is None or not word.group()[0].islower() or _NOT_WORKS.fullmatch(word.group()):
            return None
        at = word.end()
    return None


def _works_end(text: str, folded: str, at: int, stop: int) -> int:
    """Where the work from ``at`` ends before a sign that the clause's action begins; 0 when none comes
    within :data:`MAX_WORKS` words."""
    verbs, _ = task_verbs()
    for _ in range(MAX_WORKS + 1):
        m = _WORD.match(text, at)
        if m is None or m.start(2) > stop:
            return 0
        word, start = m.group(2), m.start(2)
        if m.group(1) or word.lower() in ("và", "hoặc"):
            nxt = start if m.group(1) else _SPACES.match(text, m.end()).end()
            if starts_body(text[nxt:nxt + 80]):
                return m.start()  # the next body of the list
            if m.group(1) and word.lower() in ("và", "hoặc") or _ROLE.match(folded, nxt) or _adverbs().match(folded, nxt):
                return 0  # ", định kỳ báo cáo …", "quyết định và chịu trách nhiệm …": the work was an action
        elif _ROLE.match(folded, start) and word[0].islower():
            return m.start()
        elif (adverb := _adverbs().match(folded, start)) and word[0].islower():
            after = _GAP.match(text, adverb.end())
            verb = verbs.match(folded, after.end()) if after else None
            if verb and is_verb_at(text, folded, verb.start(), verb.end()):
                return m.start()
            return 0
        if _NOT_WORKS.fullmatch(word) or word[0].isupper() and starts_body(text[start:start + 80]):
            return 0
        at = m.end()
    return 0
