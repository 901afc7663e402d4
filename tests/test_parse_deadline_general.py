"""Deadline rules of wider reach, on made-up sentences: cut-offs told by what follows the date, two days
a year, the end of a term or of a rule's application, forecasts, and what is finished before vào."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

HEAD = ("SỞ NỘI VỤ TỈNH NGHỆ AN\nSố: 318/SNV-CCVC\nV/v chế độ cán bộ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nNghệ An, ngày 12 tháng 5 năm 2025\n\nKính gửi: Phòng Nội vụ các huyện.\n\n")


def deadlines(sentence: str) -> list[tuple]:
    data = to_contract(parse_text(HEAD + sentence + "\n").fields)
    return [(d["date"], d["time"]) for d in data["deadlines"]]


def test_a_monthly_deadline_is_not_the_dispatchs_first_deadline():
    from dispatch_tools.generate.summary import summarise
    from dispatch_tools.register.entry import dispatch_deadline

    fields = parse_text(HEAD + "Đề nghị các huyện gửi báo cáo tình hình về Sở chậm nhất vào ngày 15 hằng tháng.\n"
                        "Riêng báo cáo sơ kết gửi trước ngày 30/6/2025.\n").fields
    assert [d.recurrence for d in fields.deadlines if d.kind == "recurring"] == ["monthly:15"]
    assert [d.isoformat() for d in summarise(fields).deadlines] == ["2025-06-30"]
    assert dispatch_deadline(fields) == "2025-06-30"
