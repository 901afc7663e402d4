"""The symbol after a number's box checked against the second recogniser's reading of the row."""

from __future__ import annotations

import pytest

from dispatch_tools.ingest.box_symbol import checked_symbol


def _second(text: str, check: str | None = None) -> dict:
    return {"text": text, "check_text": text if check is None else check}


@pytest.mark.parametrize("page, second, symbol", [
    # a letter the page OCR added, its Đ kept where the letters agree, the dots after it kept
    ("/UBND-ĐTMIT.......", _second("S: 523/UBND-DTMT", "So: 523/UBND-DTMT"), "/UBND-ĐTMT......."),
    ("/CT-BCL", _second("So: 12 /CT-BCT"), "/CT-BCT"),  # a letter changed
    ("/UBND-ĐTMT", _second("S: 523/UBND-DTMT"), "/UBND-ĐTMT"),  # the same letters: as read
    ("/KH-", _second("n s 1231/KH-U"), "/KH-"),  # the row's crop cut the symbol: a piece of it
    ("/UBND-KTTH", _second("Số: 299 /UBND-TTHC"), "/UBND-KTTH"),  # two letters apart: as read
    ("/UBND-ĐTMIT", _second("S: 523/UBND-DTMT", "So: 523/UBND-DIMT"), "/UBND-ĐTMIT"),  # the models differ
    ("/UBND-ĐTMIT", None, "/UBND-ĐTMIT"),  # no second recogniser
    ("/VPCP-DP", _second("S: 8027/VPCP-DP"), "/VPCP-DP"),  # no marks to give back
])
def test_the_symbol_both_models_read_one_letter_off_is_taken(page, second, symbol):
    assert checked_symbol(page, second) == symbol
