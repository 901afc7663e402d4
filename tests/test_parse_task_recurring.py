"""Wordings that recur in dispatches of every source, each a made-up sentence: a request after an
opening word, an approval after a label, a heading's aside, and who is asked."""

from __future__ import annotations

from .test_parse_task_mechanisms import letter


def test_an_approval_after_a_label_asks_nothing():
    tasks = letter("1. Về đề xuất của Sở Nội vụ tại Tờ trình số 12/TTr-SNV: Đồng ý chủ trương tổ chức hội nghị.\n"
                   "2. Về kinh phí: Giao Sở Tài chính bố trí kinh phí thực hiện.")
    assert [t["assignees"] for t in tasks] == [["Sở Tài chính"]]
    (task,) = letter("1. Về công tác kiểm tra: Tăng cường kiểm tra an toàn thực phẩm tại các chợ.")  # tăng is no tặng
    assert task["text"].startswith("Về công tác kiểm tra")
