"""The issuer telling of what it does itself: ``Sở Văn hóa, Thể thao và Du lịch tổ chức Hội chợ … từ ngày
12/12/2025 đến ngày 14/12/2025``, ``Sở tổ chức …``, ``Ban Thường trực Ủy ban MTTQ … thực hiện chuyên trang …
đến ngày …``. The period of its own event is no deadline of the addressee, unless the issuer has another
body act in it (``giao Sở Y tế triển khai …``). The sentence opens with the issuer's (or the body above
it's) whole name, or with its first words and then a verb (``Sở tổ chức``, ``Ủy ban nhân dân tỉnh sẽ tổ
chức``, not ``Ủy ban nhân dân huyện tổ chức``). The words are a data file
(``models/parse/deadline_own.txt``)."""

from __future__ import annotations

import re

from .context import Context
from .text import key, load_table, words_regex

_ROWS = load_table("deadline_own.txt")
_LEADS = sorted((key(r[1]).split() for r in _ROWS if r[0] == "lead"), key=len, reverse=True)
_SHORT = {key(r[1]): key(r[2]).split() for r in _ROWS if r[0] == "short"}
# words the issuer names itself by, with the word its name must open with ("" for any)
_SELF = [(key(r[1]).split(), "" if r[2] == "*" else key(r[2])) for r in _ROWS if r[0] == "self"]
# the words of an opening phrase after whose comma the issuer may stand ("Thực hiện …, Sở tổ chức …")
_OPENERS = [r[1].lower().split() for r in _ROWS if r[0] == "opener"]
RECEIVE = words_regex([r[1] for r in _ROWS if r[0] == "receive"], fold=False)
_DIRECT = words_regex([r[1] for r in _ROWS if r[0] == "direct"], fold=False)
# what may stand between the subject and its verb: "Sở sẽ tổ chức", "Ủy ban … có thực hiện", "Sở dự kiến …"
_AUX = re.compile(r"\s*(?:(?:sẽ|đã|đang|có|tiếp\s+tục|dự\s+kiến|chủ\s+trì|phối\s+hợp\s+với\s+[^,.;\n]{1,60}?)\s+)*",
                  re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:&[^\W_]+)*")


def _words(text: str) -> list[tuple[str, int]]:
    """The folded words of ``text`` with the end of the printed word each comes from; an abbreviation
    gives the words it stands for."""
    out = []
    for m in _WORD.finditer(text):
        k = key(m.group())
        out.extend((w, m.end()) for w in _SHORT.get(k, [k]))
    return out


def opens_with_issuer(ctx: Context, sentence: str, acts: re.Pattern) -> bool:
    """``sentence`` opens with the issuer, or the body above it, as the one who acts (``acts`` the
    words of something done), perhaps after an opening phrase and its comma (``Thực hiện Kế hoạch …,
    Bệnh viện tổ chức lớp …``), and has no other body act (``… giao Sở Y tế triển khai …``)."""
    if any(m.group()[0].islower() for m in _DIRECT.finditer(sentence)):
        return False
    first = sentence.lower().split()  # as printed: "Để …" opens a phrase, "Đề nghị …" does not
    starts = [sentence]
    if any(first[:len(opener)] == opener for opener in _OPENERS):
        starts += [sentence[m.end():] for m in _COMMA.finditer(sentence, 0, 300)]
    return any(_issuer_acts(ctx, start, acts) for start in starts)


_COMMA = re.compile(r",\s*")


def _issuer_acts(ctx: Context, sentence: str, acts: re.Pattern) -> bool:
    """``sentence`` opens with the issuer's name, or the body above it's, and then a verb of ``acts``."""
    words = _words(sentence)
    for lead in _LEADS:
        if [w for w, _ in words[:len(lead)]] == lead:
            words = words[len(lead):]
            break
    names = [ctx.fields.issuer, ctx.fields.parent_issuer]
    issuer = key(ctx.fields.issuer or "")
    # "Nhà trường …" in a school's notice: the school's own name for itself
    names += [" ".join(w) for w, head in _SELF if issuer and issuer.startswith(head)]
    for name in names:
        own = [w for w, _ in _words(name or "")]
        n = 0
        while n < min(len(own), len(words)) and words[n][0] == own[n]:
            n += 1
        if n == 0:
            continue
        rest = sentence[words[n - 1][1]:]
        verb = _AUX.match(rest).end()
        # a verb in small letters: "Ban tổ chức hội thi …", not the body "Ban Tổ chức"
        if rest[verb:verb + 1].islower() and acts.match(rest, verb):
            return True
    return False
