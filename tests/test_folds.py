"""The fixed folds of the development part: stratified by type, disjoint, covering it, and never
holding a test-part document (the development part's tests skip when the shared data is absent)."""

from __future__ import annotations

from collections import Counter

from dispatch_tools.evaluate.folds import K, development_folds, fold_ids
from dispatch_tools.evaluate.split import DEVELOPMENT_IDS, TEST_IDS
from tests.conftest import shared_path


def test_folds_deal_each_type_round_robin_in_hash_order():
    types = {f"{n:03d}": ("Công văn" if n % 3 else "Kế hoạch") for n in range(1, 23)}
    folds = fold_ids(types, k=4)
    assert sorted(i for f in folds for i in f) == sorted(types)
    assert max(map(len, folds)) - min(map(len, folds)) <= 1
    for doc_type in ("Công văn", "Kế hoạch"):
        per_fold = [sum(types[i] == doc_type for i in f) for f in folds]
        assert max(per_fold) - min(per_fold) <= 1
    assert fold_ids(dict(reversed(list(types.items()))), k=4) == folds  # the order given does not matter


def test_development_folds_cover_the_development_part_only():
    shared = shared_path("dev").parent
    folds = development_folds(shared)
    assert len(folds) == K
    ids = [i for f in folds for i in f]
    assert sorted(ids) == sorted(DEVELOPMENT_IDS) and len(ids) == len(set(ids))
    assert not set(ids) & TEST_IDS
    assert max(map(len, folds)) - min(map(len, folds)) <= 1
    assert Counter(map(len, folds)) == Counter({14: 4})
