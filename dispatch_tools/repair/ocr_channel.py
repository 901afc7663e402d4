"""OCR damage: which syllables could an OCR'd word be, and at what cost.

The channel model P(OCR string | true syllable) is a weighted edit distance whose costs are
learnt from real OCR errors (:mod:`dispatch_tools.training.ocr_errors` renders training lines
and OCRs them with Tesseract's English model): every true letter is read as one or two
characters, or dropped, and stray characters are inserted; ``ố`` -> ``6``, ``ở`` -> ``&``,
``ệ`` -> ``¢``, ``l`` -> ``1``, ``ư`` -> ``ir``, ``Đ`` -> ``DP``. The counts live in
``models/repair/ocr_confusions.json`` (``python -m dispatch_tools.training.ocr_confusions
--corpus ../shared/corpus`` rebuilds it from the cached pairs of clean and of varied, poorer
renderings). Unseen confusions are smoothed: by what letters of the same base were read as
(never dearer than a confusion never seen), and by glyphs the engine takes for one another
(:data:`SIMILAR_PAIRS`: ``ố`` is often ``6``, so ``b`` too).

Candidates: rapidfuzz finds the syllable keys within a small Levenshtein distance of the word
(its symbols first mapped to the letters they stand for: ``é`` to e, and to o in turn), the
nearest and most used keys first; every accented form of those keys is scored with the learnt
costs, and the best by channel score and use go to the language model. Short numbers in damaged
text (``6 t6``) may be misread words too (:func:`number_candidates`).
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import lru_cache

from ..resources import model_path
from .vietnamese import _TONELESS, forms_by_key, inventory, strip_marks

MAX_SHORTLIST = 30
MAX_CANDIDATES = 20  # readings kept per OCR word
FORMS_PER_KEY = 10  # accented forms of each near key, most frequent first
BEAM = 3.0  # keep candidates within this many log10 units of the best
UNSEEN = 3.0  # cost of a confusion never observed (letter for letter, insertion, deletion)
UNSEEN_SYMBOL = 2.0  # a letter read as a digit or symbol never observed for it
SMOOTH = 2.0
PRIOR_WEIGHT = 0.5  # ranking the readings of a word for the shortlist: log10 units per tenfold use
# Glyphs an English OCR engine takes for one another (6 and b, ¢ and c or e, 1 and l): a letter
# read as one of a pair is read as the other now and then, at SIMILAR log10 units more, when the
# rendered pages happened never to show it (ố is often 6, so Sb may be Số).
SIMILAR_PAIRS = ("6b", "0o", "1l", "1i", "li", "|l", "|i", "!l", "!i", "@a", "@o", "¢c", "¢e",
                 "©c", "(c", "€e", "5s", "$s", "§s", "9g", "9q", "gq", "¥y", ("rn", "m"),
                 ("cl", "d"), ("ii", "u"), ("vv", "w"))
SIMILAR = 1.0
FAMILY = 0.7  # a reading seen for another tone of the same vowel (ử read tr, so ừ too)
SYMBOL_SHARE = 0.15  # a symbol also stands for a second key letter that has this share of it


def confusion_cost(counts: dict[str, Counter]) -> Callable[[str, str], float]:
    """-log10 P(o | t) of a true letter ``t`` (``''``: an insertion) read as ``o`` (``''``: dropped),
    under the given confusion counts, smoothed as the module documentation says."""
    table = _costs_from_counts(counts)
    return lambda t, o: _cost_lookup(table, t, o)


def _costs_from_counts(counts: dict[str, Counter]) -> dict:
    by_base: dict[str, Counter] = defaultdict(Counter)
    for t, c in counts.items():
        base = strip_marks(t) if t else ""
        for o, n in c.items():
            # what a letter of this base turns into, with its own letter as "self"
            by_base[base][o if o not in (t, strip_marks(t)) or not t else "<self>"] += n
    table: dict[str, dict[str, float]] = {}
    for t, c in counts.items():
        total = sum(c.values())
        base = strip_marks(t) if t else ""
        base_c = by_base[base]
        base_total = sum(base_c.values())
        row = {}
        for o in set(c) | set(base_c):
            bo = "<self>" if o == "<self>" else o
            p_base = (base_c.get(bo, 0) + 0.1) / (base_total + 1.0)
            n = c.get(o if o != "<self>" else t, 0)
            p = (n + SMOOTH * p_base) / (total + SMOOTH)
            # seen for a letter of the same base, never for this one: no dearer than unseen
            row[o] = -math.log10(p) if n else min(-math.log10(p), _unseen(o))
        table[t] = row
    _share_family(table)
    for t, row in table.items():
        if t:
            _add_similar(row, strip_marks(t))
    return table


def _share_family(table: dict[str, dict[str, float]]) -> None:
    """The tones of one vowel (``ư ừ ứ ử ữ ự``) share its shape, and the engine reads the shape
    the same ways whatever the tone (the horn of ư as ``r`` or ``t``: ``tir``, ``thirc``,
    ``ltra``): a reading seen for one of them, never for another, costs that one
    :data:`FAMILY` log10 units more (the rendered pages show each tone too seldom to have met
    every reading)."""
    fam_cost = FAMILY
    families: dict[str, list[str]] = defaultdict(list)
    for t in table:
        if len(t) == 1 and t in _TONELESS:
            families[_TONELESS[t]].append(t)
    for members in families.values():
        if len(members) < 2:
            continue
        seen: dict[str, float] = {}
        for m in members:
            for o, c in table[m].items():
                if o != "<self>" and o not in members and c < _unseen(o):
                    seen[o] = min(c, seen.get(o, c))
        for m in members:
            row = table[m]
            for o, c in seen.items():
                if o != strip_marks(m) and c + fam_cost < row.get(o, _unseen(o)):
                    row[o] = c + fam_cost


def _similar_glyphs() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = defaultdict(list)
    for a, b in SIMILAR_PAIRS:
        out[a].append(b)
        out[b].append(a)
    return {k: tuple(v) for k, v in out.items()}


_SIMILAR_OF = _similar_glyphs()


def _add_similar(row: dict[str, float], own: str) -> None:
    """Readings of a letter never seen, but like a glyph it was seen read as (or like its own
    shape): that reading's cost plus :data:`SIMILAR`."""
    seen: dict[str, float] = {}
    for o, c in row.items():
        o = own if o == "<self>" else o
        seen[o] = min(c, seen.get(o, c))
    for o_seen, cost in sorted(seen.items()):
        for o in _SIMILAR_OF.get(o_seen, ()):
            if cost + SIMILAR < row.get(o, _unseen(o)) and o != own:
                row[o] = cost + SIMILAR


def _cost_lookup(table: dict, t: str, o: str) -> float:
    row = table.get(t)
    if row is None:
        row = table.get(strip_marks(t)) if t else None
    if row is None:
        return 0.0 if t and o == t else _unseen(o)
    if t and o == t:
        return row.get(t, row.get("<self>", 0.3))
    got = row.get(o)
    if got is None and t and o == strip_marks(t):
        got = row.get("<self>")
    return got if got is not None else _unseen(o)


def _unseen(o: str) -> float:
    return UNSEEN_SYMBOL if len(o) == 1 and not o.isalpha() else UNSEEN


@lru_cache(maxsize=1)
def _model() -> tuple[dict, dict[str, str], dict[str, str]]:
    path = model_path("repair", "ocr_confusions.json")
    if not path.is_file():
        return {}, {}, {}
    data = json.loads(path.read_text(encoding="utf-8"))
    counts = {t: Counter(c) for t, c in data["counts"].items()}
    table = _costs_from_counts(counts)
    # symbol -> the key letters it stands for, most often first (for the rapidfuzz shortlist):
    # ``é`` is mostly a marked e, but a marked o often enough (``sé`` may be ``sở``)
    by_symbol: dict[str, Counter] = defaultdict(Counter)
    for t, c in counts.items():
        for o, n in c.items():
            if len(o) == 1 and not ("a" <= o <= "z") and t:
                by_symbol[o][strip_marks(t)] += n
    symbol_map: dict[str, tuple[str, ...]] = {}
    for o, c in by_symbol.items():
        total = sum(c.values())
        ranked = [k for k, n in c.most_common() if n >= 2 and n >= SYMBOL_SHARE * total]
        if ranked:
            symbol_map[o] = tuple(ranked[:2])
    for g, letters in _SIMILAR_OF.items():  # a glyph like a letter may be read as it, after those seen
        for letter in letters:
            if len(g) == 1 and not ("a" <= g <= "z") and len(letter) == 1 and "a" <= letter <= "z" \
                    and letter not in symbol_map.get(g, ()):
                symbol_map[g] = symbol_map.get(g, ()) + (letter,)
    # two characters read for one letter (ừ -> "ir", Đ -> "dp"): their most frequent key letter
    pairs: dict[str, Counter] = defaultdict(Counter)
    for t, c in counts.items():
        for o, n in c.items():
            if len(o) == 2 and t:
                pairs[o][strip_marks(t)] += n
    segment_map = {o: c.most_common(1)[0][0] for o, c in pairs.items()
                   if sum(c.values()) >= 2 and o != c.most_common(1)[0][0] * 2}
    return table, symbol_map, segment_map


def channel_cost(true: str, obs: str) -> float:
    """-log10 P(obs | true) under the learnt confusions (the cheapest alignment)."""
    table = _model()[0]
    n, m = len(true), len(obs)
    inf = float("inf")
    prev = [inf] * (m + 1)
    prev[0] = 0.0
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] + _cost_lookup(table, "", obs[j - 1])
    for i in range(1, n + 1):
        t = true[i - 1]
        cur = [inf] * (m + 1)
        cur[0] = prev[0] + _cost_lookup(table, t, "")
        for j in range(1, m + 1):
            best = prev[j] + _cost_lookup(table, t, "")
            c = prev[j - 1] + _cost_lookup(table, t, obs[j - 1])
            if c < best:
                best = c
            if j >= 2:
                c = prev[j - 2] + _cost_lookup(table, t, obs[j - 2:j])
                if c < best:
                    best = c
            c = cur[j - 1] + _cost_lookup(table, "", obs[j - 1])
            if c < best:
                best = c
            cur[j] = best
        prev = cur
    return prev[m]


@lru_cache(maxsize=1)
def _keys() -> list[str]:
    return sorted(forms_by_key())


@lru_cache(maxsize=1)
def _key_weight() -> dict[str, int]:
    """Key -> how often its syllables occur in the corpus."""
    out: Counter = Counter()
    for word, count in inventory().items():
        out[strip_marks(word)] += count
    return dict(out)


def _mapped(lower: str, symbol_map: dict[str, tuple[str, ...]]) -> list[str]:
    """The word with its symbols read as key letters: the first reading of every symbol, and
    for each symbol in turn its second reading (``sé`` -> ``se``, ``so``)."""
    first = "".join(symbol_map.get(ch, (strip_marks(ch),))[0] for ch in lower)
    out = [first]
    for i, ch in enumerate(lower):
        for alt in symbol_map.get(ch, ())[1:]:
            out.append(first[:i] + alt + first[i + 1:])
    return out


def queries(lower: str) -> list[str]:
    """Diacritic-free keys to look up for an OCR'd word: its symbols read as the key letters
    they stand for (:func:`_mapped`), and its two-character readings of one letter undone
    (``ltra`` -> ``lua``)."""
    _, symbol_map, segment_map = _model()
    out = set(_mapped(lower, symbol_map))
    for seg, letter in segment_map.items():
        if seg in lower:
            out.update(_mapped(lower.replace(seg, letter), symbol_map))
    return sorted(out)


def near_limit(query: str) -> int:
    """The Levenshtein distance within which a key is near a query of this length."""
    return 1 if len(query) <= 2 else 2


@lru_cache(maxsize=50_000)
def ocr_candidates(lower: str) -> list[tuple[str, float]]:
    """Syllables the OCR'd word may stand for, with log10 channel scores (best first)."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    table = _model()[0]
    if not table or len(lower) > 12:
        return []
    keys: dict[str, float] = {}
    for query in queries(lower):
        for key, dist, _ in process.extract(query, _keys(), scorer=Levenshtein.distance,
                                            score_cutoff=near_limit(query), limit=None):
            keys[key] = min(dist, keys.get(key, 9))
    fbk = forms_by_key()
    weight = _key_weight()
    scored = []
    # the nearest keys first, and among equally near ones the most used
    for key in sorted(keys, key=lambda k: (keys[k], -weight.get(k, 0), k))[:MAX_SHORTLIST]:
        for form in fbk[key][:FORMS_PER_KEY]:
            scored.append((form, -channel_cost(form, lower)))
    if not scored:
        return []
    best = max(c for _, c in scored)
    scored = [(f, c) for f, c in scored if c >= best - BEAM]
    # which readings reach the language model: channel score and how common the syllable is
    # (a prior of PRIOR_WEIGHT log10 units per tenfold use), so that a dozen rare syllables one
    # unseen edit away (pop, pot, poe) do not crowd out a common one (POC: đốc)
    inv = inventory()
    scored.sort(key=lambda fc: (-(fc[1] + PRIOR_WEIGHT * math.log10(inv.get(fc[0], 0) + 1)), fc[0]))
    kept = scored[:MAX_CANDIDATES]
    kept.sort(key=lambda fc: (-round(fc[1], 2), -inv.get(fc[0], 0), fc[0]))
    return [(f, round(c, 2)) for f, c in kept]


NUMBER_AS_WORD = -2.0  # log10: a short number in OCR'd text that is a misread word (16 -> lộ)


def number_candidates(text: str) -> list[tuple[str, float]]:
    """Syllables a short run of digits in OCR-damaged text may stand for (``6 t6`` -> ``ô tô``,
    ``16`` -> ``lộ``), scored like :func:`ocr_candidates` plus :data:`NUMBER_AS_WORD`: only
    digits the engine writes for letters (``1`` for ``l``, ``6`` for ``ô``) qualify; the
    number itself stays the reading unless the language model is sure."""
    symbol_map = _model()[1]
    if not text.isdigit() or len(text) > 2 or any(ch not in symbol_map for ch in text):
        return []
    return [(form, round(score + NUMBER_AS_WORD, 2)) for form, score in ocr_candidates(text)]
