"""``Phân công Sở X …`` and ``Giao nhiệm vụ cho Sở X …`` ask Sở X as ``Giao Sở X …`` does; ``phân công cán
bộ``, ``theo sự phân công`` and a body that shares out its own work ask nobody by the word. Found by
writing the development part's tasks in other frames (``python -m dispatch_tools.evaluate.reframed_tasks``)."""

import pytest

from dispatch_tools.evaluate.reframed_tasks import FRAMES, framed, reframed
from dispatch_tools.parse import parse_text, to_contract

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 1234/UBND-NL\nV/v phòng, chống hạn hán năm 2026\n"
        "Hà Tĩnh, ngày 12 tháng 3 năm 2026\n\nKính gửi: Các sở, ban, ngành cấp tỉnh.\n\n")
INTRO = "Để chủ động ứng phó với hạn hán, Ủy ban nhân dân tỉnh yêu cầu:\n\n"


def tasks(body: str) -> list[dict]:
    return to_contract(parse_text(HEAD + body + "\n").fields)["tasks"]


@pytest.mark.parametrize("opening", ["Phân công", "Giao nhiệm vụ cho", "Giao trách nhiệm cho",
                                     "Ủy ban nhân dân tỉnh phân công"])
def test_the_body_after_an_assigning_word_leads(opening):
    (task,) = tasks(f"{INTRO}1. {opening} Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính rà soát "
                    "các hồ chứa, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/3/2026.")
    assert task["lead"] == ["Sở Nông nghiệp và Môi trường"]
    assert task["cooperating"] == ["Sở Tài chính"]
    assert task["deadline"] == "2026-03-30"


@pytest.mark.parametrize("kinds", ["các địa phương, đơn vị", "các sở, ban, ngành"])
def test_bodies_of_a_kind_written_small_after_phan_cong_lead(kinds):
    (task,) = tasks(INTRO + f"1. Phân công {kinds} tổ chức tuyên truyền trước ngày 30/3/2026.")
    assert task["lead"] == [kinds]


def test_staff_shared_out_are_no_body():
    (task,) = tasks(INTRO + "1. Ủy ban nhân dân các huyện, thị xã, thành phố phân công cán bộ theo dõi tình hình hạn hán "
                    "trên địa bàn.")
    assert task["assignees"] == ["Ủy ban nhân dân các huyện, thị xã, thành phố"]


def test_a_body_sharing_out_its_own_work_keeps_the_task():
    (task,) = tasks(INTRO + "1. Ủy ban nhân dân huyện Kỳ Anh phân công Phòng Kinh tế theo dõi tình hình hạn hán.")
    assert task["lead"] == ["Ủy ban nhân dân huyện Kỳ Anh"]


def test_the_share_told_of_asks_nothing():
    assert tasks("Theo sự phân công của Ủy ban nhân dân tỉnh, Sở Nông nghiệp và Môi trường là cơ quan thường "
                 "trực.") == []


def test_reframed_writes_the_text_and_the_gold_alike():
    text = "Yêu cầu:\n1. Giao Sở Y tế chủ trì tổ chức thực hiện.\n2. Sở Tài chính bố trí kinh phí."
    gold = [{"text": "Giao Sở Y tế chủ trì tổ chức thực hiện", "assignees": ["Sở Y tế"], "deadline": None},
            {"text": "Sở Tài chính bố trí kinh phí", "assignees": ["Sở Tài chính"], "deadline": None}]
    new_text, new_gold = reframed(text, gold, "title")
    assert new_text == ("Yêu cầu:\n1. Giao Giám đốc Sở Y tế chủ trì tổ chức thực hiện.\n"
                        "2. Giao Giám đốc Sở Tài chính bố trí kinh phí.")
    assert [t["text"] for t in new_gold] == ["Giao Giám đốc Sở Y tế chủ trì tổ chức", "Giao Giám đốc Sở Tài chính bố"]  # as many words as the gold had
    assert [t["assignees"] for t in new_gold] == [["Sở Y tế"], ["Sở Tài chính"]]


def test_each_frame_keeps_the_body():
    for frame in FRAMES:
        written = framed(frame, "các địa phương", "")
        assert written is None or "địa phương" in written
    assert framed("bare", "các địa phương", "") == "Các địa phương "
    assert framed("title", "Ủy ban nhân dân huyện A", "") == "Giao Chủ tịch Ủy ban nhân dân huyện A "


@pytest.mark.parametrize("wording", ["phối hợp với", "phối hợp cùng", "cùng với", "phối hợp chặt chẽ với"])
def test_the_bodies_after_a_cooperation_wording_cooperate(wording):
    (task,) = tasks(f"{INTRO}1. Giao Sở Y tế chủ trì, {wording} Công an tỉnh kiểm tra các cơ sở kinh doanh, báo cáo "
                    "kết quả trước ngày 30/3/2026.")
    assert task["lead"] == ["Sở Y tế"]
    assert task["cooperating"] == ["Công an tỉnh"]


def test_cooperated_writes_the_text_and_the_gold_alike():
    from dispatch_tools.evaluate.reframed_tasks import cooperated, shared_heads

    text = "Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ và Sở Xây dựng thực hiện."
    gold = [{"text": "Giao Sở Y tế chủ trì, phối hợp với Sở", "deadline": None,
             "assignees": ["Sở Y tế", "Sở Tài chính", "Sở Nội vụ", "Sở Xây dựng"]}]
    new_text, new_gold = cooperated(text, gold, "cùng với")
    assert new_text == "Giao Sở Y tế chủ trì, cùng với Sở Tài chính, Sở Nội vụ và Sở Xây dựng thực hiện."
    assert new_gold[0]["text"] == "Giao Sở Y tế chủ trì, cùng với Sở"
    assert shared_heads(text, gold)[0] == (
        "Giao Sở Y tế chủ trì, phối hợp với các Sở: Tài chính, Nội vụ và Xây dựng thực hiện.")


@pytest.mark.parametrize("item, bodies", [
    ("Các Sở: Y tế, Tài chính, Công Thương tổ chức kiểm tra các cơ sở kinh doanh.",
     ["Sở Y tế", "Sở Tài chính", "Sở Công Thương"]),
    ("Các Phòng: Nội vụ, Tư pháp rà soát thủ tục hành chính.", ["Phòng Nội vụ", "Phòng Tư pháp"]),
    ("Giám đốc các Sở: Y tế, Tài chính; Chủ tịch Ủy ban nhân dân các huyện tổ chức kiểm tra các cơ sở.",
     ["Sở Y tế", "Sở Tài chính", "Ủy ban nhân dân các huyện"]),
])
def test_a_head_shared_before_a_colon_names_each_body(item, bodies):
    (task,) = tasks(f"{INTRO}1. {item}")
    assert task["lead"] == bodies


def test_a_label_before_a_colon_that_an_action_follows_stays_the_lead():
    (task,) = tasks(f"{INTRO}1. Các đơn vị: Tổ chức tập huấn cho cán bộ làm công tác phòng, chống hạn hán.")
    assert task["lead"] == ["Các đơn vị"]


@pytest.mark.parametrize("sentence, lead", [
    ("Căn cứ tình hình thực tế, các đơn vị chủ động tổ chức kiểm tra các cơ sở kinh doanh.", ["các đơn vị"]),
    ("Căn cứ chức năng, nhiệm vụ được giao, Sở Y tế tổ chức kiểm tra các cơ sở kinh doanh.", ["Sở Y tế"]),
    ("Căn cứ chức năng, nhiệm vụ được giao, giao Sở Y tế tổ chức kiểm tra các cơ sở kinh doanh.", ["Sở Y tế"]),
])
def test_a_basis_then_a_body_and_its_action_asks(sentence, lead):
    (task,) = tasks(sentence)
    assert task["lead"] == lead


@pytest.mark.parametrize("sentence", [
    "Căn cứ Quyết định số 12/QĐ-UBND ngày 02/3/2026 của Ủy ban nhân dân tỉnh, Sở Y tế đã tổ chức kiểm tra các cơ sở.",
    "Căn cứ Kế hoạch số 12/KH-UBND ngày 02/3/2026, Ủy ban nhân dân tỉnh Hà Tĩnh triển khai như sau:",
])
def test_a_basis_then_what_was_done_or_the_issuer_asks_nothing(sentence):
    assert tasks(sentence) == []


def test_heads_written_small_in_a_list_open_a_body_each():
    (task,) = tasks(f"{INTRO}1. Giao sở Kế hoạch và Đầu tư chủ trì, phối hợp với sở Tài chính, kho bạc nhà nước tỉnh "
                    "và các cơ quan liên quan rà soát nguồn vốn.")
    assert task["assignees"] == ["sở Kế hoạch và Đầu tư", "sở Tài chính", "kho bạc nhà nước tỉnh",
                                 "các cơ quan liên quan"]


def test_a_level_after_a_council_written_small_stays_in_its_name():
    (task,) = tasks(f"{INTRO}1. Đề nghị ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương rà soát nguồn vốn.")
    assert task["assignees"] == ["ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
