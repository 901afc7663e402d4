"""Vietnamese wording shared by the generators: dates, names in a sentence, citations.

The words themselves live in ``models/generate/text.json`` and ``models/generate/names.json``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from typing import Any

from ..model import Fields
from ..model import iso_date as parse_date  # noqa: F401 (the name generate's modules use)
from ..resources import model_path
from ..vntext import nfc


@lru_cache(maxsize=None)
def _load(name: str) -> dict[str, Any]:
    with open(model_path("generate", name), encoding="utf-8") as fh:
        return json.load(fh)


def text(*keys: str) -> Any:
    """A text block from text.json: ``text("reply", "opening")``."""
    node: Any = _load("text.json")
    for key in keys:
        node = node[key]
    return node


def _two(n: int) -> str:
    return f"{n:02d}"


def _month(m: int) -> str:
    return f"{m:02d}" if m <= 2 else str(m)  # leading zero on months 1 and 2 only


def long_date(d: dt.date) -> str:
    """``ngày 05 tháng 3 năm 2024``: the form of the date line."""
    return f"ngày {_two(d.day)} tháng {_month(d.month)} năm {d.year}"


def short_date(d: dt.date) -> str:
    """``20/9/2022``, ``06/9/2022``, ``05/02/2024``: the form used inside a sentence."""
    return f"{_two(d.day)}/{_month(d.month)}/{d.year}"


def date_line(place: str, d: dt.date | None, year: int | None = None) -> str:
    """``Rạch Giá, ngày 20 tháng 9 năm 2022``; day and month left blank when ``d`` is None."""
    fmt = text("header", "date_line")
    if d is not None:
        return nfc(fmt.format(place=place, day=_two(d.day), month=_month(d.month), year=d.year))
    blank = text("header", "date_blank")
    return nfc(fmt.format(place=place, day=blank, month=blank, year=year or dt.date.today().year))


# --------------------------------------------------------------------------- names in a sentence


def _is_upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@lru_cache(maxsize=1)
def _names() -> dict[str, Any]:
    data = _load("names.json")

    def phrases(key: str) -> list[list[str]]:
        return sorted((nfc(p).split() for p in data[key]), key=len, reverse=True)

    return {
        "keep": {nfc(w) for w in data["keep_upper"]},
        "phrases": phrases("phrases"),
        "places": phrases("place_words"),
        "place_after": {tuple(p) for p in phrases("place_after")},
        "heads": phrases("head_words"),
    }


def _match(tokens: list[str], i: int, words: list[str]) -> bool:
    if i + len(words) > len(tokens):
        return False
    return all(tokens[i + k].lower().strip(",;") == w.lower() for k, w in enumerate(words))


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def sentence_name(name: str | None) -> str:
    """A body's name as written inside a sentence: ``BAN THƯỜNG VỤ TỈNH ĐOÀN`` -> ``Ban Thường vụ
    Tỉnh đoàn``, ``UBND THÀNH PHỐ CẦN THƠ`` -> ``UBND thành phố Cần Thơ``, ``CỤC THUẾ`` -> ``Cục
    Thuế``. Names not printed in capitals are returned as they are."""
    name = nfc(" ".join((name or "").split()))
    if not _is_upper(name):
        return name
    lex = _names()
    tokens = name.split()
    out: list[str] = []
    i = 0
    in_place = False
    while i < len(tokens):
        tok = tokens[i]
        if tok in lex["keep"]:
            out.append(tok)
            i += 1
            in_place = in_place or (tok,) in lex["place_after"]
            continue
        if in_place:  # a place name: every word capitalised
            out.append(_capital(tok))
            i += 1
            continue
        phrase = next((p for p in lex["phrases"] if _match(tokens, i, p)), None)
        if phrase:  # "TỈNH ĐOÀN" is a name, "TỈNH KIÊN GIANG" a place: names are tried first
            out.extend(w + tokens[i + k][len(w):] for k, w in enumerate(phrase))
            i += len(phrase)
            in_place = tuple(phrase) in lex["place_after"]
            continue
        place = next((p for p in lex["places"] if _match(tokens, i, p)), None)
        if place:
            out.extend(t.lower() for t in tokens[i:i + len(place)])
            i += len(place)
            in_place = True
            continue
        head = next((p for p in lex["heads"] if _match(tokens, i, p)), None) if i == 0 else None
        if head:  # "CỤC THUẾ": the word after the kind of body is part of its name
            out.extend(head)
            i += len(head)
            if i < len(tokens) and tokens[i] not in lex["keep"] and not any(
                    _match(tokens, i, p) for p in lex["phrases"] + lex["places"]):
                out.append(_capital(tokens[i]))
                i += 1
            continue
        out.append(tok.lower())
        i += 1
    if out and out[0][:1].islower():
        out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)


def _place_part(name: str) -> str | None:
    """``thành phố Cần Thơ`` from ``UBND thành phố Cần Thơ``."""
    tokens = name.split()
    for i in range(len(tokens)):
        for p in _names()["places"]:
            if _match(tokens, i, p):
                return " ".join(tokens[i:])
    return None


def issuer_in_text(fields: Fields) -> str:
    """Who issued the dispatch, as a sentence names it.

    ``TM. BAN THƯỜNG VỤ TỈNH ĐOÀN`` signs for the collective body, which is then the one cited;
    otherwise the issuing body, with its parent's place when its own name has none
    (``Sở Thông tin và Truyền thông thành phố Cần Thơ``).
    """
    signer = fields.signer
    if signer and (signer.authority or "").upper().startswith("TM") and signer.capacity:
        return sentence_name(signer.capacity)
    issuer = sentence_name(fields.issuer) if fields.issuer else ""
    if not issuer:
        return sentence_name(fields.parent_issuer) if fields.parent_issuer else "[cơ quan ban hành]"
    if _place_part(issuer) is None and fields.parent_issuer:
        place = _place_part(sentence_name(fields.parent_issuer))
        if place:
            issuer = f"{issuer} {place}"
    return issuer


# --------------------------------------------------------------------------- subject and citation

_QUOTES = {"“": "”", '"': '"', "«": "»", "‘": "’"}


def bare_subject(subject: str | None) -> str:
    """The subject without ``V/v`` and without quotes that wrap all of it."""
    s = nfc(" ".join((subject or "").split()))
    s = re.sub(r"^(V/v|v/v|Về việc|về việc)[:\s]+", "", s)
    if len(s) >= 2 and _QUOTES.get(s[0]) == s[-1] and s.count(s[0]) == 1:
        s = s[1:-1].strip()
    s = s.rstrip(" .;")
    return s


def doc_type_of(fields: Fields) -> str:
    return nfc(fields.doc_type or text("citation", "default_type"))


def citation(fields: Fields, with_subject: bool = True) -> str:
    """The dispatch cited in full: ``Công văn số 1690-CV/TĐTN-BTG ngày 20/9/2022 của Ban Thường vụ
    Tỉnh đoàn về việc triển khai …``."""
    d = parse_date(fields.date)
    parts = dict(doc_type=doc_type_of(fields), number=fields.number or "",
                 date=short_date(d) if d else "", issuer=issuer_in_text(fields),
                 subject=bare_subject(fields.subject))
    if not parts["subject"] or not with_subject:
        key = "full_no_subject"
    elif not fields.number:
        key = "no_number"
    elif not d:
        key = "no_date"
    else:
        key = "full"
    out = text("citation", key).format(**parts)
    if not d:
        out = out.replace(" ngày  ", " ")
    if not fields.number:
        out = out.replace(" số  ", " ")
    return nfc(" ".join(out.split()))


def citation_short(fields: Fields) -> str:
    """Later citations name only the type and number: ``Công văn số 1690-CV/TĐTN-BTG``."""
    if fields.number:
        return nfc(f"{doc_type_of(fields)} số {fields.number}")
    return doc_type_of(fields)


def task_summary(task_text: str, max_words: int = 24) -> str:
    """A task's first clause, for a heading: up to the first full stop or colon, and when still
    long, up to a comma after a dozen words (else cut at ``max_words`` with an ellipsis)."""
    s = nfc(" ".join(task_text.split()))
    m = re.search(r"(?<=[^\d\s])[.:;](\s|$)", s)
    if m and m.start() > 20:
        s = s[:m.start()]
    words = s.split()
    if len(words) > max_words:
        cut = next((k + 1 for k in range(11, max_words) if words[k].endswith((",", ";"))), None)
        s = " ".join(words[:cut]).rstrip(",;") + "\u00a0…" if cut else " ".join(words[:max_words]) + "\u00a0…"
    return s.rstrip(" ,;.")


def fill_list(items: list[str]) -> list[str]:
    """``- A;`` ... ``- Z.``: the punctuation of a list under Nơi nhận or Kính gửi."""
    items = [nfc(i.strip().lstrip("-").strip().rstrip(";.").strip()) for i in items if i.strip()]
    return [f"- {item}{'.' if k == len(items) - 1 else ';'}" for k, item in enumerate(items)]
