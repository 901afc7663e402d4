"""The table ``dispatch read`` prints: every part of the contract under its Vietnamese label, the
dates as a clerk writes them."""

from __future__ import annotations

from dispatch_tools.parse.contract_table import field_rows, task_rows

from .conftest import load_fields


def test_the_table_writes_dates_day_first_and_keeps_every_part():
    from dispatch_tools.parse import to_contract

    data = to_contract(load_fields("seed000"))
    rows = dict(field_rows(data))
    assert rows["Số, ký hiệu"] == data["number"] == "1690-CV/TĐTN-BTG"
    assert rows["Địa danh, ngày"] == "Rạch Giá, 20/09/2022"
    assert rows["Văn bản dẫn chiếu"].startswith("931/STTTT-VTCNTT ngày 06/09/2022")
    assert rows["Báo cáo"].startswith("về Ban Tuyên giáo Tỉnh đoàn trước 22/09/2022")
    assert "2022-09" not in "".join(rows.values())
    deadlines = [deadline for _, _, deadline, _ in task_rows(data) if deadline]
    assert deadlines and all(d == "22/09/2022" for d in deadlines)
