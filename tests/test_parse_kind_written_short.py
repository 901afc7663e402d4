"""A kind of body written short (``Tòa án`` for the courts, in a circular the Supreme People's Court issues) names
the bodies of that kind, not the issuer: its conditional duties (``Nếu …, Tòa án lập văn bản …``) are tasks, not the
issuer telling what it does. The sentences are composed; the shape was found in real passages of court circulars
kept out of the repository."""

from dispatch_tools.parse import parse_text, to_contract

HEAD = """TÒA ÁN NHÂN DÂN TỐI CAO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 02/2026/TT-TANDTC
Hà Nội, ngày 12 tháng 3 năm 2026
THÔNG TƯ
Hướng dẫn về chi phí tống đạt văn bản tố tụng
Điều 1. Phạm vi điều chỉnh
Thông tư này hướng dẫn chi phí tống đạt văn bản tố tụng ra nước ngoài.
"""
FOOT = "\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nCHÁNH ÁN\nTrần Văn Bình\n"


def test_the_courts_conditional_duties_are_tasks():
    text = HEAD + ("Điều 2. Lập văn bản yêu cầu nộp tiền\n"
                   "1. Nếu đương sự ở trong nước, Tòa án lập văn bản theo Mẫu số 01.\n"
                   "2. Trường hợp đương sự không nộp đủ tiền, Tòa án lập văn bản yêu cầu đương sự nộp bổ sung.") + FOOT
    tasks = to_contract(parse_text(text).fields)["tasks"]
    assert [t["assignees"] for t in tasks] == [["Tòa án"], ["Tòa án"]]
    assert tasks[0]["text"].startswith("Nếu đương sự ở trong nước, Tòa án")
