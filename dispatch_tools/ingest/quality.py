"""Is a PDF text layer usable Vietnamese, or must the page be OCR'd?

A layer is rejected when it is missing (too little text), made of ``(cid:NN)`` codes or
replacement characters, or when it is Vietnamese that lost its diacritics or was mangled by an OCR
pass that did not know Vietnamese (few marked syllables, many impossible ones).
"""

from __future__ import annotations

import re
import unicodedata
from ..i18n import _

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
CID = re.compile(r"\(cid:\d+\)")

# Letters of the Vietnamese alphabet (lower case), with every tone mark.
_BASES = "aăâeêioôơuưy"
_TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
VIETNAMESE_LETTERS = set("bcdđghklmnpqrstvx") | {
    unicodedata.normalize("NFC", base + tone) for base in _BASES for tone in _TONES
}
# Letters that only Vietnamese (not plain ASCII) text has.
MARKED = VIETNAMESE_LETTERS - set("abcdefghijklmnopqrstuvwxyz")


def layer_problem(text: str) -> str | None:
    """A short reason why this page's text layer should not be used, or None when it is good."""
    stripped = text.strip()
    letters = sum(ch.isalpha() for ch in stripped)
    if CID.search(stripped):
        cids = len(CID.findall(stripped))
        if cids * 8 > max(letters, 1) * 0.1:
            return _("text layer made of (cid:NN) glyph codes")
    if letters < 20:
        return _("no text layer")
    if stripped.count("\ufffd") > 0.02 * letters:
        return _("text layer with undecodable characters")
    words = [w.lower() for w in WORD.findall(stripped)]
    if len(words) < 12:
        return None
    marked = sum(1 for w in words if any(ch in MARKED for ch in w)) / len(words)
    foreign = sum(1 for w in words if any(ch not in VIETNAMESE_LETTERS for ch in w)) / len(words)
    if marked < 0.25:
        return (_("Vietnamese text layer without diacritics (%(share)d%% of words marked)")
                % {"share": round(marked * 100)})
    score = _syllable_score(stripped)
    if score is not None and score < 0.75:
        return (_("text layer damaged by OCR without Vietnamese (%(share)d%% valid syllables)")
                % {"share": round(score * 100)})
    if foreign > 0.15:
        return (_("text layer damaged by OCR without Vietnamese (%(share)d%% words with foreign "
                  "letters)") % {"share": round(foreign * 100)})
    return None


def _syllable_score(text: str) -> float | None:
    try:
        from ..repair.vietnamese import vietnamese_score
    except ImportError:
        return None
    return vietnamese_score(text)
