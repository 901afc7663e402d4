"""Vietnamese letters, syllables and casing: the small facts every repair step relies on.

* :func:`strip_marks` removes tones, vowel shapes and the bar of ``đ`` (``Đường`` -> ``Duong``):
  the *key* under which all accented forms of a syllable are found.
* :func:`is_syllable` says whether a word is a valid Vietnamese syllable; the inventory
  (``models/repair/syllables.txt``, one lower-case syllable and its corpus count per line) is
  written by ``python -m dispatch_tools.training.language_model`` from the training part of the corpus.
* :func:`vietnamese_score` judges a text (e.g. a PDF text layer): the share of its words that are
  valid syllables, counting only words that carry Vietnamese marks as proof.
* :func:`apply_case` copies a casing pattern (``lower``, ``Title``, ``UPPER``) onto a syllable.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..resources import model_path

BASE_VOWELS = "aăâeêioôơuưy"
TONE_MARKS = {"": 0, "\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
# grave (huyền), acute (sắc), hook (hỏi), tilde (ngã), dot below (nặng)
_TONE_BY_NUMBER = {v: k for k, v in TONE_MARKS.items()}

_SHAPE_STRIP = {"ă": "a", "â": "a", "ê": "e", "ô": "o", "ơ": "o", "ư": "u", "đ": "d"}


def _build_tables():
    strip: dict[int, str] = {}
    tone_of: dict[str, int] = {}
    toneless: dict[str, str] = {}
    compose: dict[tuple[str, int], str] = {}
    for base in BASE_VOWELS:
        for mark, number in TONE_MARKS.items():
            for b in (base, base.upper()):
                ch = unicodedata.normalize("NFC", b + mark)
                plain = _SHAPE_STRIP.get(base, base)
                strip[ord(ch)] = plain.upper() if b.isupper() else plain
                tone_of[ch] = number
                toneless[ch] = b
                compose[(b, number)] = ch
    strip[ord("đ")] = "d"
    strip[ord("Đ")] = "D"
    return strip, tone_of, toneless, compose


_STRIP, _TONE_OF, _TONELESS, _COMPOSE = _build_tables()
_STRIP_TABLE = {k: v for k, v in _STRIP.items() if chr(k) != v}
VIETNAMESE_LETTERS = frozenset(chr(k) for k in _STRIP) | frozenset("đĐ")
MARKED_LETTERS = frozenset(chr(k) for k, v in _STRIP.items() if chr(k) != v)

_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
_VOWEL = "[" + "".join(sorted(set(_TONE_OF))).lower() + "]"
_SYLLABLE_SHAPE = re.compile(rf"{_ONSET}{_VOWEL}{{1,3}}(?:ch|ng|nh|[cmnpt])?")


def strip_marks(text: str) -> str:
    """``Cộng hòa`` -> ``Cong hoa``: remove tones, vowel shapes and the bar of đ."""
    return text.translate(_STRIP_TABLE)


def has_marks(text: str) -> bool:
    return text.translate(_STRIP_TABLE) != text


def tone(syllable: str) -> int:
    """0 (none), 1 grave, 2 acute, 3 hook, 4 tilde, 5 dot below."""
    for ch in syllable:
        number = _TONE_OF.get(ch)
        if number:
            return number
    return 0


def toneless(syllable: str) -> str:
    """The syllable without its tone mark, its vowel shapes kept (``lẫy`` -> ``lây``)."""
    return "".join(_TONELESS.get(ch, ch) for ch in syllable)


def well_formed(syllable: str) -> bool:
    """Does a lower-case word have the shape of a Vietnamese syllable (onset, 1-3 vowels, coda,
    at most one tone mark, stop codas only with acute or dot-below)?"""
    if not _SYLLABLE_SHAPE.fullmatch(syllable):
        return False
    tones = [_TONE_OF[ch] for ch in syllable if _TONE_OF.get(ch)]
    if len(tones) > 1:
        return False
    if tones and syllable.endswith(("c", "ch", "p", "t")) and tones[0] not in (2, 5):
        return False
    return True


@lru_cache(maxsize=1)
def inventory() -> dict[str, int]:
    """Every valid lower-case syllable with its count in the training corpus."""
    path = model_path("repair", "syllables.txt")
    out: dict[str, int] = {}
    if not path.is_file():
        return out
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            word, _, count = line.rstrip("\n").partition("\t")
            if word:
                out[word] = int(count or 1)
    return out


@lru_cache(maxsize=1)
def forms_by_key() -> dict[str, tuple[str, ...]]:
    """Key (``strip_marks``) -> the syllables that strip to it, most frequent first."""
    groups: dict[str, list[tuple[int, str]]] = {}
    for word, count in inventory().items():
        if canonical(word) == word:
            groups.setdefault(strip_marks(word), []).append((-count, word))
    return {k: tuple(w for _, w in sorted(v)) for k, v in groups.items()}


# "hoà"/"hòa", "thuỷ"/"thủy": two accepted tone placements in open oa/oe/uy rhymes. Both are
# valid input; the language model counts them as one syllable and restores the form with the
# tone on the first vowel, the one most used in administrative text.
_O_TONED, _U_TONED = "òóỏõọ", "ùúủũụ"  # the first vowel with a tone
_AE_TONED, _Y_TONED = "àáảãạèéẻẽẹ", "ỳýỷỹỵ"  # the second vowel with a tone
_SECOND_VOWEL_TONE = re.compile(rf"^(.*?)(o)([{_AE_TONED}])$|^((?:.*[^q])?)(u)([{_Y_TONED}])$")


def canonical(syllable: str) -> str:
    """The tone placement the model uses: ``hoà`` -> ``hòa``, ``thuỷ`` -> ``thủy``."""
    m = _SECOND_VOWEL_TONE.match(syllable)
    if not m:
        return syllable
    head, first, second = (m.group(1), m.group(2), m.group(3)) if m.group(2) else (
        m.group(4), m.group(5), m.group(6))
    number = _TONE_OF[second]
    return head + _COMPOSE[(first, number)] + _TONELESS[second]


_FIRST_VOWEL_TONE = re.compile(rf"^(.*?)([{_O_TONED}])([ae])$|^((?:.*[^q])?)([{_U_TONED}])(y)$")
# the same rhymes at the ends of the words of a text, either case
_FIRST_IN_TEXT = re.compile(rf"(?i)(?:[{_O_TONED}][ae]|(?<!q)[{_U_TONED}]y)(?![^\W\d_])")
_SECOND_IN_TEXT = re.compile(rf"(?i)(?:o[{_AE_TONED}]|(?<!q)u[{_Y_TONED}])(?![^\W\d_])")


def second_vowel_form(syllable: str) -> str:
    """The other accepted tone placement of an open oa/oe/uy rhyme: ``hòa`` -> ``hoà``,
    ``thủy`` -> ``thuỷ``; any other syllable as it is."""
    m = _FIRST_VOWEL_TONE.match(syllable)
    if not m:
        return syllable
    head, first, second = (m.group(1), m.group(2), m.group(3)) if m.group(2) else (
        m.group(4), m.group(5), m.group(6))
    return head + _TONELESS[first] + _COMPOSE[(second, _TONE_OF[first])]


def placement_counts(text: str) -> tuple[int, int]:
    """How many words of ``text`` end in an open oa/oe/uy rhyme with the tone on the first vowel
    (``hòa``, ``thủy``), and how many with it on the second (``hoà``, ``thuỷ``)."""
    return len(_FIRST_IN_TEXT.findall(text)), len(_SECOND_IN_TEXT.findall(text))


def tone_placement(syllable: str) -> str | None:
    """``"first"`` (``hòa``, ``thủy``), ``"second"`` (``hoà``, ``thuỷ``) for a lower-case open
    oa/oe/uy rhyme with a tone, None for any other syllable."""
    if _SECOND_VOWEL_TONE.match(syllable):
        return "second"
    if _FIRST_VOWEL_TONE.match(syllable):
        return "first"
    return None


def is_syllable(word: str) -> bool:
    return word.lower() in inventory()


def case_pattern(word: str) -> str:
    """``lower``, ``title``, ``upper`` or ``mixed``."""
    if word.islower():
        return "lower"
    if word.isupper():
        return "upper" if sum(ch.isalpha() for ch in word) > 1 else "title"
    if word[:1].isupper() and word[1:].islower():
        return "title"
    letters = [ch for ch in word if ch.isalpha()]
    if not letters:
        return "lower"
    if all(ch.isupper() for ch in letters):
        return "upper" if len(letters) > 1 or not word[:1].isupper() else "title"
    if letters[0].isupper() and all(ch.islower() for ch in letters[1:]):
        return "title"
    if all(ch.islower() for ch in letters):
        return "lower"
    return "mixed"


def apply_case(syllable: str, pattern: str) -> str:
    if pattern == "upper":
        return syllable.upper()
    if pattern == "title":
        return syllable[:1].upper() + syllable[1:]
    return syllable


_WORD = re.compile(r"[^\W\d_]+")


def vietnamese_score(text: str) -> float:
    """Share of alphabetic words that are valid Vietnamese syllables carrying marks.

    Correct Vietnamese scores about 0.8 (a fifth of its syllables have no marks); text whose
    marks were lost or mangled (a broken PDF text layer, OCR without Vietnamese) scores low.
    """
    words = _WORD.findall(text)
    if not words:
        return 0.0
    inv = inventory()
    good = sum(1 for w in words if has_marks(w) and w.lower() in inv)
    return good / len(words)
