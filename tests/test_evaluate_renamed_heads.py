"""The renamed-heads measure, and a header whose issuer opens with TRẠM under its commune's council."""

from dispatch_tools.evaluate.renamed_heads import PAIRS, PLACES, SINGLE, part, renamed
from dispatch_tools.parse import parse_text, to_contract

HEAD = ("UBND TỈNH QUẢNG NGÃI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ Y TẾ                       Độc lập - Tự do - Hạnh phúc\n"
        "Số: 12/SYT-KH                 Quảng Ngãi, ngày 02 tháng 01 năm 2018\n"
        "V/v báo cáo tình hình dịch bệnh\n\nKính gửi: Các bệnh viện.\n\nĐề nghị các bệnh viện báo cáo Sở Y tế.\n")
GOLD = {"parent_issuer": "UBND TỈNH QUẢNG NGÃI", "issuer": "SỞ Y TẾ", "place": "Quảng Ngãi"}


def test_the_issuer_its_parent_and_the_place_are_written_in_the_header_s_own_lines():
    text, gold = renamed(HEAD, GOLD, ("UBND XÃ HÒA VANG", "TRẠM Y TẾ XÃ"), "Đà Lạt")
    assert text.splitlines()[0].startswith("UBND XÃ HÒA VANG          CỘNG HÒA")
    assert "Đà Lạt, ngày 02" in text and "báo cáo Sở Y tế." in text  # the body's own words stay
    assert gold == {"parent_issuer": "UBND XÃ HÒA VANG", "issuer": "TRẠM Y TẾ XÃ", "place": "Đà Lạt"}


def test_a_header_without_a_parent_takes_only_a_single_issuer():
    assert renamed(HEAD, dict(GOLD, parent_issuer=None), ("UBND XÃ HÒA VANG", "TRẠM Y TẾ XÃ"), "Đà Lạt") is None
    assert renamed(HEAD, GOLD, ("TỈNH ỦY ĐẮK LẮK",), "Đà Lạt") is None


def test_a_health_station_under_its_commune_is_the_issuer():
    text, _ = renamed(HEAD, GOLD, ("UBND XÃ HÒA VANG", "TRẠM Y TẾ XÃ"), "Đà Lạt")
    fields = to_contract(parse_text(text).fields)
    assert (fields["parent_issuer"], fields["issuer"]) == ("UBND XÃ HÒA VANG", "TRẠM Y TẾ XÃ")


def test_the_pools_are_split_once():
    for pool in (SINGLE, PAIRS, PLACES):
        assert sorted(part(pool, "studied") + part(pool, "held"), key=repr) == sorted(pool, key=repr)
        assert part(pool, "held") and part(pool, "studied")
