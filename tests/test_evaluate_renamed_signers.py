"""The renamed-signers measure writes a block and a name into a document's own layout."""

from dispatch_tools.evaluate.renamed_signers import BLOCKS, NAMES, part, renamed

FOOT = ("Đề nghị các đơn vị thực hiện./.\n\nNơi nhận:                                KT. CỤC TRƯỞNG\n"
        "- Như trên;                               PHÓ CỤC TRƯỞNG\n- Lưu: VT.\n\n                    Nguyễn Thanh Hoài\n")
GOLD = {"authority": "KT.", "capacity": "CỤC TRƯỞNG", "title": "PHÓ CỤC TRƯỞNG", "name": "Nguyễn Thanh Hoài"}


def test_the_block_and_the_name_are_written_where_the_gold_s_were():
    text, gold = renamed(FOOT, GOLD, ("TM.", "BAN CHẤP HÀNH", "BÍ THƯ"), "Sùng A Hồ")
    assert "Nơi nhận:                                TM. BAN CHẤP HÀNH\n- Như trên;" in text
    assert "PHÓ CỤC TRƯỞNG" not in text and "BÍ THƯ\n" in text and "Sùng A Hồ\n" in text
    assert gold == {"authority": "TM.", "capacity": "BAN CHẤP HÀNH", "title": "BÍ THƯ", "name": "Sùng A Hồ"}


def test_a_second_authority_line_leaves_the_signer_s_own_title():
    _, gold = renamed(FOOT, GOLD, ("TM.", "ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), "Lê Văn Sáu")
    assert gold["title"] == "PHÓ CHỦ TỊCH" and gold["capacity"] == "ỦY BAN NHÂN DÂN"


def test_a_block_printed_twice_or_not_at_all_is_left_alone():
    assert renamed(FOOT + "KT. CỤC TRƯỞNG\n", GOLD, BLOCKS[0], NAMES[0]) is None
    assert renamed(FOOT, dict(GOLD, authority=None, capacity=None), BLOCKS[0], NAMES[0]) is None


def test_the_pools_are_split_once():
    assert sorted(part(BLOCKS, "studied") + part(BLOCKS, "held")) == sorted(BLOCKS)
    assert part(NAMES, "held") and part(NAMES, "studied")
