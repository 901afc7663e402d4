"""A name in an OCR'd subject read with a mark fewer than the body reads it, put right by the body.

A dispatch names its person or place in the subject and again in the body (``bổ nhiệm … bà Lê Thị
Kim Yến`` over ``Điều 1. Bổ nhiệm … bà Lê Thị Kim Yến``, ``… bà Lê Thị Kim Yến chịu trách
nhiệm …``). An engine that drops a tone once (``Yên`` read at 95 on a page fed in at an angle)
leaves a subject that is a name of its own, which no check of single words can see. Each reading
of the body is a reading of the same printed name, so:

- a run of at least two capitalised syllables in the subject (a proper name) whose letters, marks
  left out, the body holds again as a run of its own (:func:`_runs_like`);
- every such reading of the body alike, at least :data:`MIN_READINGS` of them, and none as the
  subject reads it;
- the body's reading the subject's with marks added only, never taken away (an engine drops a
  mark far more often than it adds one: the body's ``Quang Ngai`` never puts right a subject's
  ``Quảng Ngãi``);

then the subject takes the body's reading. Only on a text mostly read by OCR: a typed subject is
as printed.
"""

from __future__ import annotations

import re
import unicodedata

from ..model import Document, Fields

MIN_READINGS = 2  # readings of the body that agree, for the subject to take theirs
MIN_SYLLABLES = 2  # a name: at least this many capitalised syllables in a row
_WORD = re.compile(r"\w+")


def _marks(syllable: str) -> tuple[str, frozenset[str]]:
    """A syllable's letters without marks (``đ`` kept) and the set of its marks."""
    decomposed = unicodedata.normalize("NFD", syllable)
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return letters, frozenset(ch for ch in decomposed if unicodedata.combining(ch))


def _bare(text: str) -> str:
    return " ".join(_marks(s)[0] for s in text.split())


def _names(subject: str) -> list[str]:
    """Runs of capitalised syllables in the subject, past its first word (which is capitalised as
    the start of a sentence)."""
    words = [(m.group(0), m.start()) for m in _WORD.finditer(subject)]
    out, run = [], []
    for k, (word, start) in enumerate(words):
        if k > 0 and word[0].isupper() and word.isalpha():
            joined = bool(run) and subject[words[k - 1][1] + len(words[k - 1][0]):start] == " "
            if run and not joined:
                if len(run) >= MIN_SYLLABLES:
                    out.append(" ".join(run))
                run = []
            run.append(word)
            continue
        if len(run) >= MIN_SYLLABLES:
            out.append(" ".join(run))
        run = []
    if len(run) >= MIN_SYLLABLES:
        out.append(" ".join(run))
    return out


def _runs_like(name: str, text: str) -> list[str]:
    """The runs of ``text`` that read ``name`` with its marks left out, as whole words."""
    count = len(name.split())
    words = list(_WORD.finditer(text))
    bare = _bare(name)
    out = []
    for k in range(len(words) - count + 1):
        run = words[k:k + count]
        if any(run[j + 1].start() - run[j].end() != 1 or text[run[j].end()] != " " for j in range(count - 1)):
            continue
        reading = " ".join(w.group(0) for w in run)
        if _bare(reading) == bare:
            out.append(reading)
    return out


def _marks_added(ours: str, theirs: str) -> bool:
    """Does ``theirs`` read ``ours`` with marks added only (at least one), none taken away?"""
    added = False
    for a, b in zip(ours.split(), theirs.split()):
        (la, ma), (lb, mb) = _marks(a), _marks(b)
        if la != lb or not ma <= mb:
            return False
        added = added or ma != mb
    return added


def agree_names(doc: Document, fields: Fields) -> None:
    """Put right a name of an OCR'd subject that the body reads, again and again alike, with a mark
    the subject's reading lost."""
    subject = fields.subject
    if not subject or not doc.mostly_read_by_ocr():
        return
    source = fields.sources.get("subject")
    body = doc.text[source.end:] if source is not None else doc.text
    for name in _names(subject):
        readings = _runs_like(name, body)
        if len(readings) < MIN_READINGS or len(set(readings)) != 1 or readings[0] == name:
            continue
        if _marks_added(name, readings[0]):
            subject = subject.replace(name, readings[0])
    fields.subject = subject
