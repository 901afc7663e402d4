"""Items after a paragraph ending with a colon that stands under another such paragraph (``… có ý
kiến như sau:`` / ``Đề nghị các sở, ban, ngành thực hiện các nội dung sau:`` / ``- Rà soát …``) are
the inner paragraph's items; made-up dispatches."""

from __future__ import annotations

from dispatch_tools.parse import parse_text, to_contract

HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 820/UBND-KT
V/v triển khai kế hoạch năm 2025

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nam, ngày 15 tháng 5 năm 2025

Kính gửi: Các sở, ban, ngành thuộc tỉnh

Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:

"""
FOOT = """
Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn An
"""


def _tasks(body: str) -> list[tuple[str, list[str], str | None]]:
    return [(t["text"][:20], t["assignees"], t["deadline"])
            for t in to_contract(parse_text(HEAD + body + FOOT).fields)["tasks"]]


def test_a_request_under_an_opinion_and_its_dashed_items():
    body = """Đề nghị các sở, ban, ngành thực hiện các nội dung sau:
- Rà soát, đánh giá kết quả thực hiện kế hoạch năm 2024;
- Xây dựng kế hoạch năm 2025, gửi Sở Kế hoạch và Đầu tư trước ngày 20/6/2025.
"""
    assert _tasks(body) == [("Rà soát, đánh giá kế", ["các sở, ban, ngành"], None),
                            ("Xây dựng kế hoạch nă", ["các sở, ban, ngành"], "2025-06-20")]


def test_a_body_given_work_under_an_opinion_and_its_lettered_items():
    body = """Giao Sở Tài chính:
a) Chủ trì rà soát kinh phí thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/6/2025;
b) Phối hợp với Sở Nội vụ hướng dẫn các đơn vị thực hiện.
"""
    assert _tasks(body) == [("Chủ trì rà soát kinh", ["Sở Tài chính"], "2025-06-30"),
                            ("Phối hợp với Sở Nội ", ["Sở Tài chính", "Sở Nội vụ"], None)]
