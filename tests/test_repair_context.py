"""Diacritic restoration beyond the single word: words glued to numbers or to each other,
compound abbreviations, the document's own tone placement, casing and the document's own
readings as evidence, and the language model's pruning budget."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from dispatch_tools.repair import document, restore
from dispatch_tools.repair.abbreviations import restore_abbreviation
from dispatch_tools.repair.lm import LanguageModel, token_class
from dispatch_tools.repair.tokens import case_informative, tokenize
from dispatch_tools.repair.vietnamese import second_vowel_form, tone_placement
from dispatch_tools.repair.word_analysis import split_glued
from dispatch_tools.training import language_model as train


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.kind) for t in tokenize(text)]


# --------------------------------------------------------------------------- glued words


def test_a_syllable_glued_to_a_number_is_a_word_of_its_own():
    assert _kinds("nam2010") == [("nam", "word"), ("2010", "num")]
    assert _kinds("so53/TB-VPCP") == [("so", "word"), ("53/TB-VPCP", "protected")]
    assert _kinds("ngay20/02/2014") == [("ngay", "word"), ("20/02/2014", "protected")]
    assert _kinds("hoac0912159933") == [("hoac", "word"), ("0912159933", "num")]


@pytest.mark.parametrize("text", ["s6", "ICON4", "Windows10", "tri6n", "CV123", "QL1A", "ng11"])
def test_codes_and_ocr_damage_are_not_cut(text):
    assert len(tokenize(text)) == 1


def test_glued_numbers_restored_and_kept():
    text = "Thong bao so53/TB-VPCP ve cong tac nam2010, gui truoc ngay20/02/2014"
    assert restore(text).text == ("Thông báo số53/TB-VPCP về công tác năm2010, "
                                  "gửi trước ngày20/02/2014")


def test_glued_syllables_cut_where_the_language_model_reads_them():
    # by corpus counts alone "bà" + "nhanh" and "hie" + "nhanh" won
    assert split_glued("banhanh") == ("ban", "hanh")
    assert split_glued("hienhanh") == ("hien", "hanh")
    assert split_glued("nhanluc") == ("nhan", "luc")
    assert restore("van ban hienhanh, truoc khi banhanh").text == (
        "văn bản hiệnhành, trước khi banhành")


# --------------------------------------------------------------------------- abbreviations


def test_compound_abbreviations_get_their_d_bar():
    assert restore_abbreviation("GDDT") == "GDĐT"  # a known abbreviation
    assert restore_abbreviation("TWDTN") == "TWĐTN"  # agency lexicon
    assert restore_abbreviation("TWDTNQG") == "TWĐTNQG"  # TWĐTN + QG
    assert restore_abbreviation("HDNDQG") == "HĐNDQG"  # HĐND + QG
    assert restore_abbreviation("UBNDHDND") == "UBNDHĐND"  # two pieces, not UB + NĐ + HĐND
    assert restore_abbreviation("GDDTQG") is None  # GDĐT + QG or GD + DTQG: left alone
    assert restore_abbreviation("UBND") is None  # written without Đ
    assert restore_abbreviation("KD") is None  # "kinh doanh": unknown, left alone
    assert restore_abbreviation("XYZD") is None


def test_abbreviations_in_document_symbols():
    text = "Ke hoach so 183-KH/TWDTN-TNNT; Cong van 74-CV/DTN; so 1788/SGDDT-CTTT-HSSV"
    out = restore(text).text
    assert "183-KH/TWĐTN-TNNT" in out and "74-CV/ĐTN" in out and "1788/SGDĐT-CTTT-HSSV" in out


def test_correct_abbreviations_stay():
    text = "Kế hoạch số 183-KH/TWĐTN-TNNT của Ban Bí thư; UBND tỉnh; HĐND; KD"
    assert restore(text).text == text


def test_abbreviation_list_from_counts():
    caps = Counter({"GDĐT": 66, "GDDT": 3, "ĐT": 10, "DT": 40, "BCĐ": 2, "TW": 206, "QG": 8,
                    "AB": 4, "HĐ": 5})
    got = train.abbreviations(caps, keys={"ha", "hd"}, lexicon={"TWĐTN", "TĐ"})
    assert "GDĐT" in got and "BCĐ" in got and "TWĐTN" in got
    assert "ĐT" not in got  # its stripped form DT is the usual one
    assert "HĐ" not in got  # strips to a syllable key
    assert "TW" in got and "QG" in got and "AB" not in got  # pieces need five sightings


# --------------------------------------------------------------------------- tone placement


def test_second_vowel_placement_forms():
    assert [second_vowel_form(w) for w in ("hòa", "thủy", "khỏe", "úy", "quý", "hoàn")] == [
        "hoà", "thuỷ", "khoẻ", "uý", "quý", "hoàn"]
    assert tone_placement("hoà") == "second" and tone_placement("hòa") == "first"
    assert tone_placement("quý") is None and tone_placement("của") is None


def test_restored_words_follow_the_documents_tone_placement():
    tail = "\nvan hoa the thao, phong chong ma tuy, cham soc suc khoe"
    old = restore("Uỷ ban nhân dân tỉnh Thanh Hoá" + tail).text
    assert old.endswith("văn hoá thể thao, phòng chống ma tuý, chăm sóc sức khoẻ")
    new = restore("Ủy ban nhân dân tỉnh Thanh Hóa" + tail).text
    assert new.endswith("văn hóa thể thao, phòng chống ma túy, chăm sóc sức khỏe")
    # nothing to follow: the corpus majority
    assert restore(tail.strip()).text == "văn hóa thể thao, phòng chống ma túy, chăm sóc sức khỏe"


# --------------------------------------------------------------------------- casing


@pytest.mark.parametrize("gap, informative", [
    (None, False), (" ", True), (", ", True), ("\n", False), (". ", False), (" (", False),
    (" “", False), ("\n- ", False), ("; ", False), (" - ", False), (") ", True),
])
def test_where_casing_is_evidence(gap, informative):
    assert case_informative(gap) is informative


def test_casing_is_counted_where_it_tells_something():
    vocab = ["<s>", "</s>", "<num>", "<unk>", "ban", "chấp", "hành", "đoàn", "đoạn"]
    index = {w: i for i, w in enumerate(vocab)}
    case = np.zeros((len(vocab), 3), dtype=np.int64)
    out: list[int] = []
    train.encode_line("Đoàn ban chấp hành Đoàn. Đoạn đoạn ĐOÀN", index, out, case)
    assert case[index["đoàn"]].tolist() == [0, 1, 1]  # the first is at the start of the line
    assert case[index["đoạn"]].tolist() == [1, 0, 0]  # the first starts a sentence


def test_a_capital_inside_a_sentence_is_evidence():
    # the Youth Union (Đoàn) rather than a stretch (đoạn); a surname rather than a town
    assert restore("BTV Huyen Doan de nghi BCH Doan cac xa").text == (
        "BTV Huyện Đoàn đề nghị BCH Đoàn các xã")


# --------------------------------------------------------------------------- the document


@pytest.mark.parametrize("text, alone, with_evidence", [
    ("hoat dong he danh cho thieu nhi\nmot mua he vui khoe, y nghia cho cac em trong dip he",
     "hoạt động hệ dành cho thiếu nhi", "hoạt động hè dành cho thiếu nhi"),
    ("Thanh phan tham du: Cac So, nganh, quan va dan tinh Thua Thien Hue.\n"
     "Nhan dan tinh Thua Thien Hue va nguoi dan ca nuoc.",
     "quận và đàn tỉnh", "quân và dân tỉnh"),
])
def test_the_document_speaks_for_a_reading(monkeypatch, text, alone, with_evidence):
    assert with_evidence in restore(text).text
    monkeypatch.setattr(document, "SENSE_WEIGHT", 0.0)
    assert alone in restore(text).text  # the first pass alone


def test_a_reading_the_document_uses_is_not_pushed_aside():
    # "hằng" is in the text three times, but "hàng hóa" is read surely: it stays
    text = ("Hằng năm, hằng quý, hằng tháng báo cáo.\n"
            "kiem tra hang hoa nhap khau va hang hoa xuat khau")
    assert restore(text).text.endswith("kiểm tra hàng hóa nhập khẩu và hàng hóa xuất khẩu")


# --------------------------------------------------------------------------- the model


@pytest.mark.parametrize("kind, text, cls", [
    ("num", "2024", "<num>"), ("protected", "06/2024/QĐ-UBND", "<num>"), ("junk", "s6", "<num>"),
    ("word", "UBND", "<abbr>"), ("word", "BCH", "<abbr>"), ("protected", "V/v", "<sym>"),
    ("protected", "b/c", "<sym>"), ("word", "Facebook", "<unk>"), ("junk", "di¢n", "<unk>"),
    ("word", "A", "<unk>"),
])
def test_token_classes(kind, text, cls):
    assert token_class(kind, text) == cls


def test_commas_and_classes_are_tokens_of_the_model():
    vocab = ["<s>", "</s>", "<num>", "<unk>", "<abbr>", "<sym>", ",", "sở", "ngành", "quận", "để"]
    index = {w: i for i, w in enumerate(vocab)}
    out: list[int] = []
    train.encode_line("Sở, ngành, quận UBND (để b/c). Sở 12", index, out)
    assert [vocab[i] for i in out] == ["<s>", "sở", ",", "ngành", ",", "quận", "<abbr>", "để",
                                       "<sym>", "</s>", "<s>", "sở", "<num>", "</s>"]


@pytest.mark.parametrize("extra", [1, 4])
def test_trigram_budget_fills_with_the_rare_trigrams(extra):
    words = ["<s>", "</s>", "<num>", "<unk>", "công", "văn", "số", "của", "sở", "ủy", "ban"]
    index = {w: i for i, w in enumerate(words)}
    sentences = ["công văn số của sở"] * 3 + ["ủy ban của sở", "sở công văn", "văn số ủy ban",
                                             "của ủy ban số", "ban sở"]
    ids = []
    for s in sentences:
        ids += [0] + [index[w] for w in s.split()] + [1]
    ids = np.array(ids, dtype=np.int64)
    pruned = train.kneser_ney(ids, len(words), 3, [0, 0, 1, 2])
    budget = len(pruned["keys"][3]) + extra
    filled = train.kneser_ney(ids, len(words), 3, [0, 0, 1, 2], max_top=budget)
    everything = train.kneser_ney(ids, len(words), 3, [0, 0, 1, 1])
    n_pruned, n_all = len(pruned["keys"][3]), len(everything["keys"][3])
    assert n_pruned < budget < n_all
    assert len(filled["keys"][3]) == budget
    assert set(pruned["keys"][3].tolist()) <= set(filled["keys"][3].tolist())


def test_trigram_budget_keeps_distributions(tmp_path):
    words = ["<s>", "</s>", "<num>", "<unk>", "công", "văn", "số", "của", "sở"]
    index = {w: i for i, w in enumerate(words)}
    ids = []
    for s in ["công văn số của sở"] * 2 + ["sở công văn", "văn số của", "của sở số", "số văn"]:
        ids += [0] + [index[w] for w in s.split()] + [1]
    built = train.kneser_ney(np.array(ids, dtype=np.int64), len(words), 3, [0, 0, 1, 2], max_top=9)
    lm = LanguageModel(train.save(built, words, 3, tmp_path, {"test": True}))
    for context in (["công", "văn"], ["sở", "công"], ["<s>", "văn"]):
        targets = np.arange(1, len(words))
        cols = [np.full(len(targets), index[w]) for w in context] + [targets]
        assert (10.0 ** lm.logprob(cols)).sum() == pytest.approx(1.0, abs=0.01)
