"""Exact trigram Viterbi decoding over a lattice of candidate syllables.

A *segment* (one sentence) is a list of positions; each position has candidate ids and their
channel scores (log10 P(observed | candidate)). The best path maximises the sum of channel
scores and trigram language-model scores, ``<s> <s>`` before and ``</s>`` after.

Two passes:

1. :func:`prune` keeps, per position, the candidates whose bigram pre-score (channel + best
   bigram with any left and any right neighbour) is within a beam of the best, at most ``keep``.
2. :func:`viterbi` decodes the smaller lattice exactly under the trigram model. All n-gram
   look-ups of all segments are made in a few vectorised calls (pair scores first; a trigram is
   looked up only when its context exists); the dynamic programme then runs step by step over
   all segments at once on padded ``(a, b, c)`` score blocks.

Segments are decoded independently of each other, so both passes take them in groups of at
most :data:`GROUP_SCORES` candidate pairs (prune) or triples (viterbi): the same results, with
the vectorised arrays of a long text bounded by the group instead of growing with the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from .lm import BOS, EOS, LanguageModel

# A position: candidate ids, channel scores (log10)[, shares of the pre-scores after pruning].
# Plain tuples: the decoder reads them in its inner loops.
Position = tuple


class Cache(NamedTuple):
    """A document cache (after Kuhn & De Mori): the words and bigrams the document itself
    uses. The model's probability of c after (a, b) becomes
    ``weight * P_lm(c | a, b) + unigram[c] + bigram share(b, c)``."""
    unigram: np.ndarray  # share per vocabulary id
    keys: np.ndarray  # sorted bigram keys ``b * size + c``
    share: np.ndarray  # their shares
    weight: float  # of the language model
    size: int  # vocabulary size


def mix_cache(lp: np.ndarray, prev: np.ndarray, ids: np.ndarray, cache: Cache | None) -> np.ndarray:
    """log10 of the language model's probabilities ``lp`` of the words ``ids`` after the words
    ``prev``, mixed with the document cache; ``lp`` itself when there is none."""
    if cache is None:
        return lp
    unigram, keys, share, weight, size = cache
    add = unigram[ids]
    if len(keys):
        query = prev.astype(np.int64) * size + ids.astype(np.int64)
        at = np.minimum(np.searchsorted(keys, query), len(keys) - 1)
        add = add + np.where(keys[at] == query, share[at], 0.0)
    return np.log10(weight * 10.0 ** lp.astype(np.float64) + add).astype(np.float32)


GROUP_SCORES = 1_000_000  # candidate pairs or triples of segments scored in one vectorised group


def groups(counts: list[int], limit: int | None = None) -> list[list[int]]:
    """Consecutive indices whose ``counts`` add up to at most ``limit`` (default
    :data:`GROUP_SCORES`; an index over it stands alone)."""
    limit = GROUP_SCORES if limit is None else limit
    out: list[list[int]] = [[]]
    total = 0
    for index, count in enumerate(counts):
        if out[-1] and total + count > limit:
            out.append([])
            total = 0
        out[-1].append(index)
        total += count
    return out


def viterbi(lm: LanguageModel, segments: list[list[Position]], cache: Cache | None = None
            ) -> tuple[list[list[int]], list[list[float]]]:
    """For every segment, the index of the chosen candidate at each position, and its
    confidence: the local posterior of the choice given the chosen neighbours (two on each
    side), from the same trigram scores (mixed with ``cache`` when given)."""
    results: list[list[int]] = [[0] * len(seg) for seg in segments]
    confidences: list[list[float]] = [[1.0] * len(seg) for seg in segments]
    work = [i for i, seg in enumerate(segments) if any(len(pos[0]) > 1 for pos in seg)]
    if work:
        _viterbi_group(lm, segments, work, cache, results, confidences)
    return results, confidences


def _viterbi_group(lm, segments, work, cache, results, confidences) -> None:
    """:func:`viterbi` of the segments ``work``, into ``results`` and ``confidences``; in
    smaller groups when they have more than :data:`GROUP_SCORES` candidate triples."""
    steps = _steps(segments, work)
    block = steps.na * steps.nb * steps.nc
    if len(work) > 1 and int(block.sum()) > GROUP_SCORES:
        per_segment = np.add.reduceat(block, [first for _, first, _ in steps.seg_steps])
        for group in groups(per_segment.tolist()):
            _viterbi_group(lm, segments, [work[g] for g in group], cache, results, confidences)
        return
    blocks = _step_scores(lm, steps, cache)
    _dynamic_programme(steps.seg_steps, results, blocks.scores, steps.block_start, blocks.step_of,
                       blocks.ia, blocks.ib, blocks.ic, int(steps.sizes.max()))
    _confidences(steps, blocks.scores, results, confidences)


@dataclass(slots=True)
class _Steps:
    """The segments to decode, laid out flat: every candidate in one table (entry 0 is <s>,
    entry 1 is </s>), and every trigram step of every segment as the table entries of its
    three positions (a, b, c), with their numbers of candidates and the start of its block of
    ``na * nb * nc`` scores."""
    flat_ids: np.ndarray
    flat_chan: np.ndarray
    sizes: np.ndarray  # candidates per table entry
    seg_steps: list[tuple[int, int, int]]  # segment, first step, number of steps
    na: np.ndarray
    nb: np.ndarray
    nc: np.ndarray
    off_a: np.ndarray  # table offset of the first candidate of each step's a, b, c
    off_b: np.ndarray
    off_c: np.ndarray
    block_start: np.ndarray


@dataclass(slots=True)
class _Blocks:
    """The score of every (a, b, c) of every step, and for each score its step and the
    candidate indices a, b, c within the step's positions."""
    scores: np.ndarray
    step_of: np.ndarray
    ia: np.ndarray
    ib: np.ndarray
    ic: np.ndarray


def _steps(segments: list[list[Position]], work: list[int]) -> _Steps:
    ids_parts = [np.array([BOS]), np.array([EOS])]
    chan_parts = [np.zeros(1, np.float32), np.zeros(1, np.float32)]
    sizes = [1, 1]
    pa, pb, pc = [], [], []
    seg_steps: list[tuple[int, int, int]] = []
    for si in work:
        seg = segments[si]
        first = len(sizes)
        for pos in seg:
            ids_parts.append(pos[0])
            chan_parts.append(pos[1])
            sizes.append(len(pos[0]))
        refs = [0, 0] + list(range(first, first + len(seg))) + [1]
        seg_steps.append((si, len(pa), len(seg) + 1))
        pa.extend(refs[:-2])
        pb.extend(refs[1:-1])
        pc.extend(refs[2:])
    sizes_a = np.array(sizes)
    offsets = np.concatenate(([0], np.cumsum(sizes_a)[:-1]))
    pa_a, pb_a, pc_a = np.array(pa), np.array(pb), np.array(pc)
    na, nb, nc = sizes_a[pa_a], sizes_a[pb_a], sizes_a[pc_a]
    block = na * nb * nc
    return _Steps(np.concatenate(ids_parts).astype(np.int64),
                  np.concatenate(chan_parts).astype(np.float32), sizes_a, seg_steps, na, nb, nc,
                  offsets[pa_a], offsets[pb_a], offsets[pc_a],
                  np.concatenate(([0], np.cumsum(block)[:-1])))


def _step_scores(lm: LanguageModel, st: _Steps, cache: Cache | None) -> _Blocks:
    """Every trigram score of every step, plus the channel score of c. All look-ups in a few
    vectorised calls: pair scores first (the back-off weight of (a, b) and the bigram
    log-prob of (b, c)); a trigram is looked up only when (a, b) is the context of some
    trigram in the model."""
    flat_ids, flat_chan = st.flat_ids, st.flat_chan
    na, nb, nc, off_a, off_b, off_c = st.na, st.nb, st.nc, st.off_a, st.off_b, st.off_c
    n_steps = len(na)
    ab_n = na * nb
    ab_start = np.concatenate(([0], np.cumsum(ab_n)[:-1]))
    step_ab = np.repeat(np.arange(n_steps), ab_n)
    ia2, ib2 = np.divmod(np.arange(int(ab_n.sum())) - ab_start[step_ab], nb[step_ab])
    bo_ab = lm.backoff([flat_ids[off_a[step_ab] + ia2], flat_ids[off_b[step_ab] + ib2]])
    bc_n = nb * nc
    bc_start = np.concatenate(([0], np.cumsum(bc_n)[:-1]))
    step_bc = np.repeat(np.arange(n_steps), bc_n)
    ib3, ic3 = np.divmod(np.arange(int(bc_n.sum())) - bc_start[step_bc], nc[step_bc])
    c_index3 = off_c[step_bc] + ic3
    lp_bc = lm.logprob([flat_ids[off_b[step_bc] + ib3], flat_ids[c_index3]]) + flat_chan[c_index3]

    block = na * nb * nc
    total = int(block.sum())
    step_of = np.repeat(np.arange(n_steps), block)
    local = np.arange(total) - st.block_start[step_of]
    nbc = bc_n[step_of]
    ncs = nc[step_of]
    ia, rem = np.divmod(local, nbc)
    ib, ic = np.divmod(rem, ncs)
    ab_idx = ab_start[step_of] + ia * nb[step_of] + ib
    scores = bo_ab[ab_idx] + lp_bc[bc_start[step_of] + rem]
    has_ctx = np.flatnonzero(bo_ab[ab_idx] != 0)
    if len(has_ctx):
        so = step_of[has_ctx]
        c_index = off_c[so] + ic[has_ctx]
        found_p = lm.trigram(flat_ids[off_a[so] + ia[has_ctx]], flat_ids[off_b[so] + ib[has_ctx]],
                             flat_ids[c_index])
        hit = ~np.isnan(found_p)
        scores[has_ctx[hit]] = found_p[hit] + flat_chan[c_index[hit]]
    if cache is not None:
        c_all = off_c[step_of] + ic
        chan_all = flat_chan[c_all]
        scores = mix_cache(scores - chan_all, flat_ids[off_b[step_of] + ib], flat_ids[c_all],
                           cache) + chan_all
    return _Blocks(scores, step_of, ia, ib, ic)


def _confidences(st: _Steps, scores: np.ndarray, results: list[list[int]],
                 confidences: list[list[float]]) -> None:
    """For each position x with a choice, its local posterior: score(x) = S_t[a*, b*, x]
    + S_t+1[b*, x, d*] + S_t+2[x, d*, e*] for every candidate x, read from the blocks already
    scored, normalised over the candidates."""
    nb, nc, block_start = st.nb, st.nc, st.block_start
    nc_l = nc.tolist()
    t_list, ca, cb, c1, c2, owner = [], [], [], [], [], []
    for si, first, count in st.seg_steps:
        choice = results[si]
        n = len(choice)
        ch = [0, 0] + choice + [0, 0]  # pads: <s> <s> ... </s>
        for j in range(n):
            if nc_l[first + j] > 1:
                t_list.append(first + j)
                ca.append(ch[j])
                cb.append(ch[j + 1])
                c1.append(ch[j + 3])
                c2.append(ch[j + 4] if j + 2 <= n else -1)
                owner.append((si, j))
    if not t_list:
        return
    t_a = np.array(t_list)
    k = nc[t_a]
    rep = np.repeat(np.arange(len(t_a)), k)
    group_start = np.concatenate(([0], np.cumsum(k)[:-1]))
    x = np.arange(int(k.sum())) - group_start[rep]
    t_r = t_a[rep]
    ca_r, cb_r = np.array(ca)[rep], np.array(cb)[rep]
    c1_r, c2_r = np.array(c1)[rep], np.array(c2)[rep]
    total_x = scores[block_start[t_r] + (ca_r * nb[t_r] + cb_r) * nc[t_r] + x]
    t1 = t_r + 1
    total_x = total_x + scores[block_start[t1] + (cb_r * nb[t1] + x) * nc[t1] + c1_r]
    has2 = c2_r >= 0
    t2 = np.where(has2, t_r + 2, t1)
    third = scores[np.where(has2, block_start[t2] + (x * nb[t2] + c1_r) * nc[t2] + c2_r, 0)]
    total_x = total_x + np.where(has2, third, 0.0)
    top = np.maximum.reduceat(total_x, group_start)
    p = 10.0 ** (total_x - top[rep]).astype(np.float64)
    norm = np.add.reduceat(p, group_start)
    chosen = np.array([results[si][j] for si, j in owner])
    conf = p[group_start + chosen] / norm
    for (si, j), value in zip(owner, conf.tolist()):
        confidences[si][j] = value


def _dynamic_programme(seg_steps, results, scores, block_start, step_of, ia, ib, ic, k) -> None:
    """Viterbi over all segments at once, step by step: the score blocks are padded to
    ``k x k x k`` (missing candidates score -inf) and stacked, so step j of every segment that
    is that long is one numpy operation. Segments are taken longest first, so the segments
    still running at step j are a prefix of the stack."""
    order = sorted(range(len(seg_steps)), key=lambda r: -seg_steps[r][2])
    counts = [seg_steps[r][2] for r in order]
    longest = counts[0]
    active = [0] * longest  # segments at least j + 1 steps long
    for c in counts:
        active[c - 1] += 1
    for j in range(longest - 2, -1, -1):
        active[j] += active[j + 1]
    row_start = np.concatenate(([0], np.cumsum(active)[:-1]))
    # row of every real step in the padded stack
    step_row = np.empty(len(block_start), dtype=np.int64)
    for rank, r in enumerate(order):
        first, count = seg_steps[r][1], seg_steps[r][2]
        step_row[first:first + count] = row_start[:count] + rank
    pad = np.full((int(sum(active)), k, k, k), -np.inf, dtype=np.float32)
    pad[step_row[step_of], ia, ib, ic] = scores
    delta = np.full((active[0], k, k), -np.inf, dtype=np.float32)
    delta[:, 0, 0] = 0.0  # <s> <s>
    backs = []
    final_b = [0] * len(order)
    for j in range(longest):
        n = active[j]
        tot = delta[:n, :, :, None] + pad[row_start[j]:row_start[j] + n]
        backs.append(tot.argmax(axis=1))
        delta = tot.max(axis=1)
        # segments whose last step (</s>, at candidate 0) this was
        done = n - (active[j + 1] if j + 1 < longest else 0)
        if done:
            best = delta[n - done:n, :, 0].argmax(axis=1).tolist()
            final_b[n - done:n] = best
    for rank, r in enumerate(order):
        si, _, count = seg_steps[r]
        choice = results[si]
        n_pos = len(choice)
        b_idx, c_idx = final_b[rank], 0
        for j in range(count - 1, -1, -1):
            a_idx = int(backs[j][rank, b_idx, c_idx])
            if 0 <= j - 1 < n_pos:  # step j predicts position j; its pb is position j - 1
                choice[j - 1] = b_idx
            b_idx, c_idx = a_idx, b_idx


PRUNE_BEAM = 2.5  # log10: candidates this far below the best pre-score are dropped
KEEP = 5  # candidates per word left for the exact trigram search after bigram pre-scoring


def prune(lm: LanguageModel, segments: list[list[Position]], keep: int, beam: float = PRUNE_BEAM,
          cache: Cache | None = None, left_channel: bool = False
          ) -> tuple[list[list[Position]], list[list[np.ndarray | None]]]:
    """Keep the ``keep`` best candidates of each position before the exact trigram search.

    A candidate's pre-score is its channel score plus its best bigram with any candidate on
    the left and on the right: cheap (pairs, not triples) and it rarely drops the answer.
    Returns the smaller lattice and, per position, the kept indices (None = all kept)."""
    maps: list[list[np.ndarray | None]] = [[None] * len(seg) for seg in segments]
    work = [i for i, seg in enumerate(segments) if any(len(pos[0]) > 1 for pos in seg)]
    if work:
        group_maps = _prune_group(lm, [segments[i] for i in work], keep, beam, cache, left_channel)
        for i, seg_maps in zip(work, group_maps):
            maps[i] = seg_maps
    return segments, maps


def _prune_group(lm: LanguageModel, segments: list[list[Position]], keep: int, beam: float,
                 cache: Cache | None, left_channel: bool) -> list[list[np.ndarray | None]]:
    """:func:`prune` of segments that each have a position to prune, in place; in smaller
    groups when they have more than :data:`GROUP_SCORES` candidate pairs. Returns their maps."""
    maps: list[list[np.ndarray | None]] = [[None] * len(seg) for seg in segments]
    ids_parts, chan_parts, sizes = [np.array([BOS]), np.array([EOS])], [np.zeros(1), np.zeros(1)], [1, 1]
    left, right = [], []  # adjacent position pairs (flat position numbers)
    where: list[tuple[int, int] | None] = [None, None]  # flat position -> segment, position
    for si, seg in enumerate(segments):
        first = len(sizes)
        for p, pos in enumerate(seg):
            ids_parts.append(pos[0])
            chan_parts.append(pos[1])
            sizes.append(len(pos[0]))
            where.append((si, p))
        refs = [0] + list(range(first, first + len(seg))) + [1]
        left.extend(refs[:-1])
        right.extend(refs[1:])
    sizes_a = np.array(sizes)
    l_a, r_a = np.array(left), np.array(right)
    nl, nr = sizes_a[l_a], sizes_a[r_a]
    n_pairs = nl * nr
    if len(segments) > 1 and int(n_pairs.sum()) > GROUP_SCORES:
        firsts = np.cumsum([0] + [len(seg) + 1 for seg in segments[:-1]])
        out: list[list[np.ndarray | None]] = []
        for group in groups(np.add.reduceat(n_pairs, firsts).tolist()):
            out.extend(_prune_group(lm, [segments[g] for g in group], keep, beam, cache, left_channel))
        return out
    flat_ids = np.concatenate(ids_parts).astype(np.int64)
    flat_chan = np.concatenate(chan_parts).astype(np.float32)
    offsets = np.concatenate(([0], np.cumsum(sizes_a)[:-1]))
    pair_start = np.concatenate(([0], np.cumsum(n_pairs)[:-1]))
    pair_of = np.repeat(np.arange(len(l_a)), n_pairs)
    il, ir = np.divmod(np.arange(int(n_pairs.sum())) - pair_start[pair_of], nr[pair_of])
    li = offsets[l_a][pair_of] + il  # flat candidate index on the left
    ri = offsets[r_a][pair_of] + ir
    lp = mix_cache(lm.logprob([flat_ids[li], flat_ids[ri]]), flat_ids[li], flat_ids[ri], cache)
    n_flat = len(flat_ids)
    best_right = np.full(n_flat, -np.inf, dtype=np.float32)
    best_left = np.full(n_flat, -np.inf, dtype=np.float32)
    np.maximum.at(best_right, li, lp + flat_chan[ri])
    np.maximum.at(best_left, ri, lp + flat_chan[li] if left_channel else lp)
    score = flat_chan + best_left + best_right
    # selection, vectorised: within the beam of the position's best, at most ``keep``
    pos_of = np.repeat(np.arange(len(sizes_a)), sizes_a)
    best = np.maximum.reduceat(score, offsets)
    order = np.lexsort((-score, pos_of))
    rank = np.empty(n_flat, dtype=np.int64)
    rank[order] = np.arange(n_flat) - offsets[pos_of[order]]
    kept_mask = (score >= best[pos_of] - beam) & (rank < keep)
    new_sizes = np.add.reduceat(kept_mask.astype(np.int64), offsets)
    # a position cut to one candidate gets its confidence here: its share of the pre-scores
    with np.errstate(invalid="ignore", divide="ignore"):  # the <s> and </s> entries score -inf
        share = np.nan_to_num(10.0 ** (score - best[pos_of]).astype(np.float64))
        share /= np.add.reduceat(share, offsets)[pos_of]
    local = (np.arange(n_flat) - offsets[pos_of])[kept_mask]
    kept_share_all = share[kept_mask]
    ends = np.cumsum(new_sizes).tolist()
    starts = [0] + ends[:-1]
    kept_local = [local[a:b] for a, b in zip(starts, ends)]
    kept_share = [kept_share_all[a:b] for a, b in zip(starts, ends)]
    for flat_p in np.flatnonzero(sizes_a > 1).tolist():
        si, p = where[flat_p]
        seg = segments[si]
        kept = kept_local[flat_p]
        ids, chan = seg[p][0], seg[p][1]
        if len(kept) < len(ids):
            maps[si][p] = kept
            ids, chan = ids[kept], chan[kept]
        seg[p] = (ids, chan, kept_share[flat_p])
    return maps
