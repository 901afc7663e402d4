"""A request opened with a courtesy (``Trân trọng đề nghị …``) asks all the same; the courtesy alone
(``Trân trọng./.``, ``Trân trọng cảm ơn …``) asks nothing. Found by rewording the development part's
requests (``python -m dispatch_tools.evaluate.reworded_requests``)."""

import pytest

from dispatch_tools.evaluate.reworded_requests import CUES, reworded
from dispatch_tools.parse import parse_text, to_contract

HEAD = ("SỞ Y TẾ\nSố: 12/SYT-KH\nV/v triển khai\nQuảng Ngãi, ngày 02 tháng 01 năm 2025\n\n"
        "Kính gửi: Các bệnh viện.\n\n")


def tasks(body: str) -> list[dict]:
    return to_contract(parse_text(HEAD + body + "\n").fields)["tasks"]


@pytest.mark.parametrize("cue", ["Trân trọng đề nghị", "Xin trân trọng đề nghị", "Trân trọng kính đề nghị"])
def test_a_request_opened_with_a_courtesy_is_a_task(cue):
    (task,) = tasks(f"{cue} Bệnh viện Đa khoa tỉnh chủ trì, phối hợp với Trung tâm Y tế các huyện tổ chức "
                    "thực hiện, báo cáo kết quả trước ngày 15/01/2025.")
    assert task["assignees"] == ["Bệnh viện Đa khoa tỉnh", "Trung tâm Y tế các huyện"]
    assert task["deadline"] == "2025-01-15"


@pytest.mark.parametrize("closing", ["Trân trọng./.", "Trân trọng cảm ơn sự phối hợp của Quý cơ quan./."])
def test_the_courtesy_alone_asks_nothing(closing):
    assert tasks("Đề nghị các bệnh viện báo cáo trước ngày 15/01/2025.\n" + closing) == tasks(
        "Đề nghị các bệnh viện báo cáo trước ngày 15/01/2025.")


def test_reworded_changes_the_text_and_the_gold_alike():
    text = "Căn cứ Kế hoạch.\nĐề nghị Sở Y tế chủ trì. Giao Sở Tài chính bố trí kinh phí.\n- Yêu cầu Công an tỉnh phối hợp."
    gold = [{"text": "Đề nghị Sở Y tế chủ trì", "assignees": ["Sở Y tế"], "deadline": None},
            {"text": "Giao Sở Tài chính bố trí kinh phí", "assignees": ["Sở Tài chính"], "deadline": None}]
    new_text, new_gold = reworded(text, gold, "Kính đề nghị")
    assert new_text == ("Căn cứ Kế hoạch.\nKính đề nghị Sở Y tế chủ trì. Kính đề nghị Sở Tài chính bố trí kinh phí.\n"
                        "- Kính đề nghị Công an tỉnh phối hợp.")
    assert [t["text"] for t in new_gold] == ["Kính đề nghị Sở Y tế chủ trì", "Kính đề nghị Sở Tài chính bố trí kinh phí"]
    assert "Trân trọng đề nghị" in CUES
