"""The unseen-text OCR benchmark's pieces that need no corpus: names of bodies, categories of
syllables, the alignment (made-up lines)."""

from __future__ import annotations

from dispatch_tools.evaluate.ocr_unseen import categories, half_of, matched, name_spans


def test_names_of_bodies_run_to_the_first_word_that_names_nothing():
    line = "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Ủy ban nhân dân huyện Tam Bình."
    assert [line[s:e] for s, e in name_spans(line)] == ["Sở Giáo dục và Đào tạo",
                                                        "Ủy ban nhân dân huyện Tam Bình"]
    assert name_spans("Bộ luật này quy định") == []  # a kind without a name


def test_categories_and_alignment():
    reference = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TÀI CHÍNH\nGửi Sở Tài chính để biết.\n"
    cats = categories(reference)
    assert cats[:8] == ["fixed"] * 8 and cats[8:11] == ["caps"] * 3
    assert cats[11:] == ["text", "name", "name", "name", "text", "text"]
    got = matched(reference, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TAI CHÍNH\nGửi Sở Tài chính để biết.\n")
    assert got.count(False) == 1 and not got[9]
    assert {half_of(k) for k in range(20)} == {"studied", "held-back"}
