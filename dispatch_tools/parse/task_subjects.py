"""Who acts in a sentence of the body, for the task extractor: its sentences, a duty's words
(``X chủ trì``, ``X có trách nhiệm``, ``… chịu trách nhiệm thi hành``), a clause whose subject is a
body and whose verb is an action (``Bộ Y tế tiếp thu …``, after an opening phrase ``Trong thời hạn
…,``), a body that a passed-on document is for (``… xin chuyển … để Bộ X nghiên cứu``) and where a
task's text starts."""

from __future__ import annotations

import re

from .bodies import bodies_at
from .roles import Roles, roles_at, roles_in
from .body_words import adverbs, is_verb_at, starts_body, task_verbs
from .context import Context
from .lexicon import lexicon
from ..vntext import strip_diacritics
from .text import key, spans_ended_by
from .task_heads import past_title


_NOT_DUTY_AFTER = re.compile(r"\s*(?:toan\s+dien\s+)?(?:ve|truoc)\b", re.I)  # "chịu trách nhiệm về …" is accountability
_NARRATION = re.compile(r"(?:\b(?:da|vua|dang|tung|co)\s+)$", re.I)
_NARRATION_PRINTED = {"đã", "vừa", "đang", "từng", "có"}


def _narrates(ctx: Context, a: int, z: int) -> bool:
    """Does ``text[a:z]`` end with a word that tells (``đã``, ``đang``)? Printed with marks, the word must
    be one of them (``tổ chức đảng`` is no ``đang``)."""
    m = _NARRATION.search(ctx.folded[a:z])
    if m is None:
        return False
    word = ctx.text[a + m.start():a + m.end()].strip().lower()
    return word == strip_diacritics(word) or word in _NARRATION_PRINTED
_GENERIC_DO = re.compile(r"\s*(?:biet|thuc hien|to chuc thuc hien|trien khai thuc hien|biet\s*,?\s*thuc hien)\b", re.I)
_SENTENCE = re.compile(r"(?:\./\.|(?<![\s(][A-ZĐ])(?<![\s(][A-ZĐ][A-Za-zĐđ])\.|[!?])(?=\s+[\"“(]?[A-ZĐÀ-Ỹ\d-]|\s*$)|\n\s*\n(?!\s*[a-zđà-ỹ])"
                       r"|(?:(?<=như sau)|(?<=chỉ đạo)|(?<=kết luận)|(?<=sau)|(?<=đề nghị)|(?<=yêu cầu)|(?<=giao))"
                       r":(?=[ \t]+[A-ZĐÀ-Ỹ])")  # "… như sau: Sở A …", "… đề nghị: Hội Khuyến học các huyện …"


def task_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]``; unlike :func:`.text.sentence_spans` a ``;`` does not end one
    (an execution clause lists its bodies with ``;``, a request its steps), nor does the stop of a
    short abbreviation (``TP. Hồ Chí Minh``, ``Q. Bình Tân``), nor a blank line before small letters (a
    sentence the page broke: ``… kiểm tra việc triển khai`` / ``3`` / ``thực hiện Chỉ thị …``)."""
    return spans_ended_by(_SENTENCE, text, start, end)


def past_commas(text: str, pos: int, e: int) -> int:
    """The offset of the first character at or after ``pos`` (before ``e``) that is no space and
    no comma: where the words after a name start (on the next line when the page wrapped there)."""
    piece = text[pos:e]
    return pos + len(piece) - len(piece.lstrip(" ,\t\n"))


def quoted(ctx: Context, s: int, pos: int) -> bool:
    """Is ``pos`` inside a quotation (a cited title, not a request of this document)?"""
    before = ctx.text[s:pos]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


# A request's own words (a request may also invite or give): after them a body is the object of
# the request, no subject.
ASK_WORDS = r"de\s*nghi|yeu\s*cau|kinh\s+mong|keu\s+goi"
ASKS = re.compile(rf"(?<![\w])(?:{ASK_WORDS})(?![\w])", re.I)


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
        if k == "phai" and re.search(r"(?<![\w])(?:vi|boi)\s+$", ctx.folded[max(s, m.start() - 6):m.start()], re.I):
            continue  # "… sinh viên bỏ học vì phải tụ tập …": the cause of what is told, no duty
        if k == "chu tri" and _DEFINES.search(ctx.folded, max(s, m.start() - 20), m.start()):
            continue  # "Chủ tịch Hội đồng … là người chủ trì …": a definition
        if k == "chu tri" and (_CHAIRS.match(ctx.folded, m.end()) or _CHAIRED.search(ctx.folded, max(s, m.start() - 12), m.start())):
            continue  # "… chủ trì cuộc họp …", "dưới sự chủ trì của …": who chaired a meeting, no duty
        if k.startswith("chiu") and _NOT_DUTY_AFTER.match(ctx.folded, m.end()) and not _answers_then_acts(ctx, m.end(), e):
            continue
        if k.startswith("la ") and _STANDS_ONLY.match(ctx.folded, m.end(), e):
            continue  # "Bộ Công Thương là cơ quan đầu mối giúp Chính phủ thực hiện quản lý nhà nước về …": a standing
        return m.start(), m.end()
    return None


# What a focal point is when nothing more follows in its clause: whose focal point it is (``của Bộ Y tế``, ``trong
# việc triển khai …``) or the state management it serves (``giúp Chính phủ thực hiện quản lý nhà nước về …``).
_STANDS_ONLY = re.compile(r"(?:\s+(?:cua|trong\s+viec|ve)\s[^;.]*|\s+giup\s[^;.]{0,80}?\s(?:thuc\s+hien\s+)?(?:chuc\s+nang\s+)?"
                          r"quan\s+ly\s+nha\s+nuoc[^;.]*)?\s*(?:[;.]|$)", re.I)
_CHAIRS = re.compile(r"\s+(?:cac\s+)?(?:(?:cuoc|buoi|phien)\s+(?:hop|lam\s+viec)|hop)(?![\w])", re.I)
_CHAIRED = re.compile(r"(?<![\w])su\s+$", re.I)
_FOR_DOING = re.compile(r"\s*ve\s+viec\s+", re.I)


def _answers_then_acts(ctx: Context, pos: int, e: int) -> bool:
    """``chịu trách nhiệm trước Chính phủ thực hiện …``: answerable to a body for an action it names
    right after it, or for doing something (``chịu trách nhiệm về việc khắc dấu, quản lý con dấu``), a
    duty all the same (``chịu trách nhiệm trước pháp luật về …``, ``… về nội dung …`` are not)."""
    doing = _FOR_DOING.match(ctx.folded, pos, e)
    if doing is not None:
        return opens_action(ctx, doing.end(), e)
    m = re.match(r"\s*truoc\s+", ctx.folded[pos:e], re.I)
    if m is None:
        return False
    names, end = bodies_at(ctx.text, ctx.folded, pos + m.end(), e)
    return bool(names) and opens_action(ctx, past_commas(ctx.text, end, e), e)


# An opening phrase after which the subject comes ("Trong thời hạn …, X có ý kiến").
_OPENER = re.compile(r"\W*(?:trong|truoc|sau|khi|de|can\s+cu|tren\s+co\s+so|nhan\s+duoc|thuc\s+hien|theo|"
                     r"ngoai|tuy|neu|ke\s+tu|dinh\s+ky|hang\s+nam|hang\s+thang|hang\s+quy|ve|qua|cham\s+nhat|ngay|"
                     r"truong\s+hop|toi\s+da)\b", re.I)


def after_opening(ctx: Context, s: int, pos: int) -> bool:
    """Does ``pos`` come right after the opening phrase of the clause at ``s`` and its comma (``Hằng năm, |
    cơ quan, đơn vị …``)?"""
    if pos > s and _PERIOD_LABEL.match(ctx.folded, s, pos) and ctx.text[s:pos].rstrip().endswith(":"):
        return True  # "- Quý II/2026: | Trung tâm … hoàn thành …": the period labelling the item
    return pos > s and bool(_OPENER.match(ctx.folded, s)) and ctx.text[s:pos].rstrip().endswith(",")


# a month or quarter labelling an item, up to its colon: "- Quý II/2026:", "2. Tháng 7 năm 2026:"
_PERIOD_LABEL = re.compile(r"[\W\d]{0,6}?(?:cuoi\s+)?(?:thang|quy)\s+(?:[ivx]+|\d{1,2})(?![\w])[^:\n]{0,16}:\s*$", re.I)


def subject_starts(ctx: Context, s: int, e: int) -> list[int]:
    """Where the subject of a clause may start: at its start, after an opening phrase ending with a
    comma, after a time adverb or a trouble without one (``Hằng năm các cơ quan … có trách nhiệm``, ``Nếu
    có vướng mắc các đơn vị báo cáo …``), or after a label ending with a colon (and the opening phrase after it)."""
    starts = [s] + _after_opener(ctx, s, e)
    titled = past_title(ctx.text, s, e)
    if titled > s:
        starts.append(titled)  # "3. Ôn luyện" / "Các trường THPT tổ chức …": the subject after the item's title
    then = _THEN.search(ctx.text[s:min(e, s + 300)])  # "Trường hợp …, … thì X …": the main clause
    if then:  # its commas are in the main clause ("thì cơ quan, đơn vị …"), not after the opening phrase
        starts = [x for x in starts if x <= s + then.start()] + [s + then.end()]
    label = _LABEL_OPENS.match(ctx.text, s, e)  # "8. Bảo đảm an toàn …: Khu Quản lý … có trách nhiệm"
    if label:
        starts += [label.end()] + _after_opener(ctx, label.end(), e)  # "- Quyết toán: Tối đa 30 ngày …, đơn vị …"
    return starts


_THEN = re.compile(r"\sthì\s+")  # "…, thì X …": the main clause after a condition


def _main_clause(text: str, s: int, pos: int) -> int:
    """Where the main clause holding ``pos`` starts: after the last ``thì`` before it, else at ``s``. A
    request named in the condition (``Trường hợp hồ sơ đề nghị … thì Chánh án Tòa án …``) asks nothing
    of the body after ``thì``."""
    ends = [s + m.end() for m in _THEN.finditer(text[s:pos])]
    return ends[-1] if ends else s


# the last "được" or "do" before a comma: the bodies after it give a task ("… được Chính phủ, | Thủ tướng … giao")
_GIVERS = re.compile(r"(?<![\w])(?:duoc|do)\s+(?=\S)(?!.*(?<![\w])(?:duoc|do)\s)", re.I)
# the last "của các" before a comma: the kinds of bodies listed after it own what the clause names ("tình hình giải
# ngân của các bộ, | cơ quan trung ương …"); not "… văn bản của Sở Tư pháp, | cơ quan Công an …", an opening phrase's end
_OWNERS = re.compile(r"(?<![\w])cua\s+cac\s+(?=\S)(?!.*(?<![\w])cua\s)", re.I)
# the last "phối hợp với" before a comma: the bodies after it are partners ("phối hợp với các bộ, | ngành …")
_PARTNERS = re.compile(r"(?<![\w])phoi\s+hop(?:\s+chat\s+che)?\s+voi\s+(?=\S)(?!.*(?<![\w])voi\s)", re.I)


def _among_givers(ctx: Context, s: int, comma: int) -> bool:
    """Is the comma at ``comma`` one between the bodies named after ``được`` or ``do`` (the agent of a
    task given, ``được Chính phủ, Thủ tướng Chính phủ giao``), after ``phối hợp với`` (the partners,
    ``Hằng năm, chủ trì, phối hợp với các bộ, ngành trung ương …``) or after ``của`` (whose it is, ``Định kỳ
    hằng tháng tổng hợp tình hình giải ngân của các bộ, cơ quan trung ương …``), no end of an opening phrase?"""
    for pattern in (_GIVERS, _PARTNERS, _OWNERS):
        m = pattern.search(ctx.folded, s, comma)
        if m is None or not starts_body(ctx.text[m.end():comma]):
            continue
        _, end = bodies_at(ctx.text, ctx.folded, m.end(), comma)
        if end >= comma - 1:
            return True
    return False


_LABEL_OPENS = re.compile(r"[^:.;]{3,120}:\s*")
_COMMA_AFTER = re.compile(r",\s*")
_TIME_ADVERB = re.compile(r"\W*(?:hang|dinh\s+ky(?:\s+hang)?)\s+(?:nam|quy|thang|tuan|ngay)\s+(?=\w)", re.I)
TROUBLE = r"(?<![\w])(?:vuong\s+mac|kho\s+khan|bat\s+cap)"  # a closing request's circumstance
_AFTER_TROUBLE = re.compile(rf"[^.;:,]*?{TROUBLE}\s+(?=\w)", re.I)  # "… có gì vướng mắc | các địa phương báo cáo …"
# the course of the work, without its comma ("Trong quá trình thực hiện | Thủ trưởng các địa phương chủ động …")
_IN_THE_COURSE = re.compile(r"\W*(?:trong\s+qua\s+trinh\s+(?:to\s+chuc\s+|trien\s+khai\s+)?thuc\s+hien"
                            r"|(?:trong\s+)?thoi\s+gian\s+toi)\s+(?=\w)", re.I)


def _after_opener(ctx: Context, s: int, e: int) -> list[int]:
    """Where a subject may start after the opening phrase at ``s``: after each of its commas, or right
    after a time adverb (``Hằng năm``, ``Định kỳ hằng quý``, ``Trong quá trình thực hiện``) that has none; not after a comma between
    the bodies that give a task (``Thực hiện các nhiệm vụ khác do Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban
    nhân dân tỉnh giao``)."""
    opener = _OPENER.match(ctx.folded, s)
    if opener and ctx.folded[opener.end() - 2:opener.end()].lower() == "de" \
            and ctx.text[opener.end() - 2:opener.end()].lower() not in ("để", "de"):
        opener = None  # "Đề xuất, kiến nghị …", "Đề nghị …" open no phrase as "Để …" does
    if opener:  # the subject follows one of the opening phrase's commas
        starts = [s + m.end() for m in _COMMA_AFTER.finditer(ctx.text[s:min(e, s + 300)])
                  if not _among_givers(ctx, s, s + m.start())]
        adverb = _TIME_ADVERB.match(ctx.folded, s, e) or _AFTER_TROUBLE.match(ctx.folded, s, e) \
            or _IN_THE_COURSE.match(ctx.folded, s, e)
        return starts + ([adverb.end()] if adverb else [])
    return []


def subject_roles(ctx: Context, s: int, e: int, lead: list[str] | None = None) -> tuple[Roles, int] | None:
    """A clause that opens with a body (perhaps after an opening phrase ending with a comma,
    ``Trong thời hạn 05 ngày …, Ủy ban nhân dân cấp tỉnh …``) followed by its verb: the roles and
    the position of the verb. None when the clause has no such subject or narrates (``đã``)."""
    for pos in subject_starts(ctx, s, e):
        if not starts_body(ctx.text[pos:pos + 80]) or ASKS.search(ctx.folded, _main_clause(ctx.text, s, pos), pos):
            continue  # after "yêu cầu các sở, | ngành …" a body is the object of the request, no subject
        roles, end = roles_at(ctx.text, ctx.folded, pos, e, lead)
        if not roles.lead or end >= e:
            continue
        rest = ctx.text[end:e]
        nxt = re.match(r"[\s,]*(\S+(?:\s+\S+)?)", rest)
        if nxt is None or _narrates(ctx, max(s, end - 8), end + 1):
            continue
        word_at = _past_on_behalf(ctx, past_commas(ctx.text, end, e), e)
        adverb = adverbs().match(ctx.folded, end, e)
        if adverb:  # "… định kỳ tiến hành giám sát"
            after = past_commas(ctx.text, adverb.end(), e)
            word_at = after if opens_action(ctx, after, e) else word_at
        if opens_action(ctx, word_at, e):
            return roles, word_at
        basis = _past_basis(ctx, pos, word_at, e)
        basis = basis if basis is not None else _past_standing(ctx, pos, word_at, e)
        if basis is not None:
            return roles, basis  # "Các sở, ngành căn cứ nhiệm vụ được giao tại Kế hoạch này chủ động triển khai …"
        second = _cooperating_then(ctx, roles, word_at, e)
        if second is not None:
            return roles, second  # "Sở Xây dựng chủ trì, Sở Tài chính phối hợp thẩm định giá"
        coop = _COOPERATES.search(ctx.folded, pos, end)
        if roles.cooperating and coop and ctx.text[coop.start():coop.start() + 1].islower():
            return roles, coop.start()  # "Các sở, ngành phối hợp chặt chẽ với Sở Xây dựng trong quá trình …"
        modal = re.match(r"(?:can|nen)\s+", ctx.folded[word_at:word_at + 6], re.I)
        if modal and ctx.text[word_at:word_at + 1].islower() and opens_action(ctx, word_at + modal.end(), e):
            return roles, word_at + modal.end()  # "Các lực lượng chức năng cần rà soát …"
        if not _CONDITION.match(ctx.folded, word_at, e):
            continue
        duty = duty_cue(ctx, word_at, e)
        if duty is not None and _one_condition(ctx.text, word_at, duty[0]):
            return roles, duty[0]  # "Doanh nghiệp khi nhập khẩu hàng mẫu phải nộp lệ phí"
        then = _THEN.search(ctx.text[word_at:e])
        if then and opens_action(ctx, word_at + then.end(), e):
            return roles, word_at + then.end()  # "Các Bộ, ngành khi sử dụng kinh phí …, thì xem xét …"
    return None


# a condition or a time limit between a subject and its duty ("Doanh nghiệp khi nhập khẩu … phải", "Sở A trong
# thời gian 12 ngày kể từ ngày nhận đủ giấy tờ, có trách nhiệm …")
_CONDITION = re.compile(r"(?:khi|neu|trong\s+(?:thoi\s+(?:gian|han)|vong)\s+\S*\d)\s", re.I)


def _one_condition(text: str, a: int, z: int) -> bool:
    """Is ``text[a:z]`` one condition between a subject and its duty (``khi nhận được khiếu nại, tố cáo,
    kiến nghị của công dân``): no full stop, semicolon or colon, and no comma that opens another body (``khi
    …, Sở Y tế có trách nhiệm``: the duty is that body's)? Its commas may list what it is about."""
    if re.search(r"[.;:]", text[a:z]):
        return False
    return not any(starts_body(text[a + m.end():a + m.end() + 80]) for m in re.finditer(r",\s*", text[a:z]))


_BASIS = re.compile(r"can\s+cu\s+", re.I)
_PASSIVE = re.compile(r"(?:duoc|da|bi)\s+$", re.I)


def _past_basis(ctx: Context, s: int, pos: int, e: int) -> int | None:
    """The action after a basis printed between a body and its verb (``… căn cứ nhiệm vụ được giao tại
    Kế hoạch này chủ động triển khai thực hiện``, the body's name read up to ``được giao`` or not): the first
    word after ``căn cứ`` that opens an action and is no passive's (``được giao``), before a full stop or a
    semicolon."""
    m = _BASIS.search(ctx.folded, s, e)
    if m is None or m.start() > pos or not ctx.text[m.start():m.start() + 1].islower():
        return None
    return _first_action(ctx, pos, m.end(), e)


def _first_action(ctx: Context, pos: int, after: int, e: int) -> int | None:
    """The first word from ``pos`` that opens an action and is no passive's, within 200 characters of
    ``after`` and before a full stop, a semicolon or a colon."""
    stop = min([e] + [i for i in (ctx.text.find(c, after, e) for c in ";.:\n") if i >= 0])
    for w in re.finditer(r"(?<![\w/])[^\W\d]+", ctx.text[pos:min(stop, after + 200)]):
        at = pos + w.start()
        if not _PASSIVE.search(ctx.folded, max(0, at - 6), at) and opens_action(ctx, at, e):
            return at
    return None


# "Sở Khoa học và Công nghệ là cơ quan thường trực, giúp Ủy ban nhân dân tỉnh theo dõi …"
_STANDING = re.compile(r"\bla\s+(?:co\s+quan|don\s+vi|bo\s+phan)\s+(?:thuong\s+truc|dau\s+moi)\b[^,;.:]{0,80},\s*", re.I)
_HELPS = re.compile(r"(?:giup|tham\s+muu(?:\s+cho)?|co\s+trach\s+nhiem\s+giup)\s+", re.I)


def _past_standing(ctx: Context, s: int, pos: int, e: int) -> int | None:
    """The action of a body named the standing office of a plan (``… là cơ quan thường trực, giúp Ủy ban
    nhân dân tỉnh theo dõi, đôn đốc …``), its name read up to the comma or not: the first word after it
    that opens an action."""
    m = _STANDING.search(ctx.folded, s, min(e, pos + 120))
    if m is None:
        return None
    at = max(pos, m.end())
    helps = _HELPS.match(ctx.folded, at, e)
    return _first_action(ctx, helps.end() if helps else at, at, e)


_ON_BEHALF = re.compile(r"(?:thua\s+(?:uy\s+quyen|lenh)|thay\s+mat)\s+", re.I)


def _past_on_behalf(ctx: Context, pos: int, e: int) -> int:
    """Past ``thừa ủy quyền Chủ tịch UBND tỉnh`` (``thừa lệnh``, ``thay mặt``) after a subject: whose
    authority it acts with, between the subject and its verb; ``pos`` itself when none stands there."""
    behalf = _ON_BEHALF.match(ctx.folded, pos, e)
    if behalf is None:
        return pos
    names, end = bodies_at(ctx.text, ctx.folded, behalf.end(), e)
    return past_commas(ctx.text, end, e) if names and end < e else pos


def _cooperating_then(ctx: Context, roles: Roles, pos: int, e: int) -> int | None:
    """After ``X chủ trì,``: other bodies named at ``pos`` and followed by ``phối hợp`` (``…, Sở Tài chính
    phối hợp thẩm định giá``) cooperate, and that verb is the clause's action: where it starts; None
    otherwise."""
    while pos < e and ctx.text[pos] in " \t;,":
        pos += 1  # "Sở Xây dựng chủ trì; Sở Tài chính …"
    if not roles.lead or not _LED.search(ctx.folded, max(0, pos - 12), pos) or not starts_body(ctx.text[pos:pos + 80]):
        return None
    names, end = bodies_at(ctx.text, ctx.folded, pos, e)
    at = past_commas(ctx.text, end, e)
    if not names or not _COOPERATES.match(ctx.folded, at, e) or not opens_action(ctx, at, e):
        return None
    roles.add("cooperating", names)
    return at


_LED = re.compile(r"chu\s+tri\s*[,;]\s*$", re.I)
_COOPERATES = re.compile(r"(?:cung\s+)?phoi\s+hop(?![\w])", re.I)


def opens_action(ctx: Context, pos: int, e: int) -> bool:
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
        after = past_commas(ctx.text, end, e)
        if _GENERIC_DO.match(ctx.folded, after) or not opens_action(ctx, after, e):
            continue
        return Roles(lead=names)
    return None


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


_NO_ACTION = re.compile(r"(?:la|da|dang|se|duoc|bi|co|khong(?!\s+(?:duoc|de)(?![\w]))|chua|cung|van|thi|cua|ve|tai|trong|voi|va|hoac|nam|theo|"
                        r"cho|den|tu|nhu|do|nay|tren|duoi|gom|thuoc)(?![\w])", re.I)


def opening_body(ctx: Context, s: int, e: int) -> Roles | None:
    """The bodies a list item opens with when a small word follows their names (``Đài Phát thanh tỉnh |
    tăng thời lượng …``): where a body's name ends, its action starts, a verb the lexicon knows or not;
    not when the word tells (``đã``), links (``là``, ``của``) or makes the body the object (``được``).
    The bodies the item has them work with or direct further on are theirs too (``Sở A khi … cần phối
    hợp với Sở B …``: a clause between the bodies and their action hides their roles from the subject)."""
    if not starts_body(ctx.text[s:min(e, s + 80)]):
        return None
    names, end = bodies_at(ctx.text, ctx.folded, s, e)
    at = end
    while at < e and ctx.text[at] in " \t\n":
        at += 1
    if not names or at >= e or not ctx.text[at].islower() or _NO_ACTION.match(ctx.folded, at):
        return None
    return roles_in(ctx.text, ctx.folded, end, e, names)
