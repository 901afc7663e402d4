"""The language model builder: Kneser-Ney distributions sum to one, pruning keeps them so, the
saved model scores what was counted; the OCR pair caches match the corpus."""

from __future__ import annotations

import numpy as np
import pytest

from dispatch_tools.training import language_model as train
from dispatch_tools.repair.lm import BOS, EOS, LanguageModel

from .conftest import shared_path

WORDS = ["<s>", "</s>", "<num>", "<unk>", "công", "văn", "số", "của", "sở", "ủy", "ban", "nhân", "dân"]
SENTENCES = [
    "công văn số của sở", "ủy ban nhân dân", "công văn của ủy ban nhân dân", "sở công văn",
    "nhân dân", "công văn số", "ủy ban", "văn của sở", "công văn của sở", "ban nhân dân",
] * 3 + ["dân công", "sở số"]


def _ids() -> np.ndarray:
    index = {w: i for i, w in enumerate(WORDS)}
    out = []
    for sentence in SENTENCES:
        out += [BOS] + [index[w] for w in sentence.split()] + [EOS]
    return np.array(out, dtype=np.int64)


@pytest.fixture(scope="module", params=[[0, 0, 1, 1], [0, 0, 1, 2]], ids=["full", "pruned"])
def model(request, tmp_path_factory) -> LanguageModel:
    built = train.kneser_ney(_ids(), len(WORDS), 3, request.param)
    out = tmp_path_factory.mktemp("lm")
    return LanguageModel(train.save(built, WORDS, 3, out, {"test": True}))


def _distribution(model: LanguageModel, context: list[str]) -> np.ndarray:
    index = {w: i for i, w in enumerate(WORDS)}
    targets = np.array([i for i in range(len(WORDS)) if i != BOS])  # <s> is never predicted
    cols = [np.full(len(targets), index[w]) for w in context] + [targets]
    return 10.0 ** model.logprob(cols)


@pytest.mark.parametrize("context", [["công", "văn"], ["<s>", "ủy"], ["nhân", "dân"],
                                     ["sở", "văn"], ["của", "<unk>"], ["<s>"], ["dân"]])
def test_distributions_sum_to_one(model, context):
    # float16 storage: a few parts in a thousand
    assert _distribution(model, context).sum() == pytest.approx(1.0, abs=0.01)


def test_seen_continuations_are_likelier(model):
    index = {w: i for i, w in enumerate(WORDS)}
    dist = _distribution(model, ["công", "văn"])
    targets = [i for i in range(len(WORDS)) if i != BOS]
    p = dict(zip(targets, dist))
    assert p[index["số"]] > p[index["nhân"]]
    assert p[index["của"]] > p[index["ban"]]


def test_counts_do_not_cross_sentences():
    keys, counts = train.count_ngrams(_ids(), len(WORDS), 2)
    V = np.uint64(len(WORDS))
    first, second = keys // V, keys % V
    assert not np.any(first == EOS)
    assert not np.any(second == BOS)


def test_ocr_pair_caches_match_the_corpus():
    corpus = shared_path("corpus")
    from dispatch_tools.training.ocr_errors import load_pairs

    rows = load_pairs(corpus, "eval")
    assert len(rows) == 240
    assert all(r["source"] and "ocr" in r for r in rows)


def test_the_shipped_ocr_confusions_are_what_training_learns():
    """models/repair/ocr_confusions.json is reproduced by ``make model`` from the cached pairs."""
    import json

    from dispatch_tools.resources import model_path
    from dispatch_tools.training.ocr_confusions import learn, training_rows

    rows = training_rows(shared_path("corpus"))
    shipped = json.loads(model_path("repair", "ocr_confusions.json").read_text(encoding="utf-8"))
    assert learn(rows) == shipped
