"""A misread word of an OCR'd subject put right by the body, which prints the same words around it.

A dispatch's body takes up the words of its subject again (``… dân chủ ở cơ sở …``, ``… 02 Chương
trình MTQG: Phát triển …``). A word of the subject the checks of :mod:`.ocr_check` find most likely
misread (``dân chủ v cơ sở``, ``Chương trình MIQG:``, a speck ``‹`` between two words) is looked up
in the body between the same words:

- the subject's words either side of it (up to two on each side, at least one on each and three in
  all), none of them suspect, stand in the body as whole words, with at most two words between them (``từ-may`` is ``từ nay``; none where the suspect word is a speck);
- every such place of the body reads the same words between them, none of them suspect, and the
  same letters as the subject's word within a letter or two, marks and case aside (a speck or
  sign, with no letter, is read as nothing);

then the subject takes the body's reading. Read so at least :data:`SURE_READINGS` times, it needs no
look; read once, it is kept flagged, naming the subject's reading and the body's words.

A word no check finds suspect (``MIQG`` read at 89, a syllable misread for another) is looked up
the same way: when the body reads another word there, prints that word at least twice and never
the subject's, and does not read it with a mark fewer (``Quang`` for ``Quảng``: an engine drops a
mark far more often than it adds one), the subject takes it, flagged unless read so twice between
the same words; when both are words the corpus knows and the body reads its own twice there, the
subject is kept and flagged. Only on a text mostly read by OCR.
"""

from __future__ import annotations

from collections import Counter

from rapidfuzz.distance import Levenshtein

from ..i18n import _
from ..model import Document, Fields
from .name_agree import _marks
from .ocr_check import EDGE, MIN_COUNT, unbalanced, word_confidences, suspect
from .text import review_note

SURE_READINGS = 2  # places of the body that read the word alike, for it to need no look
CONTEXT = 2  # words of the subject either side of a suspect word that the body must hold around it
MAX_BETWEEN = 2  # words of the body between the context's two sides


def _letters(words: list[str]) -> str:
    """The letters of some words, marks and case aside."""
    return "".join(ch for w in words for ch in _marks(w)[0].lower() if ch.isalnum())


def _alike(ours: str, theirs: list[str]) -> bool:
    a, b = _letters([ours]), _letters(theirs)
    if not a:
        return not theirs  # a speck is read as nothing
    return bool(b) and Levenshtein.distance(a, b) <= max(1, min(2, max(len(a), len(b)) // 2))


def _letters_only(word: str) -> bool:
    core = word.strip(EDGE)
    return len(core) > 1 and core.replace("-", "").isalpha()


def _core(word: str) -> str:
    return word.strip(EDGE).lower()


def _marks_lost(ours: str, theirs: str) -> bool:
    """Does ``theirs`` read ``ours`` with a mark taken away (``Quang`` for ``Quảng``)? An engine
    drops a mark far more often than it adds one: such a reading puts nothing right."""
    (la, ma), (lb, mb) = _marks(_core(ours)), _marks(_core(theirs))
    return la == lb and not ma <= mb


def _known(word: str) -> bool:
    """A syllable the corpus knows or an abbreviation (``MTQG``), punctuation aside."""
    from ..repair.abbreviations import known_abbreviations
    from ..repair.vietnamese import inventory

    core = word.strip(EDGE)
    return bool(core) and (inventory().get(core.lower(), 0) >= MIN_COUNT or core in known_abbreviations())


def _context(words: list[str], i: int) -> tuple[list[str], list[str]] | None:
    """The subject's words either side of its word ``i``: up to two on each side, at least one on
    each and three in all."""
    left, right = words[max(0, i - CONTEXT):i], words[i + 1:i + 1 + CONTEXT]
    return (left, right) if left and right and len(left) + len(right) > CONTEXT else None


def _body_readings(body: list[str], where: dict[str, list[int]], left: list[str],
                   right: list[str]) -> list[tuple[str, ...]]:
    """What the body reads between ``left`` and ``right`` wherever it holds both, a few words apart
    (``where``: the places of each word of the body)."""
    out = []
    for p in where.get(left[0], []):
        if body[p:p + len(left)] != left:
            continue
        start = p + len(left)
        for k in range(MAX_BETWEEN + 1):
            if body[start + k:start + k + len(right)] == right:
                out.append(tuple(body[start:start + k]))
                break
    return out


def agree_words(doc: Document, fields: Fields) -> None:
    """Put right the misread words of an OCR'd subject that the body reads between the same words."""
    subject = fields.subject
    if not subject or "subject" in fields.review or not doc.mostly_read_by_ocr():
        return
    source = fields.sources.get("subject")
    if source is None:
        return
    body = doc.text[source.end:].split()
    confidences = word_confidences(doc, source.start, source.end)
    words = subject.split()
    capitals = sum(t.isupper() for t in words) > len(words) / 2

    def bad(word: str) -> bool:
        return suspect(word, False, confidences, not capitals) or word == unbalanced(word)

    def clean(word: str) -> bool:  # a word of the body as printed: no sign before its letters (``,nay``)
        return not bad(word) and (word[:1].isalnum() or word[:1] in "(“\"")

    counts = Counter(_core(w) for w in body)
    where: dict[str, list[int]] = {}
    for p, w in enumerate(body):
        where.setdefault(w, []).append(p)
    taken: list[tuple[str, str, int]] = []
    doubt: tuple[str, str] | None = None
    i = 0
    while i < len(words):
        word, suspected = words[i], bad(words[i])
        context = _context(words, i) if suspected or _letters_only(word) else None
        if context is None or any(bad(w) for w in context[0] + context[1]):
            i += 1
            continue
        readings = _body_readings(body, where, *context)
        reading = readings[0] if readings and len(set(readings)) == 1 else None
        if reading is None or not all(clean(w) for w in reading) or not _alike(word, list(reading)):
            i += 1
            continue
        phrase = " ".join(context[0] + list(reading) + context[1])
        if not suspected:  # a word read right, or a syllable misread for another one (``MIQG`` read surely)
            other = reading[0] if len(reading) == 1 else ""
            if not other or _core(other) == _core(word) or _marks_lost(word, other):
                i += 1
                continue
            if counts.get(_core(word), 0) or counts.get(_core(other), 0) < SURE_READINGS:
                if _known(other) and _known(word) and len(readings) >= SURE_READINGS:
                    doubt = doubt or (word, phrase)  # two words either may be: a person decides
                i += 1
                continue  # the body spells it as the subject does too, or the other way once only
        taken.append((word, phrase, len(readings)))
        words[i:i + 1] = list(reading)
        i += len(reading)
    unsure = [(read, phrase) for read, phrase, count in taken if count < SURE_READINGS]
    if taken:
        fields.subject = " ".join(words)
    if unsure or doubt:
        read, phrase = unsure[0] if unsure else doubt
        fields.review["subject"] = review_note(
            _("the OCR read “%(read)s” here; the body of the document reads “%(body)s”")
            % {"read": read, "body": phrase})
