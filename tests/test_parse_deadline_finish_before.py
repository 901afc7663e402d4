"""A finishing cue before ``trước`` and a period (``hoàn thành trước tháng 7/2025``) is due by the end
of the period before, as ``trước tháng 7/2025`` alone is, never by the end of the month it names."""

import pytest

from dispatch_tools.parse import parse_text, to_contract

HEAD = ("SỞ NỘI VỤ TỈNH NINH BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 712/SNV-CCVC\nNinh Bình, ngày 2 tháng 4 năm 2025\nV/v rà soát vị trí việc làm\n"
        "Kính gửi: Các sở, ban, ngành tỉnh.\n")
FOOT = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn An\n"


@pytest.mark.parametrize("phrase, due", [
    ("hoàn thành trước tháng 7/2025", "2025-06-30"),
    ("xong trước quý IV/2025", "2025-09-30"),
    ("hoàn thành trước năm 2026", "2025-12-31"),
    ("hoàn thành trước cuối tháng 7/2025", "2025-07-31"),
    ("hoàn thành trước ngày 15/7/2025", "2025-07-15"),
])
def test_a_finishing_cue_then_before_a_period(phrase, due):
    body = f"Sở Nội vụ đề nghị các sở, ban, ngành rà soát vị trí việc làm, {phrase}.\n"
    fields = to_contract(parse_text(HEAD + body + FOOT).fields)
    assert [d["date"] for d in fields["deadlines"]] == [due]
    assert [t["deadline"] for t in fields["tasks"]] == [due]
