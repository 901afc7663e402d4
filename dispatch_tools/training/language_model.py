"""Build the syllable language model from the corpus: ``make model``.

    python -m dispatch_tools.training.language_model --corpus ../shared/corpus --out models/lm

1. The syllable inventory: lower-cased words of the training lines that have the shape of a
   Vietnamese syllable and occur at least ``--min-count`` times -> ``models/repair/syllables.txt``.
   Also the ALL-CAPS abbreviations -> ``models/repair/abbreviations.txt``.
2. Every training line becomes ids: ``<s> w1 , w2 ... </s>``, a sentence ending at ``.``, ``;``,
   ``:``, ``!``, ``?``, a comma between two tokens a token of its own; words outside the
   inventory become their class (``lm.token_class``: ``<abbr>``, ``<sym>``, ``<num>``,
   ``<unk>``). Along the way, how each syllable is cased where casing tells something.
3. N-gram counts (numpy: one sorted array of integer keys per order), interpolated modified
   Kneser-Ney probabilities, then pruning of rare n-grams with the back-off weights renormalised
   for what is kept (trigrams seen once fill the room up to ``--max-trigrams``, the most useful
   first).
4. The model is written as ``lm.npz``: per order, the keys (``w1*V^(n-1) + ... + wn``, exact,
   no hashing) in the order of their hash-table slots with the slot gaps, log10 probabilities
   and back-off weights as float16; and the casing counts.

The held-out lines (``corpus.is_heldout``) are never read. Same corpus -> same files.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from ..repair.lm import SPECIALS, _HashTable
from ..repair.lm import encode_line as lm_encode_line
from ..repair.tokens import case_informative
from ..repair.vietnamese import canonical, case_pattern, strip_marks, well_formed
from ..resources import model_path
from .corpus import iter_lines

BOS, EOS, NUM, UNK = range(4)
_WORD = re.compile(r"[^\W\d_]+")
_CAPS = re.compile(r"\b[A-ZĐ]{2,10}\b")


def log(message: str) -> None:
    print(f"[train] {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- data


def build_inventory(corpus: Path, min_count: int) -> tuple[dict[str, int], dict[str, int]]:
    """Syllables with their counts, and the ALL-CAPS abbreviations (see :func:`abbreviations`)."""
    counter: Counter[str] = Counter()
    caps: Counter[str] = Counter()
    for _, line in iter_lines(corpus, "train"):
        counter.update(_WORD.findall(line.lower()))
        caps.update(_CAPS.findall(line))
    inv = {w: c for w, c in counter.items() if c >= min_count and well_formed(w)}
    return (dict(sorted(inv.items(), key=lambda kv: (-kv[1], kv[0]))),
            abbreviations(caps, {strip_marks(w) for w in inv}, agency_abbreviations()))


ABBREVIATION_MIN = 2  # an abbreviation written with Đ: seen at least this often
CAPS_WORD_MIN = 5  # an ALL-CAPS word without Đ, a piece of compound abbreviations


def abbreviations(caps: Counter[str], keys: set[str], lexicon: set[str]) -> dict[str, int]:
    """ALL-CAPS words that are no syllable, with their counts:

    * written with Đ (``GDĐT``, ``QĐ``), seen at least ``ABBREVIATION_MIN`` times or listed in
      the agency lexicon (``TWĐTN``), and whose stripped form (``GDDT``) is rare as it is
      (under a fifth as often; for the lexicon's, at most twice): repair gives them their Đ back;
    * written without Đ (``TW``, ``QG``, ``UBND``), seen at least ``CAPS_WORD_MIN`` times: the
      other pieces a compound abbreviation may be made of (``TWDTN`` = ``TW`` + ``ĐTN``).
    """
    def no_syllable(w: str) -> bool:
        return strip_marks(w).lower() not in keys

    out = {w: c for w, c in caps.items()
           if "Đ" in w and c >= ABBREVIATION_MIN and no_syllable(w)
           and caps.get(strip_marks(w), 0) < 0.2 * c}
    for w in lexicon:
        c = caps.get(w, 0)
        if w not in out and no_syllable(w) and caps.get(strip_marks(w), 0) <= max(0.2 * c, 2):
            out[w] = c
    out.update({w: c for w, c in caps.items()
                if "Đ" not in w and c >= CAPS_WORD_MIN and no_syllable(w)})
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def agency_abbreviations() -> set[str]:
    """ALL-CAPS abbreviations written with Đ in the agency lexicon (``models/parse/agencies.tsv``,
    second column)."""
    path = model_path("parse", "agencies.tsv")
    out: set[str] = set()
    if not path.is_file():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) > 1:
            out.update(a.strip() for a in cols[1].split(",")
                       if "Đ" in a and _CAPS.fullmatch(a.strip()))
    return out


CASES = ("lower", "title", "upper")


def encode_line(line: str, index: dict[str, int], out: list[int],
                case: np.ndarray | None = None) -> None:
    """Append the ids of ``line`` to ``out`` (:func:`repair.lm.encode_line`); with ``case``
    (vocabulary size x 3), also count how each syllable is written (lower, Title, UPPER) where its
    casing tells something (:func:`tokens.case_informative`: not at the start of a line or
    sentence)."""
    def count(wid: int, tok, gap: str | None) -> None:
        if case is not None and case_informative(gap):
            pattern = case_pattern(tok.text)
            if pattern in CASES:
                case[wid, CASES.index(pattern)] += 1

    out += lm_encode_line(line, index.get, count)


def lm_vocabulary(inv: dict[str, int]) -> list[str]:
    """Specials, then the syllables in canonical tone placement, most frequent first."""
    merged: Counter[str] = Counter()
    for word, count in inv.items():
        merged[canonical(word)] += count
    return list(SPECIALS) + [w for w, _ in sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))]


def encode_corpus(corpus: Path, vocab: list[str], inv: dict[str, int]
                  ) -> tuple[np.ndarray, np.ndarray]:
    """The ids of every training line, and the casing counts of every id (see encode_line)."""
    index = {w: i for i, w in enumerate(vocab)}
    for word in inv:  # the other tone placement maps to the same id
        index.setdefault(word, index[canonical(word)])
    case = np.zeros((len(vocab), len(CASES)), dtype=np.int64)
    chunks, buf = [], []
    for n, (_, line) in enumerate(iter_lines(corpus, "train"), 1):
        encode_line(line, index, buf, case)
        if len(buf) > 2_000_000:
            chunks.append(np.array(buf, dtype=np.int64))
            buf = []
        if n % 200_000 == 0:
            log(f"{n} lines encoded")
    chunks.append(np.array(buf, dtype=np.int64))
    return np.concatenate(chunks), case


# --------------------------------------------------------------------------- counting


def count_ngrams(ids: np.ndarray, vsize: int, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Sorted unique keys of the n-grams in ``ids`` and their counts (no n-gram crosses a
    sentence end)."""
    length = len(ids) - n + 1
    key = np.zeros(length, dtype=np.uint64)
    valid = np.ones(length, dtype=bool)
    for k in range(n):
        col = ids[k:k + length]
        key = key * np.uint64(vsize) + col.astype(np.uint64)
        if k < n - 1:
            valid &= col != EOS
        if k > 0:
            valid &= col != BOS
    if n == 1:
        valid &= ids != BOS
    keys, counts = np.unique(key[valid], return_counts=True)
    return keys, counts.astype(np.int64)


def _discounts(counts: np.ndarray) -> tuple[float, float, float]:
    n1, n2, n3, n4 = (int(np.sum(counts == k)) for k in (1, 2, 3, 4))
    if min(n1, n2, n3, n4) == 0:
        return 0.5, 1.0, 1.5
    y = n1 / (n1 + 2 * n2)
    d1, d2, d3 = 1 - 2 * y * n2 / n1, 2 - 3 * y * n3 / n2, 3 - 4 * y * n4 / n3
    return max(d1, 0.05), max(d2, 0.05), max(d3, 0.05)


def _groups(context: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start index of each run of equal (sorted) context keys, and the group id of each row."""
    starts = np.flatnonzero(np.r_[True, context[1:] != context[:-1]])
    gid = np.cumsum(np.r_[False, context[1:] != context[:-1]])
    return starts, gid


def _lookup(keys: np.ndarray, query: np.ndarray) -> np.ndarray:
    idx = np.searchsorted(keys, query)
    idx[idx >= len(keys)] = 0
    found = keys[idx] == query
    if not found.all():
        raise AssertionError("an n-gram suffix is missing from the lower order")
    return idx


def kneser_ney(ids: np.ndarray, vsize: int, order: int, prune: list[int],
               max_top: int = 0) -> dict:
    """Interpolated modified Kneser-Ney over ``ids``; returns per-order arrays.

    ``prune[n]``: n-grams of order n (n >= 2) whose count (raw for the highest order, continuation
    count below) is under this are dropped, unless a longer kept n-gram needs them as context.
    ``max_top``: if fewer n-grams of the highest order are left than this, the best of the
    dropped ones fill the room (see :func:`_prune`).
    """
    raw = {n: count_ngrams(ids, vsize, n) for n in range(1, order + 1)}
    for n in range(1, order + 1):
        log(f"order {n}: {len(raw[n][0]):,} distinct n-grams")
    V = np.uint64(vsize)
    # adjusted counts: continuation counts, except raw counts for the highest order and <s>-initial
    adjusted: dict[int, np.ndarray] = {order: raw[order][1]}
    for n in range(1, order):
        keys, counts = raw[n]
        suffix = raw[n + 1][0] % (V ** np.uint64(n))
        sk, sc = np.unique(suffix, return_counts=True)
        cont = np.zeros(len(keys), dtype=np.int64)
        pos = np.searchsorted(sk, keys)
        pos[pos >= len(sk)] = 0
        hit = sk[pos] == keys
        cont[hit] = sc[pos[hit]]
        first = keys // (V ** np.uint64(n - 1)) if n > 1 else keys
        bos = first == BOS
        cont[bos] = counts[bos]
        adjusted[n] = cont

    # unigrams: discounted continuation counts interpolated with the uniform distribution
    keys1, a1 = raw[1][0], adjusted[1]
    d1, d2, d3 = _discounts(a1)
    disc = np.where(a1 == 1, d1, np.where(a1 == 2, d2, d3))
    total = a1.sum()
    gamma = (disc.sum()) / total
    p1 = np.full(vsize, gamma / (vsize - 1))  # uniform over everything but <s>
    p1[keys1.astype(np.int64)] += (a1 - disc) / total
    p1[BOS] = 1.0  # never predicted; its row only carries a back-off weight
    prob = {1: p1}
    backoff: dict[int, np.ndarray] = {1: np.ones(vsize)}
    keys: dict[int, np.ndarray] = {1: np.arange(vsize, dtype=np.uint64)}

    for n in range(2, order + 1):
        k, a = raw[n][0], adjusted[n]
        d1, d2, d3 = _discounts(a)
        disc = np.where(a == 1, d1, np.where(a == 2, d2, d3))
        context = k // V
        starts, gid = _groups(context)
        tot = np.add.reduceat(a, starts).astype(np.float64)
        mass = np.add.reduceat(disc, starts)
        lower = _lower_prob(prob, keys, n - 1, k % (V ** np.uint64(n - 1)), vsize)
        p = (a - disc) / tot[gid] + (mass / tot)[gid] * lower
        prob[n], keys[n], backoff[n] = p, k, np.ones(len(k))
        backoff[n - 1] = _set_backoff(keys[n - 1], backoff[n - 1], context[starts], mass / tot)
        log(f"order {n}: discounts {d1:.3f} {d2:.3f} {d3:.3f}")

    _prune(keys, prob, backoff, adjusted, order, prune, max_top, vsize)
    return {"keys": keys, "prob": prob, "backoff": backoff}


def _prune(keys: dict, prob: dict, backoff: dict, adjusted: dict, order: int, prune: list[int],
           max_top: int, vsize: int) -> None:
    """Pruning, highest order first, renormalising the back-off weight of each context (the
    per-order arrays are replaced in place; see :func:`kneser_ney`)."""
    V = np.uint64(vsize)
    for n in range(order, 1, -1):
        threshold = prune[n] if n < len(prune) else 1
        if threshold <= 1:
            continue
        count = adjusted[n]
        keep = count >= threshold
        if n < order:  # contexts of kept longer n-grams stay
            needed = np.unique(keys[n + 1] // V)
            keep |= np.isin(keys[n], needed)
        k, p = keys[n], prob[n]
        context = k // V
        lower = _lower_prob(prob, keys, n - 1, k % (V ** np.uint64(n - 1)), vsize)
        if n == order and max_top and int(keep.sum()) < max_top:
            # room left: the rarer n-grams that the back-off would predict worst come back
            # (the relative-entropy criterion of Stolcke's pruning; all of them were seen as
            # rarely, so the log ratio of the explicit to the backed-off probability ranks them)
            cand = np.flatnonzero(~keep)
            weight = backoff[n - 1][_lookup(keys[n - 1], context[cand])]
            gain = np.log10(p[cand]) - np.log10(weight * lower[cand])
            best = cand[np.argsort(-gain, kind="stable")[:max_top - int(keep.sum())]]
            keep[best] = True
        starts, gid = _groups(context)
        kept_p = np.add.reduceat(np.where(keep, p, 0.0), starts)
        kept_lower = np.add.reduceat(np.where(keep, lower, 0.0), starts)
        num = np.clip(1.0 - kept_p, 1e-9, None)
        den = np.clip(1.0 - kept_lower, 1e-9, None)
        backoff[n - 1] = _set_backoff(keys[n - 1], backoff[n - 1], context[starts], num / den)
        keys[n], prob[n], backoff[n], adjusted[n] = k[keep], p[keep], backoff[n][keep], count[keep]
        log(f"order {n}: kept {int(keep.sum()):,} of {len(keep):,} after pruning below {threshold}")


def _lower_prob(prob, keys, n, query, vsize) -> np.ndarray:
    if n == 1:
        return prob[1][query.astype(np.int64)]
    return prob[n][_lookup(keys[n], query)]


def _set_backoff(keys: np.ndarray, current: np.ndarray, contexts: np.ndarray,
                 values: np.ndarray) -> np.ndarray:
    out = current.copy()
    out[_lookup(keys, contexts)] = values
    return out


# --------------------------------------------------------------------------- saving


def save(model: dict, vocab: list[str], order: int, out: Path, meta: dict,
         case: np.ndarray | None = None) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, np.ndarray] = {
        "vocab": np.array("\n".join(vocab)),
        "p1": np.log10(model["prob"][1]).astype(np.float32),
        "b1": np.log10(model["backoff"][1]).astype(np.float32),
    }
    for n in range(2, order + 1):
        # the hash table as it will be in memory: keys and scores in slot order, and the
        # increasing slots as differences, so loading writes the table from start to end
        k = model["keys"][n]
        table = _HashTable(k)
        by_slot = np.argsort(table.order, kind="stable")
        slots = table.order[by_slot]
        arrays[f"t{n}_keys"] = k[by_slot]
        arrays[f"t{n}_slot"] = np.diff(slots, prepend=0).astype(
            np.uint16 if len(slots) == 0 or int(np.diff(slots, prepend=0).max()) < 2 ** 16 else np.uint32)
        arrays[f"t{n}_bits"] = np.array(table.bits)
        arrays[f"p{n}"] = np.log10(model["prob"][n][by_slot]).astype(np.float16)
        if n < order:
            arrays[f"b{n}"] = np.log10(model["backoff"][n][by_slot]).astype(np.float16)
    meta = dict(meta, order=order, vocab_size=len(vocab),
                ngrams={str(n): int(len(model["keys"][n])) for n in range(2, order + 1)})
    if case is not None:  # casing counts per id (lower, Title, UPPER)
        arrays["case_counts"] = case.astype(np.int32)
    arrays["meta"] = np.array(json.dumps(meta, ensure_ascii=False))
    path = out / "lm.npz"
    np.savez_compressed(path, **arrays)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    ap.add_argument("--out", type=Path, default=Path("models/lm"))
    ap.add_argument("--order", type=int, default=3)
    ap.add_argument("--min-count", type=int, default=3, help="inventory: minimum word count")
    ap.add_argument("--prune", default="0,0,1,2",
                    help="per order (0-based list), minimum count kept; default keeps all "
                         "bigrams and trigrams seen twice")
    ap.add_argument("--max-trigrams", type=int, default=4_000_000,
                    help="highest order: fill up to this many n-grams with the most useful of "
                         "those seen once (keeps the hash table at 2^23 slots)")
    ap.add_argument("--ids-cache", type=Path, help="reuse/save the encoded corpus here (.npy)")
    args = ap.parse_args(argv)
    started = time.time()
    inv_path = model_path("repair", "syllables.txt")
    if args.ids_cache and args.ids_cache.exists() and inv_path.exists():
        inv = {w: int(c) for w, c in (line.rstrip("\n").split("\t")
                                       for line in inv_path.open(encoding="utf-8"))}
        vocab = lm_vocabulary(inv)
        ids = np.load(args.ids_cache)
        case_path = args.ids_cache.with_suffix(".case.npy")
        case = np.load(case_path) if case_path.exists() else None
    else:
        inv, abbreviations = build_inventory(args.corpus, args.min_count)
        inv_path.parent.mkdir(parents=True, exist_ok=True)
        with open(inv_path, "w", encoding="utf-8") as fh:
            fh.writelines(f"{w}\t{c}\n" for w, c in inv.items())
        with open(model_path("repair", "abbreviations.txt"), "w", encoding="utf-8") as fh:
            fh.writelines(f"{w}\t{c}\n" for w, c in abbreviations.items())
        log(f"{len(abbreviations)} ALL-CAPS abbreviations, "
            f"{sum('Đ' in w for w in abbreviations)} written with Đ")
        log(f"inventory: {len(inv):,} syllables -> {inv_path}")
        vocab = lm_vocabulary(inv)
        ids, case = encode_corpus(args.corpus, vocab, inv)
        if args.ids_cache:
            np.save(args.ids_cache, ids)
            np.save(args.ids_cache.with_suffix(".case.npy"), case)
    log(f"{len(ids):,} tokens ({time.time() - started:.0f} s)")
    prune = [int(x) for x in args.prune.split(",")]
    model = kneser_ney(ids, len(vocab), args.order, prune, args.max_trigrams)
    meta = {"tokens": int(len(ids)), "min_count": args.min_count, "prune": prune,
            "max_trigrams": args.max_trigrams,
            "heldout": "crc32(line) % 100 == 0"}
    path = save(model, vocab, args.order, args.out, meta, case)
    log(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB) in {time.time() - started:.0f} s")
    if model_path("repair", "ocr_pairs.jsonl").is_file():  # OCR confusions from the cached pairs
        from . import ocr_confusions

        ocr_confusions.main(["--corpus", str(args.corpus)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
