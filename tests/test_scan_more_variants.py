"""The variants made only when asked for (blur, noise, an office scan): fixed by their seed, and
each does what its name says."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from dispatch_tools.evaluate.scan_variants import KINDS, MORE_KINDS, main, variant


def _page() -> Image.Image:
    img = Image.new("RGB", (620, 877), "white")
    draw = ImageDraw.Draw(img)
    for y in range(60, 800, 30):
        draw.text((60, y), "Ủy ban nhân dân tỉnh", fill="black")
    return img


def test_more_kinds_are_fixed_by_seed_and_not_made_by_default():
    page = _page()
    assert not set(MORE_KINDS) & set(KINDS)
    for kind in MORE_KINDS:
        a, b = variant(page, "stem", kind), variant(page, "stem", kind)
        assert np.array_equal(np.asarray(a), np.asarray(b)), kind
        assert a.size == page.size and not np.array_equal(np.asarray(a), np.asarray(page)), kind
    ink = np.asarray(page.convert("L")) < 128
    blurred = np.asarray(variant(page, "stem", "blur").convert("L"))
    assert blurred[ink].mean() > np.asarray(page.convert("L"))[ink].mean()  # ink spread out, lighter
    noisy = np.asarray(variant(page, "stem", "noise").convert("L")).astype(int)
    assert noisy[~ink].std() > 10  # the paper is no longer flat


def test_an_unknown_kind_is_refused(capsys):
    assert main(["--kinds", "smudge"]) == 2
    assert "blur" in capsys.readouterr().err
