"""Shape rules that any right assignee of a task obeys, checked without gold (used by :mod:`.task_lint`).

Each rule takes the sentence and one parsed task (``assignees``, ``lead``, ``cooperating``) and gives the
names it finds wrong. The words a name may open with and the verbs of a task are the parser's lexicons
(``models/parse``); the rules themselves are on the shape of a body's name:

- ``start``: a name opens with a body's kind or a title the lexicons know (``Bộ``, ``Sở``, ``Ủy ban nhân
  dân``, ``các cơ quan``, ``Giám đốc`` …) or is an agency the lexicon names;
- ``verb``: a name holds no verb of a task printed in lower case (``thực hiện``, ``hướng dẫn``, ``báo
  cáo`` …); a body's own name writes its words after a capital (``Ban Tổ chức``), a verb right after a
  noun of bodies names a kind (``Hội đồng quản lý``), and a kind of body named with what it does may
  run to its duty when the name stands right before it (``Tổ chức, cá nhân sản xuất … có trách nhiệm``);
- ``end``: a name does not end on a connector (``và``, ``các``, ``của``, ``với``, ``theo``, ``tại``,
  ``trong``, a comma);
- ``long``: a name is at most 15 words unless the lexicon knows it or it stands right before its duty;
- ``junk``: no name is a date, a cited document (``Nghị định số …``) or a place alone (``tỉnh An Giang``);
- ``missed``: a body named right after ``phối hợp với`` in the sentence (past a person's title) is among
  the assignees of some task of the sentence (checked once per sentence).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..parse.body_words import body_starts, is_verb_at, starts_body, task_verbs, team_length, title_at
from ..parse.text import key, load_list

RULES = ("start", "verb", "end", "long", "junk", "missed")
MAX_WORDS = 15

_CONNECTOR_END = re.compile(r"(?:(?<!\w)(?:và|các|của|với|theo|tại|cho|về|hoặc|hay|để|trong|từ|đến|là)|[,;:\-])\s*$", re.I)
_DATE = re.compile(r"^(?:ngay|thang|nam|quy)\s+\d|^\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|^(?:truoc|den|tu)\s+ngay\b")
_CITED = re.compile(r"^(?:(?:luat|bo luat|nghi dinh|nghi quyet|thong tu|quyet dinh|chi thi|cong van|van ban|"
                    r"phap lenh|ke hoach|thong bao|dieu|khoan|diem)\s+(?:so\s+)?\d|(?:luat|bo luat|phap lenh)\s+\w)"
                    r"|\b\d+/\d{4}/[a-z]")
_PLACE = re.compile(r"^(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|thi tran|xa|phuong|dac khu)\s+\S")
_AFTER = re.compile(r"(?<!\w)phối hợp(?: chặt chẽ)? với\s+", re.I)


@lru_cache(maxsize=1)
def _agency_keys() -> frozenset[str]:
    names = set()
    for line in load_list("agencies.tsv"):
        name = line.split("\t")[0]
        names.add(key(name))
    return frozenset(names)


@lru_cache(maxsize=1)
def _province_keys() -> frozenset[str]:
    return frozenset(key(line.split("\t")[0]) for line in load_list("provinces.tsv"))


@lru_cache(maxsize=1)
def _noun_then_verb() -> re.Pattern:
    """A noun of bodies or of people followed by what it does (``cơ quan quản lý``, ``người đứng đầu``)."""
    nouns = (load_list("body_nouns.txt") + load_list("assignee_starts.txt") + load_list("agency_heads.txt")
             + ("co quan", "to chuc", "don vi", "nguoi"))
    return re.compile(r"\b(?:" + "|".join(sorted({re.escape(key(n)) for n in nouns}, key=len, reverse=True)) + r")\s+$")


def opens_as_body(name: str) -> bool:
    k = key(name)
    return starts_body(name) or k in _agency_keys() or any(k.startswith(a + " ") for a in _agency_keys())


def lower_verb(name: str) -> str | None:
    """A task verb printed in lower case inside ``name`` past its first word (read as one by the parser's
    own test of a verb), unless right after a noun of bodies (a kind of body named with what it does)."""
    pattern, _ = task_verbs()
    name = " ".join(name.split())
    k = key(name)
    team = team_length(name)  # "Đoàn kiểm tra", "Tổ xác minh": a team named by its work
    for m in pattern.finditer(k):
        if m.start() < max(team, 1) or not is_verb_at(name, k, m.start(), m.end()):
            continue  # another word with the verb's letters, a capitalised word of a name, a noun
        printed = name[m.start():m.end()]
        if _noun_then_verb().search(k[:m.start()]) or body_starts().match(k[m.start():]):
            continue  # "Hội đồng quản lý", "cơ quan, tổ chức, cá nhân"
        return printed
    return None


@lru_cache(maxsize=1)
def _duty_re() -> re.Pattern:
    from ..parse.text import load_table, words_regex

    duties = [row[1] for row in load_table("task_cues.txt") if row[0] == "duty"] + ["phối hợp", "là cơ quan đầu mối"]
    return words_regex(duties, prefix=r"^\s*(?:phải\s+|cũng\s+)?(?:", suffix=r")(?![\w])", fold=False)


def before_duty(name: str, sentence: str) -> bool:
    """Is ``name`` printed in ``sentence`` right before a duty (``… có trách nhiệm``, ``… phải chịu trách
    nhiệm``)? Then it is a kind of body named with what it does, which may run long and hold a verb."""
    at = sentence.find(name)
    return at >= 0 and bool(_duty_re().match(sentence[at + len(name):].lower()))


def check_name(name: str, sentence: str = "") -> list[str]:
    """The rules among ``start``, ``verb``, ``end``, ``long`` and ``junk`` that ``name`` breaks."""
    out = []
    k = key(name)
    known = k in _agency_keys() or before_duty(name, sentence)
    if _DATE.search(k) or _CITED.search(k) or k in _province_keys() or _PLACE.match(k):
        out.append("junk")
    elif not opens_as_body(name):
        out.append("start")
    if not known and lower_verb(name):
        out.append("verb")
    if _CONNECTOR_END.search(name) or name.rstrip() != name.rstrip(" ,;:-"):
        out.append("end")
    if not known and len(name.split()) > MAX_WORDS:
        out.append("long")
    return out


def named_after(sentence: str) -> list[str]:
    """The first words (up to three) of each body named right after ``phối hợp với`` in ``sentence``,
    folded: those a right parse lists among the assignees."""
    out = []
    for m in _AFTER.finditer(sentence):
        rest = sentence[m.end():]
        title = title_at(rest)
        if title and opens_as_body(rest[title.end():].strip()):
            rest = rest[title.end():].strip()  # "phối hợp với Bộ trưởng Bộ Tài chính": the body is named
        words = rest.split()
        if not words or not opens_as_body(rest):
            continue
        head = []
        for w in words[:3]:
            clean = w.rstrip(",;:.")
            head.append(clean)
            if clean != w:
                break
        out.append(key(" ".join(head)))
    return out


def missed(sentence: str, tasks: list[dict]) -> list[str]:
    """The bodies named after ``phối hợp với`` that no task of the sentence lists."""
    names = [key(n) for t in tasks for n in task_names(t)]
    return [h for h in named_after(sentence) if not any(h in n or n in h for n in names)]


def task_names(task: dict) -> list[str]:
    seen = []
    for role in ("assignees", "lead", "cooperating"):
        for n in task.get(role) or []:
            if n not in seen:
                seen.append(n)
    return seen


def lint_sentence(sentence: str, tasks: list[dict]) -> dict[str, list[str]]:
    """Rule -> the names (or bodies, for ``missed``) that break it in this sentence's parse."""
    out: dict[str, list[str]] = {}
    for t in tasks:
        for name in task_names(t):
            for rule in check_name(name, sentence):
                out.setdefault(rule, []).append(name)
    if tasks:
        gone = missed(sentence, tasks)
        if gone:
            out["missed"] = gone
    return out
