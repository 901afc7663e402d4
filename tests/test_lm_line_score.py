"""The repair model scores a line as it was trained on lines (one encoder for both)."""

import numpy as np

from dispatch_tools.repair import lm
from dispatch_tools.training.language_model import encode_line as train_encode


def _trained_score(text: str) -> float:
    model = lm.load()
    index = dict(model.index)
    ids: list[int] = []
    train_encode(text, index, ids)
    arr = np.array([lm.BOS] + ids, dtype=np.int64)
    lp = model.logprob([arr[:-2], arr[1:-1], arr[2:]])
    return float(lp[arr[2:] != lm.BOS].mean())


def test_an_unknown_capitals_word_is_scored_as_an_abbreviation():
    model = lm.load()
    ids = lm.encode_line("Gửi QXZW tỉnh.", lambda w: model.index.get(w))
    assert model.index["<abbr>"] in ids and lm.UNK not in ids


def test_line_score_follows_the_training_encoding():
    for text in ("Đề nghị QXZW báo cáo trước ngày 15/3/2026. Sở Nội vụ tổng hợp, trình UBND tỉnh.",
                 "Ủy ban nhân dân tỉnh; các sở, ban, ngành."):
        assert abs(lm.line_score(text) - _trained_score(text)) < 1e-9


def test_an_empty_line_gives_no_ids():
    assert lm.encode_line("", lambda w: None) == []
