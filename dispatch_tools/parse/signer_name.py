"""The signer's name and title as a scan reads them, put right where the conventions allow and
flagged where they cannot be trusted.

- A title never opens with a token that holds no letter: ``£7- CHỦ TỊCH`` is a speck of the seal
  before ``CHỦ TỊCH``.
- A rank printed before the name (``Trung tá Ngô Văn Công``; models/parse/ranks.txt) is not part
  of the name.
- Almost every Vietnamese name opens with a family name of models/parse/surnames.txt. A first word
  that is one of them with its marks lost (``Nguyen`` before a ``Văn`` that kept its own) takes the
  marks of the only family name it can be (a name with no marks at all is left to repair); a name that opens with none of them (a misread ``Nguyên``, or a middle name ``Thị``
  where the family name was lost) is kept and, when the page was read by OCR, flagged for a look
  (``cần xem lại``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from ..i18n import _
from ..model import Fields
from ..vntext import strip_diacritics
from .foot_patterns import NAME_WORD
from .lexicon import lexicon
from .text import key, load_list, review_note

_NO_LETTER = re.compile(r"^[^\w]*\d*[^\w]*$")


@lru_cache(maxsize=1)
def surnames() -> dict[str, tuple[str, ...]]:
    """Each family name of models/parse/surnames.txt under its folded form (:func:`.text.key`)."""
    by_key: dict[str, list[str]] = {}
    for name in load_list("surnames.txt"):
        by_key.setdefault(key(name), []).append(name)
    return {k: tuple(names) for k, names in by_key.items()}


@lru_cache(maxsize=1)
def _spelled() -> frozenset[str]:
    return frozenset(name for names in surnames().values() for name in names)


@lru_cache(maxsize=1)
def _ranks() -> tuple[str, ...]:
    return tuple(sorted((key(r) for r in load_list("ranks.txt")), key=len, reverse=True))


def clean_title(title: str | None) -> str | None:
    """The title without the letterless tokens a seal or a speck put before it."""
    if not title:
        return title
    words = title.split()
    while len(words) > 1 and _NO_LETTER.match(words[0]):
        words.pop(0)
    return " ".join(words)


# academic degrees and titles printed before a signer's name (``PGS.TS.``, ``ThS.``, ``GS.TSKH``),
# left out of the name as a rank is
_DEGREES = re.compile(r"^(?:(?:GS|PGS|TSKH|TS|ThS|Ths|BSCKI{1,2}|BS|CKI{1,2}|KS|DS|NGƯT|NGND)\.?[ \t]*)+(?=[A-ZĐ\u00C0-\u1EF8])")


def without_degree(name: str) -> str:
    """The name without the degrees printed before it (``ThS. Lê Thu Hà`` → ``Lê Thu Hà``)."""
    m = _DEGREES.match(name)
    rest = name[m.end():] if m else name
    return rest if m and "." in m.group() and len(rest.split()) >= 2 else name


def without_rank(name: str) -> str:
    name = without_degree(name)
    folded = key(name)
    for rank in _ranks():
        if folded.startswith(rank + " ") and len(name.split()) > len(rank.split()) + 1:
            return " ".join(name.split()[len(rank.split()):])
    return name


def surname_fixed(name: str) -> tuple[str, bool]:
    """(the name with its family name's marks put right when only one fits, whether it opens
    with a known family name)."""
    words = name.split()
    if not words:
        return name, False
    first = words[0]
    known = _spelled()
    if first in known or first.capitalize() in known or first.title() in known:
        return name, True
    fits = surnames().get(key(first), ())
    if not fits or strip_diacritics(first) != first:  # none, or marks misread: Thị is no Thi
        return name, False
    marked = any(strip_diacritics(w) != w for w in words[1:])  # the rest kept its marks
    if len(fits) == 1 and marked:
        fixed = fits[0].upper() if first.isupper() and len(first) > 1 else fits[0]
        return " ".join([fixed] + words[1:]), True
    return name, True  # a family name whose marks were lost with the rest's: left to repair


def _tone_misread(name: str) -> str | None:
    """The name with its first word's tone put right when that word, read by OCR, is no family name
    but one family name has the same letters and vowel shapes (``Nguyên`` is ``Nguyễn``, ``Định``
    ``Đinh``): the engine misreads a tone far more often than a family name outside the list is
    printed. ``Thị``, a middle name where the family name was lost, is no misread ``Thi``."""
    from ..repair.vietnamese import toneless

    words = name.split()
    first = words[0] if words else ""
    if len(words) < 2 or first.lower() == "thị" or not first[:1].isupper() or len(first) < 2:
        return None  # a letter alone (``À va``) is too little to take for a family name's misread
    fits = [f for f in surnames().get(key(first), ()) if toneless(f.lower()) == toneless(first.lower())]
    if len(fits) != 1:
        return None
    fixed = fits[0].upper() if first.isupper() and len(first) > 1 else fits[0]
    return " ".join([fixed] + words[1:])


# the capitals a Vietnamese family name opens with
_FAMILY_INITIALS = "ABCDĐGHKLMNPQSTVXY"


def figure_initial(text: str) -> str | None:
    """A name whose family name's capital the engine read as a figure (``1rân Văn Lâu``: the ``T`` of
    ``Trần`` under the signature's stroke), with the one capital that makes its first word a family
    name once folded (its marks as read; :func:`check_signer` puts a tone right); None when no capital,
    or more than one, does."""
    words = text.split()
    if not 2 <= len(words) <= 5 or not re.fullmatch(r"\d[^\W\d_]+", words[0]) or not words[0][1:].islower() \
            or not all(_name_word(w, initial=False) for w in words[1:]):
        return None
    fits = [c for c in _FAMILY_INITIALS if key(c + words[0][1:]) in surnames()]
    return " ".join([fits[0] + words[0][1:]] + words[1:]) if len(fits) == 1 else None


def person_name(text: str, family: bool = False) -> bool:
    """A person's name as printed under a signature: two to five words, each a capital and small
    letters (``Hoàng Thị Mai Anh``; not ``VỤ TỈNH ĐOÀN``, an entry of a list with its dash, nor
    ``Lê`` alone), a word of them an initial with its full stop (``Nguyễn V. An``). With
    ``family``, surer: it opens with a known family name and has no initial (``Trần Phước Hiền``;
    not the specks ``À va``)."""
    words = text.split()
    return 2 <= len(words) <= 5 and all(_name_word(w, initial=not family) for w in words) and (
        not family or key(words[0]) in surnames())


def _name_word(word: str, initial: bool) -> bool:
    """A capitalised word of a name (letters of the Vietnamese alphabet once folded), a full stop
    after it when ``initial``."""
    return bool(NAME_WORD.match(strip_diacritics(word))) and word[0].isupper() and not word[1:].isupper() and (
        initial or not word.endswith("."))


def deputy_of(office: str) -> str:
    """The title a deputy of ``office`` signs with under ``KT.``, in capitals: ``THỨ TRƯỞNG`` for
    ``BỘ TRƯỞNG``, else ``PHÓ`` and the office."""
    return "THỨ TRƯỞNG" if key(office) == "bo truong" else f"PHÓ {office.upper()}"


def _deputy_title(fields: Fields) -> None:
    """Under ``KT.`` a deputy signs for the head, so the title is never the capacity itself: a
    ``KT. GIÁM ĐỐC`` / ``GIÁM ĐỐC`` read from a scan (a seal over ``PHÓ``) is the deputy's title,
    ``PHÓ GIÁM ĐỐC`` (``THỨ TRƯỞNG`` for a minister), and flagged for a look."""
    signer = fields.signer
    if signer.authority != "KT." or not signer.title or not signer.capacity or key(signer.title) != key(
            signer.capacity):
        return
    read = signer.title
    deputy = deputy_of(read).lower()
    if read.isupper():
        deputy = deputy.upper()
    elif read[:1].isupper():
        deputy = deputy[:1].upper() + deputy[1:]
    if not lexicon().is_signer_title(deputy):
        return
    signer.title = deputy
    fields.review.setdefault("signer.title", review_note(
        _("the signer's title was read as “%(read)s”, the office it signs for (KT.); taken as “%(title)s”: "
          "compare it with the original") % {"read": read, "title": deputy}))


def _one_word_off(read: str) -> str | None:
    """The one known title that ``read`` (no known title) is word for word, save one word the engine
    misread: one letter away, or a remnant of one or two letters between words read right, or cut
    in two by a space (``BỘ TRƯ ỞNG``); in the case ``read`` was printed in. None when no title, or
    more than one, fits."""
    words = key(read).split()
    fits = []
    for title in _titles():
        known = key(title).split()
        if len(known) == len(words) - 1 and any(words[:i] + [words[i] + words[i + 1]] + words[i + 2:] == known
                                                for i in range(len(words) - 1)):
            fits.append(title)  # a space the engine put inside a word: "BỘ TRƯ ỞNG"
            continue
        if len(known) != len(words):
            continue
        differ = [(a, b) for a, b in zip(words, known) if a != b]
        if len(differ) != 1 or differ[0][0].endswith("."):  # ``Q. GIÁM ĐỐC`` is no misreading
            continue
        (misread, word), = differ
        # one letter away; or a remnant, when two words at least were read right around it
        if Levenshtein.distance(misread, word) <= 1 < len(word) or len(misread) <= 2 and len(words) >= 3:
            fits.append(title)
    if len(fits) != 1:
        return None
    return fits[0] if read.split()[0].isupper() else fits[0][0] + fits[0][1:].lower()


def _misread_title(fields: Fields) -> None:
    """A title read by OCR that is no known title but is one, word for word, save one word the
    engine misread (``PHÓ l THƯ``: the ``BÍ`` of ``PHÓ BÍ THƯ`` under a signature's stroke) takes
    that title and is flagged for a look, when the misread word is one letter away, or a remnant
    of one or two letters between words read right, and exactly one known title fits
    (:func:`_one_word_off`)."""
    signer = fields.signer
    read = signer.title
    if not read or lexicon().is_signer_title(read):
        return
    title = _one_word_off(read)
    if title is None:
        return
    signer.title = title
    fields.review.setdefault("signer.title", review_note(
        _("the signer's title was read as “%(read)s”, which is no known title; taken as “%(title)s”: "
          "compare it with the original") % {"read": read, "title": title}))


def _misread_capacity(fields: Fields) -> None:
    """The office signed for (each office of ``BỘ TRƯỞNG, CHỦ NHIỆM``) read as no known title but
    one word off one (``CHỬU NHIỆM``, :func:`_one_word_off`) takes that title, flagged for a look.
    Not under ``TM.``, whose capacity is a collective body."""
    signer = fields.signer
    read = signer.capacity
    if not read or signer.authority == "TM." or lexicon().is_signer_title(read):
        return  # under TM. the capacity is a collective body, no title
    parts = [p.strip() for p in read.split(",")]
    mended = [p if not p or lexicon().is_signer_title(p) else _one_word_off(p) for p in parts]
    if any(m is None for m in mended) or mended == parts:
        return
    signer.capacity = ", ".join(mended)
    fields.review.setdefault("signer.capacity", review_note(
        _("the office signed for was read as “%(read)s”, which is no known title; taken as “%(capacity)s”: "
          "compare it with the original") % {"read": read, "capacity": signer.capacity}))


@lru_cache(maxsize=1)
def _titles() -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for t in load_list("signer_titles.txt") if "," not in t))


def check_signer(fields: Fields, ocr: bool = True) -> None:
    """Put the signer's title and name right where the conventions allow; on a page read by OCR
    (``ocr``), flag a name that opens with no family name (a text layer, a DOCX or a text gives
    the name as the issuer typed it)."""
    signer = fields.signer
    if signer is None:
        return
    signer.title = clean_title(signer.title)
    signer.capacity = clean_title(signer.capacity)
    _deputy_title(fields)
    if ocr:
        _misread_title(fields)
        _misread_capacity(fields)
    if not signer.name:
        return
    signer.name, known = surname_fixed(without_rank(signer.name))
    if not known and ocr and _tone_misread(signer.name):
        read, signer.name = signer.name, _tone_misread(signer.name)
        fields.review.setdefault("signer.name", review_note(
            _("the signer's name was read as “%(read)s”, whose first word is no family name; taken as "
              "“%(name)s”: compare it with the original") % {"read": read, "name": signer.name}))
    elif not known and ocr:
        fields.review.setdefault("signer.name", review_note(
            _("the signer's name “%(name)s” does not open with a known family name; compare it with "
              "the original") % {"name": signer.name}))
