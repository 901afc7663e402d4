"""The table of letters and figures an OCR engine reads for one another: one data file, each
place that mends them taking its own pairs."""

from __future__ import annotations

import json

from dispatch_tools.figure_lookalikes import lookalikes
from dispatch_tools.resources import model_path


def test_each_place_takes_its_own_pairs():
    assert lookalikes("letters_for_figures", "header_box") == {
        "I": "1", "l": "1", "|": "1", "!": "1", "O": "0", "o": "0"}
    assert lookalikes("letters_for_figures", "text_figures") == {"O": "0", "o": "0", "l": "1", "I": "1", "Z": "2",
                                                                  "]": "1"}
    assert lookalikes("figures_for_letters", "code_initial") == {
        "5": "S", "0": "O", "8": "B", "1": "I", "6": "G", "2": "Z"}


def test_every_pair_is_one_character_for_one_and_every_user_has_its_pairs():
    table = json.loads(model_path("repair", "figure_lookalikes.json").read_text(encoding="utf-8"))
    for direction in ("letters_for_figures", "figures_for_letters"):
        pairs = table[direction]["pairs"]
        assert all(len(k) == 1 and len(v) == 1 for k, v in pairs.items())
        for user, chars in table[direction]["users"].items():
            assert set(chars) <= set(pairs), (direction, user)
            assert len(lookalikes(direction, user)) == len(chars)


def test_the_places_mend_with_them():
    from dispatch_tools.ingest.box_digits import _digit_lookalikes
    from dispatch_tools.parse.tidy import tidy_symbol
    from dispatch_tools.repair.specks import speck_edits

    assert _digit_lookalikes("!1") == "11" and _digit_lookalikes("|O2") == "102"
    assert (5, 7, "01") in speck_edits("ngày O1 tháng 7 năm 2025")
    assert not any(e[2] == "11" for e in speck_edits("ngày |1 tháng 7 năm 2025"))  # "|" is no figure in text
    assert tidy_symbol("1147/5SGDĐT") == "1147/SGDĐT" and tidy_symbol("1147/7SGDĐT") == "1147/7SGDĐT"
