"""Header fields read by OCR that hold words no clerk would have printed get a look.

A photocopy, a low-quality JPEG, a photo or a page in a shadow makes the engine misread a word of
the issuer or the subject now and then: a stamp's specks (``»``, ``„``, ``.*›.``), two words glued
(``TỈNHQUẢNGNGÃI``), a letter alone (``dân chủ v cơ sở``), a syllable Vietnamese has not got
(``QUẢÁNG``), an abbreviation misread (``MIQG`` for ``MTQG``). Repair puts most such words right;
what it leaves is kept in the field (a person sees at once what it should be) but the field is
flagged ``cần xem lại``, since a wrong value given as sure is the worst outcome.

A word is suspect when it:

* is made of signs only, other than a dash, ``&`` or ``/`` (``»``, ``__``, ``..``);
* holds a sign or letter a Vietnamese header never prints (``£``, ``†``, ``Ð``, ``¡``), or, in the
  issuer, a digit run with a colon or dot (``36:41``: the number line glued to it);
* is a consonant alone (``v``, ``d``, ``k``): vowels alone are words (``ở``, ``à``), but in an
  issuer only a plain one (``SỞ Y TẾ``); nor are small letters (``DÂN na TỈNH``) in an issuer
  printed in capitals;
* holds two signs in a row (``BAN.-NHÂN``) or starts with a dash (``QĐ- -TTg``), or, outside an
  issuer, a dash glued between two small letters (``từ-may``: a speck between two words);
* holds a full stop, colon or semicolon glued before a small letter (``2269/QĐ-TTg.về``: a
  speck read as a sign, or two words glued; ``v.v`` aside);
* is a lower-case or capitalised word that is not a syllable the corpus knows (at least
  :data:`MIN_COUNT` times);
* is all capitals, neither a syllable nor an abbreviation the corpus knows, and holds a vowel with
  a mark (``TỈNHQUẢNGNGÃ``: abbreviations are made of plain letters and ``Đ``) or was read with a
  confidence under :data:`UNSURE` (a new abbreviation read surely, ``MTQG``, passes); in a
  subject, a syllable with a mark in capitals amid small letters (``cơ SỞ``) too.

The place of the date line is checked as a subject is. Flagged too: two words in capitals that make
one known abbreviation (``TT HC``); an issuer whose province or city is a letter or two away from the
place of the date line (``TỈNH QUANG NGẮT`` beside ``Quảng Ngãi``), and that place with it, since
either may be the one misread; a subject that opens with ``và`` (``Về`` misread) or ends on a word that
needs another after it (``… của``), or where a colon is followed by a small letter (``Quyết: định``:
a speck read as a colon; a subject's colon opens a name or a list in capitals), or that holds a
year of three figures (``NĂM 201``: a figure lost); a bracket not closed. Only pages read by OCR are checked; a text layer's words are the document's own.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..i18n import _
from ..model import Document, Fields
from .text import review_note

FIELDS = ("issuer", "parent_issuer", "subject", "place")
NAMES = ("issuer", "parent_issuer")  # a body's name, printed in capitals
MIN_COUNT = 10  # a syllable seen fewer times in the corpus is most likely a misreading
UNSURE = 75.0  # an unknown capital word read less surely than this is most likely a misreading
UNSURE_STOP = 60.0  # a subject's last word read with a full stop less surely than this: the stop is a speck
EDGE = "\"'“”‘’«»()[],.;:!?…"
_SIGNS_OK = {"-", "–", "&", "/", "+"}
_INSIDE = re.compile(r"^[\w\-–/&.,+%]+$")
_LONE_VOWELS = set("aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ")
_MARKED = _LONE_VOWELS - set("aeiouy")
_SIGN_RUN = re.compile(r"[.,\-–/&]{2}")
_GLUED_SIGN = re.compile(r"\w[.:;](\w)")  # ``TTg.về`` when the letter after the sign is small
_OPEN_ENDS = {"và", "của", "về", "tại", "cho", "với", "từ", "theo", "các", "những", "trên", "trong", "để"}
_ROMAN = re.compile(r"(?=[IVXL]{2})X{0,3}L?X{0,3}(?:IX|IV|V?I{0,3})$")  # a unit's number (``XVIII``), not ``I`` alone
_FOREIGN = set("ÐðþÞßøØæÆ¡¿£§†‡¶µ")


def word_confidences(doc: Document, start: int, end: int) -> dict[str, float]:
    """The OCR confidence of each word (punctuation stripped) on the lines of a span of the
    repaired text; the lowest when a word occurs twice."""
    out: dict[str, float] = {}
    for line in doc.lines_in(start, end):
        for word in line.words:
            core = word.text.strip(EDGE)
            if word.conf is not None and core:
                out[core] = min(out.get(core, 100.0), word.conf)
    return out


def suspect(token: str, caps_field: bool, confidences: dict[str, float], small_letters: bool = True) -> bool:
    """Is one word of an OCR'd issuer or subject most likely misread? (see the module's text)
    ``caps_field``: an issuer printed in capitals; ``small_letters``: a subject in small letters
    (a title in capitals, as a plan's often is, has syllables in capitals everywhere)."""
    from ..repair.abbreviations import known_abbreviations
    from ..repair.vietnamese import inventory

    core = token.strip(EDGE)
    if not core:
        return token not in _SIGNS_OK and token.strip(",;:()") != ""
    if core in _SIGNS_OK:
        return False
    if any(ch in _FOREIGN for ch in core) or "_" in core or not _INSIDE.match(core) or _SIGN_RUN.search(core):
        return True
    if re.match(r"^[-–]\w", core):
        return True  # a word's piece after a dash read apart (``QĐ- -TTg``)
    if any(m.group(1).islower() for m in _GLUED_SIGN.finditer(core)) and core.lower() != "v.v":
        return True  # a sign glued before a small letter (``QĐ-TTg.về``)
    if any(ch.isdigit() for ch in core):
        # ``36:41``: the number line glued to it; ``5O``: a letter after a figure, which no unit's code
        # prints (``PA83``, ``C500``: letters, then figures)
        return caps_field and bool(re.search(r"\d[:.]\d|\d[^\W\d_]", core))
    letters = unicodedata.normalize("NFC", core)
    if not letters.replace("-", "").isalpha():
        return False  # a code (``QĐ-TTg``, ``2269/QĐ``) is judged elsewhere
    if re.search(r"(\w)\1\1", letters) and not _ROMAN.match(letters):
        return True  # a letter three times in a row (``AAA``): no syllable nor abbreviation prints one
    if len(letters) == 1:
        if caps_field:  # ``SỞ Y TẾ``, ``… A``: a plain vowel; ``DÂN I TỈNH``, ``PHỐ Ở CẦN THƠ``: a speck or a slip
            return letters.lower() not in "aeouy"
        return letters.islower() and letters not in _LONE_VOWELS
    if caps_field and not letters.isupper():
        return True  # an issuer is printed in capitals
    if _ROMAN.match(letters):
        return False  # a unit's number: ``KHU VỰC XVIII``
    if len(letters) <= 3 and letters[0].isupper() and letters[1:].islower() and letters.upper() in known_abbreviations():
        return False  # ``Tp. Huế``: an abbreviation written with one capital
    known = inventory().get(letters.lower(), 0) >= MIN_COUNT
    if not known and letters.lower() in _province_words():
        return False  # ``ĐẮK LẮK``: a province's name, a syllable the corpus seldom writes
    if not caps_field and any(a.islower() and b.islower() for a, b in re.findall(r"(\w)-(?=(\w))", letters)):
        return True  # a dash glued between small syllables (``từ-may``): a speck, a subject prints `` - ``
    if "-" in letters and all(inventory().get(p.lower(), 0) >= MIN_COUNT or p in known_abbreviations()
                              for p in letters.split("-") if p):
        return False  # words joined by a dash as printed (``GIÁO DỤC-ĐÀO TẠO``)
    if letters.isupper():
        if letters in known_abbreviations():
            return False
        if known:  # a syllable in capitals amid a subject's small letters (``cơ SỞ``) was misread
            return not caps_field and small_letters and any(ch in _MARKED for ch in letters.lower())
        if any(ch in _MARKED for ch in letters.lower()):
            return True  # a vowel with a mark: a syllable misread or glued to another, no abbreviation
        return confidences.get(core, 100.0) < UNSURE
    if "-" in letters:
        return False
    return not known and not letters[1:].isupper()


@lru_cache(maxsize=1)
def _province_names() -> frozenset[str]:
    """The provinces' names in capitals (``ĐẮK LẮK``), as an issuer prints them."""
    from .lexicon import lexicon

    return frozenset(p.name.upper() for p in lexicon().provinces)


@lru_cache(maxsize=1)
def _province_words() -> frozenset[str]:
    """The words of the provinces' names, in small letters (``đắk``, ``lắk``)."""
    return frozenset(w.lower() for name in _province_names() for w in name.split())


def misread(text: str) -> bool:
    """Does a text read by OCR (an e-signature stamp's body) hold a word most likely misread?"""
    capitals = sum(t.isupper() for t in text.split()) > len(text.split()) / 2
    return any(suspect(t, False, {}, not capitals) for t in text.split())


def _split_abbreviation(value: str) -> str | None:
    """Two words in capitals that make a known abbreviation together (``TT HC``): one word the
    engine cut in two."""
    from ..repair.abbreviations import known_abbreviations

    words = [t.strip(EDGE) for t in value.split()]
    for a, b in zip(words, words[1:]):
        if a.isupper() and b.isupper() and a.isalpha() and b.isalpha() and min(len(a), len(b)) <= 2 \
                and a + b in known_abbreviations():  # (``TNHH MTV`` are two abbreviations)
            return f"{a} {b}"
    return None


def _issuer_place(fields: Fields) -> str | None:
    """An issuer that ends with its province or city (``… TỈNH QUẢNG NGÃI``) names the place of
    the date line: a name a letter or two away from the place's (``QUANG NGẮT``) was misread."""
    from rapidfuzz.distance import Levenshtein

    from ..vntext import strip_diacritics

    match = re.search(r"(?:TỈNH|THÀNH PHỐ)\s+(?P<name>[^\d,]+)$", fields.issuer or "")
    if not match or not fields.place:
        return None
    name, place = " ".join(match.group("name").split()), fields.place.upper()
    if name == place:
        return None
    near = Levenshtein.distance(strip_diacritics(name), strip_diacritics(place)) <= 2
    return name if near else None


def _misread_sides(name: str, place: str) -> set[str]:
    """Which of an issuer's province (``name``) and the place of the date line, a letter or two
    apart, was misread: the one that is no province's name when the other is; else either."""
    provinces = _province_names()
    issuer_known, place_known = name in provinces, place.upper() in provinces
    if issuer_known != place_known:
        return {"place"} if issuer_known else {"issuer"}
    return {"issuer", "place"}


def _province_near(name: str) -> str | None:
    """The province of a body's name (``… TỈNH ĐẮC LẮC``) when it is no province's name but a letter
    or two off one (``ĐẮK LẮK``): a name the engine misread. Only after ``TỈNH``: a ``THÀNH PHỐ`` may
    be a province's city (``SƠN TÂY``, two letters off ``SƠN LA``)."""
    from rapidfuzz.distance import Levenshtein

    from ..vntext import strip_diacritics

    match = re.search(r"TỈNH\s+(?P<name>[^\d,]+)$", name)
    if not match:
        return None
    read = " ".join(match.group("name").split())
    provinces = _province_names()
    if read in provinces:
        return None
    bare = strip_diacritics(read)
    near = any(Levenshtein.distance(bare, strip_diacritics(p)) <= 2 and abs(len(p) - len(read)) <= 2 for p in provinces)
    return read if near else None


# a year of three figures after ``năm`` (``NĂM 201``): no dispatch prints one, a figure was lost
_SHORT_YEAR = re.compile(r"(?<!\w)(?:năm|NĂM|Năm)\s+\d{3}(?![\w/.,-]*\d)(?!\w)")


@lru_cache(maxsize=1)
def _no_starts() -> tuple[list[str], ...]:
    """The words no subject opens with (``models/parse/subject_no_starts.txt``), each as its words."""
    from ..resources import data_lines

    return tuple(line.lower().split() for line in data_lines("parse", "subject_no_starts.txt"))


def _open_subject(value: str) -> str | None:
    """The word that shows a subject misread: ``và`` opening it (``Về`` misread), a colon before a
    small letter (``Quyết: định``), a year of three figures (``năm 201``), or a last word that needs one after it (``… thực hiện các``: its
    last line lost)."""
    words = value.split()
    opening = next((start for start in _no_starts() if [w.lower() for w in words[:len(start)]] == start), None)
    if opening is not None:  # ``và`` (``Về`` misread), ``đối với …`` (its first line lost under a stamp)
        return " ".join(words[:len(opening)])
    colon = next((a for a, b in zip(words, words[1:]) if a.endswith(":") and b[:1].islower()), None)
    if colon is not None:
        return colon  # ``Quyết: định``: a speck read as a colon inside a subject
    short_year = _SHORT_YEAR.search(value)
    if short_year is not None:
        return short_year.group()  # ``NĂM 201``: the year's last figure lost
    last = words[-1].strip(EDGE).lower()
    return words[-1] if last in _OPEN_ENDS else None


def unbalanced(value: str) -> str | None:
    """A bracket the field does not close or open (``HĐND)``, ``thứ 3]``): the word holding it."""
    for a, b in ("()", "[]"):
        if value.count(a) != value.count(b):
            return next(t for t in value.split() if a in t or b in t)
    return None


def misread_note(word: str) -> str:
    """The review note of a field holding ``word``, which the OCR most likely misread."""
    return review_note(_("the OCR read a word here that is most likely misread (“%(word)s”)") % {"word": word})


_WORD_AFTER = re.compile(r"[ \t]*([^\W\d_]+)")


def _dash_read_for_space(doc: Document, start: int, end: int) -> str | None:
    """The word after a dash the OCR read between two words where the page has a space, which
    repair took out (``từ-may`` read ``từ may``): the engine was unsure there, and the word after
    it is the likeliest misread (``may`` for ``nay``). ``start``, ``end``: a field's span of the
    repaired text."""
    offsets = doc.offsets
    lo, hi = offsets.to_raw(start), offsets.to_raw(end)
    for change in doc.changes:
        if lo <= change.start < hi and change.original.strip() in ("-", "–") and change.replacement == " ":
            after = _WORD_AFTER.match(doc.raw_text, change.end)
            if after:
                return after.group(1)
    return None


def drop_speck_stop(doc: Document, fields: Fields) -> None:
    """Take off a full stop the engine read after a subject's last word, reading that word unsurely
    (under :data:`UNSURE_STOP`: ``2020.`` at 40 where the page prints ``2020`` and a speck): a trích
    yếu ends without one, and a printed stop is read as surely as its word. Pages read by OCR only."""
    value, source = fields.subject, fields.sources.get("subject")
    if not value or source is None or not doc.has_ocr_page():
        return
    last = value.split()[-1]
    if not re.fullmatch(r"[^\W_]+\.", last):  # ``2020.``, not ``v.v.`` nor ``…``
        return
    confidence = word_confidences(doc, source.start, source.end).get(last[:-1])
    if confidence is not None and confidence < UNSURE_STOP:
        fields.subject = value[:-1]


def check_read_words(doc: Document, fields: Fields) -> None:
    """Flag an OCR'd issuer or subject that holds a suspect word, naming the first such word."""
    if not doc.has_ocr_page():
        return
    for name in FIELDS:
        value = getattr(fields, name, None)
        if not value or name in fields.review:
            continue
        source = fields.sources.get(name)
        confidences = word_confidences(doc, source.start, source.end) if source else {}
        words = [t for t in value.split() if any(ch.isalpha() for ch in t)]
        capitals = sum(t.isupper() for t in words) > len(words) / 2
        bad = next((t for t in value.split()
                    if suspect(t, name in NAMES and capitals, confidences, not capitals)), None)
        bad = bad or (_open_subject(value) if name == "subject" else None) or unbalanced(value)
        near = _issuer_place(fields) if name in ("issuer", "place") else None
        if near is not None and name in _misread_sides(near, fields.place or ""):
            bad = bad or (near if name == "issuer" else value)
        bad = bad or _split_abbreviation(value) or (_province_near(value) if name in NAMES else None)
        if bad is None and name == "subject" and source is not None:
            bad = _dash_read_for_space(doc, source.start, source.end)
        if bad is not None:
            fields.review[name] = misread_note(bad)
