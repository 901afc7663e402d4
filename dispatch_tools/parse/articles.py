"""The rules of a legal document's articles (Quyết định, Nghị quyết, Thông tư, …), for the task
extractor: which documents have articles, whether a unit lies in one, the article titles that give
duties to a body (``Điều 5. Trách nhiệm của Bộ Tư pháp``) and may run long, the bodies of an
execution clause (``Chánh Văn phòng …, Giám đốc các Sở … chịu trách nhiệm thi hành …``), a kind of
body named with what it does (``Doanh nghiệp cung cấp dịch vụ không lưu có trách nhiệm …``) and the
clauses that state, define or grant a right and so ask nothing."""

from __future__ import annotations

import re

from .blocks import Block
from .bodies import split_bodies
from .body_kinds import KIND_WORDS
from .roles import REMIT, Roles
from .body_words import is_verb_at, person_titles, starts_body, task_verbs
from .name_end import name_end
from .context import Context
from .task_named import is_issuer
from .task_subjects import BEARS_DUTY, duty_cue, subject_starts, text_start
from .text import key
from ..vntext import strip_diacritics

LEGAL_TYPES = {"Quyết định", "Nghị quyết", "Thông tư", "Nghị định", "Chỉ thị", "Quy định", "Quy chế"}
# "Trách nhiệm của Bộ Tư pháp", "Nhiệm vụ, quyền hạn của Cục Thú y", "Thẩm quyền và trách nhiệm của …"
DUTIES_OF = re.compile(r"\W*(?:(?:tham\s+quyen|trach\s+nhiem|nhiem\s+vu|quyen\s+han|quyen|nghia\s+vu|chuc\s+nang)"
                       r"(?:\s*,\s*|\s+va\s+|\s+))+cua\s+", re.I)
_DUTIES_BARE = re.compile(r"\W*(?:trach\s+nhiem|nhiem\s+vu)\s+(?=\S)", re.I)  # "Trách nhiệm Cục Hàng hải …": a name
_TOPIC = re.compile(r"\s(?:trong|khi|doi\s+voi|tai|ve|cua\s+(?:luat|nghi\s+dinh|thong\s+tu|quyet\s+dinh|nghi\s+quyet|"
                    r"phap\s+lenh)|quy\s+dinh\s+(?:tai\s+)?(?:diem|khoan|dieu))\s", re.I)
# "… của cơ quan nhà nước | trong việc …", "… các đơn vị khác liên quan | quy định khoản 4 Điều 2 …"


def _topic_as_printed(word: str) -> bool:
    """Is the word that opens a topic printed as one (``tại``, ``về``), not another word without its marks
    (``Sở Tài chính``, ``Sở Văn hóa``)?"""
    printed = " ".join(word.lower().split())
    return strip_diacritics(printed) == printed or printed.split()[0] in {"trong", "khi", "đối", "tại", "về", "của", "quy"}


def in_article(b: Block, ctx: Context) -> bool:
    return ctx.fields.doc_type in LEGAL_TYPES and any(x.kind == "article" for x in [b] + list(b.ancestors()))


def long_title(ctx: Context, b: Block) -> bool:
    """May the text of an article with clauses under it be a long title? It may when it gives duties
    to a body (``Trách nhiệm của …``) or names a topic; not when it asks (``Bộ A chủ trì …``) or
    addresses persons (``Ông Chánh Văn phòng …, Hiệu trưởng …``: a clause cut by the page)."""
    if DUTIES_OF.match(ctx.folded, b.start, b.end):
        return True
    return duty_cue(ctx, b.start, b.end) is None and not person_titles().match(key(ctx.text[b.start:b.end]))


def duties_of(ctx: Context, s: int, e: int) -> list[str]:
    """The bodies a heading gives duties to (``Trách nhiệm của Bộ Quốc phòng``, ``Nhiệm vụ, quyền hạn
    của cơ quan thường trực …``, ``Trách nhiệm Cục Hàng hải Việt Nam, …:`` without its ``của``): the items
    under it are theirs. A sentence is no such heading; one that ends with a colon, heading its items,
    may name its bodies at greater length."""
    m = DUTIES_OF.match(ctx.folded, s, e) or _DUTIES_BARE.match(ctx.folded, s, e)
    text = ctx.text[s:e].strip()
    heads = text.endswith(":")
    if m is None or not re.search(r"trach|nhiem\s+vu|nghia|chuc\s+nang", ctx.folded[s:m.end()], re.I) \
            or len(text.split()) > (45 if heads else 30) or text.endswith((".", ";")) \
            or m.re is _DUTIES_BARE and not ctx.text[m.end():m.end() + 1].isupper():
        return []
    topic = next((t for t in _TOPIC.finditer(ctx.folded, m.end(), e) if _topic_as_printed(ctx.text[t.start():t.end()])),
                 None)
    name = " ".join(ctx.text[m.end():topic.start() if topic else e].split()).strip(" .:")  # a title the page wrapped
    if not _names_body(name) or len(name.split()) > (35 if heads else 20):
        return []  # after "của", "tổ chức" is no verb: "Trách nhiệm của tổ chức đấu giá tài sản"
    names = split_bodies(name)  # a title has no verb: the name runs to its topic ("Ban Quản lý dự án")
    return names if names and not is_issuer(ctx, names[0]) else []


def duty_subject(ctx: Context, s: int, cue: int) -> Roles | None:
    """The bodies of an execution clause, all that comes before its duty (``Chánh Văn phòng …,
    Giám đốc các Sở: …; Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành …``)."""
    start = text_start(ctx, s, cue)
    remit = REMIT.search(ctx.folded, start, cue)  # "…, trong phạm vi quyền hạn được giao có trách nhiệm"
    text = ctx.text[start:remit.start() if remit else cue]
    text = re.split(r"\s+là\s+(?=cơ quan|đơn vị|đầu mối)", text)[0]  # "Sở A là cơ quan thường trực, có trách nhiệm …"
    if not starts_body(text):  # "Khi tạm giữ tàu thuyền, lực lượng tuần tra, kiểm soát … có trách nhiệm": after the opening
        later = [p for p in subject_starts(ctx, start, cue)[1:] if starts_body(ctx.text[p:cue])
                 and not re.search(r"\sthì\s", ctx.text[start:p])]  # not the main clause after a condition
        text = ctx.text[later[0]:start + len(text)] if later else text
    text = _past_own_clauses(text)
    if not starts_body(text) or len(text.split()) > 80 or not re.search(r"[,;]|\bvà\b", text) \
            or _CLAUSE.search(text.lower()) or _JOINS_ACTIONS.search(text) or _runs_on(text) or _DIRECTS.search(text):
        return None  # "Các lực lượng chức năng cần rà soát …, nếu còn thì cần phải …": a clause, not a list of bodies
    names = [n for n in split_bodies(text) if starts_body(n)]
    return Roles(lead=names) if names else None


_NEXT_NAME = re.compile(r"\s*(?:[,;]|(?:và|hoặc)\s)\s*", re.I)


def _runs_on(text: str) -> bool:
    """Does the one body ``text`` names by its own name (a capital after its head: no kind, which may be
    named by its work up to its duty, no person's title, whose body's name may hold small words, and no
    other body after a comma, ``và`` or ``hoặc``) end before words that are no name (``Cục A trong thời hạn
    05 ngày … | phải``, ``Tổng cục B thực hiện việc hướng dẫn, kiểm tra … | phải``; not ``Quỹ A và B (sau
    đây gọi tắt là Quỹ)``): the body's own clause before its duty, no list of bodies?"""
    if person_titles().match(key(text)):
        return False
    end = name_end(text, strip_diacritics(text), 0, len(text))
    if text.count("(", 0, end) > text.count(")", 0, end):
        return False  # cut inside the name's own aside ("Quỹ A (sau đây gọi tắt | là Quỹ)")
    own_name = any(w[:1].isupper() for w in text[:end].split()[1:3])  # "Tổng cục Giáo dục …", "Cục An toàn …"
    if not text[end:].lstrip()[:1].islower() or _NEXT_NAME.match(text, end) or not own_name:
        return False  # "Cơ sở y tế sử dụng thiết bị bức xạ … | phải": a kind named by its work runs to its duty
    return not any(starts_body(text[m.end():m.end() + 80]) for m in _NEXT_NAME.finditer(text))


def _past_own_clauses(text: str) -> str:
    """A list of bodies holds no clause: a part before a ``;`` where a verb follows the body it names
    (``Sở A tổng hợp số liệu, gửi Sở B; Sở B có trách nhiệm báo cáo …``) tells that body's own work; the
    body is kept in the list, its work is not. A part led by a person's title is an execution clause's
    entry, whose body's name may hold lower-case words (``Thủ trưởng Cơ quan quản lý thi hành án …``)."""
    parts = text.split(";")
    if len(parts) < 2 or not all(starts_body(p.strip()) for p in parts):
        return text  # "Sở A phối hợp …; phối hợp với …, mỗi huyện phải …": clauses, no list of bodies
    pattern = task_verbs()[0]
    folded = strip_diacritics(text)
    out, at = [], 0
    for part in parts:
        end = at + len(part)
        lead = len(part) - len(part.lstrip())
        if end < len(text) and not person_titles().match(key(part).replace(",", " ")) and any(
                is_verb_at(text, folded, m.start(), m.end()) for m in pattern.finditer(folded, at, end)):
            part = text[at:name_end(text, folded, at + lead, end)]
        out.append(part)
        at = end + 1
    return ";".join(out)


# a list of names never ends with its conjunction: "Sở Tài chính thẩm định dự toán và | có trách nhiệm …"
# joins two actions of one body
# a body that directs another before the duty ("Giám đốc Sở Y tế chỉ đạo Trung tâm Y tế các huyện, thị xã chịu
# trách nhiệm …"): a clause, not one list of bodies; "Ban chỉ đạo …" is a body's name
_DIRECTS = re.compile(r"(?<![Bb]an\s)(?<![\w])chỉ\s+đạo(?![\w])")
_JOINS_ACTIONS = re.compile(r"(?:\s(?:và|hoặc)|,)\s*$", re.I)
_BEARS = re.compile(BEARS_DUTY, re.I)
# what a clause may be about without anyone acting: "Việc khai báo …", "Hồ sơ …", "Kinh phí …"
_THINGS = re.compile(r"\W*(?:việc|hồ sơ|văn bản|kinh phí|thông tin|dữ liệu|quyết định|báo cáo|tài liệu|kết quả|nội dung|"
                     r"mức|số|thời hạn|thời gian|trường hợp|các trường hợp|tài sản|hàng hóa|hàng hoá|sản phẩm|giấy)(?![\w])",
                     re.I)


def duty_bearer(ctx: Context, s: int, cue: tuple[int, int]) -> Roles | None:
    """Who bears the duty of an article's clause, named as a kind the lexicon does not know (``Người
    hướng dẫn tập sự có trách nhiệm …``, ``Chủ quản lý công trình thủy lợi có trách nhiệm …``): the few
    words before ``có trách nhiệm``, ``chịu trách nhiệm`` or ``có nhiệm vụ``, from the clause's start or
    after its opening phrase, when they are no clause and no thing (``Việc khai báo …``)."""
    word = " ".join(ctx.folded[cue[0]:cue[1]].split()).lower()
    if cue[0] <= s or not (_BEARS.fullmatch(word) or word == "phai"):
        return None
    starts = [x for x in subject_starts(ctx, s, cue[0]) if x < cue[0]]
    start = max(starts)
    told = [x for x in starts if _STATE.match(ctx.text, x, cue[0])]
    if word == "phai" and not told:
        return None  # "phải" names its bearer only after a body told by what it has been
    start = told[0] if told else start  # "Tổ chức đã hoạt động … trước ngày Nghị định này có hiệu lực phải …"
    remit = REMIT.search(ctx.folded, start, cue[0])
    text = ctx.text[start:remit.start() if remit else cue[0]].strip(" ,")
    state = _STATE.match(text) if told else None
    clause = text[state.end("body"):] if state else text
    if not 1 <= len(text.split()) <= (30 if state else 20) or re.search(r"[;:()\[\]\"“”]", text) \
            or _CLAUSE.search(_STATE_WORDS.sub(" ", clause.lower()) if state else text.lower()) \
            or _THINGS.match(text) or not text[:1].isalpha() or (state is None and _opens_with_action(text)) \
            or state is not None and (_BUT.search(clause) or not _names_body(text)):
        return None
    names = split_bodies(text)
    return Roles(lead=names) if names else None


def _names_body(name: str) -> bool:
    """Does ``name`` open with a body's name, ``tổ chức`` as the noun (no verb where a name stands)?"""
    return starts_body(name) or re.match(r"to\s+chuc\s", key(name)) is not None


# a body told by what it has been or has done, the bearer of a transitional duty: "Tổ chức đã được cấp
# giấy đăng ký trước ngày … phải …", "Các cơ sở đã và đang hoạt động … có trách nhiệm …"
_STATE = re.compile(r"(?P<body>[^\W\d][^,;:]{1,60}?)\s+(?=(?:đã|đang)\s)", re.I)
_STATE_WORDS = re.compile(r"(?<![\w])(?:đã|đang)(?![\w])")
_BUT = re.compile(r"(?<![\w])nhưng(?![\w])", re.I)  # "… được tiếp tục hoạt động nhưng phải …": a main clause before it


# what opens the object of an action: after them the words are what a verb acts on, no body's works
_OBJECT_WORDS = re.compile(r"(?<![\w])(?:các|những|cho|với|của|đến|tới|tại|về|theo)(?![\w])", re.I)


def _opens_with_action(text: str) -> bool:
    """Do the words before a duty open with an action (``Tổ chức tập huấn cho cán bộ …``)? Not when the
    verb is a kind of body too, named with the works it does up to its duty, none of them opening an
    object (``Tổ chức cung cấp dịch vụ thủy lợi trực thuộc Bộ … có trách nhiệm``)."""
    verb = task_verbs()[0].match(key(text))
    if verb is None:
        return False
    return key(text)[:verb.end()] not in KIND_WORDS or _OBJECT_WORDS.search(text) is not None


_CLAUSE = re.compile(r"(?<![\w])(?:thì|khi|nếu|để|đã|sẽ|đang|cần|nhằm|không)(?![\w])")
# matched on the printed words: folded, "cũng" would be the "cung" of "cung cấp"
_CLAUSE_WORDS = re.compile(r"(?<![\w])(?:thì|khi|nếu|để|đã|sẽ|đang|nhằm|đồng thời|cũng|vẫn|còn|và|hoặc|"
                           r"có thể)(?![\w])|[,;:.()]", re.I)


def kind_up_to_duty(ctx: Context, roles: Roles, verb: int, duty: int) -> None:
    """A kind of body named with what it does (``Doanh nghiệp cung cấp dịch vụ không lưu có trách nhiệm
    …``, ``Tổ chức, cá nhân khảo sát luồng phải …``): the clause's verb is its duty, so the words
    between the kind and the duty are part of its name. A named body (``Sở Tài chính hướng dẫn …``)
    keeps its name."""
    if len(roles.lead) != 1 or verb >= duty or re.search(r"\s[A-ZĐÀ-Ỹ]", roles.lead[0]) \
            or ctx.text[:verb].rstrip().endswith(","):
        return  # "Người đứng đầu cơ quan, tổ chức, …": a comma ends the name
    extra = ctx.text[verb:duty]
    remit = REMIT.search(ctx.folded, verb, duty)
    if remit:
        extra = ctx.text[verb:remit.start()]
    extra = extra.strip()
    if not extra or len(extra.split()) > 12 or _CLAUSE_WORDS.search(extra.lower()):
        return
    roles.lead = [f"{roles.lead[0]} {extra}"]


_AS_NOUN = re.compile(r"(?<![\w])(?:theo|tai|cac|nhung)\s+$", re.I)  # "theo quy định …": no verb


def states(ctx: Context, s: int, e: int) -> bool:
    """A clause that lists things without a verb (``a) Các yếu tố khí tượng theo quy định …;``), that
    defines (``Sĩ quan biệt phái là sĩ quan …``: ``là`` before any verb) or that grants a right
    (``Được …``) asks nothing of anyone."""
    if re.match(r"\W*(?:được|có quyền)\s", ctx.text[s:e], re.I):
        return True  # "a) Được yêu cầu …": a right of the body, not its duty
    if re.match(r"\W*là\s", ctx.text[s:e], re.I):
        return True  # "1. Là người giúp việc cho giám đốc …": what the body heading the article is
    if _DONE_BY_RULE.match(ctx.text, s, e):
        return True  # "2. Việc bổ nhiệm, miễn nhiệm … thực hiện theo quy định của pháp luật": how it is done
    verbs, _ = task_verbs()
    first = verbs.match(ctx.folded, s + len(ctx.text[s:e]) - len(ctx.text[s:e].lstrip(" -+*•")))
    if first is not None:
        return False
    verb = next((m.start() for m in verbs.finditer(ctx.folded, s, e)
                 if is_verb_at(ctx.text, ctx.folded, m.start(), m.end())
                 and not _AS_NOUN.search(ctx.folded, max(s, m.start() - 8), m.start())), None)
    if verb is None:  # a list of things ("Các yếu tố …"); a clause may open with a verb the lexicon lacks
        return duty_cue(ctx, s, e) is None and bool(re.match(r"\W*(?:các|những)\s", ctx.text[s:e], re.I))
    return bool(re.search(r"(?<![\w])là(?![\w])", ctx.text[s:verb], re.I))


# a matter done as a rule says, with no one named to do it ("Việc bổ nhiệm … thực hiện theo quy định của pháp luật")
_DONE_BY_RULE = re.compile(r"\W*việc\s[^.;:]*?\s(?:được\s+)?thực\s+hiện\s+theo\s+(?:các\s+)?(?:quy\s+định|hướng\s+dẫn)"
                           r"[^.;:]*[.;]?\s*$", re.I)
