"""A subject under a type name whose ``Về việc`` a scan read with a speck after ``Về`` (``VỀ,
VIỆC …``): the lead words are left out all the same."""

from __future__ import annotations

import pytest

from dispatch_tools.parse import parse_text, to_contract

PAGE = """BỘ XÂY DỰNG                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                        Độc lập - Tự do - Hạnh phúc
Số: 07 /CT-BXD                          Hà Nội, ngày 03 tháng 4 năm 2019

CHỈ THỊ

{lead} TĂNG CƯỜNG QUẢN LÝ CHẤT LƯỢNG CÔNG TRÌNH
TRÊN ĐỊA BÀN CẢ NƯỚC

Thời gian qua, công tác quản lý chất lượng công trình có nhiều chuyển biến.
"""


@pytest.mark.parametrize("lead", ["VỀ VIỆC", "VỀ, VIỆC", "VỀ. VIỆC", "Về, việc"])
def test_a_speck_after_ve_does_not_keep_the_lead_words_in_the_subject(lead):
    contract = to_contract(parse_text(PAGE.format(lead=lead)).fields)
    assert contract["subject"] == "TĂNG CƯỜNG QUẢN LÝ CHẤT LƯỢNG CÔNG TRÌNH TRÊN ĐỊA BÀN CẢ NƯỚC"
