"""The choice of list style each development document is drawn with in ``evaluate.marker_renders``."""

from __future__ import annotations

from dispatch_tools.evaluate.marker_renders import DRAWN, style_of
from dispatch_tools.evaluate.marker_styles import STYLES

LIST = "Ủy ban nhân dân tỉnh đề nghị:\n- Sở Y tế chủ trì;\n- Sở Tài chính bố trí kinh phí.\n"


def test_a_style_that_changes_the_text_is_chosen_the_same_way_each_time():
    style = style_of("104", LIST, 1)
    assert style in DRAWN and STYLES[style](LIST) != LIST
    assert style_of("104", LIST, 1) == style


def test_the_draws_choose_among_the_styles_that_change_it():
    chosen = {style_of(doc, LIST, draw) for doc in ("104", "109", "150") for draw in (1, 2, 3)}
    assert chosen <= {s for s in DRAWN if STYLES[s](LIST) != LIST} and len(chosen) > 1


def test_a_text_without_a_list_is_not_drawn():
    assert style_of("104", "Ủy ban nhân dân tỉnh đề nghị Sở Y tế chủ trì thực hiện.\n", 1) is None
