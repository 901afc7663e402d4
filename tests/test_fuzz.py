"""The fuzzer's invariants, on inputs it found (regressions) and on mutated samples."""

import random

from dispatch_tools.evaluate.fuzz import check_parse, check_repair
from dispatch_tools.model import apply_changes
from dispatch_tools.repair import restore

from .conftest import SAMPLES


def test_digit_inside_an_ocr_word_is_not_a_number_that_must_survive():
    # Found by `make fuzz`: "d6" (OCR for "đó") is repaired, while the number 6 stands unchanged.
    text = "Chiến dich).\n\nLUẬT THỦ ĐÔ\nNgà y28 tháng 6 năm 2024, tại Kỳ\nhọp lần thứ 7, d6 là"
    check_repair(text, restore)
    check_parse(text, restore)


def test_mutated_samples_keep_the_invariants():
    rng = random.Random(7)
    base = (SAMPLES / "seed002.txt").read_text(encoding="utf-8")
    for _ in range(5):
        chars = list(base[:1500])
        for _ in range(40):
            i = rng.randrange(len(chars))
            chars[i] = rng.choice(["", "\n", " ", "6", "/", "đ", "\u0301", chars[rng.randrange(len(chars))]])
        text = "".join(chars)
        check_repair(text, restore)
        check_parse(text, restore)


def test_characters_nfc_would_change_on_their_own_are_normalised():
    # Found by `make fuzz`: an Ohm sign (U+2126) and Hangul jamo that compose left the output not NFC.
    import unicodedata

    text = "Điện trở 5 \u2126 và \u1100\u1161 trong văn bản"
    result = restore(text)
    assert unicodedata.is_normalized("NFC", result.text)
    assert "5 Ω" in result.text
    check_repair(text, restore)


def test_a_doubled_mark_on_a_word_read_by_ocr_gives_nfc():
    # Found by the property test of test_repair.py: e + two graves, read by OCR, became e and a
    # grave (the first grave joined the e, the word was changed, the second grave stayed apart).
    import unicodedata

    for text in ("e\u0300\u0300", "Tre\u0300\u0300 em"):
        result = restore(text, read_by_ocr=True)
        assert unicodedata.is_normalized("NFC", result.text), ascii(result.text)
        assert apply_changes(text, result.changes) == result.text
