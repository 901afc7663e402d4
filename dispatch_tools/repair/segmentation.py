"""Words an OCR engine cut in the wrong places: a space lost between two syllables
(``Nhưtrên``, ``KẾHOẠCH``), a space put inside a syllable (``TRƯỜN G``) or a space one letter off
(``TẾTN GUYÊN``).

Only text read by an OCR engine that knows Vietnamese is looked at (its words carry marks, so a
run of letters with marks that is no syllable was cut wrongly, not a foreign word). A change is
made only when every word it leaves is a syllable of the corpus and at least one word it
removes has not even the letters of one (a word with wrong marks only, ``nhần``, is left to the
language model):

* **split**: a word with marks that is no syllable, and whose letters are two syllables of two
  letters or more (:func:`.word_analysis.split_glued`), gets a space between them, and so does a
  word without marks in small letters whose two syllables the corpus often writes in a row
  (``theoquy``, ``thamgia``; :data:`PLAIN_GLUE_BIGRAM`); so does a word
  the tokenizer cut at a capital after a small letter (``đốcNguyễn``) when both pieces are
  syllables and the second is written as a title (``CáO`` is a capital misread, not two words);
* **join**: two words one space apart, one of them no syllable, that together are a syllable
  much more used than either of them (``TRƯỜN G``: ``trườn`` is rare, ``trường`` common;
  ``Hà N`` stays, ``hà`` being commoner than ``hàn``);
* **shift**: two words one space apart, one of them no syllable, whose space moved by one or
  two letters leaves two syllables each in one case (``TẾTN GUYÊN``; not ``là UPU`` into
  ``làU PU``); of several such cuts the language model takes the likeliest;
* **a line glued**: a word with marks that is no syllable and whose letters are three syllables
  or more (``ĐẠIHỘIĐẠIBIỂU``, the spaces of a short header line all lost) gets a space between
  each; of several cuts the language model, with the words beside it, takes the likeliest;
* **a figure glued**: a syllable of the corpus glued to the figure after it (``Điều3``,
  ``năm2025``, ``SỐ12``) gets a space, unless the figure goes on into an address or a code
  (``hue2020@…``, ``ICON4`` is no syllable);
* **a vowel read twice**: a word holding the same vowel twice in a row, one with a tone mark at
  least (``UỶÝ``, ``BIẾỂU``, ``chuyêền``, ``VĨINH``), was read twice where the page prints it
  once: no syllable holds the same vowel twice so, and it keeps one of the two, the one the language model likes beside its
  neighbours (``UỶ BAN``, ``ĐẠI BIỂU``), when that leaves a syllable or syllables glued as above.

A join or a shift needs marks on one of the two words: two capital words without marks are
abbreviations as likely as pieces of a syllable.

The letters themselves are never changed here: the words are read afterwards like any other
(:mod:`.noisy_channel`), so their marks may still be corrected.
"""

from __future__ import annotations

import re

import numpy as np

from . import lm as lm_module
from .tokens import Token, tokenize
from .vietnamese import case_pattern, forms_by_key, has_marks, inventory, strip_marks, tone
from .word_analysis import split_glued

MAX_PARTS = 6  # syllables a glued word may be cut into (a short header line)
JOIN_RATIO = 100  # a joined syllable must be this many times commoner than a valid piece of it
MAX_SHIFT = 2  # letters a misplaced space may be off by
# log10 P(second | first) of two syllables without marks glued together, at least: the pair is one
# the corpus writes often (tham gia -0.5, theo quy -1.4), not two pieces of a foreign word (da ta -4)
PLAIN_GLUE_BIGRAM = -1.5

Edit = tuple[int, int, str]  # start, end, replacement


def segmentation_edits(text: str) -> list[Edit]:
    """Edits ``(start, end, replacement)`` that put the spaces of ``text`` (read by OCR) where
    its syllables need them; see the module documentation."""
    tokens = [tok for tok in tokenize(text) if tok.kind == "word"]
    edits: list[Edit] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and text[tok.end:nxt.start] == " ":
            pair = _pair_edit(tok, nxt)
            if pair is not None:
                edits.append(pair)
                i += 2
                continue
        if nxt is not None and nxt.start == tok.end and _case_cut(tok.text, nxt.text):
            edits.append((tok.end, tok.end, " "))
        cut = _space_lost_at(text, tok)
        if cut:
            edits.append((tok.start + cut, tok.start + cut, " "))
        else:
            reading = _reread(tok.text, tokens[i - 1].text if i else "", nxt.text if nxt else "")
            if reading is not None:
                edits.append((tok.start, tok.end, reading))
        i += 1
    return sorted(edits + [(m.end(1), m.end(1), " ") for m in _GLUED_FIGURE.finditer(text)
                           if m.group(1).lower() in inventory()])


# a word of letters glued to the figure after it, the figure not going on into an address, a code
# or a decimal (``Điều3;``, ``ngày15/7/2001``; not ``hue2020@…``, ``H5N1``, ``mục2.1``)
_GLUED_FIGURE = re.compile(r"(?<![\w/.@-])([^\W\d_]{2,7})(?=\d+(?![\d@]|[.,\-_]\w|[^\W\d_]))")


def insertions(text: str) -> list[int]:
    """Offsets of ``text`` where a space was lost and nothing else went wrong: the splits of
    :func:`segmentation_edits` (a word split, a syllable cut from its figure, a line glued), without
    its joins and shifts, which take a space away or move it."""
    out = []
    tokens = [tok for tok in tokenize(text) if tok.kind == "word"]
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.start == tok.end and _case_cut(tok.text, nxt.text):
            out.append(tok.end)
        cut = _space_lost_at(text, tok)
        if cut:
            out.append(tok.start + cut)
        elif broken(tok.text.lower()):
            reading = _reread(tok.text, tokens[i - 1].text if i else "", nxt.text if nxt else "")
            if reading is not None and reading.replace(" ", "") == tok.text:
                out.extend(tok.start + m.start() - n for n, m in enumerate(re.finditer(" ", reading)))
    out += [m.end(1) for m in _GLUED_FIGURE.finditer(text) if m.group(1).lower() in inventory()]
    return sorted(set(out))


def valid(lower: str) -> bool:
    """A syllable as written, or the letters of one without marks (capitals often lose them)."""
    return lower in inventory() or not has_marks(lower) and lower in forms_by_key()


def broken(lower: str) -> bool:
    """Not even the letters of a syllable (``tếtn``, ``guyên``): a word with wrong marks only
    (``nhần``, ``thẻo``) is left to the language model."""
    return strip_marks(lower) not in forms_by_key()


def _glued_cut(word: str) -> int | None:
    """Where a space was lost in ``word``: a word with marks that is no syllable, whose letters
    are two syllables; None otherwise."""
    lower = word.lower()
    if len(lower) < 4 or not has_marks(lower) or not broken(lower):
        return None
    parts = split_glued(lower)
    if not parts or not all(valid(p) and len(p) > 1 for p in parts):
        return None
    return len(parts[0])


def _space_lost_at(text: str, tok: Token) -> int | None:
    """Where in ``tok`` a space was lost: a word with marks whose letters are two syllables, or two
    syllables without marks the corpus often writes in a row."""
    return _glued_cut(tok.text) or _plain_glued_cut(text, tok)


def _plain_glued_cut(text: str, tok: Token) -> int | None:
    """Where a space was lost between two syllables written without marks (``theoquy``,
    ``thamgia``): a word in small letters without marks that has not the letters of one syllable,
    whose letters are two syllables as written, of two letters or more, that the language model
    often sees one after the other (:data:`PLAIN_GLUE_BIGRAM`); not a word of an address or a
    code (a ``.``, ``@``, ``/``, ``_`` or ``-`` beside it)."""
    word = tok.text
    if len(word) < 5 or not word.isascii() or not word.islower() or not broken(word):
        return None
    around = text[tok.start - 1:tok.start] + text[tok.end:tok.end + 1]
    if any(ch in "./@_-\\:" for ch in around):
        return None
    parts = split_glued(word)
    inv = inventory()
    if not parts or not all(p in inv and len(p) > 1 for p in parts):
        return None
    lm = lm_module.load()
    ids = [np.array([lm.id(p)], dtype=np.int64) for p in parts]
    if float(lm.logprob(ids)[0]) < PLAIN_GLUE_BIGRAM:
        return None
    return len(parts[0])


def _reread(word: str, before: str, after: str) -> str | None:
    """``word`` (with marks, no syllable) as the syllables it holds: a vowel read twice with two
    tone marks keeps one (``UỶÝ``: ``UỶ``), a line of syllables glued together gets its spaces
    (``ĐẠIHỘIĐẠIBIỂU``); the reading the language model likes most beside ``before`` and
    ``after``. None when no reading leaves syllables only."""
    lower = word.lower()
    if len(lower) < 3 or not lower.isalpha() or not has_marks(lower) or not broken(lower):
        return None
    readings = []
    for variant in [word] + _one_mark_each(word):
        parts = _syllables(variant.lower())
        if parts and (variant != word or len(parts) > 2):
            cut, pieces = 0, []
            for part in parts:
                pieces.append(variant[cut:cut + len(part)])
                cut += len(part)
            readings.append(pieces)
    if not readings:
        return None
    best = max(readings, key=lambda pieces: _chain_score([before.lower(), *(p.lower() for p in pieces),
                                                          after.lower()]))
    return " ".join(best)


def _one_mark_each(word: str) -> list[str]:
    """``word`` without one of two same vowels in a row, one of them at least with a tone mark
    (``UỶÝ``: ``UÝ`` and ``UỶ``; ``chuyêền``: ``chuyền`` and ``chuyên``)."""
    out = []
    lower = word.lower()
    for k in range(len(lower) - 1):
        a, b = lower[k], lower[k + 1]
        if strip_marks(a) == strip_marks(b) and strip_marks(a) in "aeiouy" and (tone(a) or tone(b)):
            out += [word[:k] + word[k + 1:], word[:k + 1] + word[k + 2:]]
    return out


def _syllables(lower: str) -> list[str] | None:
    """``lower`` cut into at most :data:`MAX_PARTS` syllables (each valid, of two letters or more,
    or one valid syllable alone), the cut with the fewest pieces; None when there is none."""
    if valid(lower):
        return [lower]
    best: dict[int, list[str]] = {0: []}  # end -> fewest pieces up to there
    for end in range(2, len(lower) + 1):
        options = [best[start] + [lower[start:end]] for start in range(max(0, end - 7), end - 1)
                   if start in best and valid(lower[start:end])]
        if options:
            best[end] = min(options, key=len)
    parts = best.get(len(lower))
    return parts if parts and len(parts) <= MAX_PARTS else None


def _chain_score(words: list[str]) -> float:
    """log10 probability of ``words`` (empty ones left out) under the trigram language model,
    a syllable without marks read as its commonest form."""
    fbk = forms_by_key()
    lm = lm_module.load()
    ids = []
    for w in words:
        if w:
            form = w if w in inventory() or w not in fbk else fbk[w][0]
            ids.append(np.array([lm.id(form)], dtype=np.int64))
    return float(sum(lm.logprob(ids[max(0, i - 2):i + 1])[0] for i in range(len(ids))))


def _case_cut(left: str, right: str) -> bool:
    """Two words the tokenizer cut at a capital after a small letter (``NHIỆMTrần``), both
    syllables: a space was lost between them."""
    return (len(left) > 1 and left[-1].islower() and len(right) > 1 and right[0].isupper()
            and right[1:].islower() and valid(left.lower()) and valid(right.lower()))


def _pair_edit(left: Token, right: Token) -> Edit | None:
    """The text of two words one space apart, its space moved or dropped (join, shift); None
    when it stands as read."""
    a, b = left.text, right.text
    la, lb = a.lower(), b.lower()
    # one of them has not even the letters of a syllable, and one carries marks (an abbreviation
    # such as UPU or MSEP is no piece of a word)
    if not (broken(la) or broken(lb)) or not (has_marks(la) or has_marks(lb)):
        return None
    inv = inventory()
    joined = la + lb
    if joined in inv and all(not valid(p) or inv.get(p, 0) * JOIN_RATIO < inv[joined] for p in (la, lb)):
        return left.start, right.end, a + b
    options = []
    for k in range(1, MAX_SHIFT + 1):
        for cut in (len(a) - k, len(a) + k):
            whole = a + b
            first, second = whole[:cut], whole[cut:]
            if first and second and first.lower() in inv and second.lower() in inv \
                    and "mixed" not in (case_pattern(first), case_pattern(second)):
                options.append((first, second))
    if not options:
        return None
    first, second = max(options, key=lambda fs: _bigram_score(fs[0].lower(), fs[1].lower()))
    return left.start, right.end, first + " " + second


def _bigram_score(first: str, second: str) -> float:
    lm = lm_module.load()
    a = np.array([lm.id(first)], dtype=np.int64)
    b = np.array([lm.id(second)], dtype=np.int64)
    return float(lm.logprob([a])[0] + lm.logprob([a, b])[0])
