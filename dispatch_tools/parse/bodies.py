"""The bodies a task names: where an assignee's name starts and where it ends, lists of bodies,
and the roles of a request: the lead body (``chủ trì``), the cooperating bodies (``phối hợp
với``) and the bodies the assignee must direct (``chỉ đạo X báo cáo``).

A name starts with an agency head (``Sở``, ``Ủy ban nhân dân``), a noun of bodies (``các đơn vị``,
``quý cơ quan``) or a person's title before a body (``Giám đốc Sở Y tế``, whose body is
``Sở Y tế``). It ends before the verb of its clause (``models/parse/task_verbs.txt``, printed in
lower case and with the lexicon's marks when the text has marks), before a phrase no name holds
(``thừa ủy quyền``, ``để``, ``theo``: ``assignee_stops.txt``) or at the end of the clause.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import lexicon
from ..vntext import strip_diacritics
from .text import key, load_list, squash, strip_markup, words_regex

MAX_NAME = 260  # characters: a list of bodies never runs longer
# the trained model of where a name ends (:mod:`.span_model`) while the task extractor uses it
SPAN_MODEL: ContextVar = ContextVar("span_model", default=None)


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


# --------------------------------------------------------------------------- lexicon


@lru_cache(maxsize=1)
def _titles() -> re.Pattern:
    return words_regex(load_list("person_titles.txt"), prefix=r"^", suffix=r"(?=[\s:]|$)")


def _start_words() -> tuple[str, ...]:
    return (load_list("agency_heads.txt") + load_list("body_nouns.txt") + load_list("assignee_starts.txt")
            + load_list("person_titles.txt"))


@lru_cache(maxsize=1)
def _starts() -> re.Pattern:
    return words_regex(_start_words(), prefix=r"^(?:cac\s+|tat\s+ca\s+(?:cac\s+)?)?", suffix=r"(?![\w])")


@lru_cache(maxsize=1)
def _start_forms() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for w in _start_words():
        out.setdefault(key(w), set()).add(_marks(w))
    return out


def _marks(text: str) -> str:
    return " ".join(text.lower().split()).replace("uỷ", "ủy").replace("oà", "òa")


_PLURAL_LEAD = re.compile(r"(?:cac\s+|tat\s+ca\s+(?:cac\s+)?)?")


def _same_marks(printed: str, k: str, m: re.Match) -> bool:
    """The words matched without marks carry the lexicon's own when the text has marks
    (``Môi trường`` does not open with ``mỗi``)."""
    start = len(_PLURAL_LEAD.match(k).group(0))
    word = " ".join(printed.split())[start:m.end()]
    low = _marks(word)
    forms = _start_forms().get(key(word), {low})
    if strip_diacritics(low) == low:
        # a word printed without marks is the lexicon's marked word only when the text lost its
        # marks: among marked words, "Quy định" does not open with "quý"
        return low in forms or strip_diacritics(printed) == printed
    return low in forms


@lru_cache(maxsize=1)
def _verbs() -> tuple[re.Pattern, dict[str, set[str]]]:
    verbs = load_list("task_verbs.txt")
    forms: dict[str, set[str]] = {}
    for v in verbs:
        forms.setdefault(key(v), set()).add(v.lower())
    return words_regex(verbs), forms


@lru_cache(maxsize=1)
def _stops() -> re.Pattern:
    """Phrases no name holds, and the verbs of an approval (``Ủy ban nhân dân tỉnh | đồng ý …``)."""
    return words_regex(load_list("assignee_stops.txt") + load_list("approvals.txt") + load_list("adverbs.txt"))


@lru_cache(maxsize=1)
def adverbs() -> re.Pattern:
    """Adverbs between a body and its verb (``định kỳ``, ``khẩn trương``), with the spaces before them."""
    return words_regex(load_list("adverbs.txt"), prefix=r"[\s,]*")


@lru_cache(maxsize=1)
def _not_bodies() -> re.Pattern:
    return words_regex(load_list("not_bodies.txt"), prefix=r"^(?:cac\s+)?", suffix=r"(?![\w])")


def _unglue(text: str) -> str:
    """``BộCông Thương`` -> ``Bộ Công Thương``: words a web page glued (a capital after a small letter)."""
    return "".join(" " + c if i and c.isupper() and text[i - 1].islower() else c for i, c in enumerate(text))



_TEAM = re.compile(r"(?:các\s+)?(?:đoàn|tổ|nhóm|hội đồng)\s+", re.I)


def _team(printed: str) -> int:
    """The length of ``Đoàn đánh giá``, ``Hội đồng thẩm định``, ``Tổ giám sát`` at the start of
    ``printed``: a collective head and the verb of its work, which together name a team (the verb does
    not end its name); 0 when there is none."""
    m = _TEAM.match(printed)
    if m is None:
        return 0
    verbs, _ = _verbs()
    rest = strip_diacritics(printed[m.end():]).lower()
    v = verbs.match(rest)
    if v is None or not printed[m.end():m.end() + 1].islower() or _in_compound(rest, v.start(), v.end()):
        return 0
    return m.end() + v.end()


def starts_body(text: str) -> bool:
    """Does ``text`` open with the name of a body (or a person heading one)?"""
    printed = _unglue(strip_markup(text[:120])).lstrip("(-–• ")
    if _team(printed):
        return True
    k = key(printed)
    m = _starts().match(k)
    if not m or _not_bodies().match(k) or not _same_marks(printed, k, m):
        return False
    title = _titles().match(k)
    if title and not _starts_without_title(k, title.end()):
        rest = printed[title.end():].lstrip(" :(),")
        return rest[:1].isupper() and not k.startswith(("ong ", "ba ")) or starts_body(rest)  # not "Ông ta"
    return True


def _starts_without_title(k: str, title_end: int) -> bool:
    """Does the name open with a body word itself, not only a person's title (``Trưởng ban`` is one)?"""
    m = _starts().match(k)
    return m is not None and m.end() > title_end


_PLURAL_BEFORE = re.compile(r"(?<![\w])(?:cac|nhung|moi)\s+$", re.I)
_PERSONS_AFTER = re.compile(r"\s*(?:,|\s+va)\s*ca\s+nhan\b", re.I)


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
    if _in_compound(folded, start, end):
        return False
    _, forms = _verbs()
    low = " ".join(word.lower().split())
    printed = forms.get(" ".join(folded[start:end].lower().split()), set())
    if strip_diacritics(low) == low:  # no marks on the page: accept
        return True
    return low.replace("uỷ", "ủy") in {f.replace("uỷ", "ủy") for f in printed}


@lru_cache(maxsize=1)
def _compounds() -> frozenset[str]:
    return frozenset(key(w) for w in load_list("verb_compounds.txt"))


def _in_compound(folded: str, start: int, end: int) -> bool:
    """Is the one-syllable verb at ``folded[start:end]`` half of a noun (``dự án``, ``lưu ký``)?"""
    if " " in folded[start:end].strip():
        return False
    before = re.search(r"(\w+)\s+$", folded[max(0, start - 20):start])
    after = re.match(r"\s+(\w+)", folded[end:end + 20])
    pairs = ([f"{before.group(1)} {folded[start:end]}"] if before else []) + (
        [f"{folded[start:end]} {after.group(1)}"] if after else [])
    return any(key(p) in _compounds() for p in pairs)


# --------------------------------------------------------------------------- where a name ends

_CLAUSE_END = re.compile(r"[.!?](?=\s|$)|\n\s*\n")
_LIST_HEAD = re.compile(r"(?:^|\s)(?:cac\s+)?(?:so|bo|phong|ban|vu|cuc|truong|nganh|don vi|co quan)\s*$", re.I)
_COMMA = re.compile(r",\s*")
_COLON = re.compile(r":")
_SEMICOLON = re.compile(r";")


def name_end(text: str, folded: str, pos: int, limit: int) -> int:
    """Where the name (or list of names) starting at ``pos`` ends: before the verb of the clause,
    a stop phrase, a colon that does not open a list (``các Sở: A, B``) or the clause's end."""
    limit = min(limit, pos + MAX_NAME)
    stop = _clause_end(text, pos, limit)
    model = SPAN_MODEL.get()
    if model is None:
        opening = _starts().match(folded[pos:pos + 80])  # "Đoàn kiểm tra …", "Tổ thẩm định …": no verb inside
        team = _team(text[pos:pos + 80])
        first = max(opening.end() if opening else 0, team)
        clause_end = stop
        quote = re.search(r"[“\"«]", text[pos + 1:stop])  # "giao Sở A “thuê đơn vị tư vấn …”"
        if quote:
            clause_end = stop = pos + 1 + quote.start()
        stop = _verb_end(text, folded, pos + max(first - 1, 0), stop)
        named_by_duty = _kind_named_by_its_work(text, folded, pos, stop, clause_end)
        if named_by_duty:
            stop = named_by_duty
        else:
            stop = min(stop, _common_noun_end(text, folded, pos, stop, verb=stop < clause_end))
        stop = _place_name_end(text, pos, stop)
        stop = _known_agency_end(text, folded, pos, stop)
    else:
        stop = min(stop, model.name_end(text, pos, stop))
        for m in _COMMA.finditer(text[pos:stop]):  # "Sở A, chủ trì …": a comma, then an action
            at = pos + m.end()
            if _verb_end(text, folded, at - 1, at + 40) == at and not model.surely_goes_on(text, pos, at):
                stop = pos + m.start()
                break
    for m in _stops().finditer(folded, pos + 1, stop):
        if text[m.start()].islower() or not text[m.start()].isalpha():
            stop = m.start()
            break
    for m in _COLON.finditer(text[pos:stop]):
        at = pos + m.start()
        before = folded[pos:at].lower().strip()
        if not _LIST_HEAD.search(before) and not (_titles().fullmatch(before) and starts_body(text[at + 1:at + 80])):
            stop = at  # not "các Sở: A, B" nor "Giám đốc: Sở A, Sở B"
            break
    # a ";" ends the list unless another body follows it
    for m in _SEMICOLON.finditer(text[pos:stop]):
        at = pos + m.start()
        if not starts_body(text[at + 1:at + 60].lstrip()) and not _parallel_kinds(folded, pos, at):
            stop = at
            break
    while stop > pos and text[stop - 1] in " \t\n,;:-–":
        stop -= 1
        tail = re.search(r"\s(?:và|hoặc)$", text[pos:stop])  # "các cơ quan có liên quan và | chỉ đạo …"
        if tail:
            stop = pos + tail.start()
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


_KIND = re.compile(r"(?:^|[\s,])(?:co\s+quan|don\s+vi|bo\s+phan|to\s+chuc|co\s+so)\s*$", re.I)
_KIND_PLURAL = re.compile(r"(?:^|\s)(?:cac|nhung|moi|tat\s+ca)\s+(?:co\s+quan|don\s+vi|bo\s+phan|to\s+chuc|co\s+so)\b",
                          re.I)


def _kind_named_by_its_work(text: str, folded: str, pos: int, verb: int, clause_end: int) -> int:
    """``cơ quan tiếp nhận hồ sơ | kiểm tra …``, ``đơn vị quản lý viên chức | giải quyết …``: a kind
    of body in the singular right before a verb, whose object is followed, without a stop, by a
    second verb, is named by what it does, and its name runs to that second verb. Plural kinds
    (``các đơn vị xây dựng kế hoạch triển khai …``) are the subject of the first verb. 0 when not."""
    if verb >= clause_end or not _KIND.search(folded[pos:verb].rstrip()) or _KIND_PLURAL.search(folded[pos:verb]):
        return 0
    verbs, _ = _verbs()
    first = verbs.match(folded, verb)
    if first is None:
        return 0
    for m in verbs.finditer(folded, first.end() + 1, min(clause_end, first.end() + 40)):
        between = text[first.end():m.start()]
        if re.search(r"[,;:()]", between) or not 1 <= len(between.split()) <= 4:
            return 0
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


def _known_agency_end(text: str, folded: str, pos: int, stop: int) -> int:
    """``Sở Y tế | hoàn trả …``: a name that opens with a known agency's whole name goes on only with a
    capitalised word, punctuation or a word that places or qualifies it (``tỉnh``, ``các``, ``và``);
    any other small word after it is the verb of the clause, known to the lexicon or not."""
    m = _agency_names().match(folded, pos, stop)
    if m is None:
        return stop
    after = re.compile(r"\s+(\w+)").match(text, m.end())
    if after is None or after.start(1) >= stop or not after.group(1)[0].islower() or after.group(1) in _AGENCY_GOES_ON:
        return stop
    return m.end()


_PLACE = re.compile(r"(?:^|\s)(?:tỉnh|huyện|quận|xã|phường|thị xã|thị trấn|thành phố|TP\.?|Tp\.?|Q\.)"
                    r"((?:\s+[A-ZĐ][\w’'.]*|\s+-\s+[A-ZĐ][\w’']*)+)")


_LEVEL_LAST = re.compile(r"(?<=\s)(?:tỉnh|huyện|quận|xã|phường|thị xã|thành phố)(?=\s+\w)")
_GOES_ON = ("và", "hoặc", "cùng", "cấp", "trực", "thuộc", "nơi", "có", "liên", "trở", "thị", "thành", "phường", "xã", "hội",
            "lộ", "đảo")


def _place_name_end(text: str, pos: int, stop: int) -> int:
    """A name ending in a place (``UBND huyện Lý Sơn``) or a level (``Công an huyện``) ends at the
    first small word after it unless that word goes on to another body (``và``, ``hoặc``, a comma)
    or qualifies it (``cấp``, ``nơi có …``)."""
    for m in _LEVEL_LAST.finditer(text, pos + 1, stop):
        after = re.compile(r"\s+(\w+)").match(text, m.end())
        if after is None or after.start(1) >= stop or after.group(1) in _GOES_ON or not after.group(1)[0].islower():
            continue
        if not starts_body(text[after.start(1):after.start(1) + 60]) and m.start() > pos + 3:
            return min(m.end(), _place_name_end_capital(text, pos, stop))
    return _place_name_end_capital(text, pos, stop)


def _place_name_end_capital(text: str, pos: int, stop: int) -> int:
    for m in _PLACE.finditer(text, pos, stop):
        after = re.compile(r"\s+(\w+)").match(text, m.end())
        if after is None or after.start(1) >= stop or not after.group(1)[0].islower():
            continue
        word = after.group(1)
        if word in _GOES_ON or starts_body(text[after.start(1):after.start(1) + 60]):
            continue
        return m.end()
    return stop


_KINDS = re.compile(r"(?:cac|nhung|moi|toan the)\s+\w", re.I)


def _parallel_kinds(folded: str, pos: int, at: int) -> bool:
    """``các cơ quan, tổ chức; các nhà khoa học; các phóng viên …``: a list of kinds of bodies
    that opens with ``các`` goes on after a ``;`` that opens another kind the same way."""
    return bool(_KINDS.match(folded, pos)) and bool(_KINDS.match(folded[at + 1:at + 40].lstrip()))


def _verb_end(text: str, folded: str, pos: int, stop: int) -> int:
    """Where the first verb of the lexicon after ``pos`` starts (``stop`` when none)."""
    verbs, _ = _verbs()
    for m in verbs.finditer(folded, pos + 1, stop):
        if is_verb_at(text, folded, m.start(), m.end()):
            return m.start()
    return stop


_COMMON = re.compile(r"(?:quy|cac|tat\s+ca(?:\s+cac)?)?\s*(?:don\s+vi|co\s+quan|dia\s+phuong|to\s+chuc|ca\s+nhan)\b",
                     re.I)


@lru_cache(maxsize=1)
def _qualifiers() -> re.Pattern:
    return words_regex(load_list("name_qualifiers.txt"), prefix=r"", suffix=r"(?![\w])")


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
    i = m.end()
    while i < stop:
        w = re.compile(r"[\s,;()]*").match(text, i).end()
        if w >= stop:
            return stop
        q = _qualifiers().match(folded, w)
        if q and (not text[w].isalpha() or text[w].islower()):
            i = q.end()
            continue
        word = re.compile(r"\S+").match(text, w)
        if verb and (text[w].isupper() or len(text[w:stop].split()) <= 3 and not re.search(r"[,;:()]", text[w:stop])):
            return stop
        if text[w].isupper() or not text[w].isalpha() or starts_body(text[w:w + 60]):
            i = word.end()
            continue
        return w
    return stop


# --------------------------------------------------------------------------- lists of bodies


def drop_title(name: str) -> str:
    """``Giám đốc Sở Y tế`` -> ``Sở Y tế``; a title with no body after it is kept, but the
    ministers (``các Bộ trưởng``) stand for their ministries (``các Bộ``)."""
    name = squash(name).strip(" ,;:.")
    if re.fullmatch(r"(?:các\s+)?Bộ\s+trưởng", name, re.I):
        return "các Bộ"
    for _ in range(3):
        k = strip_diacritics(name).lower()
        m = _titles().match(k)
        if not m:
            break
        rest = name[m.end():].lstrip(" :,")
        if not rest or not starts_body(rest) or _titles().fullmatch(strip_diacritics(rest).lower()):
            break
        name = rest
    return name


def _bare_kind(text: str) -> bool:
    """``Sở``, ``Các Sở``, ``Ban``: a kind of body without a name (one word)."""
    k = re.sub(r"^cac\s+", "", key(text))
    return k in lexicon().heads and " " not in k


# Words that open a new body inside a list of bodies ("Sở A, Sở B", "các bộ, cơ quan ngang bộ");
# "ngành", "địa phương", "tổ chức", "cá nhân" go on the body before them ("các bộ, ngành, địa phương").
_OPENS = re.compile(r"^(?:cac\s+)?(?:so|bo|uy ban|ubnd|hdnd|hoi dong|van phong|cuc|tong cuc|chi cuc|truong|"
                    r"trung tam|cong an|phong|vien|kho bac|bao hiem|dai|bao|hoi|ban|thanh tra|co quan|"
                    r"chinh quyen|luc luong|doanh nghiep|cong doan|khu|benh vien|hoc vien|dai hoc|"
                    r"nha khoa hoc|phong vien|nha bao|tat ca|thanh vien|nhom cong tac|"
                    r"to (?:cong tac|giup viec|kiem tra|tham dinh|chuyen gia)|doan (?:kiem tra|cong tac|thanh tra))\b")


def _opens_body(piece: str, after_and: bool = False) -> bool:
    """Does this piece of a list start a new body? After ``và`` any body does
    (``lực lượng Cảnh sát giao thông và đơn vị truyền thông``)."""
    k = key(piece)
    if _not_bodies().match(k):
        return False
    if _titles().match(k) and starts_body(piece):
        return True
    if re.match(r"cac\s+(?:to\s+chuc|ca\s+nhan)\b", k):
        return True  # "Sở Tài chính, các tổ chức, cá nhân có liên quan": "các" opens another body
    if after_and and starts_body(piece) and not re.match(r"(?:nganh|dia phuong|doan the)\b", k):
        return True
    return bool(_OPENS.match(k)) and (piece[:1].isupper() or k.startswith(("cac ", "chinh quyen", "luc luong",
                                                                           "co quan", "nha bao", "tat ca",
                                                                           "doanh nghiep", "phong vien")))


_KINDS_AFTER = re.compile(r"(?:cac\s+)?(?:so|ban|bo|phong|nganh|doan the)\b")


@lru_cache(maxsize=1)
def _comma_names() -> re.Pattern:
    """Names of bodies that hold a comma (``Văn hóa, Thể thao và Du lịch``), mined from the corpus."""
    pairs = [row.split("\t")[0] for row in load_list("comma_names.txt")]
    body = "|".join(r"\s*,\s*".join(re.escape(key(p)) for p in pair.split(",")) for pair in pairs)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.I)


@lru_cache(maxsize=1)
def _and_names() -> tuple[tuple[str, str], ...]:
    """(A, first word of B) of the names ``A và B`` of bodies, mined from the corpus (folded)."""
    out = []
    for row in load_list("and_names.txt"):
        a, _, b = row.split("\t")[0].partition(" và ")
        out.append((key(a), key(b)))
    return tuple(out)


def _one_name(before: str, piece: str) -> bool:
    """Are ``before`` and ``piece``, joined by ``và`` in a list, one name (``Giáo dục`` và ``Đào tạo``,
    ``Văn hóa, Thể thao`` và ``Du lịch``)?"""
    if _KEEP in before:
        return True
    b, p = key(before.replace(_KEEP, ",")), key(piece)
    return any((b == a or b.endswith(" " + a)) and (p == w or p.startswith(w + " ")) for a, w in _and_names())


_KEEP = "\u2063"  # stands for a comma inside a name while a list is split


def _protect(text: str) -> str:
    folded = strip_diacritics(text).lower()
    if len(folded) != len(text):
        return text
    out = list(text)
    for m in _comma_names().finditer(folded):
        for i in range(m.start(), m.end()):
            if out[i] == ",":
                out[i] = _KEEP
    return "".join(out)


def split_bodies(text: str) -> list[str]:
    """``Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông`` -> two bodies; a list
    ``Các Bộ: Công an, Tài chính`` -> ``Bộ Công an``, ``Bộ Tài chính``; ``Giám đốc các Sở: A, B``
    -> ``Sở A``, ``Sở B``; a person's title before a body is dropped."""
    text = squash(strip_markup(text)).strip(" ,;:.")
    text = re.sub(r"^(?:các\s+)?(?:ông|bà)\s*,\s*(?:bà|ông)\s*:\s*", "", text, flags=re.I)  # "Các ông, bà:"
    out: list[str] = []
    for part in re.split(r"\s*;\s*", _protect(text)):
        out += _split_part(part)
    out = [x.replace(_KEEP, ",") for x in out]
    return [b for b in (drop_title(x) for x in out) if b and re.search(r"\w", b)]


_LIST_OF = re.compile(r"^(?P<before>[^,;:]{0,40}?)\b(?:các|Các)\s+(?P<head>\w+)\s*:\s*(?P<first>.*)$")
_CAPITAL = re.compile(r"[A-ZĐ]")


def _split_part(text: str) -> list[str]:
    m = re.match(r"^([^:,]{1,30}):\s*(.+)$", text)
    if m and starts_body(m.group(2)) and not _LIST_OF.match(text):  # "Giám đốc: Sở A, Sở B"
        text = m.group(2)
    pieces = re.split(r"(\s*,\s*|\s+(?:và|hoặc)\s+(?=\S))", text)
    out: list[str] = []
    list_head = None  # "Sở" while reading "các Sở: A, B, C"
    sep = ""
    for i, piece in enumerate(pieces):
        if i % 2:
            sep = piece
            continue
        if not piece:
            continue
        after_and = sep.strip() in ("và", "hoặc")
        listed = _LIST_OF.match(piece)
        if listed:  # "Giám đốc các Sở: Giáo dục và Đào tạo"
            list_head = listed.group("head")
            list_head = list_head[:1].upper() + list_head[1:]  # "các sở: Giáo dục …" -> "Sở Giáo dục …"
            out.append(f"{list_head} {listed.group('first')}")
            continue
        opens = _opens_body(piece, after_and)
        if list_head and not opens:
            if after_and and out and not _CAPITAL.search(piece[:1]):
                out[-1] += sep + piece  # "Giáo dục và Đào tạo" was split above: "Đào tạo" is capitalised
                continue
            if after_and and out and out[-1].startswith(list_head) and piece[:1].isupper() and _one_name(out[-1], piece):
                out[-1] += sep + piece
                continue
            out.append(f"{list_head} {piece}")
            continue
        if opens:
            list_head = None
        if out and opens and _bare_kind(out[-1]) and _KINDS_AFTER.match(key(piece)):
            opens = False  # "Sở, Ban ngành thành phố": kinds of bodies, not two bodies
        if out and not opens and _places_after_a_name(out[-1], piece):
            opens = True  # "Bộ Quốc phòng, địa phương": the places after a named body are bodies of their own
        if out and not opens:
            out[-1] = out[-1] + sep + piece
            continue
        out.append(piece)
    return [squash(p).strip(" ,;:.") for p in out if p.strip(" ,;:.")]


def _places_after_a_name(before: str, piece: str) -> bool:
    """``Bộ Quốc phòng, địa phương``: ``địa phương`` after a body with a name of its own (not a bare
    kind, as in ``các bộ, ngành, địa phương``) is one more body."""
    k = key(before)
    return bool(re.match(r"(?:cac\s+)?dia\s+phuong\b", key(piece))) and not k.startswith(("cac ", "tat ca ", "moi ")) \
        and " " in k and before[:1].isupper() and any(w[:1].isupper() for w in before.split()[1:])


def bodies_at(text: str, folded: str, pos: int, limit: int) -> tuple[list[str], int]:
    """The bodies named from ``pos`` (after spaces) and where their names end; none when no
    body's name starts there."""
    while pos < limit and text[pos] in " \t\n:":
        pos += 1
    if pos >= limit or not starts_body(text[pos:pos + 80]):
        return [], pos
    end = name_end(text, folded, pos, limit)
    if end <= pos:
        return [], pos
    return split_bodies(text[pos:end]), end


# --------------------------------------------------------------------------- roles

_LEAD = re.compile(r"[\s,]*chu\s+tri\b[\s,]*(?:va\s+)?", re.I)
_COOP = re.compile(r"[\s,]*(?:chu\s+dong\s+)?phoi\s+hop(?:\s+chat\s+che)?(?:\s+voi)?\b", re.I)
_COOP_ANY = re.compile(r"(?<![\w])(?:phoi\s+hop(?:\s+chat\s+che)?(?:\s+voi)?|cung\s+voi)(?![\w])", re.I)
_DIRECT = re.compile(r"(?<![\w])chi\s+dao(?![\w])", re.I)


# The remit a subject acts within, between it and its verb ("Ủy ban nhân dân cấp tỉnh, trong phạm vi
# nhiệm vụ, quyền hạn của mình, phối hợp với …", "Các sở, theo chức năng, nhiệm vụ được giao, …").
_REMIT_WORD = r"(?:chuc\s+nang|nhiem\s+vu|quyen\s+han|tham\s+quyen|trach\s+nhiem|linh\s+vu|dia\s+ban)"
REMIT = re.compile(rf"[\s,]*(?:trong\s+pham\s+vi|theo|can\s+cu|thuoc\s+pham\s+vi)\s+(?:cac\s+)?{_REMIT_WORD}"
                   rf"(?:(?:\s*,\s*|\s+va\s+|\s+)(?:{_REMIT_WORD}|duoc\s+giao|cua\s+minh|minh|quan\s+ly|"
                   rf"duoc\s+phan\s+cong|cua\s+(?:bo|nganh|don\s+vi|co\s+quan|dia\s+phuong)))*\s*,?", re.I)


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
        remit = REMIT.match(folded, end, limit)
        if remit:
            end = remit.end()
        m = _LEAD.match(folded, end, limit)
        if m:
            end = m.end()
    m = _COOP.match(folded, end, limit)
    if m:
        coop, end = bodies_at(text, folded, m.end(), limit)
        roles.cooperating += coop
    _more_roles(text, folded, end, limit, roles)
    return roles, end


def _more_roles(text: str, folded: str, pos: int, limit: int, roles: Roles) -> None:
    for m in _COOP_ANY.finditer(folded, pos, limit):
        if text[m.start()].isupper() and m.start() > pos + 2:
            continue
        coop, _ = bodies_at(text, folded, m.end(), limit)
        roles.cooperating += [c for c in coop if key(c) not in {key(x) for x in roles.cooperating}]
    for m in _DIRECT.finditer(folded, pos, limit):
        if text[m.start()].isupper() and m.start() > pos + 2:
            continue
        directed, _ = bodies_at(text, folded, m.end(), limit)
        roles.others += directed
    for m in re.finditer(r"[,;]\s*", text[pos:limit]):  # "…, Sở B và UBND huyện C phải tổ chức …"
        at = pos + m.end()
        if not starts_body(text[at:at + 80]):
            continue
        names, end = bodies_at(text, folded, at, limit)
        known = {key(x) for x in roles.union()}
        if names and _SECOND_DUTY.match(folded, end, limit):
            roles.others += [n for n in names if key(n) not in known]


_SECOND_DUTY = re.compile(r"\s*(?:phai|co\s+trach\s+nhiem|chu\s+tri)\b", re.I)


def roles_in(text: str, folded: str, s: int, e: int, lead: list[str] | None = None) -> Roles:
    """The cooperating and directed bodies a clause names anywhere (the lead is given)."""
    roles = Roles(lead=list(lead or []))
    _more_roles(text, folded, s, e, roles)
    return roles
