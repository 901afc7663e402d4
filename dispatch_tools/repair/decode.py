"""Exact trigram Viterbi decoding over a lattice of candidate syllables.

A *segment* (one sentence) is a list of positions; each position has candidate ids and their
channel scores (log10 P(observed | candidate)). The best path maximises the sum of channel
scores and trigram language-model scores, ``<s> <s>`` before and ``</s>`` after.

All n-gram look-ups of a whole batch of segments are made in one vectorised call; the dynamic
programme then runs step by step over small ``(a, b, c)`` score blocks.
"""

from __future__ import annotations

import numpy as np

from .lm import BOS, EOS, LanguageModel

Position = tuple[np.ndarray, np.ndarray]  # candidate ids, channel scores (log10)


def viterbi(lm: LanguageModel, segments: list[list[Position]]) -> list[list[int]]:
    """For every segment, the index of the chosen candidate at each position."""
    results: list[list[int]] = [[0] * len(seg) for seg in segments]
    work = [i for i, seg in enumerate(segments) if any(len(ids) > 1 for ids, _ in seg)]
    if not work:
        return results

    # flat candidate table: entry 0 is <s>, entry 1 is </s>
    ids_parts = [np.array([BOS]), np.array([EOS])]
    chan_parts = [np.zeros(1, np.float32), np.zeros(1, np.float32)]
    sizes = [1, 1]
    pa, pb, pc = [], [], []
    seg_steps: list[tuple[int, int, int]] = []  # segment, first step, number of steps
    for si in work:
        seg = segments[si]
        first = len(sizes)
        for ids, chan in seg:
            ids_parts.append(ids)
            chan_parts.append(chan)
            sizes.append(len(ids))
        refs = [0, 0] + list(range(first, first + len(seg))) + [1]
        seg_steps.append((si, len(pa), len(seg) + 1))
        pa.extend(refs[:-2])
        pb.extend(refs[1:-1])
        pc.extend(refs[2:])
    flat_ids = np.concatenate(ids_parts).astype(np.int64)
    flat_chan = np.concatenate(chan_parts).astype(np.float32)
    sizes_a = np.array(sizes)
    offsets = np.concatenate(([0], np.cumsum(sizes_a)[:-1]))
    pa_a, pb_a, pc_a = np.array(pa), np.array(pb), np.array(pc)
    na, nb, nc = sizes_a[pa_a], sizes_a[pb_a], sizes_a[pc_a]
    block = na * nb * nc
    block_start = np.concatenate(([0], np.cumsum(block)[:-1]))
    total = int(block.sum())
    step_of = np.repeat(np.arange(len(pa)), block)
    local = np.arange(total) - block_start[step_of]
    nbc = (nb * nc)[step_of]
    ncs = nc[step_of]
    ia, rem = np.divmod(local, nbc)
    ib, ic = np.divmod(rem, ncs)
    a = flat_ids[offsets[pa_a][step_of] + ia]
    b = flat_ids[offsets[pb_a][step_of] + ib]
    c_index = offsets[pc_a][step_of] + ic
    c = flat_ids[c_index]
    scores = lm.logprob([a, b, c]) + flat_chan[c_index]

    for si, first, count in seg_steps:
        delta = np.zeros((1, 1), dtype=np.float32)
        backs = []
        for t in range(first, first + count):
            s = block_start[t]
            blk = scores[s:s + block[t]].reshape(na[t], nb[t], nc[t])
            tot = delta[:, :, None] + blk
            back = tot.argmax(axis=0)
            delta = np.take_along_axis(tot, back[None], axis=0)[0]
            backs.append(back)
        # delta: (candidates of the last position, 1 for </s>)
        b_idx, c_idx = int(delta[:, 0].argmax()), 0
        choice = results[si]
        n = len(choice)
        for j in range(count - 1, -1, -1):
            a_idx = int(backs[j][b_idx, c_idx])
            pos_b = j - 1  # position index of pb at step j (step j predicts position j)
            if 0 <= pos_b < n:
                choice[pos_b] = b_idx
            b_idx, c_idx = a_idx, b_idx
        # step 0 predicts position 0: its pb is <s>; position 0 was set at step 1
    return results
