"""The OCR channel: confusion costs, the candidate shortlist, and the varied training pages."""

from __future__ import annotations

from collections import Counter

import pytest

from dispatch_tools.repair import ocr, restore


def test_a_confusion_seen_only_for_a_sister_letter_costs_no_more_than_an_unseen_one():
    # ú was read "a" now and then, ứ never: ứ -> a must not be dearer than a confusion never seen
    counts = {"ú": Counter({"u": 300, "a": 4}), "ứ": Counter({"ư": 0, "u": 250, "i": 50}),
              "u": Counter({"u": 3000})}
    table = ocr._costs_from_counts(counts)
    assert ocr._cost_lookup(table, "ứ", "a") <= ocr.UNSEEN
    assert ocr._cost_lookup(table, "ú", "a") < ocr._cost_lookup(table, "ứ", "a")


def test_glyph_lookalikes_are_cheaper_than_other_unseen_confusions():
    assert ocr._unseen("¢", "c") == ocr.VISUAL < ocr._unseen("¢", "t")
    assert ocr._unseen("§", "s") < ocr.UNSEEN_SYMBOL
    assert ocr._unseen("0", "ộ") == ocr.VISUAL  # marks aside, the letter is what is drawn
    assert ocr._unseen("c", "d") == ocr.UNSEEN  # "cl" is d's look-alike, not "c" alone


def test_a_symbol_read_for_two_letters_searches_both():
    # é stands for a marked e mostly, for a marked o often enough: sé may be sở or số
    forms = [f for f, _ in ocr.ocr_candidates("sé")]
    assert "sẽ" in forms and "sở" in forms and "số" in forms
    forms = [f for f, _ in ocr.ocr_candidates("té")]
    assert "tổ" in forms and "tố" in forms


def test_equally_near_keys_and_readings_favour_the_common_ones():
    # hqi: a dozen syllables are one edit away; the frequent hội must not be cut alphabetically
    assert "hội" in [f for f, _ in ocr.ocr_candidates("hqi")]


def test_short_numbers_may_be_misread_words():
    forms = dict(ocr.number_candidates("6"))
    assert "ô" in forms and forms["ô"] < ocr.NUMBER_AS_WORD + 0.01
    assert "tô" in dict(ocr.ocr_candidates("t6"))
    assert ocr.number_candidates("28") == []  # 2 and 8 are not written for letters
    assert ocr.number_candidates("2024") == []
    assert ocr.number_candidates("6a") == []


def test_a_number_that_is_a_misread_word_comes_back_in_damaged_text():
    text = ("mua xe 6 t6 do cac t6 chifc tu dam bao, khéng st’ dung ngan sach nha nuéc dé mua\n"
            "Thoi gian trién khai Chién dich: tir nay dén hét ngay 20/11/2024 va ngay 16 thang 10.")
    out = restore(text).text
    assert "mua xe ô tô do các tổ chức" in out
    assert "20/11/2024" in out and "ngày 16 tháng 10" in out  # real numbers stay


def test_numbers_in_correct_text_are_never_touched():
    text = "Điều 6 khoản 1 quy định số lượng 16 xe ô tô"
    assert restore(text).text == text


def test_varied_pages_are_poorer_scans():
    pytest.importorskip("PIL")
    from dispatch_tools.repair.ocr_data import PAGE_W, render_page

    rows = [("Công văn số 4406/VPUB-KGVX về việc phối hợp", False), ("SỞ THÔNG TIN", True)]
    clean = render_page(rows, 7)
    sizes = {render_page(rows, seed, varied=True).size[0] for seed in range(6)}
    assert clean.size[0] == PAGE_W
    assert all(w < PAGE_W for w in sizes) and len(sizes) > 1  # 150-220 dpi, not one resolution
