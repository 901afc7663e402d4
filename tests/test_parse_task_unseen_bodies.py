"""Tasks asked of bodies the rules had not met: heads such as ``Quỹ``, ``Vườn quốc gia``, ``Cảng vụ``,
``Liên minh``, ``Đoàn Luật sư``, the names of the 2025 reorganisation (``Thuế tỉnh``, ``Thi hành án
dân sự tỉnh``), and names that end with the works they deal with (``… công trình xây dựng``) or hold
``phòng, chống``. Found by swapping the bodies of the development documents for others
(``python -m dispatch_tools.evaluate.renamed_bodies``)."""

from pathlib import Path

import pytest

from dispatch_tools.evaluate.renamed_bodies import POOL, pool, renamed, swappable
from dispatch_tools.evaluate.swaps import draw, pool_part
from dispatch_tools.parse import parse_text, to_contract
from dispatch_tools.parse.bodies import split_bodies

SHARED = Path(__file__).resolve().parents[2] / "shared"

HEAD = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 1234/UBND-KT
V/v triển khai kế hoạch
Quảng Ngãi, ngày 20 tháng 11 năm 2025

Kính gửi: Các sở, ban, ngành tỉnh.

"""


def tasks(body: str) -> list[dict]:
    return to_contract(parse_text(HEAD + body + "\n").fields)["tasks"]


@pytest.mark.parametrize("body", [
    "Quỹ Đầu tư phát triển tỉnh",
    "Vườn quốc gia Bạch Mã",
    "Cảng vụ Hàng hải Quảng Ngãi",
    "Liên minh Hợp tác xã tỉnh",
    "Thi hành án dân sự tỉnh",
    "Thuế tỉnh Quảng Ngãi",
    "Thống kê tỉnh",
    "BHXH tỉnh",
    "BQL Khu kinh tế",
    "KBNN tỉnh",
    "TTYT huyện Sơn Tịnh",
    "LĐLĐ tỉnh",
])
def test_a_body_of_an_unmet_head_is_asked(body):
    (task,) = tasks(f"Giao {body} chủ trì, phối hợp với Sở Tài chính tổ chức thực hiện, "
                    "báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.")
    assert task["assignees"] == [body, "Sở Tài chính"]


@pytest.mark.parametrize("text, expected", [
    ("Ủy ban nhân dân xã Bình Sơn, Vườn quốc gia Bạch Mã, Bảo hiểm xã hội tỉnh",
     ["Ủy ban nhân dân xã Bình Sơn", "Vườn quốc gia Bạch Mã", "Bảo hiểm xã hội tỉnh"]),
    ("Sở Tài chính, Đoàn Luật sư tỉnh, Thuế tỉnh Quảng Ngãi",
     ["Sở Tài chính", "Đoàn Luật sư tỉnh", "Thuế tỉnh Quảng Ngãi"]),
    ("Trung tâm Công nghệ thông tin và Truyền thông, Quỹ Đầu tư phát triển tỉnh",
     ["Trung tâm Công nghệ thông tin và Truyền thông", "Quỹ Đầu tư phát triển tỉnh"]),
])
def test_a_list_is_split_before_a_body_of_an_unmet_head(text, expected):
    assert split_bodies(text) == expected


@pytest.mark.parametrize("body", [
    "Trung tâm Kiểm định chất lượng công trình xây dựng",
    "Ban Quản lý các dự án đầu tư xây dựng tỉnh",
    "Ban Quản lý dự án đầu tư xây dựng huyện Bình Sơn",
])
def test_a_name_that_ends_with_the_works_it_deals_with(body):
    (task,) = tasks(f"Giao {body} chủ trì, phối hợp với Sở Tài chính tổ chức thực hiện.")
    assert task["assignees"] == [body, "Sở Tài chính"]


def test_a_listed_name_that_ends_with_a_verb_keeps_the_bodies_after_it():
    (task,) = tasks("Giao Sở Xây dựng chủ trì, phối hợp với Trung tâm Kiểm định chất lượng công trình "
                    "xây dựng, Tỉnh đoàn, Công an tỉnh tổ chức thực hiện.")
    assert task["assignees"] == ["Sở Xây dựng", "Trung tâm Kiểm định chất lượng công trình xây dựng",
                                 "Tỉnh đoàn", "Công an tỉnh"]


def test_an_action_followed_by_what_it_acts_on_still_ends_the_name():
    (task,) = tasks("Sở Y tế xây dựng kế hoạch, Sở Tài chính bố trí kinh phí thực hiện.")
    assert task["assignees"][0] == "Sở Y tế"


def test_a_steering_board_against_something_is_one_name():
    (task,) = tasks("Giao Sở Nội vụ chủ trì, phối hợp với Công an tỉnh, Ban Chỉ đạo phòng, chống tham "
                    "nhũng, lãng phí, tiêu cực tỉnh và Sở Tài chính tổ chức thực hiện.")
    assert task["assignees"] == ["Sở Nội vụ", "Công an tỉnh",
                                 "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh", "Sở Tài chính"]


def test_a_signer_named_doan_stays_a_person():
    text = HEAD + "Đề nghị các đơn vị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nĐOÀN QUỐC PHƯƠNG\n"
    assert to_contract(parse_text(text).fields)["signer"]["name"] == "Đoàn Quốc Phương"


# ------------------------------------------------------------------ the measure itself

def test_the_pool_is_split_once_by_a_fixed_hash():
    assert sorted(pool("studied") + pool("held")) == sorted(POOL)
    assert len(set(POOL)) == len(POOL)
    assert all(pool_part(name) == "held" for name in pool("held"))
    assert 0.2 < len(pool("held")) / len(POOL) < 0.5


def test_renamed_swaps_the_text_and_the_gold_alike():
    text = ("Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện. Giám đốc Sở Y tế báo cáo kết quả. "
            "Đề nghị các Sở Nội vụ tỉnh phối hợp. Chánh Văn phòng Ủy ban nhân dân tỉnh theo dõi.")
    gold = [{"text": "Giao Sở Y tế chủ trì", "assignees": ["Sở Y tế", "Sở Tài chính"], "deadline": None},
            {"text": "Đề nghị các Sở Nội vụ tỉnh phối hợp", "assignees": ["các Sở Nội vụ tỉnh"], "deadline": None},
            {"text": "Chánh Văn phòng", "assignees": ["Văn phòng Ủy ban nhân dân tỉnh"], "deadline": None}]
    new_text, new_gold, _ = renamed(text, gold, ["Quỹ Đầu tư phát triển tỉnh", "Vườn quốc gia Bạch Mã"], draw("x", 1))
    first, second = new_gold[0]["assignees"]
    assert {first, second} == {"Quỹ Đầu tư phát triển tỉnh", "Vườn quốc gia Bạch Mã"}
    assert new_text.count(first) == 2 and new_text.count(second) == 1  # every mention, and the title kept
    assert f"Giám đốc {first} báo cáo" in new_text and new_gold[0]["text"] == f"Giao {first} chủ trì"
    assert new_gold[1:] == gold[1:]  # "các …" names a kind and "Chánh Văn phòng" fits only its own kind
    assert "Chánh Văn phòng Ủy ban nhân dân tỉnh" in new_text


def test_swappable_refuses_a_name_that_lost_letters():
    assert not swappable("Ch t ch y ban nhân dân", "Ch t ch y ban nhân dân các t nh ti p")
    assert swappable("Sở Y tế", "Giao Sở Y tế chủ trì")


@pytest.mark.skipif(not (SHARED / "dev").is_dir(), reason="../shared/dev is absent")
def test_the_measure_reads_only_the_development_part(monkeypatch):
    from dispatch_tools.evaluate import renamed_bodies, split

    seen = []
    real = split.development_documents

    def spy(shared, ids=None):
        docs = real(shared, ids)
        seen.extend(d.id for d in docs)
        return docs

    monkeypatch.setattr(split, "development_documents", spy)
    renamed_bodies.main(["--shared", str(SHARED), "--seeds", "1"])
    assert seen and set(seen) <= split.DEVELOPMENT_IDS


@pytest.mark.parametrize("listed, bodies", [
    ("Sở Y tế, trường đại học", ["Sở Y tế", "trường đại học"]),  # trường: a school, no head's title
    ("Sở Giáo dục và Đào tạo, trường Cao đẳng Y tế", ["Sở Giáo dục và Đào tạo", "trường Cao đẳng Y tế"]),
    ("Trưởng phòng Tài chính - Kế hoạch", ["phòng Tài chính - Kế hoạch"]),  # trưởng: the head's title
    ("Hiệu trưởng trường Trung học phổ thông Lê Lợi", ["trường Trung học phổ thông Lê Lợi"]),
])
def test_a_school_written_small_keeps_its_head_word_and_a_title_goes(listed, bodies):
    assert split_bodies(listed) == bodies


def test_a_school_written_small_in_a_task_keeps_its_name():
    got = tasks("Giao Sở Y tế, trường đại học triển khai đề tài trước ngày 30/12/2025.")
    assert [t["assignees"] for t in got] == [["Sở Y tế", "trường đại học"]]
