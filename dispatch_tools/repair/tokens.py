"""Split text into the tokens repair works on, and mark the ones it must never touch.

Kinds:

``word``       letters only (``Cong``, ``UBND``); restored when it is a Vietnamese syllable
``junk``       letters mixed with digits or OCR symbols (``s6``, ``S&``, ``di¢n``); repaired
               only in text that looks OCR-damaged
``num``        digits only: never changed
``protected``  URLs, e-mail addresses, document numbers and symbols (``2632/STTTT-CNTTVT``),
               ``V/v``, dotted numbers and dates: never changed

The patterns are data (``models/repair/patterns.json``). :func:`sentence_break` tells whether
the text between two tokens ends a sentence for the language model (punctuation, a blank line,
a new list item).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import model_path


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    kind: str  # "word", "junk", "num", "protected"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    data = json.loads(model_path("repair", "patterns.json").read_text(encoding="utf-8"))
    order = ("path", "url", "email", "slashed", "code", "generic")
    combined = "|".join(f"(?P<{name}>{data[name]})" for name in order)
    return {
        "combined": re.compile(combined),
        "generic": re.compile(data["generic"]),
        "break": re.compile(data["break"]),
    }


_CAPS_RUN = re.compile(r"[^\W\d_a-zđ]{2}")
_LIST_NUMBER = re.compile(r"\d{1,2}\.(?:[^\W_]|[&¢§@©£¥])*[^\W\d_](?:[^\W_]|[&¢§@©£¥])*$")
_SHORT_PART = re.compile(r"(?:^|/)[^\W\d_]{1,2}(?:/|$)")


def _classify_generic(text: str) -> str:
    if text.isdigit():
        return "num"
    if text.isalpha():
        return "word"
    if _CAPS_RUN.search(text):  # KT&KĐCL, 4G-LTE: a symbol, not a damaged word
        return "protected"
    if any(ch.isalpha() for ch in text):
        return "junk"
    return "num" if any(ch.isdigit() for ch in text) else "junk"


def _protect_slashed(text: str) -> bool:
    return (any(ch.isdigit() for ch in text) or bool(_CAPS_RUN.search(text))
            or bool(_SHORT_PART.search(text)))


def _split_case(tok: Token) -> list[Token]:
    """Words glued by a lost space show as a capital after a small letter: ``củaBộ``."""
    text = tok.text
    cuts = [i for i in range(1, len(text)) if text[i].isupper() and text[i - 1].islower()]
    if not cuts:
        return [tok]
    bounds = [0] + cuts + [len(text)]
    return [Token(tok.start + a, tok.start + b, text[a:b], "word") for a, b in zip(bounds, bounds[1:])]


_LEADING_WORD = re.compile(r"([^\W\d_]{2,7})(?=\d)")
_DIGIT_TAIL = re.compile(r"\d{2,}")


def _split_leading_word(tok: Token) -> list[Token]:
    """A word glued to the number after it by a lost space: ``nam2010``, ``hoac0912159933``,
    ``so53/TB-VPCP``, ``ngay20/02/2014``. The letters come off as a word of their own when they
    are a Vietnamese syllable (key) in lower or title case and at least two digits follow
    (``s6``, an OCR misreading of ``số``, stays whole); the rest keeps its own kind."""
    m = _LEADING_WORD.match(tok.text)
    if not m:
        return [tok]
    head, rest = m.group(1), tok.text[m.end():]
    if head.isupper() or not head[1:].islower() or len(_DIGIT_TAIL.findall(rest)) == 0:
        return [tok]
    if tok.kind == "junk" and not rest.isdigit():  # letters after the digits: OCR damage
        return [tok]
    from .vietnamese import forms_by_key, strip_marks

    if strip_marks(head.lower()) not in forms_by_key():
        return [tok]
    cut = tok.start + m.end()
    return [Token(tok.start, cut, head, "word"),
            Token(cut, tok.end, rest, "num" if rest.isdigit() else tok.kind)]


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    for tok in _tokenize(text):
        if tok.kind == "word" and not tok.text.islower() and not tok.text.isupper():
            out.extend(_split_case(tok))
        elif tok.kind in ("junk", "protected") and tok.text[:1].isalpha():
            out.extend(_split_leading_word(tok))
        else:
            out.append(tok)
    return out


def _tokenize(text: str) -> list[Token]:
    pats = _patterns()
    generic = pats["generic"]
    out: list[Token] = []
    append = out.append
    for m in pats["combined"].finditer(text):
        kind = m.lastgroup
        s, e = m.span()
        chunk = m.group()
        if kind == "generic":
            append(Token(s, e, chunk, _classify_generic(chunk)))
            continue
        if kind in ("path", "url", "email"):
            append(Token(s, e, chunk, "protected"))
            continue
        if kind == "code" and _LIST_NUMBER.match(chunk):  # "2.Sở": list number glued to a word
            append(Token(s, s + chunk.index("."), chunk[:chunk.index(".")], "num"))
            rest = chunk.index(".") + 1
            append(Token(s + rest, e, chunk[rest:], _classify_generic(chunk[rest:])))
            continue
        if kind == "slashed" and _protect_slashed(chunk) or kind == "code" and any(
                ch.isdigit() for ch in chunk):
            append(Token(s, e, chunk, "protected"))
            continue
        for sub in generic.finditer(chunk):  # an ordinary compound such as tỉnh/thành
            append(Token(s + sub.start(), s + sub.end(), sub.group(), _classify_generic(sub.group())))
    return out


OPENERS = frozenset("([{\"“‘'«•*+–—-")


def case_informative(gap: str | None) -> bool:
    """Does the casing of the word after ``gap`` (the text since the previous token; None for
    the first token of a text) tell something about the word? Not at the start of a text, a
    line or a sentence, nor after an opening bracket, a quote or a list dash, where any word
    may take a capital."""
    return gap is not None and not opens_phrase(gap) and not sentence_break(gap)


def opens_phrase(gap: str) -> bool:
    """Does the word after ``gap`` start a line, or follow an opening bracket, a quote or a list
    dash?"""
    if "\n" in gap:
        return True
    tail = gap.rstrip()
    return bool(tail) and tail[-1] in OPENERS


def sentence_breaks(text: str) -> list[int]:
    """Start offsets of everything in ``text`` that ends a sentence (see :func:`sentence_break`).
    A gap between two tokens holds a break when one of these offsets falls inside it."""
    return [m.start() for m in _patterns()["break"].finditer(text)]


def sentence_break(gap: str) -> bool:
    """Does the text between two tokens end a sentence?"""
    return bool(_patterns()["break"].search(gap))
