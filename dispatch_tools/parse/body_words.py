"""The words a body's name is made of in a task: how a name starts (an agency head, a noun of
bodies, a person's title before a body), the verbs that end it (``models/parse/task_verbs.txt``,
printed in lower case and with the lexicon's marks when the text has marks) and the compounds a
verb may sit inside (``dự án``), read from the lexicons of ``models/parse``."""

from __future__ import annotations

import re
from functools import lru_cache

from ..vntext import strip_diacritics
from .text import key, load_list, strip_markup, words_regex

# --------------------------------------------------------------------------- lexicon


@lru_cache(maxsize=1)
def person_titles() -> re.Pattern:
    """A person's title opening a folded name (``giam doc``, ``chu tich``), before the body it heads."""
    return words_regex(load_list("person_titles.txt"), prefix=r"^", suffix=r"(?=[\s:]|$)")


def title_at(name: str) -> re.Match | None:
    """A person's title opening ``name`` (matched in its folded form), when its marks are the
    title's own: ``Trưởng phòng`` opens with one, ``trường đại học`` does not."""
    k = strip_diacritics(name).lower()
    m = person_titles().match(k)
    if not m:
        return None
    printed = _marks(" ".join(name.split())[:m.end()])
    if strip_diacritics(printed) == printed:
        return m  # no marks to tell by
    return m if printed in _title_forms().get(key(printed), {printed}) else None


@lru_cache(maxsize=1)
def _title_forms() -> dict[str, set[str]]:
    return _forms_of(load_list("person_titles.txt"))


def _start_words() -> tuple[str, ...]:
    return (load_list("agency_heads.txt") + load_list("body_nouns.txt") + load_list("assignee_starts.txt")
            + load_list("person_titles.txt"))


@lru_cache(maxsize=1)
def body_starts() -> re.Pattern:
    """The words a body's folded name opens with (an agency head, a noun of bodies, a title), after
    an optional ``các``, ``tất cả`` or a word that takes them one by one (``từng bộ, ngành``, ``mỗi đơn vị``)."""
    return words_regex(_start_words(), prefix=r"^(?:cac\s+|tat\s+ca\s+(?:cac\s+)?|tung\s+|moi\s+)?", suffix=r"(?![\w])")


@lru_cache(maxsize=1)
def _start_forms() -> dict[str, set[str]]:
    return _forms_of(_start_words())


def _forms_of(words) -> dict[str, set[str]]:
    """Each word's folded key with the forms its marks take in ``words`` (``truong``: ``trưởng``, ``trường``)."""
    out: dict[str, set[str]] = {}
    for w in words:
        out.setdefault(key(w), set()).add(_marks(w))
        bare = _PLURAL_WORD.sub("", w)  # "các phường": its word "phường" is checked after "các" (not "phương")
        if bare != w:
            out.setdefault(key(bare), set()).add(_marks(bare))
    return out


_PLURAL_WORD = re.compile(r"^(?:các|tất cả(?: các)?)\s+", re.I)


def _marks(text: str) -> str:
    return " ".join(text.lower().split()).replace("uỷ", "ủy").replace("oà", "òa")


_PLURAL_LEAD = re.compile(r"(?:cac\s+|tat\s+ca\s+(?:cac\s+)?|tung\s+|moi\s+)?")


def _same_marks(printed: str, k: str, m: re.Match) -> bool:
    """The words matched without marks carry the lexicon's own when the text has marks
    (``Môi trường`` does not open with ``mỗi``)."""
    start = len(_PLURAL_LEAD.match(k).group(0))
    lead = " ".join(printed.split())[:start].strip().lower()
    if key(lead) in ("tung", "moi") and lead != key(lead) and lead not in ("từng", "mỗi"):
        return False  # "Môi trường …" is no "mỗi trường"
    word = " ".join(printed.split())[start:m.end()]
    low = _marks(word)
    forms = _start_forms().get(key(word), {low})
    if strip_diacritics(low) == low:
        # a word printed without marks is the lexicon's marked word only when the text lost its
        # marks: among marked words, "Quy định" does not open with "quý"
        return low in forms or strip_diacritics(printed) == printed
    return low in forms


@lru_cache(maxsize=1)
def task_verbs() -> tuple[re.Pattern, dict[str, set[str]]]:
    """The verbs of a task, as a pattern on the folded text and, by folded verb, its printed forms."""
    verbs = load_list("task_verbs.txt")
    forms: dict[str, set[str]] = {}
    for v in verbs:
        forms.setdefault(key(v), set()).add(v.lower())
    return words_regex(verbs), forms


@lru_cache(maxsize=1)
def name_stops() -> re.Pattern:
    """Phrases no name holds, and the verbs of an approval (``Ủy ban nhân dân tỉnh | đồng ý …``)."""
    return words_regex(load_list("assignee_stops.txt") + load_list("approvals.txt") + load_list("adverbs.txt"))


@lru_cache(maxsize=1)
def _stop_forms() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for w in load_list("assignee_stops.txt") + load_list("approvals.txt") + load_list("adverbs.txt"):
        out.setdefault(key(w), set()).add(_marks(w))
    return out


def is_stop_as_printed(printed: str) -> bool:
    """Is a match of :func:`name_stops` the stop phrase as printed: with its marks when the page has
    marks (``đa khoa`` holds no ``đã``)?"""
    low = _marks(printed)
    if strip_diacritics(low) == low:
        return True
    return low in _stop_forms().get(key(printed), {low})


@lru_cache(maxsize=1)
def adverbs() -> re.Pattern:
    """Adverbs between a body and its verb (``định kỳ``, ``khẩn trương``), with the spaces before them."""
    return words_regex(load_list("adverbs.txt"), prefix=r"[\s,]*")


@lru_cache(maxsize=1)
def not_bodies() -> re.Pattern:
    """Folded words that open like a body's name but name none (``models/parse/not_bodies.txt``)."""
    return words_regex(load_list("not_bodies.txt"), prefix=r"^(?:cac\s+)?", suffix=r"(?![\w])")


def _unglue(text: str) -> str:
    """``BộCông Thương`` -> ``Bộ Công Thương``: words a web page glued (a capital after a small letter)."""
    return "".join(" " + c if i and c.isupper() and text[i - 1].islower() else c for i, c in enumerate(text))



_TEAM = re.compile(r"(?:các\s+)?(?:đoàn|tổ|nhóm|hội đồng|ban chỉ đạo|ban chỉ huy)\s+", re.I)


def team_length(printed: str) -> int:
    """The length of ``Đoàn đánh giá``, ``Hội đồng thẩm định``, ``Tổ giám sát``, ``Ban Chỉ đạo phòng, chống`` at the start of
    ``printed``: a collective head and the verb of its work, which together name a team (the verb does
    not end its name); 0 when there is none."""
    m = _TEAM.match(printed)
    if m is None:
        return 0
    verbs, _ = task_verbs()
    rest = strip_diacritics(printed[m.end():]).lower()
    v = verbs.match(rest)
    if v is None or not printed[m.end():m.end() + 1].islower() or in_compound(rest, v.start(), v.end()):
        return 0
    return m.end() + v.end()


def starts_body(text: str) -> bool:
    """Does ``text`` open with the name of a body (or a person heading one)?"""
    printed = _unglue(strip_markup(text[:120])).lstrip("(-–• ")
    if team_length(printed):
        return True
    k = key(printed)
    m = body_starts().match(k)
    if not m or not_bodies().match(k) or not _same_marks(printed, k, m) or _paired_actions(printed, k):
        return False
    if k[m.end():m.end() + 1] == ")":
        return False  # "nhiều kỳ (tháng, quý) thì …": the word closes an aside, it opens no name
    title = title_at(printed)  # with the title's own marks: "Trường sĩ quan …" is a school, no "trưởng"
    if title and not _starts_without_title(k, title.end()):
        rest = printed[title.end():].lstrip(" :(),\t\n")  # the name may go on on the next line
        return rest[:1].isupper() and not k.startswith(("ong ", "ba ")) or starts_body(rest)  # not "Ông ta"
    return True


_PAIR = re.compile(r"\s*,\s*|\s+(?:va|hoac)\s+")


def _paired_actions(printed: str, k: str) -> bool:
    """``thanh tra, giám sát hoạt động …``, ``kiểm toán và báo cáo …``: a body's head written in small
    letters that is a verb of the lexicon too, joined by a comma or ``và`` to another verb printed as
    the lexicon writes it, is the first of two actions, no body."""
    if not printed[:1].islower():
        return False
    verbs, forms = task_verbs()
    first = verbs.match(k)
    pair = _PAIR.match(k, first.end()) if first else None
    second = verbs.match(k, pair.end()) if pair else None
    if second is None:
        return False
    words = printed.lower().split()
    printed_second = " ".join(words[len(k[:pair.end()].split()):len(k[:second.end()].split())])
    return printed_second in forms.get(k[pair.end():second.end()], set())


def other_word(text: str) -> bool:
    """Does ``text`` open with a word that, without marks, opens a body's name but, printed, is another
    word (``Bảo vệ thực vật`` is no ``Báo``, ``đại biểu`` no ``Đài``)?"""
    printed = _unglue(strip_markup(text[:120])).lstrip("(-–• ")
    k = key(printed)
    m = body_starts().match(k)
    return m is not None and not _same_marks(printed, k, m)


def _starts_without_title(k: str, title_end: int) -> bool:
    """Does the name open with a body word itself, not only a person's title (``Trưởng ban`` is one)?"""
    m = body_starts().match(k)
    return m is not None and m.end() > title_end


_PLURAL_BEFORE = re.compile(r"(?<![\w])(?:cac|nhung|moi)\s+$", re.I)
_PERSONS_AFTER = re.compile(r"\s*(?:,|\s+va)\s*ca\s+nhan\b", re.I)


# a word after "của" (whose) or "tại", "ở" (where) is a noun, never the verb of the clause
_OWNER_BEFORE = re.compile(r"(?<![\w])(?:của|tại|ở)\s+$", re.I)


def is_verb_at(text: str, folded: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` (a match of the verb lexicon) a verb here: printed in lower case,
    and with the marks of the lexicon's entry unless the text lost its marks?"""
    word = text[start:end]
    if not word[:1].islower():
        return False
    if _PLURAL_BEFORE.search(folded[max(0, start - 8):start]):
        return False  # "các tổ chức, cá nhân": a noun after a plural word, not a verb
    if _PERSONS_AFTER.match(folded[end:end + 16]):
        return False  # "ngành, tổ chức, cá nhân": bodies and persons, not "organise"
    if re.fullmatch(r"to\s+chuc", folded[start:end], re.I) and re.search(
            r"(?:co\s+quan|don\s+vi|dia\s+phuong|doanh\s+nghiep|nganh)\s*(?:,|\s+va|\s+hoac)\s*$",
            folded[max(0, start - 30):start], re.I):
        return False  # "cơ quan, tổ chức liên quan": one more kind of body in a list
    if _OWNER_BEFORE.search(text[max(0, start - 6):start]):
        return False  # "cơ quan trung ương của tổ chức chính trị", "đại diện tại tổ chức quốc tế": a noun
    if in_compound(folded, start, end, text) or _opens_in_noun(text, start, end):
        return False
    _, forms = task_verbs()
    low = " ".join(word.lower().split())
    printed = forms.get(" ".join(folded[start:end].lower().split()), set())
    if strip_diacritics(low) == low:  # no marks on the page: accept
        return True
    return low.replace("uỷ", "ủy") in {f.replace("uỷ", "ủy") for f in printed}


@lru_cache(maxsize=1)
def _compounds() -> frozenset[str]:
    return frozenset(key(w) for w in load_list("verb_compounds.txt"))


@lru_cache(maxsize=1)
def _marked_compounds() -> frozenset[str]:
    return frozenset(_marks(w) for w in load_list("verb_compounds.txt"))


def _opens_in_noun(text: str, start: int, end: int) -> bool:
    """Is the first syllable of a verb of two or more the second half of a noun, as printed
    (``trung học phổ thông | báo cáo``, not ``thành phố thông báo``)?"""
    words = text[start:end].split()
    before = re.search(r"(\w+)\s+$", text[max(0, start - 20):start])
    if len(words) < 2 or before is None:
        return False
    return _is_compound(f"{before.group(1)} {words[0]}")


def _is_compound(pair: str) -> bool:
    """Is a pair of syllables, as printed, a noun of ``verb_compounds.txt``: by its marks, or by its folded
    words when it was printed without marks?"""
    if strip_diacritics(pair) == pair:
        return key(pair) in _compounds()  # marks lost: the folded words decide
    return _marks(pair) in _marked_compounds()


def in_compound(folded: str, start: int, end: int, text: str | None = None) -> bool:
    """Is the one-syllable verb at ``folded[start:end]`` half of a noun (``dự án``, ``lưu ký``), or a
    verb or adverb of several the end of a longer one (``giáo dục thường xuyên``)? With the printed
    ``text`` (aligned with ``folded``) a pair printed with marks must be the noun's own (``ký hợp
    đồng`` is no ``kỳ họp``)."""
    words = text if text is not None else folded
    if " " in folded[start:end].strip():
        lead = re.search(r"(?:\w+\s+){1,2}$", words[max(0, start - 30):start])
        syllables = lead.group().split() if lead else []
        phrase = " ".join(words[start:end].split())
        return any(_is_compound(" ".join(syllables[i:] + [phrase])) for i in range(len(syllables)))
    before = re.search(r"(\w+)\s+$", words[max(0, start - 20):start])
    after = re.match(r"\s+(\w+)", words[end:end + 20])
    pairs = ([f"{before.group(1)} {words[start:end]}"] if before else []) + (
        [f"{words[start:end]} {after.group(1)}"] if after else [])
    return any(map(_is_compound, pairs))
