"""The OCR channel: confusion costs, the candidate shortlist, and the varied training pages."""

from __future__ import annotations

from collections import Counter

import pytest

from pathlib import Path

import numpy as np

from dispatch_tools.repair import document, lm, ocr_channel, restore
from dispatch_tools.repair.decode import mix_cache

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_a_confusion_seen_only_for_a_sister_letter_costs_no_more_than_an_unseen_one():
    # ú was read "a" now and then, ứ never: ứ -> a must not be dearer than a confusion never seen
    counts = {"ú": Counter({"u": 300, "a": 4}), "ứ": Counter({"ư": 0, "u": 250, "i": 50}),
              "u": Counter({"u": 3000})}
    table = ocr_channel._costs_from_counts(counts)
    assert ocr_channel._cost_lookup(table, "ứ", "a") <= ocr_channel.UNSEEN
    assert ocr_channel._cost_lookup(table, "ú", "a") < ocr_channel._cost_lookup(table, "ứ", "a")


def test_a_glyph_like_one_seen_is_a_likely_reading():
    # ố is read "6" often; "b" looks like 6, so ố -> b costs a little more than ố -> 6, far less
    # than a confusion with nothing to go by
    counts = {"ố": Counter({"6": 280, "é": 255, "o": 243}), "c": Counter({"c": 5000}),
              "t": Counter({"t": 5000})}
    table = ocr_channel._costs_from_counts(counts)
    b = ocr_channel._cost_lookup(table, "ố", "b")
    assert ocr_channel._cost_lookup(table, "ố", "6") < b <= ocr_channel._cost_lookup(table, "ố", "6") + ocr_channel.SIMILAR + 1e-9
    assert b < ocr_channel.UNSEEN - 1
    assert ocr_channel._cost_lookup(table, "c", "¢") < ocr_channel.UNSEEN_SYMBOL  # ¢ is drawn like c
    assert ocr_channel._cost_lookup(table, "t", "¢") == ocr_channel.UNSEEN_SYMBOL
    assert ocr_channel._cost_lookup(table, "ố", "x") == ocr_channel.UNSEEN


def test_sb_may_be_so():
    assert "số" in [f for f, _ in ocr_channel.ocr_candidates("sb")]
    assert "cố" in [f for f, _ in ocr_channel.ocr_candidates("¢d")]


def test_a_symbol_read_for_two_letters_searches_both():
    # é stands for a marked e mostly, for a marked o often enough: sé may be sở or số
    forms = [f for f, _ in ocr_channel.ocr_candidates("sé")]
    assert "sẽ" in forms and "sở" in forms and "số" in forms
    forms = [f for f, _ in ocr_channel.ocr_candidates("té")]
    assert "tổ" in forms and "tố" in forms


def test_equally_near_keys_and_readings_favour_the_common_ones():
    # hqi: a dozen syllables are one edit away; the frequent hội must not be cut alphabetically
    assert "hội" in [f for f, _ in ocr_channel.ocr_candidates("hqi")]


def test_short_numbers_may_be_misread_words():
    forms = dict(ocr_channel.number_candidates("6"))
    assert "ô" in forms and forms["ô"] < ocr_channel.NUMBER_AS_WORD + 0.01
    assert "tô" in dict(ocr_channel.ocr_candidates("t6"))
    assert ocr_channel.number_candidates("28") == []  # 2 and 8 are not written for letters
    assert ocr_channel.number_candidates("2024") == []
    assert ocr_channel.number_candidates("6a") == []


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
    from dispatch_tools.training.ocr_errors import PAGE_W, render_page

    rows = [("Công văn số 4406/VPUB-KGVX về việc phối hợp", False), ("SỞ THÔNG TIN", True)]
    clean = render_page(rows, 7)
    sizes = {render_page(rows, seed, varied=True).size[0] for seed in range(6)}
    assert clean.size[0] == PAGE_W
    assert all(w < PAGE_W for w in sizes) and len(sizes) > 1  # 150-220 dpi, not one resolution


DAMAGED = "kiém tra theo quy dinh tai Diéu 10 ctia Thong tu nay va ndp cho Co quan kiém tra\n"


def test_a_misread_capital_inside_a_word_of_ocr_text_does_not_cut_it():
    out = restore(DAMAGED + "1. GIUP THU TUONG CHiNH PHU THEO DOI, KIEM TRA, DON DOC CAC BO\n"
                  "ThOng tu nay ap dung véi cac t6 chifc, ca nhan cé lién quan").text
    assert "THỦ TƯỚNG CHÍNH PHỦ" in out
    assert "Thông tư này áp dụng" in out


def test_words_glued_by_a_lost_space_stay_two_in_ocr_text():
    out = restore(DAMAGED + "tra truéc hoan thué theo quy dinh taiDiéu 110 Luat Quan ly thué").text
    assert "tạiĐiều 110" in out


def test_glued_words_in_correct_text_are_still_cut_at_the_capital():
    assert restore("quy định củaBộ Tài chính").text == "quy định củaBộ Tài chính"
    assert restore("quy dinh cuaBo Tai chinh").text == "quy định củaBộ Tài chính"


def test_costs_do_not_depend_on_the_order_of_the_counts():
    # a letter's own shape and its bare letter (ố: "o") fold together; the cheaper one must win
    # whatever order the readings come in, or results change from one process to the next
    a = {"ố": Counter({"o": 243, "6": 280, "é": 255}), "ộ": Counter({"o": 323, "6": 209})}
    b = {t: Counter(dict(reversed(list(c.items())))) for t, c in reversed(list(a.items()))}
    ta, tb = ocr_channel._costs_from_counts(a), ocr_channel._costs_from_counts(b)
    for t in a:
        for o in ("0", "b", "o", "6", "x"):
            assert ocr_channel._cost_lookup(ta, t, o) == pytest.approx(ocr_channel._cost_lookup(tb, t, o))
    assert ocr_channel._cost_lookup(ta, "ố", "0") == pytest.approx(ocr_channel._cost_lookup(ta, "ố", "o") + ocr_channel.SIMILAR)


def test_the_tones_of_one_vowel_share_the_readings_of_its_shape():
    # ử was read "tr" (its horn as r), ừ never: ừ -> tr costs what ử -> tr does plus FAMILY;
    # u, another vowel, gains nothing
    counts = {"ử": Counter({"tr": 26, "u": 200}), "ừ": Counter({"ir": 100, "u": 50}),
              "u": Counter({"u": 3000}), "ư": Counter({"u": 1500, "w": 200})}
    table = ocr_channel._costs_from_counts(counts)
    shared = ocr_channel._cost_lookup(table, "ừ", "tr")
    assert shared == pytest.approx(ocr_channel._cost_lookup(table, "ử", "tr") + ocr_channel.FAMILY)
    assert shared < ocr_channel.UNSEEN - 1
    assert ocr_channel._cost_lookup(table, "ư", "ir") < ocr_channel.UNSEEN  # ư read as its toned sisters are
    assert ocr_channel._cost_lookup(table, "ừ", "ir") < ocr_channel._cost_lookup(table, "ử", "ir")  # own data first
    assert ocr_channel._cost_lookup(table, "u", "tr") == ocr_channel.UNSEEN
    assert ocr_channel._cost_lookup(table, "ừ", "u") <= ocr_channel._cost_lookup(table, "ử", "u") + ocr_channel.FAMILY


DAMAGED = "Thuc hién Cong van s6 4406/VPUB-KGVX cia Bo Thong tin va Truyén thong vé viéc tham gia\n"


def test_a_misread_v_slash_v_opening_a_line_is_v_slash_v_again():
    for misread in ("VIv", "V1v", "V|v", "Vlv"):
        text = DAMAGED + misread + " phoi hop trién khai Chién dich tuyén truyén"
        assert restore(text).text.splitlines()[1].startswith("V/v phối hợp"), misread
    inside = restore(DAMAGED + "Các VIv phoi hop").text.splitlines()[1]
    assert "V/v" not in inside  # only where a subject line begins


def test_a_capital_i_read_for_a_small_l_is_lower_case_again():
    text = DAMAGED + "Itra dao truc tuyén bao vé ngudi dan trén khong gian mang"
    assert restore(text).text.splitlines()[1].startswith("lừa đảo trực tuyến")


def test_a_misread_so_opening_the_number_line_is_so_again():
    for misread in ("Sb", "S6", "So", "Sô"):
        line = restore(misread + ": 2632 /STTTT-CNTTVT Can Tho, ngay 28 thang 10 nam 2024").text
        assert line.startswith("Số: 2632 /STTTT-CNTTVT Cần Thơ"), misread
    right = "Số: 12/UBND-VP"
    assert restore(right).text == right and not restore(right).changes
    # only before a colon and a number, at the start of a line
    assert not restore(DAMAGED + "Các Sb: 12").text.splitlines()[1].startswith("Số")
    assert restore("So lieu thong ke: 12 don vi").text.startswith("Số liệu")


def test_the_cache_mixes_the_documents_bigrams_into_the_model():
    size = 10
    unigram = np.zeros(size)
    unigram[4] = 0.01
    keys = np.array([2 * size + 3, 5 * size + 6], dtype=np.int64)
    cache = (unigram, keys, np.array([0.02, 0.04]), 0.9, size)
    lp = np.array([-2.0, -3.0, -1.0, -4.0], dtype=np.float32)
    prev = np.array([2, 5, 1, 7])
    ids = np.array([3, 6, 4, 3])
    got = mix_cache(lp, prev, ids, cache)
    want = np.log10(0.9 * 10.0 ** lp.astype(np.float64) + np.array([0.02, 0.04, 0.01, 0.0]))
    assert np.allclose(got, want, atol=1e-5)
    assert mix_cache(lp, prev, ids, None) is lp


def test_the_documents_sure_words_are_proposed_for_ocr_words_near_them():
    proposals = document._Proposals(lm.load(), ["lừa", "đảo", "tỉnh"])
    # hra: the channel alone ranks lừa too low to propose it
    assert "lừa" not in [f for f, _ in ocr_channel.ocr_candidates("hra")]
    found = {form: score for form, _, score in proposals.near("hra", ())}
    assert "lừa" in found and found["lừa"] >= document.CACHE_FLOOR
    assert [f for f, _, _ in proposals.near("dao", ("đảo",))] == []  # not twice
    assert proposals.near("12", ()) == []


def test_a_phrase_the_document_keeps_using_is_read_where_damage_hides_it(monkeypatch):
    raw = (SAMPLES / "seed002.txt").read_text(encoding="utf-8")
    with_cache = restore(raw).text
    assert "phòng chống lừa đảo trực tuyến bảo vệ người dân trên không gian mạng năm" in with_cache
    assert "phòng chống lừa đảo trực\ntuyến đến các hộ dân" in with_cache
    monkeypatch.setattr(document, "CACHE_UNIGRAM", 0.0)
    monkeypatch.setattr(document, "CACHE_BIGRAM", 0.0)
    alone = restore(raw).text  # the first pass alone misses both
    assert with_cache.count("lừa đảo") == alone.count("lừa đảo") + 2
