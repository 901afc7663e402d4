"""Legacy encodings and Unicode clean-up on real byte sequences."""

from __future__ import annotations

import json
import unicodedata

import pytest

from dispatch_tools.repair import restore
from dispatch_tools.repair.encoding import decode_bytes, fix_legacy
from dispatch_tools.repair.vietnamese import vietnamese_score
from dispatch_tools.resources import model_path

TEXT = ("Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc.\n"
        "Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị phối hợp triển khai "
        "chiến dịch tuyên truyền về kỹ năng nhận diện lừa đảo trực tuyến.")


def _encode(text: str, name: str) -> str:
    table = json.loads(model_path("repair", "legacy_encodings.json").read_text(encoding="utf-8"))[name]
    return "".join(table.get(ch, ch) for ch in text)


def _cp1258(text: str) -> bytes:
    """Windows-1258 bytes: shaped letters precomposed, tones as combining marks."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def test_tcvn3_bytes_from_the_issue():
    # "Thông báo" typed in a .VnTime font: 0xAB = ô, 0xB8 = á
    text, enc = decode_bytes(b"Th\xabng b\xb8o")
    assert (text, enc) == ("Thông báo", "tcvn3")


def test_vni_bytes_from_the_issue():
    # "Thông báo" typed in VNI-Times: o + 0xE2 (circumflex), a + 0xF9 (acute)
    text, enc = decode_bytes(b"Tho\xe2ng ba\xf9o")
    assert (text, enc) == ("Thông báo", "vni")


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_legacy_round_trip_bytes(name):
    data = _encode(TEXT, name).encode("cp1252" if name == "vni" else "latin-1")
    assert not data.decode("latin-1").isascii()
    text, enc = decode_bytes(data)
    assert enc == name
    assert text == TEXT


def test_cp1258_bytes():
    text, enc = decode_bytes(_cp1258(TEXT))
    assert enc == "cp1258"
    assert text == TEXT


def test_utf8_and_utf16_pass_through():
    assert decode_bytes(TEXT.encode("utf-8")) == (TEXT, "utf-8")
    assert decode_bytes(TEXT.encode("utf-16")) == (TEXT, "utf-16")


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_fix_legacy_text(name):
    legacy = _encode(TEXT, name)
    assert fix_legacy(legacy) == (TEXT, name)


def test_fix_legacy_mojibake():
    mojibake = TEXT.encode("utf-8").decode("latin-1")
    text, enc = fix_legacy(mojibake)
    assert enc == "utf-8-as-cp1252"
    assert text == TEXT


def test_unicode_text_is_not_legacy():
    assert fix_legacy(TEXT) == (TEXT, None)


def test_restore_converts_legacy_with_changes():
    legacy = _encode(TEXT, "tcvn3")
    result = restore(legacy)
    assert result.text == TEXT
    assert result.encoding == "tcvn3"
    assert {c.kind for c in result.changes} == {"encoding"}


def test_decomposed_marks_become_nfc():
    decomposed = unicodedata.normalize("NFD", TEXT)
    result = restore(decomposed)
    assert result.text == TEXT
    assert all(c.kind == "unicode" for c in result.changes)


def test_lookalike_eth():
    result = restore("Ðộc lập - Tự do - Hạnh phúc")
    assert result.text == "Độc lập - Tự do - Hạnh phúc"


def test_an_eth_beside_figures_is_a_d():
    """A unit's code of a letter and figures (``Đ3``) read with the look-alike eth is put right too;
    an eth alone, in no word of letters or figures, is left."""
    assert restore("Lưu: VT, Ð3, PV01").text == "Lưu: VT, Đ3, PV01"
    assert restore("ký hiệu Ð - mẫu").text == "ký hiệu Ð - mẫu"


def test_one_d_read_twice_with_an_eth_is_one_d():
    """OCR reads a bold Đ as Đ and its look-alike Ð side by side (made-up symbols); a real
    double Đ is read as two Đ and stays."""
    result = restore("Quyết định số 12/2020/QĐÐ-UBND của Sở GD&ĐÐĐT; Đoàn ĐĐBQH tỉnh")
    assert result.text == "Quyết định số 12/2020/QĐ-UBND của Sở GD&ĐT; Đoàn ĐĐBQH tỉnh"


def test_vietnamese_score():
    assert vietnamese_score(TEXT) > 0.6
    assert vietnamese_score("Cong hoa xa hoi chu nghia Viet Nam") == 0.0
    assert vietnamese_score(_encode(TEXT, "tcvn3")) < 0.3
    assert vietnamese_score("") == 0.0
