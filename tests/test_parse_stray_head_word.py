"""A word left alone above the issuer (what a publishing stamp's ``TRUNG TÂM CÔNG BÁO`` leaves when its
other words are taken out) is neither part of the issuer's name nor a parent body. Composed headers."""

from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.lexicon import lexicon

HEADER = ("{top}\n\nỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
          "Số: 12/UBND-TTHC\tQuảng Ngãi, ngày 15 tháng 01 năm 2025\nV/v công bố Danh mục thủ tục hành chính\n"
          "Kính gửi: Sở Tư pháp.\n")


def _head(top: str) -> tuple[str, str | None]:
    contract = to_contract(parse_text(HEADER.format(top=top)).fields)
    return contract["issuer"], contract["parent_issuer"]


def test_a_stray_word_above_the_issuer_is_left_out():
    assert _head("TRUNG") == ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", None)
    assert _head("TUNG") == ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", None)


def test_a_parent_body_above_the_issuer_stays():
    assert _head("BỘ Y TẾ") == ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "BỘ Y TẾ")


def test_a_short_word_a_letter_off_a_head_opens_no_body():
    assert not lexicon().starts_with_head("TRUNG")  # a word of its own, not TRƯỜNG with a letter lost
    assert lexicon().starts_with_head("TRƯỜNG THPT LÊ LỢI")
    assert lexicon().starts_with_head("CHI CỤC KIỂM LÂM")
